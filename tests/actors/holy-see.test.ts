// The Vatican as an actor is the Holy See, the sovereign body reference works name for it.
import { describe, expect, it } from 'vitest';
import { claimActors } from './helpers.js';

describe('the Vatican', () => {
  it('acting or spoken of is the Holy See', () => {
    const text = 'Church historians said the Vatican had opened talks with Beijing over the ordination of bishops.';
    expect(claimActors(text, 'the Vatican had opened talks with Beijing over the ordination of bishops', 'Church historians')).toContain('Holy See');
  });

  it('is the Holy See under that name and as a modifier', () => {
    const text = 'A diplomat said the Holy See would keep its embassy. Vatican officials declined to comment.';
    expect(claimActors(text, 'the Holy See would keep its embassy', 'A diplomat')).toEqual(['Holy See']);
    expect(claimActors(text, 'Vatican officials declined to comment', null)).toEqual(['Holy See']);
  });
});

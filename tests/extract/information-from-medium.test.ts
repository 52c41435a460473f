// "According to information shared by The Guardian, C": information or data a medium shared or compiled
// reaches us through that medium (the phrase was the speaker, with no outlet).
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('information or data by a medium', () => {
  it('makes the medium the outlet', () => {
    expect(recordWith(run('According to information shared by The Guardian, the owner of the car used to live in Luton.'), 'owner')).toMatchObject({ outlet: 'The Guardian', speaker: null });
    expect(recordWith(run('According to data compiled by Reuters, 40 people died.'), 'died')?.outlet).toBe('Reuters');
  });
  it('information from a body that is no medium names no outlet', () => {
    expect(recordWith(run('According to information provided by the ministry, 40 people died.'), 'died')?.outlet).toBeNull();
  });
});

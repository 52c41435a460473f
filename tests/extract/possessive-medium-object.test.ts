// "The coach told the club's website that C": an owner's possessive before the medium noun of the
// one told left the sentence without any record.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('"told the owner\'s <medium noun>"', () => {
  it('reads the content after the object', () => {
    expect(recordWith(run("The coach told the club's website that the team was ready."), 'ready')).toMatchObject({ speaker: 'The coach', claim: 'the team was ready' });
    expect(recordWith(run("The striker told his club's TV channel that he was staying."), 'staying')?.claim).toBe('he was staying');
    expect(recordWith(run('The coach told the club’s official website: "We are ready."'), 'ready')?.claim).toMatch(/^We are ready/);
  });
});

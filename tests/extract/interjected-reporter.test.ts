// "S, M reported, believe C": a reporting frame set off by commas between a subject and its own speech
// verb gives that verb its medium; the subject is the verb's speaker, not the frame's content. And a
// definite description of an earlier record's sources ("the U.S. officials") keeps the medium they spoke to.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a reporting frame between a subject and its verb', () => {
  it('lends the verb its medium and keeps the subject as the speaker', () => {
    expect(rows('Diplomats, Reuters reported, believe the minister will resign.')).toEqual([['Reuters', 'Diplomats', 'the minister will resign']]);
    expect(rows('Two officials, Reuters reported, said on Monday that the talks had failed.')).toEqual([['Reuters', 'Two officials', 'the talks had failed']]);
    expect(rows('The Daily Mail reported that the bill failed. Senior officials, the newspaper reported, believe the minister will resign.')[1]).toEqual(['Daily Mail', 'Senior officials', 'the minister will resign']);
  });
  it('a verb that reports only after a plural subject ("predict", "suggest") takes the subject before the frame', () => {
    expect(rows('Hospital insiders, the Guardian said, predict the director could resign within weeks.')).toEqual([['The Guardian', 'Hospital insiders', 'the director could resign within weeks']]);
    expect(rows('Farm leaders, the BBC reported, suggest the harvest will be late.')).toEqual([['BBC', 'Farm leaders', 'the harvest will be late']]);
    // (a singular subject before the frame is no speaker of a plural verb)
    expect(rows('The farmer, the BBC reported, predict the harvest will be late.').map((r) => r[1])).not.toContain('The farmer');
  });
  it('"X, the newspaper reported," is a frame, not an appositive that makes X a newspaper', () => {
    expect(rows('Senior officials, the newspaper reported, believe the minister will resign.')).toEqual([[null, 'Senior officials', 'the minister will resign']]);
    expect(rows('Jewish News Syndicate, a news outlet focused on Israel, reported that the talks failed.')).toEqual([['Jewish News Syndicate', null, 'the talks failed']]);
  });
  it('content with a verb of its own stays the frame\'s content', () => {
    expect(rows('The minister resigned, Reuters reported, citing officials.').map((r) => [r[0], r[2]])).toEqual([['Reuters', 'The minister resigned']]);
  });
});

describe('the sources an earlier record named, referred to again', () => {
  it('"the U.S. officials said" after "three U.S. officials told Reuters" keeps Reuters', () => {
    const r = rows('Three U.S. officials told Reuters on Friday that the memo was forged. The memo appears to have been altered twice, the U.S. officials said.');
    expect(r[1]).toEqual(['Reuters', 'the U.S. officials', 'The memo appears to have been altered twice']);
  });
});

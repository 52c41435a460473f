// "In a letter seen by Reuters, S said C": a document a medium saw, obtained or reviewed carries its
// author's words through that medium; "S told a news conference broadcast live by M that C": the
// medium that carried the event the speaker addressed.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker]);

describe('a document a medium saw, obtained or reviewed', () => {
  it('is the medium of the statement in it', () => {
    expect(rows('In a letter seen by Reuters, the mayor said the bridge would reopen.')).toEqual([['Reuters', 'the mayor']]);
    expect(rows('In an email obtained by the Guardian, the mayor said the bridge would reopen.')).toEqual([['The Guardian', 'the mayor']]);
    expect(rows('In a memo reviewed by The Wall Street Journal, the chief executive said the plant would close.')).toEqual([['The Wall Street Journal', 'the chief executive']]);
  });
  it('a document seen by someone else names no medium', () => {
    expect(rows('In a letter seen by the committee, the mayor said the bridge would reopen.')).toEqual([[null, 'the mayor']]);
  });
});

describe('an audience carried by a medium', () => {
  it('the medium that broadcast it', () => {
    expect(rows('The minister told a news conference broadcast live by Al Jazeera that the bill would pass.')).toEqual([['Al Jazeera', 'The minister']]);
    expect(rows('The minister told a rally televised by Sky News that the bill would pass.')).toEqual([['Sky News', 'The minister']]);
  });
  it('an audience alone has none', () => {
    expect(rows('The minister told a news conference in Kabul that the bill would pass.')).toEqual([[null, 'The minister']]);
  });
});

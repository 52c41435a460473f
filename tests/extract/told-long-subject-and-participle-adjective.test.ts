// "Sources tell CBC News the most senior ranks of the federal cabinet were warned": a told clause whose
// subject runs to seven or eight words; "detailed written reports": a form that is only a participle,
// before a noun and with no auxiliary, is an adjective, not a cue. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('the content of "tell M" without "that"', () => {
  it('a long subject before the verb still makes a clause', () => {
    expect(rows('Sources tell CBC News the most senior ranks of the federal cabinet were warned months ago.'))
      .toEqual([['CBC News', 'Sources', 'the most senior ranks of the federal cabinet were warned months ago']]);
  });
  it('a story told is still no content', () => {
    expect(rows('The film tells the story of a town that was flooded by the river in the spring of 1927.')).toEqual([]);
  });
});

describe('a participle-only form as an adjective', () => {
  it('"written reports" is no statement; "has written that" is', () => {
    expect(rows('Analysts send the governor detailed written summaries every week.')).toEqual([]);
    expect(rows('She has written that the plant would close.')).toEqual([[null, 'She', 'the plant would close']]);
  });
});

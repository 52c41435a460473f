// "Sources tell CBC News the highest levels of the Canadian government have known C": a told clause whose
// subject runs to seven or eight words; "detailed written reports": a form that is only a participle,
// before a noun and with no auxiliary, is an adjective, not a cue. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('the content of "tell M" without "that"', () => {
  it('a long subject before the verb still makes a clause', () => {
    expect(rows('Sources tell CBC News the highest levels of the Canadian government have known for years.'))
      .toEqual([['CBC News', 'Sources', 'the highest levels of the Canadian government have known for years']]);
  });
  it('a story told is still no content', () => {
    expect(rows('The film tells the story of a town that was flooded by the river in the spring of 1927.')).toEqual([]);
  });
});

describe('a participle-only form as an adjective', () => {
  it('"written reports" is no statement; "has written that" is', () => {
    expect(rows('Briefers now provide the minister with detailed written reports, in addition to verbal briefings.')).toEqual([]);
    expect(rows('She has written that the plant would close.')).toEqual([[null, 'She', 'the plant would close']]);
  });
});

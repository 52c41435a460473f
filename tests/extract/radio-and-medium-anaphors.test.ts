// "told the radio", "told the medium": a reference back to the radio or medium named before, in a
// told slot; "The PUNCH" as the paper styles its name. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('"the radio" and "the medium" in a told slot', () => {
  it('refer back to the medium named before', () => {
    expect(rows('The early count, as broadcast by Radio Mozambique, was 12. The district mayor told the radio that most of the victims were fishermen.').at(-1))
      .toEqual(['Radio Mozambique', 'The district mayor', 'most of the victims were fishermen']);
    expect(rows('The spokesman spoke to Premium Times on Monday and later told the medium that he had been misquoted.').at(-1))
      .toEqual(['Premium Times', 'The spokesman', 'he had been misquoted']);
  });
  it('with no medium named before, nobody', () => {
    expect(rows('The painter told the medium that he loved oil.')).toEqual([[null, 'The painter', 'he loved oil']]);
  });
  it('"The PUNCH reports that C"', () => {
    expect(rows('The PUNCH reports that bandits had invaded the college.')).toEqual([['The Punch', null, 'bandits had invaded the college']]);
  });
});

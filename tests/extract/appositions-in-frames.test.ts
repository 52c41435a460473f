// Appositions around a speaker: a distance after a place ("in Zawiya, 40 miles from the border,") belongs
// to the place, not the subject; a name after a described source ("According to the head of the clinic,
// Jane Roe, C") is the speaker, and is no part of the claim. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a distance in apposition', () => {
  it('is not the subject of the verb after it', () => {
    expect(rows('But a militia spokesman in the northern town of Zawiya, 40 miles from the border, said the fighters would not accept any ceasefire.'))
      .toEqual([[null, 'a militia spokesman in the northern town of Zawiya', 'the fighters would not accept any ceasefire']]);
    expect(rows('A doctor in Kunduz, about 250 km (155 miles) north of Kabul, told Reuters that 20 people had died.'))
      .toEqual([['Reuters', 'A doctor in Kunduz', '20 people had died']]);
    expect(rows('In Kunduz, 250 km north of Kabul, police said 20 people had died.')).toEqual([[null, 'police', '20 people had died']]);
  });
});

describe('"According to DESCRIPTION, NAME, C"', () => {
  it('the name is the speaker and the claim starts after it', () => {
    expect(rows('According to the deputy leader of the movement, Omar al-Masri, the offer has two stages.'))
      .toEqual([[null, 'Omar al-Masri', 'the offer has two stages']]);
    expect(rows('According to its director, John Smith, the museum will reopen in May.')).toEqual([[null, 'John Smith', 'the museum will reopen in May']]);
    expect(rows('According to the newspaper, Le Monde, the talks failed.')).toEqual([['Le Monde', null, 'the talks failed']]);
  });
  it('a description without a name stays the speaker', () => {
    expect(rows('According to the ministry, the death toll has risen to 20.')).toEqual([[null, 'the ministry', 'the death toll has risen to 20']]);
  });
});

describe('a clause with a pronoun subject before the verb\'s own subject (a comma splice)', () => {
  it('"He spoke after landing in Paris, the president confirmed C": the president speaks', () => {
    expect(rows('He spoke to journalists after landing in Paris, the president confirmed that he had taken a call from the chancellor.'))
      .toEqual([[null, 'the president', 'he had taken a call from the chancellor']]);
  });
});


// Appositions around a speaker: a distance after a place ("in Misratah, 130 miles from the capital,") belongs
// to the place, not the subject; a name after a described source ("According to the head of the hospital,
// Robert Sangare, C") is the speaker, and is no part of the claim. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a distance in apposition', () => {
  it('is not the subject of the verb after it', () => {
    expect(rows('But a rebel spokesman in the western city of Misratah, 130 miles from the capital, said the rebels could not trust any truce offer.'))
      .toEqual([[null, 'a rebel spokesman in the western city of Misratah', 'the rebels could not trust any truce offer']]);
    expect(rows('A doctor in Kunduz, about 250 km (155 miles) north of Kabul, told Reuters that 20 people had died.'))
      .toEqual([['Reuters', 'A doctor in Kunduz', '20 people had died']]);
    expect(rows('In Kunduz, 250 km north of Kabul, police said 20 people had died.')).toEqual([[null, 'police', '20 people had died']]);
  });
});

describe('"According to DESCRIPTION, NAME, C"', () => {
  it('the name is the speaker and the claim starts after it', () => {
    expect(rows('According to the second-ranking Hamas figure in Gaza, Khalil al-Hayya, the proposal includes three phases.'))
      .toEqual([[null, 'Khalil al-Hayya', 'the proposal includes three phases']]);
    expect(rows('According to its director, John Smith, the museum will reopen in May.')).toEqual([[null, 'John Smith', 'the museum will reopen in May']]);
    expect(rows('According to the newspaper, Le Monde, the talks failed.')).toEqual([['Le Monde', null, 'the talks failed']]);
  });
  it('a description without a name stays the speaker', () => {
    expect(rows('According to the ministry, the death toll has risen to 20.')).toEqual([[null, 'the ministry', 'the death toll has risen to 20']]);
  });
});

describe('a clause with a pronoun subject before the verb\'s own subject (a comma splice)', () => {
  it('"He spoke after arriving in London, the prime minister confirmed C": the prime minister speaks', () => {
    expect(rows('He spoke to reporters after arriving in London, the prime minister confirmed that he had received a phone call.'))
      .toEqual([[null, 'the prime minister', 'he had received a phone call']]);
  });
});


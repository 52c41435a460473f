// A one-word name the gazetteers know (a firm, a demonym) inside a longer name they lack is part of that name,
// not an actor of its own: "Showa Shell Sekiyu" is one firm, "Anglo American" no American one. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsForClaim(0, text.length, null);

describe('a known word inside an unknown name', () => {
  it('a firm between two unknown capitalised words', () => {
    expect(all('Analysts said Kowa Shell Kaisha would sell the refinery.')).toEqual(['Kowa Shell Kaisha']);
  });
  it('a demonym ending a two-word name', () => {
    expect(all('Analysts said Zenith American would reject the bid.')).toEqual(['Zenith American']);
  });
  it('a known firm after a common word, and a demonym after a known name, stay what they are', () => {
    expect(all('Yesterday Shell said it would sell assets.')).toEqual(['Shell plc']);
    expect(all('Officials said Boeing American would merge.')).toEqual(['Boeing', 'United States']);
    // (a demonym before a common noun describes it: no name ends there)
    expect(all('Unnamed Peruvian officials said copper prices would rise.')).toEqual(['Peru']);
  });
});

// A medium told, or reporting, named after its owner, stance and media noun: "told Egypt's state-owned
// Al-Ahram", "told Chinese state media outlet Global Times", "told Brazil's Folha de S.Paulo newspaper",
// and "the Hong Kong-based South China Morning Post" (a place of two words before "-based").
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker]);

describe('a described medium', () => {
  it('as the one told', () => {
    expect(rows("An aide told Egypt's state-owned Al-Ahram that the minister would resign.")).toEqual([['Al-Ahram', 'An aide']]);
    expect(rows('An aide told Chinese state media outlet Global Times that the minister would resign.')).toEqual([['Global Times', 'An aide']]);
    expect(rows("An aide told Brazil's Folha de S.Paulo newspaper that the minister would resign.")).toEqual([['Folha de S.Paulo', 'An aide']]);
  });
  it('after a place of two words and "-based"', () => {
    expect(rows('The Hong Kong-based South China Morning Post reported that the minister would resign.')).toEqual([['South China Morning Post', null]]);
    expect(rows('The minister will resign, according to the New York-based Associated Press.')).toEqual([['Associated Press', null]]);
  });
  it('a described body that is no medium stays none', () => {
    expect(rows("An aide told Egypt's state-owned gas company that the minister would resign.").map((r) => r[0])).toEqual([null]);
  });
});

// "The Daily Nation quoted a police officer saying the ferry sank": British usage drops the "as"
// of "quoted X as saying"; the source and its clause are read the same way.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('"M quoted S saying C"', () => {
  it('without "as", then a clause', () => {
    expect(rows('The Daily Nation quoted a police officer saying the ferry was overloaded.')).toEqual([['Daily Nation', 'a police officer', 'the ferry was overloaded']]);
    expect(rows('Reuters quoted the minister saying that talks would resume.')).toEqual([['Reuters', 'the minister', 'talks would resume']]);
    expect(rows('AFP quoted a witness saying "the building just fell".')).toEqual([['Agence France-Presse', 'a witness', 'the building just fell']]);
  });
  it('"saying" with no clause after it is no quotation', () => {
    expect(rows('The Daily Nation quoted a police officer saying nothing.').map((r) => r[0])).toEqual([]);
  });
});

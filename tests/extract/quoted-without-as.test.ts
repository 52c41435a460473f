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

describe('"S was quoted by M." closing the sentence', () => {
  it('the medium is the last word of the sentence, after a quotation or a plain clause', () => {
    expect(rows('“The ministry never comments on leaks,” Ivanov was quoted by Interfax.')).toEqual([['Interfax', 'Ivanov', 'The ministry never comments on leaks']]);
    expect(rows('The ministry never comments on leaks, the spokesman was quoted by the BBC.')).toEqual([['BBC', 'the spokesman', 'The ministry never comments on leaks']]);
  });
});

// What follows a quotation: an inverted speaker with an aside that names the medium ('"C," said Ahmed Ali,
// speaking to AFP'), and a described name with its age or a description set off by commas before "told M"
// ('"C," local resident Mohammed Ali, 45, told AFP'). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('after a quotation', () => {
  it('an inverted speaker, then "speaking to M"', () => {
    expect(rows('“The water came at night,” said Ahmed Ali, a fisherman, speaking to AFP.'))
      .toEqual([['Agence France-Presse', 'Ahmed Ali', 'The water came at night']]);
    expect(rows('“The water came at night,” said a resident, who asked not to be named, speaking to Reuters by phone.'))
      .toEqual([['Reuters', 'a resident', 'The water came at night']]);
  });
  it('a described name with its age or description, then "told M"', () => {
    expect(rows('“The water came at night,” local farmer Mohammed Ali, 45, told AFP.'))
      .toEqual([['Agence France-Presse', 'local farmer Mohammed Ali', 'The water came at night']]);
    expect(rows('“The water came at night,” police chief Ahmed Ali, a witness, told Reuters.'))
      .toEqual([['Reuters', 'police chief Ahmed Ali', 'The water came at night']]);
  });
});

// "A doctor in Mosul told Al Jazeera C1. '...,' the doctor said": a person a medium's story introduced
// by a description, referred back to by the same noun, still speaks through that medium. And ',” adding C2'
// (the comma inside the closing quotation mark) still continues the statement. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a described person referred back to', () => {
  it('keeps the medium the person spoke to', () => {
    expect(rows('A doctor in Mosul told Al Jazeera that his clinic had run out of insulin. “We cannot treat anyone else,” the doctor said.')[1])
      .toEqual(['Al Jazeera', 'the doctor', 'We cannot treat anyone else']);
    expect(rows('A local resident told Reuters that the water had reached the second floor. "We lost everything," the resident said.')[1])
      .toEqual(['Reuters', 'the resident', 'We lost everything']);
  });
  it('not when the person spoke to no medium, nor for a body named by a word of the description', () => {
    expect(rows('A doctor told reporters that the hospital was full. "We have no beds," the doctor said.')[1]?.[0]).toBeNull();
    expect(rows('A ministry spokesman told Reuters that the talks had failed. The ministry said the deal was off.')[1]?.[0]).toBeNull();
  });
});

describe('a participle after a quotation closed on its comma', () => {
  it('", adding C2" after a quotation that ends ,” is a second statement', () => {
    expect(rows('The source told AFP that “the strike targeted a building,” adding that there were no casualties.')).toEqual([
      ['Agence France-Presse', 'The source', 'the strike targeted a building'],
      ['Agence France-Presse', 'The source', 'there were no casualties'],
    ]);
  });
});

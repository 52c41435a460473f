// A state's army under the name reference works give it ("the Nigerian army" -> Nigerian Army), its armed forces
// for "military"; Ethiopia's regions as "Amhara Region"; the usual spelling of a much-cited name; and no actors made
// of the capitalised words of a quoted Title Case headline. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { lastSentence } from './helpers.js';

describe('armies and armed forces', () => {
  it('"the <demonym> army" is that state\'s army; "military" its armed forces', () => {
    expect(lastSentence('Clashes went on. The Ghanaian army said the camp was retaken.')).toEqual(['Ghana Army']);
    expect(lastSentence('Clashes went on. The Ghanaian military said the camp was retaken.')).toEqual(['Ghana Armed Forces']);
  });
  it('"the army" in a story about one state', () => {
    expect(lastSentence('Ghana voted. Ghana is calm. Ghana held talks. The army said the camp was retaken.')).toEqual(['Ghana Army']);
  });
  it('names of their own', () => {
    expect(lastSentence('Clashes went on. The Kenya Defense Forces said the camp was retaken.')).toEqual(['Kenya Defence Forces']);
    expect(lastSentence('Clashes went on. The Colombian army said the camp was retaken.')).toEqual(['National Army of Colombia']);
  });
});

describe('places and people', () => {
  it('regions of Ethiopia, and a much-cited general', () => {
    expect(lastSentence('Clashes went on. Fighting spread in the Amhara region.')).toEqual(['Amhara Region']);
    expect(lastSentence('Clashes went on. A drone killed General Qassem Soleimani.')).toEqual(['Qasem Soleimani']);
  });
});

describe('a quoted headline', () => {
  it('gives only the names a gazetteer knows', () => {
    expect(lastSentence('The paper ran a story. It was headed “Farmers Face Ruin as Drought Grips Northern Kenya”.')).toEqual(['Kenya']);
  });
  it('a quotation in sentence case keeps its names', () => {
    expect(lastSentence('The paper ran a story. He said “the Red Cross must act now” in Nairobi.')).toEqual(['International Committee of the Red Cross', 'Nairobi']);
  });
});

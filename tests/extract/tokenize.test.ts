// The hand-written word scanner finds exactly the words of the character class it replaces.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../server/extract/lexicon/tokens.js';

const WORD = /[A-Za-z0-9\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0300-\u036F\u0370-\u03FF\u0400-\u052F\u05D0-\u05EA\u0620-\u064A\u0660-\u0669\u1E00-\u1EFF]+/g;

function wordsByRegex(text: string): { text: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}
const words = (text: string) => tokenize(text).map((t) => ({ text: t.text, start: t.start, end: t.end }));

describe('tokenize', () => {
  it('splits at every code unit outside the word class, and nowhere else', () => {
    const differing: number[] = [];
    for (let c = 0; c < 0x10000; c += 1) {
      const s = `a${String.fromCharCode(c)}b ${String.fromCharCode(c)}`;
      if (JSON.stringify(words(s)) !== JSON.stringify(wordsByRegex(s))) differing.push(c);
    }
    expect(differing).toEqual([]);
  });

  it('agrees with the character class on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => JSON.stringify(words(s)) === JSON.stringify(wordsByRegex(s))), { numRuns: 3000 });
  });

  it('folds diacritics into the key and keeps offsets', () => {
    const [a, b] = tokenize('Médecins  Sans');
    expect(a).toEqual({ text: 'Médecins', folded: 'Medecins', key: 'medecins', start: 0, end: 8 });
    expect(b).toMatchObject({ text: 'Sans', key: 'sans', start: 10, end: 14 });
  });
});

// mayHaveWord lets whole-text passes skip articles without their word: it must never say no when the
// pass's \bword\b regex would match, whatever letters, marks or underscores stand around the word.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayHaveWord } from '../../server/extract/lexicon/tokens.js';

const WORDS = ['states', 'ferry', 'storm'];
const PIECES = [...WORDS, 'States', 'FERRY', 'é', 'Ú', 'ſ', '_', '-', ' ', '\n', '2', 'x', 'the ', '“', 'Moscow'];
/** An article's length of other words before the pieces: shorter texts get no filter (always true). */
const LEAD = 'Lorem ipsum dolor sit amet. '.repeat(8);

describe('mayHaveWord', () => {
  it('is true whenever a word-bounded regex finds the word, in any case', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const text = LEAD + pieces.join('');
        for (const w of WORDS) if (new RegExp(String.raw`\b${w}\b`, 'i').test(text)) expect(mayHaveWord(text, w)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a word written inside a token with other letters, and turns away a text without it', () => {
    expect(mayHaveWord(`${LEAD}Two ÚStates met.`, 'states')).toBe(true);
    expect(mayHaveWord(`${LEAD}The ferry sank off Sumatra.`, 'ferry')).toBe(true);
    expect(mayHaveWord(`${LEAD}The minister said talks would go on.`, 'ferry')).toBe(false);
  });

  it('says true for a short text (a speaker phrase), which gets no filter', () => {
    expect(mayHaveWord('the minister', 'ferry')).toBe(true);
  });
});

// mayHaveWord lets whole-text passes skip articles without their word: it must never say no when the
// pass's \bword\b regex would match, whatever letters, marks or underscores stand around the word.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mayHaveWord } from '../../server/extract/lexicon/tokens.js';

const WORDS = ['states', 'ferry', 'storm'];
const PIECES = [...WORDS, 'States', 'FERRY', 'é', 'Ú', 'ſ', '_', '-', ' ', '\n', '2', 'x', 'the ', '“', 'Moscow'];

describe('mayHaveWord', () => {
  it('is true whenever a word-bounded regex finds the word, in any case', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        for (const w of WORDS) if (new RegExp(String.raw`\b${w}\b`, 'i').test(text)) expect(mayHaveWord(text, w)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a word written inside a token with other letters, and turns away a text without it', () => {
    expect(mayHaveWord('Two ÚStates met.', 'states')).toBe(true);
    expect(mayHaveWord('The ferry sank off Sumatra.', 'ferry')).toBe(true);
    expect(mayHaveWord('The minister said talks would go on.', 'ferry')).toBe(false);
  });
});

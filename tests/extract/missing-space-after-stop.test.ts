// Text copied from some pages loses the space after a full stop ("it is failing.Mugabe, in power since 1980, ...").
// A stop between a lower-case word and a capitalised one still ends the sentence; initials, numbers and
// abbreviations do not. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../server/extract/sentences.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('a sentence end without a space after it', () => {
  it('after a lower-case word and before a capitalised word', () => {
    expect(sentences('The mayor denied the rumour that the bridge was failing.Engineers, on site since May, said it was safe.')).toEqual([
      'The mayor denied the rumour that the bridge was failing.',
      'Engineers, on site since May, said it was safe.',
    ]);
  });
  it('not in initials, decimals or a name written with a stop', () => {
    expect(sentences('J.R.R. Tolkien wrote it. Prices rose 2.5 percent in the U.S.A. last year.')).toHaveLength(2);
  });
});

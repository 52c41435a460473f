// Quotations whose opening and closing marks do not match (a curly mark closed by a straight one).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { matchQuoteMarks } from '../../server/extract/quote-marks.js';
import { brief, recordWith, run } from './helpers.js';

describe('mismatched quotation marks', () => {
  it('a curly opening closed by a straight mark, then a straight opening closed by a curly one', () => {
    const text = '“Raiders crossed the river at night," Amina Bello told the BBC. "We are sending more officers.”';
    const a = recordWith(run(text), 'Raiders');
    expect(a.claim).toBe('Raiders crossed the river at night');
    expect(a.speaker).toBe('Amina Bello');
    expect(a.outlet).toBe('BBC');
  });
  it('the other way round', () => {
    const a = recordWith(run('"Raiders crossed the river," Amina Bello said. “We are sending more officers."'), 'Raiders');
    expect(a.speaker).toBe('Amina Bello');
  });
  it('leaves texts with one kind of mark, and matched pairs, as they are; keeps the length', () => {
    const straight = '"A," she said. "B," he said.';
    expect(matchQuoteMarks(straight)).toBe(straight);
    const curly = '“A,” she said. “B,” he said.';
    expect(matchQuoteMarks(curly)).toBe(curly);
    const mixed = '“A," she said. "B.”';
    expect(matchQuoteMarks(mixed)).toBe('“A,” she said. “B.”');
    expect(matchQuoteMarks(mixed)).toHaveLength(mixed.length);
    // (a straight pair before a curly pair: both stay quotations)
    expect(brief(run('He called it "a farce" and said “nothing will change,” the paper said.'))).toContainEqual({ outlet: null, speaker: 'He', claim: 'nothing will change' });
  });
});

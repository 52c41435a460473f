// Verbs of manner that report only right after a quotation (or before "that"): vow, pledge, charge, counter,
// boast, joke, fume, continue; and more verbs that invert after a quotation — sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

describe('verbs of manner after a quotation', () => {
  it('report the quotation, with the speaker before or after them', () => {
    const cases: [string, string][] = [
      ['"We will rebuild," the governor vowed.', 'the governor'],
      ['"We will rebuild," the governor pledged on Sunday.', 'the governor'],
      ['"The vote was rigged," the opposition charged.', 'the opposition'],
      ['"The vote was fair," the commission countered.', 'the commission'],
      ['"We are ready," the coach boasted.', 'the coach'],
      ['"We are ready," the coach joked.', 'the coach'],
      ['"It is a scandal," fumed the opposition leader.', 'the opposition leader'],
      ['"We are ready," the coach continued.', 'the coach'],
      ['"Nobody told us anything," complained one driver.', 'one driver'],
      ['"Enough is enough," read one placard.', 'one placard'],
    ];
    for (const [text, speaker] of cases) {
      const r = brief(run(text));
      expect(r, text).toHaveLength(1);
      expect(r[0]?.speaker, text).toBe(speaker);
    }
  });

  it('report a that-clause, except the ones that never take one', () => {
    expect(brief(run('The opposition charged that the vote was rigged.'))).toEqual([{ outlet: null, speaker: 'The opposition', claim: 'the vote was rigged' }]);
    expect(brief(run('The governor vowed that the town would be rebuilt.'))).toEqual([{ outlet: null, speaker: 'The governor', claim: 'the town would be rebuilt' }]);
  });

  it('elsewhere they are no statement', () => {
    for (const text of ['The fighting continued overnight.', 'He was charged with murder.', 'The governor vowed to rebuild the town.', 'Donors pledged $2 million.',
      'The army countered the attack within hours.', 'Prices rose, and the trend continued.', 'Residents fumed over the delays.']) {
      expect(run(text).attributions, text).toEqual([]);
    }
  });
});

// Verbs of saying added after probing: concede, hint, promise, reassure; and a speaker's finite 'indicated/signalled that'.
import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

describe('more verbs of saying', () => {
  it('conceded / hinted / promised / reassured that C are statements', () => {
    expect(brief(run('The mayor conceded that the plan had failed.'))).toEqual([{ outlet: null, speaker: 'The mayor', claim: 'the plan had failed' }]);
    expect(brief(run('Analysts hinted that the deal was close.'))).toEqual([{ outlet: null, speaker: 'Analysts', claim: 'the deal was close' }]);
    expect(brief(run('The mayor promised voters that taxes would not rise.'))).toEqual([{ outlet: null, speaker: 'The mayor', claim: 'taxes would not rise' }]);
    expect(brief(run('The mayor reassured residents that taxes would not rise.'))).toEqual([{ outlet: null, speaker: 'The mayor', claim: 'taxes would not rise' }]);
  });

  it('their other senses are not', () => {
    for (const text of ['The mayor conceded defeat on Sunday.', 'The mayor promised to resign.', 'The company promised a refund.', 'The mayor hinted at a deal.']) {
      expect(run(text).attributions).toEqual([]);
    }
  });

  it('a speaker indicates or signals that C; data and documents do not', () => {
    expect(brief(run('The mayor indicated that taxes could rise.'))).toEqual([{ outlet: null, speaker: 'The mayor', claim: 'taxes could rise' }]);
    expect(brief(run('The central bank signalled that rates would stay high.'))).toEqual([{ outlet: null, speaker: 'The central bank', claim: 'rates would stay high' }]);
    expect(run('The results indicated that the drug works.').attributions).toEqual([]);
    expect(run('The mayor signalled a shift in policy.').attributions).toEqual([]);
  });
});

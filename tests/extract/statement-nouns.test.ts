// A speaker's statement named by a noun ("after the president's remarks that C") and accusations in the
// present and progressive ("is accusing X of Y", "Activists accuse police of Y") — sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

describe('an owned statement noun in an adjunct', () => {
  it('the owner says the that-clause', () => {
    expect(brief(run('The resignation came after the president\'s remarks on Wednesday that he was planning a reshuffle.'))).toEqual([{ outlet: null, speaker: 'the president', claim: 'he was planning a reshuffle' }]);
    expect(brief(run('Markets fell after the bank\'s announcement that it would raise rates.'))).toEqual([{ outlet: null, speaker: 'the bank', claim: 'it would raise rates' }]);
    expect(brief(run('Shares slid amid Nordvik\'s insistence that the merger was dead.'))).toEqual([{ outlet: null, speaker: 'Nordvik', claim: 'the merger was dead' }]);
  });

  it('not a noun without "that" or without an owner', () => {
    for (const text of ['The resignation came after the president\'s remarks on Wednesday.', 'Markets fell after an announcement that rates would rise.']) {
      expect(brief(run(text)).filter((r) => r.speaker !== null), text).toEqual([]);
    }
  });
});

describe('accusations', () => {
  it('in the progressive, after a coordinated predicate', () => {
    expect(brief(run('The minister resigned on Monday and is accusing the prime minister of blocking reforms.'))).toEqual([{ outlet: null, speaker: 'The minister', claim: 'the prime minister of blocking reforms' }]);
  });

  it('in the present tense with a plural subject and a bare plural object', () => {
    expect(brief(run('Activists accuse police of using excessive force.'))).toEqual([{ outlet: null, speaker: 'Activists', claim: 'police of using excessive force' }]);
  });

  it('the passive and the future are no accusation made', () => {
    for (const text of ['He was accused of fraud.', 'Police are accused of using force.', 'The party will accuse the minister of lying.']) expect(run(text).attributions, text).toEqual([]);
  });
});

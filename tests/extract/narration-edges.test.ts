// Edges between a report and the narration around it: a public body named "... agency" is no medium;
// the narrator's ", but its extent was not immediately clear" ends the claim; a leading adjunct's gerund
// has the main clause's subject; a participle after a gerund's object is no trailing cue; media reports
// indicate.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('a public body named with "agency"', () => {
  it('"the County Emergency Management agency was reporting C" inside a medium\'s report is its source', () => {
    const r = recordWith(run('WXYZ television said the Wayne County Emergency Management agency was reporting heavy flooding.'), 'heavy flooding');
    expect([r.outlet, r.speaker]).toEqual(['WXYZ', 'the Wayne County Emergency Management agency']);
  });

  it('a news agency named before "news agency" is still a medium', () => {
    expect(recordWith(run('The Al Masdar news agency reported that the road was cut.'), 'the road was cut').outlet).toBe('Al-Masdar News');
  });
});

describe('the narrator\'s hedge after the claim', () => {
  it('", but its extent was not immediately clear", ", but the cause remained unclear" end the claim', () => {
    expect(brief(run('Police said two people were hurt, but their identities were not known.'))).toEqual([{ outlet: null, speaker: 'Police', claim: 'two people were hurt' }]);
    expect(brief(run('Officials said the fire was out, but the cause remained unclear.'))).toEqual([{ outlet: null, speaker: 'Officials', claim: 'the fire was out' }]);
  });
});

describe('a leading adjunct\'s gerund', () => {
  it('"After initially putting X at N, S revised it, saying C": S put and S says', () => {
    const ex = run('After initially putting the magnitude of the quake at 5.2, the geological survey revised its estimate, saying it had reached 5.6.');
    expect(ex.attributions.map((a) => a.speaker)).toEqual(['the geological survey', 'the geological survey']);
    expect(recordWith(ex, 'it had reached 5.6').speaker).toBe('the geological survey');
  });
});

describe('a participle after a gerund\'s object', () => {
  it('"..., officially implementing a prior accord revealed in July." is no trailing cue', () => {
    expect(run('The tariffs were cut on Thursday, officially implementing a prior accord revealed in July.').attributions).toEqual([]);
  });

  it('an adjective in -ing before a name is not such a gerund', () => {
    expect(brief(run('"We will win," leading opposition figure Jane Roe said.'))).toEqual([{ outlet: null, speaker: 'leading opposition figure Jane Roe', claim: 'We will win' }]);
  });
});

describe('media reports indicate', () => {
  it('"Media reports indicated that C" is the reports\' claim; evidence that indicates is not a statement', () => {
    expect(brief(run('Media reports indicated that the two leaders met on Saturday.'))).toEqual([{ outlet: null, speaker: 'Media reports', claim: 'the two leaders met on Saturday' }]);
    expect(run('The results indicated that the economy was slowing.').attributions).toEqual([]);
  });
});

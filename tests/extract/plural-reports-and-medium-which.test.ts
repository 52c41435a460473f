// Two readings of general English around reports:
// - "Spanish reports suggest C", "media reports say C": the plural noun is the subject of the verb
//   after it, not a cue ("Spanish" was the speaker of "reports", and "suggest C" the claim);
// - "The claim was repeated by Fox News, which said C": a medium named before ", which said" speaks
//   (only "reported by M, which said" did; "which said that C" already worked).
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a plural "reports" before its verb', () => {
  it('is the subject', () => {
    expect(recordWith(run('Spanish reports suggest Real Madrid are preparing a bid.'), 'bid')).toMatchObject({ speaker: 'Spanish reports', cue: 'suggest', claim: 'Real Madrid are preparing a bid' });
    expect(recordWith(run('Israeli reports say the cabinet will meet on Sunday.'), 'cabinet')).toMatchObject({ speaker: 'Israeli reports', cue: 'say' });
  });
});

describe('"M, which said C"', () => {
  it('gives the medium the statement', () => {
    expect(recordWith(run('The claim was repeated by Fox News, which said the senator had resigned.'), 'senator')).toMatchObject({ outlet: 'Fox News', claim: 'the senator had resigned' });
    expect(recordWith(run('I spoke to Fox News, which said he had resigned.'), 'resigned')?.outlet).toBe('Fox News');
  });
  it('a report described by "which said" names no medium', () => {
    expect(run('The report, which said the talks had collapsed, was denied.').attributions.filter((a) => a.outlet)).toEqual([]);
  });
});

// "according to Al Arabiya's preliminary data": a medium's own figures are the medium; "said, per The
// Telegraph: '...'": "per M" between a verb and its quotation gives the verb its medium; "The Daily Telegraph
// and The Sun newspapers": the plural media noun after coordinated names; "the radio" refers back to a
// radio named before. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('media by their figures, by "per", in coordination, and "the radio"', () => {
  it('a medium\'s own data or count', () => {
    expect(rows('Army officers planned the mutiny, according to Al Arabiya’s preliminary data.')).toEqual([['Al Arabiya', null, 'Army officers planned the mutiny']]);
    expect(rows('At least 40 people have died, according to the ministry’s figures.')[0]?.[0]).toBeNull();
  });
  it('"said, per M: quotation"', () => {
    expect(rows('Thames Valley Police said, per The Telegraph: "A woman was detained overnight."')).toEqual([['The Telegraph', 'Thames Valley Police', 'A woman was detained overnight.']]);
  });
  it('"X and Y newspapers reported": both', () => {
    expect(rows('The club has sacked its manager, The Times and The Sun newspapers reported.').map((r) => r[0])).toEqual(['The Times', 'The Sun']);
  });
  it('"The radio also reported" after Radio Mozambique', () => {
    expect(rows('Radio Mozambique reported that the river had burst its banks. The radio also reported that two bridges were closed.').map((r) => r[0])).toEqual(['Radio Mozambique', 'Radio Mozambique']);
    expect(rows('He turned on the radio. The radio said the road was closed.').map((r) => r[0])).toEqual([null]);
  });
});

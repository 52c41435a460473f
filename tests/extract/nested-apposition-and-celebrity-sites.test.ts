// "M reported that her manager, Jane Roe, confirmed C": a description in apposition before the name does not
// stop the medium's report and the speaker's statement being one record. Celebrity sites the gazetteer
// now lists ("According to The Blast, S said C"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a nested statement whose speaker has a description before the name', () => {
  it('is one record: the medium, the named speaker, the inner claim', () => {
    expect(rows('CNN reported on its website that her manager, Jane Roe, confirmed the death of the singer.')).toEqual([['CNN', 'Jane Roe', 'the death of the singer']]);
    expect(rows('Reuters reported that the bank, which lost money, said the deal was off.')).toEqual([['Reuters', 'the bank', 'the deal was off']]);
  });
});

describe('celebrity sites', () => {
  it('"According to The Blast, S said C", "The Blast also reports C"', () => {
    expect(rows('According to The Blast, her boyfriend said in his call that she had been drinking.')).toEqual([['The Blast', 'her boyfriend', 'she had been drinking']]);
    expect(rows('The Blast also reports the star is in a stable condition.')).toEqual([['The Blast', null, 'the star is in a stable condition']]);
  });
});

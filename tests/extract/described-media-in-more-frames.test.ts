// Media the gazetteer lacks, or names it holds, in more frames: "confirmed to the online outlet X", a web address
// closing an inverted frame ("reported news agency 24.kg."), a report owned by a medium ("The Daily Courier's report")
// or by one described ("a report by the Slovak daily SME"), a city's "Times", "reports state broadcaster X" and a
// listed name of two words before "reports that". Sentences and invented names written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const outlets = (text: string) => run(text).attributions.map((a) => [a.outlet, a.claim]);

describe('described media after "confirmed to"', () => {
  it('an online or pan-regional outlet', () => {
    expect(outlets('A police officer confirmed to the online outlet Meduza that the road was closed.')).toEqual([['Meduza', 'the road was closed']]);
    expect(outlets('A police officer confirmed to the pan-Arab daily Asharq Al-Awsat that the road was closed.')).toEqual([['Asharq Al-Awsat', 'the road was closed']]);
  });
});

describe('a web address closing an inverted frame', () => {
  it('keeps its domain', () => {
    expect(outlets('The road was closed, reported Kyrgyz news agency 24.kg.')).toEqual([['24.kg', 'The road was closed']]);
    expect(outlets('The road was closed, said Kazakh news site Vlast.kz.')).toEqual([['Vlast.kz', 'The road was closed']]);
  });
});

describe('reports owned or written by a medium', () => {
  it('a possessive owner', () => {
    expect(outlets("The Daily Beacon's report said the road was closed.").map((r) => r[0])).toEqual(['Daily Beacon']);
    expect(outlets("Ansa news agency's report said the road was closed.").map((r) => r[0])).toEqual(['ANSA']);
  });
  it('a described medium after "by"', () => {
    expect(outlets('A report by the Slovak daily SME said the road was closed.').map((r) => r[0])).toEqual(['SME']);
  });
  it('not a person\'s report', () => {
    expect(outlets("The minister's report said the road was closed.").map((r) => r[0])).toEqual([null]);
  });
});

describe('papers and broadcasters by shape', () => {
  it('a city\'s Times, but not a country\'s Post', () => {
    expect(outlets('The Kabul Times wrote that the road was closed.').map((r) => r[0])).toEqual(['The Kabul Times']);
    expect(outlets('The Israel Post wrote that the road was closed.').map((r) => r[0])).toEqual([null]);
  });
  it('"reports state broadcaster X" after the content', () => {
    expect(outlets('The road was closed, reports state broadcaster NHK.')).toEqual([['NHK', 'The road was closed']]);
  });
  it('a listed name of two words before "reports that"', () => {
    expect(outlets('Fighting resumed. Radio Okapi reports that the road was closed.')).toEqual([['Radio Okapi', 'the road was closed']]);
  });
});

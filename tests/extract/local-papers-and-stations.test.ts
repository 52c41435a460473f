// Local media the gazetteer lacks: a paper named by its tail alone ("The Gazette reports that C") or by a
// hyphenated name ("the Northwest Arkansas Democrat-Gazette reported", "The Republican-American"), a station by
// its four-letter call sign after "according to"; a listed name that is also a word after ", per" ("per Marca")
// or in capitals ("AS claims"); and a publisher whose name only contains a listed one is not that one. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.claim]);

describe('local papers', () => {
  it('named by a tail alone or a hyphenated name', () => {
    expect(rows('The Gazette reports that the school will host a fundraiser.')).toEqual([['The Gazette', 'the school will host a fundraiser']]);
    expect(rows('The Republican-American reports that a local group won its fight.')).toEqual([['The Republican-American', 'a local group won its fight']]);
    expect(rows('A police chief was placed on leave Wednesday, the Northwest Arkansas Democrat-Gazette reported.'))
      .toEqual([['The Northwest Arkansas Democrat-Gazette', 'A police chief was placed on leave Wednesday']]);
    expect(rows('Village leaders are exploring a new road, the Fairbanks Daily News-Miner reports.')).toEqual([['The Fairbanks Daily News-Miner', 'Village leaders are exploring a new road']]);
  });
  it('a paper by its tail, before a clause without "that"', () => {
    expect(rows('The Times reports outside agencies deferred to school officials.')).toEqual([['The Times', 'outside agencies deferred to school officials']]);
    expect(rows('The Times reports on the war were criticized.')).toEqual([]);
  });
  it('a paper named before keeps its short name', () => {
    const text = 'The plan was leaked, The Washington Post reported. The agency told the Post that the plan was final.';
    expect(run(text).attributions.map((a) => a.outlet)).toEqual(['The Washington Post', 'The Washington Post']);
  });
  it('not the messaging platform', () => {
    expect(rows('The group said on the Telegram channel that it carried out the attack.').map((r) => r[0])).toEqual([null]);
  });
});

describe('stations by call sign', () => {
  it('four letters after "according to"', () => {
    expect(rows('According to KSLA, the clerk was among the people outside the jail.')).toEqual([['KSLA', 'the clerk was among the people outside the jail']]);
  });
  it('not an organisation of K or W', () => {
    expect(rows('According to WADA, the samples were clean.')).toEqual([[null, 'the samples were clean']]);
  });
});

describe('stations and sites written otherwise', () => {
  it('a call sign with its band, a partner medium, a paper and its website', () => {
    expect(rows('The clerk was arrested Friday, our news partners at KSLA-TV report.')).toEqual([['KSLA-TV', 'The clerk was arrested Friday']]);
    expect(rows('The clerk was arrested Friday, WDEL-AM reported.')).toEqual([['WDEL-AM', 'The clerk was arrested Friday']]);
    expect(rows('The Oregonian/OregonLive reported that the budget needs three votes.')).toEqual([['The Oregonian', 'the budget needs three votes']]);
  });
});

describe('listed names that are also words', () => {
  it('after ", per" and in capitals', () => {
    expect(rows('The club is keen to sign the midfielder, per Marca.')).toEqual([['Marca', 'The club is keen to sign the midfielder']]);
    expect(rows('AS claims the club is still holding out for more.')).toEqual([['AS', 'the club is still holding out for more']]);
    expect(rows('Equinor AS said the field would reopen.')).toEqual([[null, 'the field would reopen']]);
  });
});

describe('the publisher', () => {
  it('is not a listed medium its name merely contains', () => {
    const text = 'The talks are underway, the Spanish publication says.';
    const ex = extract({ id: 't', title: 't', text, published: '2024-03-16', publisher: 'International Business Times UK' });
    expect(ex.attributions.map((a) => a.outlet)).not.toContain('The Business Times');
  });
});

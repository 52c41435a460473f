// Shapes from the sets released after the thirteenth session's held-out scoring, in sentences written for these
// tests: a time that ends a trailing frame ("reported this evening (Nov. 23)"); a report noun after an article and
// an adjective ("a confidential report sent to"); a news site named by its domain as the one reporting; and a
// quotation closed with no comma before an inverted frame ('"..." said the document').
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('after the held-out sets were released', () => {
  it('a time after the trailing frame is no content', () => {
    expect(rows('Guards watched the palace all night, the Nation reported this evening (Nov. 23).')).toEqual([['The Nation', null, 'Guards watched the palace all night']]);
    expect(rows('Guards watched the palace all night, the Nation reported late last night.')).toEqual([['The Nation', null, 'Guards watched the palace all night']]);
  });
  it('"a confidential report sent to" is a noun inside the content', () => {
    expect(rows('Dawn reported on Monday that officials described the plan in a confidential report sent to the ministry.')).toEqual([['Dawn', null, 'officials described the plan in a confidential report sent to the ministry']]);
  });
  it('a domain that reports is a news site; one that only says things is not', () => {
    expect(rows('The general denied the rumour, Banhaeng.com reported.')[0]?.[0]).toBe('Banhaeng.com');
    expect(rows('Shopmart.com said sales rose in May.')[0]?.[0]).toBeNull();
  });
  it('a quotation of three words or more closed with no comma before "said the ..."', () => {
    expect(rows('He "tried to grab the rifle of a guard" said the report seen by AFP.')).toEqual([['Agence France-Presse', 'the report', 'He "tried to grab the rifle of a guard"']]);
    expect(rows('Radio "Sputnik" recalls that the ministry had listed him.')[0]?.[2]).toBe('the ministry had listed him');
  });
});

describe('a report described by one adjective', () => {
  it('"The confidential report says" refers back like "the report"', () => {
    const r = rows('Dawn reported that officials sent a confidential report to the ministry. The confidential report says the group is planning attacks.');
    expect(r[r.length - 1]).toEqual(['Dawn', null, 'the group is planning attacks']);
  });
});

describe('a listed medium that needs context, set off by an appositive before the work it carried', () => {
  it('"Dawn, the widely read paper, carried the report. The report says C"', () => {
    const r = rows('Dawn, the widely read paper, carried the report on Monday. The report says the suspect was from Multan.');
    expect(r).toEqual([['Dawn', null, 'the suspect was from Multan']]);
  });
});

describe('two media the gazetteer lacks, coordinated', () => {
  it('each shaped like a medium\'s name makes a record of its own', () => {
    const r = rows('Cables fell in front of the party office, Kaew News and Banhaeng.com reported.');
    expect(r.map((x) => x[0])).toEqual(['Kaew News', 'Banhaeng.com']);
  });
});

describe('a blog or programme of a medium, named', () => {
  it('"WSJ\'s Digits blog writes that C" is the medium', () => {
    expect(rows("WSJ's Digits blog writes that the chip market is worth $90 billion.")).toEqual([['The Wall Street Journal', null, 'the chip market is worth $90 billion']]);
  });
});

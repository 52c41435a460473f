// Media named with a description or an article of their own language, a name ending in "Now", a setting after a
// speaker's appositive, a programme told, reports that began with a medium; and what is no attribution: a letter
// written, a measure "as per". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, outletAndSpeakerOf, run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a medium named with its description or its own article', () => {
  it('"top Spanish sports journal Marca"', () => {
    expect(rows('According to top Spanish sports journal Marca, the striker has refused a new contract.')).toEqual([['Marca', null, 'the striker has refused a new contract']]);
  });
  it('"Il Corriere dello Sport", "Today’s edition of Il Corriere dello Sport"', () => {
    expect(rows('Il Corriere dello Sport reports that the club has made an offer for the midfielder.')[0]?.[0]).toBe('Corriere dello Sport');
    expect(rows('Today’s edition of Il Corriere dello Sport reports that the club has made an offer.')[0]?.[0]).toBe('Corriere dello Sport');
  });
  it('a name that ends in "Now" before its verb', () => {
    expect(rows('The carrier has offered to lease five idle jets, ET Now reported.')).toEqual([['ET Now', null, 'The carrier has offered to lease five idle jets']]);
  });
  it('a paper named alone before "stated"', () => {
    expect(rows('Bild stated that the software could be altered.')).toEqual([['Bild', null, 'the software could be altered']]);
  });
  it('reports that began with a medium', () => {
    expect(rows('The guard is being traded to Cleveland, according to multiple media reports originating with ESPN.')[0]?.[0]).toBe('ESPN');
  });
});

describe('where a speaker said it', () => {
  it('a setting after the speaker’s appositive names the medium', () => {
    expect(outletAndSpeakerOf('"It is not true," said Ann Lee, head of the label, in an email to Forbes.', 'not true')).toEqual(['Forbes', 'Ann Lee']);
    expect(outletAndSpeakerOf('"It is not true," said Ann Lee, head of the label, in an interview with Variety.', 'not true')).toEqual(['Variety', 'Ann Lee']);
  });
  it('"told the programme": the programme of the broadcaster named before is the one told, and no part of the claim', () => {
    const ex = run('The BBC Today programme has learned that the review is under way. A former officer told the programme he thought more openness would help.');
    const last = ex.attributions.at(-1);
    expect([last?.outlet, last?.claim]).toEqual(['BBC', 'he thought more openness would help']);
  });
  it('one of the bankers who told a medium', () => {
    const r = rows('"The loan could reach $5 billion," bankers told Reuters. One banker also said the deal was close.');
    expect(r.at(-1)).toEqual(['Reuters', 'One banker', 'the deal was close']);
  });
});

describe('no attribution', () => {
  it('a letter written is no statement, and the medium reports the whole clause', () => {
    expect(rows('The staff union wrote a letter to the minister seeking his help, ET Now reported.')).toEqual([['ET Now', null, 'The staff union wrote a letter to the minister seeking his help']]);
    expect(rows('The staff union wrote a letter to the minister seeking his help.')).toEqual([]);
  });
  it('"as per" a measure or a rule cites no one; "as per" a report does', () => {
    expect(rows('In Europe, cars are taxed as per their levels of emissions.')).toEqual([]);
    expect(rows('The plant was shut, as per the report by Reuters.')).toEqual([['Reuters', null, 'The plant was shut']]);
  });
  it('"it" is never a plural speaker', () => {
    const ex = run('Some analysts have said the missile was a copy of a foreign design. The statement described the drills at length. It also said that units had completed preparations.');
    expect(brief(ex).some((r) => r.speaker === 'Some analysts' && r.claim.includes('units had completed'))).toBe(false);
  });
});

describe('names written otherwise, and phrases that only look like media', () => {
  it('a listed name of several words in other capitals: "Lloyd’s list reported"', () => {
    expect(rows("Lloyd's list reported that the tanker was waiting at the anchorage.")[0]?.[0]).toBe("Lloyd's List");
  });
  it('"A statement by X, the government said the newspaper ..." names no medium before its verb', () => {
    const r = rows('A statement signed by the spokesman Ann Lee, the government said the newspaper’s story was false.');
    expect(r.some((x) => x[0] === 'A statement signed by the spokesman Ann Lee' || x[0] === 'Ann Lee')).toBe(false);
  });
});

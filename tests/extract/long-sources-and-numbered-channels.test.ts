// Sources with a relative clause on them ("two sources familiar with the matter who spoke to the Reuters news agency by
// phone") may run past the usual length; a fronted adverbial before an interjected frame is no part of the content
// ("But on Monday, M reported, C"); an age set off before "was quoted as saying"; a day between a medium and "quoted";
// a medium's website; a topic word before the media noun after a name ("the Nikkei business daily"); a described
// medium after "confirmed to" ("public broadcaster ARD"); a channel named with a number ("Canal 44 reported on Monday").
// Sentences and invented names written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('long sources with a relative clause', () => {
  it('before the verb, after "according to" and in a closing frame', () => {
    expect(rows('Two sources familiar with the matter who spoke to the Reuters news agency by phone said the dam had cracked.'))
      .toEqual([['Reuters', 'Two sources familiar with the matter', 'the dam had cracked']]);
    expect(rows('According to two sources familiar with the matter who spoke to the French news agency AFP via telephone, the dam had cracked.'))
      .toEqual([['Agence France-Presse', 'two sources familiar with the matter', 'the dam had cracked']]);
    expect(rows('The dam had cracked, police chief Omar Diallo who spoke to the Reuters news agency by phone said.'))
      .toEqual([['Reuters', 'police chief Omar Diallo', 'The dam had cracked']]);
  });
  it('how the medium was spoken to is no part of its name', () => {
    expect(rows('A farmer who spoke to the Daily Beacon by phone said the dam had cracked.').map((r) => r[0])).toEqual(['Daily Beacon']);
  });
});

describe('interjected frames after a fronted adverbial', () => {
  it('the content is what follows the frame', () => {
    expect(rows('But on Monday, the Reuters news agency reported, the dam had cracked.')).toEqual([['Reuters', null, 'the dam had cracked']]);
    expect(rows('Right now, the New York Times reports, engineers have more questions than answers.'))
      .toEqual([['The New York Times', null, 'engineers have more questions than answers']]);
  });
  it('a noun phrase before the frame stays part of the content', () => {
    expect(rows('The dam, the company said, would be rebuilt next year.').map((r) => r[2])).toEqual(['The dam, the company said, would be rebuilt next year']);
  });
});

describe('quoting media', () => {
  it('an age set off before "was quoted as saying by"', () => {
    expect(rows('The dam had cracked, Diallo, 45, was quoted as saying by Reuters.')).toEqual([['Reuters', 'Diallo', 'The dam had cracked']]);
  });
  it('a day between the medium and "quoted"', () => {
    expect(rows('ANTARA on Monday quoted Omar Diallo as saying the dam had cracked.').map((r) => r.slice(1))).toEqual([['Omar Diallo', 'the dam had cracked']]);
    expect(rows('ANTARA on Monday quoted Omar Diallo as saying the dam had cracked.')[0]?.[0]).toMatch(/^antara$/i);
  });
  it('a medium\'s website', () => {
    expect(rows("Ansa news agency's website reported that the dam had cracked.").map((r) => r[0])).toEqual(['ANSA']);
  });
});

describe('described media and numbered channels', () => {
  it('a topic word between the name and its media noun', () => {
    expect(rows('Omar Diallo told the Nikkei business daily that the dam had cracked.')).toEqual([['Nikkei', 'Omar Diallo', 'the dam had cracked']]);
  });
  it('"confirmed to public broadcaster X", "confirmed to local broadcaster Canal 44"', () => {
    expect(rows('Omar Diallo confirmed to public broadcaster ARD that the dam had cracked.')).toEqual([['ARD', 'Omar Diallo', 'the dam had cracked']]);
    expect(rows('Omar Diallo confirmed to local broadcaster Canal 44 that the dam had cracked.')).toEqual([['Canal 44', 'Omar Diallo', 'the dam had cracked']]);
  });
  it('a channel\'s number before its verb is no count', () => {
    expect(rows('Local broadcaster Canal 44 reported on Monday that the dam had cracked.')).toEqual([['Canal 44', null, 'the dam had cracked']]);
    expect(rows('Local broadcaster Canal 44 reports that the dam had cracked.')).toEqual([['Canal 44', null, 'the dam had cracked']]);
  });
  it('a passive directive after "to" stays no statement', () => {
    expect(rows('Residents were told to leave immediately.')).toEqual([]);
  });
});

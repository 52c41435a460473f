// How a medium is named around its name: a state referred to again by a common noun owns it ("the country's
// official news agency"); a one-word name with a capitalised "Radio" or "Television" is a station's name
// ("Israel Radio"); a weekday after the name is no part of it; and a medium that "had published an article which
// said C" speaks through that article. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('the words around a medium\'s name', () => {
  it('"the country\'s official X" is X', () => {
    expect(rows('The launch tested a new engine, the country\'s official Korean Central News Agency reported Sunday.')).toEqual([['Korean Central News Agency', null, 'The launch tested a new engine']]);
    expect(rows('The launch tested a new engine, the nation\'s state news agency Xinhua said.')).toEqual([['Xinhua', null, 'The launch tested a new engine']]);
  });
  it('"<Name> Radio" and "<Name> Television" are stations', () => {
    expect(rows('Galilee Radio reported that the ferry had sunk.')).toEqual([['Galilee Radio', null, 'the ferry had sunk']]);
    expect(rows('Kenya Television reported that the ferry had sunk.')).toEqual([['Kenya Television', null, 'the ferry had sunk']]);
  });
  it('a weekday after a described medium\'s name is a date', () => {
    expect(rows('The banker told news outlet Pravdorub.ru Monday that he would not buy the bank.')[0]?.[0]).toBe('Pravdorub.ru');
  });
  it('"The paper had published an article which said C": the paper named before', () => {
    const r = rows('Le Monde reported on Monday that the deal was off. The paper had published an unsigned article which said that the minister had lied.');
    expect(r[1]).toEqual(['Le Monde', null, 'the minister had lied']);
  });
});

describe('media named in other ways', () => {
  it('a name in quotation marks after its media noun', () => {
    expect(rows('The ministry put him on the list of agents, Radio "Sputnik" recalls.')).toEqual([['Sputnik', null, 'The ministry put him on the list of agents']]);
    expect(rows('An update published in the Sunday paper "Tribuna" puts the death toll at 48.')).toEqual([['Tribuna', null, 'the death toll at 48']]);
  });
  it('an edition or issue of the medium', () => {
    expect(rows('The May 3 edition of Star magazine claimed the actor had moved out.')).toEqual([['Star', null, 'the actor had moved out']]);
  });
  it('a correspondent from a medium described by its kind, after it was named', () => {
    const r = rows('AFP reported on the strikes. A correspondent from the French news agency reported that shelling hit the port.');
    expect(r[r.length - 1]).toEqual(['Agence France-Presse', 'A correspondent from the French news agency', 'shelling hit the port']);
  });
  it('a medium the gazetteer lacks, named again by its first word; a place named so stays a place', () => {
    expect(rows('Thousands marched, the Delta news agency reported. Police stood by, Delta said.')).toEqual([['Delta News Agency', null, 'Thousands marched'], ['Delta News Agency', null, 'Police stood by']]);
    expect(rows('The Kyiv Independent reported that the bridge was hit. Kyiv said the attack was repelled.')[1]?.[0]).toBeNull();
  });
  it('"Itar-Tass" is TASS', () => {
    expect(rows('The plane was a Tu-154, Itar-Tass said.')).toEqual([['TASS', null, 'The plane was a Tu-154']]);
  });
});

describe('a listed "<Word> News" named by its first word', () => {
  it('"Geo", "Beta" as the subject or the reporter of a frame', () => {
    expect(rows('The premier confirmed the visit, reports Geo.')[0]?.[0]).toBe('Geo News');
    expect(rows('Beta said that police units stood by the fence.')).toEqual([['Beta News Agency', null, 'police units stood by the fence']]);
  });
  it('not a listed name of its own, a common word or a known company', () => {
    expect(rows('Dawn reported that the talks had resumed.')[0]?.[0]).toBe('Dawn');
    expect(rows('Apple said sales rose in March.')[0]?.[0]).toBeNull();
  });
});

describe('a listed medium right before a trailing cue, after a place', () => {
  it('is the speaker itself, not an appositive that makes the place before it a medium', () => {
    expect(rows('The police chief told detectives held them with 56 passports from Madhyapara, Uttara around 10am, the Daily Star reports.'))
      .toEqual([['The Daily Star', 'The police chief', 'detectives held them with 56 passports from Madhyapara, Uttara around 10am']]);
    expect(rows('The chief said the men were held in Madhyapara, Uttara, the Daily Star reports.')[0]?.[0]).toBe('The Daily Star');
  });
});

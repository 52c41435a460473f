// A press review writes each paper's name in capitals ("HURRIYET quotes ...", "DAILY SABAH reports ..."); an
// agency's initials may stand in square brackets; "the same outlet" is the medium just named; and some of the
// sources that told a medium something ("Two sources said", "The third source said") keep that medium.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('names of media written otherwise', () => {
  it('in capitals inside a sentence', () => {
    expect(rows('DAILY SABAH reports that the minister will visit Berlin.')).toEqual([['Daily Sabah', null, 'the minister will visit Berlin']]);
    expect(rows('HURRIYET quotes the minister as saying the talks will resume.')).toEqual([['Hürriyet', 'the minister', 'the talks will resume']]);
  });
  it('a line all in capitals is a headline, and a short word in capitals is no name', () => {
    expect(rows('MARKETS FALL AS TALKS STALL').length).toBe(0);
    expect(rows('STAR said the couple had split.')[0]?.[0]).toBeNull();
  });
  it('initials in square brackets restate the name', () => {
    expect(rows('The Qatar News Agency [QNA] reported that the emir had called the king.')).toEqual([['Qatar News Agency', null, 'the emir had called the king']]);
  });
  it('"the same outlet", "the same newspaper"', () => {
    expect(rows('Channel 12 reported that the deal was done. The same outlet reported that ministers had been told to stay silent.')[1]).toEqual(['Channel 12', null, 'ministers had been told to stay silent']);
  });
  it('information published by a medium described by its city', () => {
    expect(rows('The former governor is under investigation, according to information published on Tuesday June 18 by Mexico City based newspaper El Universal.')).toEqual([['El Universal', null, 'The former governor is under investigation']]);
  });
});

describe('some of the sources that told a medium', () => {
  it('"Two sources", "The third source" after "three sources told M"', () => {
    const r = rows('The firm signed the deal, three sources close to the talks told Reuters. Two sources said the fine would be $90 million. The third source said the fine would be higher.');
    expect(r.map((x) => x[0])).toEqual(['Reuters', 'Reuters', 'Reuters']);
  });
  it('more sources than were counted before are new ones', () => {
    const r = rows('The firm signed the deal, a source close to the talks told Reuters. Two sources said the fine would be $90 million.');
    expect(r[1]?.[0]).toBeNull();
  });
});

// "places the death toll at twenty" (a figure given, like "put ... at", also in words), "assessed that C" (a
// conclusion), "the interlocutor" as a medium's source named again, and sentence adverbs before a frame ("Overall,
// according to the source, C"; "Significantly, S said C"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.cue, a.claim]);

describe('figures and conclusions', () => {
  it('"places ... at" a number in words or digits', () => {
    expect(rows('AFP places the death toll at twenty.')).toEqual([['Agence France-Presse', null, 'places', 'the death toll at twenty']]);
    expect(rows('The agency placed the number of wounded at 40.').map((r) => r.slice(1))).toEqual([['The agency', 'placed', 'the number of wounded at 40']]);
  });
  it('no figure, no statement', () => {
    expect(rows('Police placed the suspect under arrest.')).toEqual([]);
    expect(rows('Engineers assessed the damage to the bridge.')).toEqual([]);
  });
  it('"assessed that C"', () => {
    expect(rows('A senior military official assessed that the army would run short of shells by spring.'))
      .toEqual([[null, 'A senior military official', 'assessed', 'the army would run short of shells by spring']]);
  });
});

describe('sources named again and sentence adverbs', () => {
  it('"the interlocutor" keeps the medium its source spoke to', () => {
    const text = 'A source told RBC-Ukraine that the depot was hit. According to the interlocutor, it was a drone attack.';
    expect(rows(text).at(-1)).toEqual(['RBC-Ukraine', 'the interlocutor', 'According to', 'it was a drone attack']);
  });
  it('"Overall," before "according to"', () => {
    expect(rows('Overall, according to the police, the attack killed two people.')).toEqual([[null, 'the police', 'according to', 'the attack killed two people']]);
  });
});

describe('media named bare among media', () => {
  it('a short name closing a frame, or after "while", where the passage speaks of media', () => {
    const text = 'Several Telegram channels reported a drone strike. Two blasts were heard at 3am, Baza reported, while Mash claimed the depot was on fire.';
    expect(rows(text).slice(1).map((r) => [r[0], r[3]])).toEqual([['Baza', 'Two blasts were heard at 3am'], ['Mash', 'the depot was on fire']]);
  });
  it('not a place that reports figures', () => {
    expect(rows('Local media covered the floods. In Malaysia, Sabah reported 50 new cases on Monday.').map((r) => r[0])).toEqual([null]);
  });
  it('a medium "in" its country', () => {
    expect(rows('El Tiempo in Honduras reports that the men were captured.')).toEqual([['El Tiempo', null, 'reports', 'the men were captured']]);
  });
});

describe('a medium reporting its source as saying', () => {
  it('"reported X as saying C", like "quoted"', () => {
    expect(rows('Sky News reported a rebel spokesman as saying three soldiers were captured.'))
      .toEqual([['Sky News', 'a rebel spokesman', 'reported as saying', 'three soldiers were captured']]);
    expect(rows('Reuters reported that the army withdrew.')).toEqual([['Reuters', null, 'reported', 'the army withdrew']]);
  });
});

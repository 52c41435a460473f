// Media named after a bare description ("reported news agency PTI", "the country's national news wire Antara",
// "US media organisation Radio Free Europe"), a language service under its network ("BBC Afrique"), a month
// after an interview's medium ("in an interview with Bloomberg in November"), and a design followed, not a
// source ("a submarine class according to British designs"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { outletAndSpeakerOf, run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a medium after its bare description', () => {
  it('as the inverted subject of a trailing cue', () => {
    expect(outletAndSpeakerOf('Officials said the supply was low, reported news agency PTI.', 'supply was low')).toEqual(['Press Trust of India', 'Officials']);
    expect(rows('The bridge was closed, said state broadcaster NHK.')).toEqual([['NHK', null, 'The bridge was closed']]);
  });
  it('after a news wire or a media organisation', () => {
    expect(rows('The jets will be bought soon, according to the country’s national news wire Antara.')).toEqual([['Antara', null, 'The jets will be bought soon']]);
    expect(rows('The vote took place over the weekend, US media organisation Radio Free Europe reports.'))
      .toEqual([['Radio Free Europe/Radio Liberty', null, 'The vote took place over the weekend']]);
  });
  it('a language service of a network', () => {
    expect(outletAndSpeakerOf('Armed groups have been blamed for the attacks, BBC Afrique’s Marie Dupont reports.', 'blamed')).toEqual(['BBC', 'Marie Dupont']);
  });
});

describe('a demonym of any shape before the description', () => {
  it('"Kazakh", "Slovak" describe the medium', () => {
    expect(rows('Kazakh news site Vlast.kz reported that the city was tense.')).toEqual([['Vlast.kz', null, 'the city was tense']]);
    expect(outletAndSpeakerOf('“We are checking,” John Smith told the Slovak daily SME.', 'checking')).toEqual(['SME', 'John Smith']);
  });
});

describe('a name before its media noun after "confirmed to"', () => {
  it('is the medium confirmed to', () => {
    expect(outletAndSpeakerOf('John Smith confirmed to Ansa news agency that the city was tense.', 'city')).toEqual(['ANSA', 'John Smith']);
    expect(outletAndSpeakerOf('John Smith confirmed to the Daily Courier newspaper that the city was tense.', 'city')).toEqual(['Daily Courier', 'John Smith']);
  });
});

describe('an interview dated after its medium', () => {
  it('by a month or a year', () => {
    expect(outletAndSpeakerOf('“We will win,” Xie said in an interview with Bloomberg in November.', 'We will win')).toEqual(['Bloomberg', 'Xie']);
    expect(outletAndSpeakerOf('Xie said in an interview with Bloomberg in 2020 that the target was hard to meet.', 'target')).toEqual(['Bloomberg', 'Xie']);
  });
});

describe('"according to" a design or a rule', () => {
  it('is no source', () => {
    expect(rows('The navy will build a new submarine class according to British designs, the report says.')).toEqual([[null, 'the report', 'The navy will build a new submarine class according to British designs']]);
    expect(rows('The tax will rise each year according to the new rules.')).toEqual([]);
  });
});

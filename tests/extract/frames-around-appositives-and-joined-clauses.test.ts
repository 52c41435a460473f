// A name's appositive whose words hold an auxiliary's letters ("a major Mexican newspaper": no "can"); a form in -s
// after an auxiliary or "than", or "states" after a region's word, is a noun; a report's time between it and its
// content ("a Bloomberg report in August that C"); a subject set off by a relative clause before "was quoted as
// saying"; and "C1, S said, and C2, M reported": the medium's own claim is the clause after "and". Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.cue, a.claim]);

describe('appositives and nouns in -s', () => {
  it('an appositive subject whose words contain "can" or "is"', () => {
    expect(rows('Zocalo, a major Mexican newspaper, reported Garza, known as the Fox, died in a raid.').map((r) => r.slice(2)))
      .toEqual([['reported', 'Garza, known as the Fox, died in a raid']]);
    expect(rows('Ann Roe, a baker from Paris, said the bridge was closed.')).toEqual([[null, 'Ann Roe', 'said', 'the bridge was closed']]);
  });
  it('a plural noun after an auxiliary or "than"', () => {
    const r = rows('Right now, the New York Times reports, the police have more questions than they do answers.');
    expect(r.map((x) => [x[0], x[2]])).toEqual([['The New York Times', 'reports']]);
  });
  it('"states" after a region or a demonym', () => {
    const r = rows('The tanker, carrying fuel bound for Arab states, was stopped near the island, the Fars news agency said.');
    expect(r.map((x) => [x[0], x[2], x[3]])).toEqual([['Fars News Agency', 'said', 'The tanker, carrying fuel bound for Arab states, was stopped near the island']]);
    expect(rows('Member states must act now, the minister said.').map((x) => x[2])).toEqual(['said']);
  });
});

describe('reports and their time', () => {
  it('a month between a medium\'s report and its content', () => {
    expect(rows('The story follows a Bloomberg News report in August that the firm had weighed a bid.'))
      .toEqual([['Bloomberg', null, 'report', 'the firm had weighed a bid']]);
  });
});

describe('subjects set off before the frame', () => {
  it('a relative clause or an appositive before "was quoted as saying"', () => {
    const text = 'KCNA said the drills went well. The drills are needed because of the threat, Kim, who watched the drills, was quoted as saying.';
    expect(rows(text).at(-1)).toEqual(['Korean Central News Agency', 'Kim', 'was quoted as saying', 'The drills are needed because of the threat']);
    const text2 = 'KCNA said the drills went well. The drills are needed because of the threat, Kim, the leader, was quoted as saying.';
    expect(rows(text2).at(-1)?.slice(1, 3)).toEqual(['Kim', 'was quoted as saying']);
  });
});

describe('two clauses joined by "and" under one closing medium', () => {
  it('the speaker\'s clause and the medium\'s own', () => {
    expect(rows('The bridge is closed, the mayor said on Friday, and the road will reopen next week, Reuters reported.')).toEqual([
      ['Reuters', 'the mayor', 'said', 'The bridge is closed'],
      ['Reuters', null, 'reported', 'the road will reopen next week'],
    ]);
  });
  it('one record when nothing follows the speaker\'s frame', () => {
    expect(rows('The bridge is closed, the mayor said, Reuters reported.')).toEqual([['Reuters', 'the mayor', 'said', 'The bridge is closed']]);
  });
});

// Three or more media named in one list: one record per medium, whether the list is the
// subject before the cue, the subject after the content, or the object of "according to".
import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

const outletsOf = (text: string, needle: string) => run(text).attributions.filter((a) => a.claim.includes(needle)).map((a) => a.outlet).sort();

describe('a list of media as the subject', () => {
  it('"A, B and C reported that C" and a floating "all"/"both"', () => {
    expect(outletsOf('Reuters, Bloomberg and CNN reported that the bank would cut 500 jobs.', 'bank')).toEqual(['Bloomberg', 'CNN', 'Reuters']);
    expect(outletsOf('Reuters, Bloomberg and CNN all reported that the bank would cut 500 jobs.', 'bank')).toEqual(['Bloomberg', 'CNN', 'Reuters']);
    const claims = run('Reuters, Bloomberg and CNN all reported that the bank would cut 500 jobs.').attributions.map((a) => [a.claim, a.speaker]);
    expect(new Set(claims.map((c) => JSON.stringify(c)))).toEqual(new Set([JSON.stringify(['the bank would cut 500 jobs', null])]));
  });
  it('an Oxford comma, "the" before a name, an auxiliary before the quantifier', () => {
    expect(outletsOf('The Times, Le Monde, and Der Spiegel both said the treaty was dead.', 'treaty')).toEqual(['Der Spiegel', 'Le Monde', 'The Times']);
    expect(outletsOf('The Guardian, the BBC and Sky News have all reported that the minister will resign.', 'minister')).toEqual(['BBC', 'Sky News', 'The Guardian']);
  });
  it('the list after the content: "C, A, B and C reported."', () => {
    const ex = run('The port will close for a month, Reuters, Bloomberg and CNN reported.');
    expect(ex.attributions.map((a) => a.outlet).sort()).toEqual(['Bloomberg', 'CNN', 'Reuters']);
    expect(new Set(ex.attributions.map((a) => a.claim))).toEqual(new Set(['The port will close for a month']));
  });
  it('people in a list are no media; a place before two media is no list item', () => {
    expect(brief(run('Smith, Jones and Brown said the plan would fail.')).filter((r) => r.outlet)).toHaveLength(0);
    expect(outletsOf('In London, the BBC and Sky News reported that the minister will resign.', 'minister')).toEqual(['BBC', 'Sky News']);
  });
});

describe('a list of media after "according to"', () => {
  it('before the content and after it', () => {
    expect(outletsOf('According to Reuters, Bloomberg and the BBC, the bank would cut 500 jobs.', 'bank')).toEqual(['BBC', 'Bloomberg', 'Reuters']);
    const ex = run('The bank would cut 500 jobs, according to Reuters, Bloomberg and CNN.');
    expect(ex.attributions.map((a) => a.outlet).sort()).toEqual(['Bloomberg', 'CNN', 'Reuters']);
    expect(new Set(ex.attributions.map((a) => a.claim))).toEqual(new Set(['The bank would cut 500 jobs']));
  });
  it('companies listed in the content after "According to M," stay in the content', () => {
    const ex = run('According to Reuters, Apple, Google and Microsoft are in talks about a merger.');
    expect(brief(ex)).toEqual([{ outlet: 'Reuters', speaker: null, claim: 'Apple, Google and Microsoft are in talks about a merger' }]);
  });
});

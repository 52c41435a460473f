// Frames around and inside the content, written for these tests: "which forecasters said", "told X after the game
// that", an interjected "according to X", "ruled that", a bare noun opening a that-less clause, a definite speaker
// described by an indefinite one.
import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

describe('frames inside and around the content', () => {
  it('a relative clause with a plural speaker: its verb phrase is the claim', () => {
    expect(brief(run('The storm, which forecasters said could bring winds of 150 km/h, is expected to make landfall on Friday.'))).toEqual([{ outlet: null, speaker: 'forecasters', claim: 'could bring winds of 150 km/h' }]);
    expect(brief(run('The drug, which doctors say is safe, was approved on Monday.'))).toEqual([{ outlet: null, speaker: 'doctors', claim: 'is safe' }]);
  });

  it('a time phrase between the cue and "that"', () => {
    expect(brief(run('The coach told reporters after the game that the referee was biased.'))).toEqual([{ outlet: null, speaker: 'The coach', claim: 'the referee was biased' }]);
    expect(run('The minister spoke before the vote that was held on Friday.').attributions).toEqual([]);
  });

  it('an interjected "according to X" between a head and its verb', () => {
    expect(brief(run('The gunman, according to witnesses, fled on foot.'))).toEqual([{ outlet: null, speaker: 'witnesses', claim: 'The gunman, according to witnesses, fled on foot' }]);
    expect(brief(run('Prices rose, according to the data, and wages fell.'))).toEqual([{ outlet: null, speaker: 'the data', claim: 'Prices rose' }]);
  });

  it('"ruled that C"; "ruled the country" and "per the rules" are no statements', () => {
    expect(brief(run('The court ruled that the law was unconstitutional.'))).toEqual([{ outlet: null, speaker: 'The court', claim: 'the law was unconstitutional' }]);
    for (const text of ['The party ruled the country for decades.', 'The judge ruled out a retrial.', 'The plan passed, per the rules.']) expect(run(text).attributions, text).toEqual([]);
  });

  it('a bare noun and a verb of change open a clause', () => {
    expect(brief(run('Official figures show unemployment rose to 6 percent.'))).toEqual([{ outlet: null, speaker: 'Official figures', claim: 'unemployment rose to 6 percent' }]);
  });

  it('"C, the mayor, a Democrat, said": the definite noun phrase is the speaker', () => {
    expect(brief(run('The plan was approved, the mayor, a Democrat, said.'))).toEqual([{ outlet: null, speaker: 'the mayor', claim: 'The plan was approved' }]);
  });
});

describe('"C, the WSJ reports."', () => {
  it('a medium\'s present tense closing the sentence frames the speaker\'s claim before it', () => {
    const r = brief(run('Apple says that the earlier report is false, the WSJ reports.'));
    expect(r).toEqual([{ outlet: 'The Wall Street Journal', speaker: 'Apple', claim: 'the earlier report is false' }]);
    const q = brief(run('Apple says that the story is "simply false," the WSJ reports.'));
    expect(q).toHaveLength(1);
    expect(q[0]?.outlet).toBe('The Wall Street Journal');
  });

  it('"the WSJ report" inside a sentence stays a noun', () => {
    expect(run('He read the WSJ report on Monday.').attributions).toEqual([]);
  });
});

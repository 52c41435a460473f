// Smaller pieces of saying: "implied that C"; "after announcing that C" (the subject's own statement
// before it acted); a second speech act coordinated after a participle ends the first's claim; an age
// before a trailing speaker's name; "alleged"/"reported" as adjectives after "own" or a number; what a
// free relative names ("what he had said") states nothing.
import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

describe('implied', () => {
  it('"S implied that C" is a statement; "implied a change" is not', () => {
    expect(brief(run('The coach implied that two players had been dropped.'))).toEqual([{ outlet: null, speaker: 'The coach', claim: 'two players had been dropped' }]);
    expect(run('The report implied a change of course.').attributions).toEqual([]);
  });
});

describe('a participle after "after"', () => {
  it('"S has shut down X, after announcing/saying that C": S\'s statement', () => {
    for (const verb of ['announcing', 'saying']) {
      expect(brief(run(`The studio has since halted filming, after ${verb} that the series would end.`))).toEqual([{ outlet: null, speaker: 'The studio', claim: 'the series would end' }]);
    }
  });
});

describe('a second speech act after a participle', () => {
  it('"issued a statement saying C and apologizing for X": C ends before the apology', () => {
    expect(brief(run('The actor issued a statement saying he did not remember the incident and apologizing for his behavior.'))).toEqual([{ outlet: null, speaker: 'The actor', claim: 'he did not remember the incident' }]);
  });
});

describe('an age before a trailing speaker\'s name', () => {
  it('"C," 35-year-old Roe, who ..., wrote.', () => {
    expect(brief(run('"I had two bad encounters with him," 35-year-old Roe, who worked at the theatre, wrote.'))).toEqual([{ outlet: null, speaker: '35-year-old Roe', claim: 'I had two bad encounters with him' }]);
  });
});

describe('participles as adjectives', () => {
  it('"his own alleged experience", "two reported bidders" are no cues', () => {
    expect(run('The actor came forward and recounted his own alleged experience with the director.').attributions).toEqual([]);
    expect(brief(run('Shares fell after two reported bidders for the team denied their interest in the assets.'))).toEqual([{ outlet: null, speaker: 'two reported bidders for the team', claim: 'their interest in the assets' }]);
  });
});

describe('a free relative', () => {
  it('"he did not elaborate on what Roe had actually said" states nothing', () => {
    expect(brief(run('Smith told reporters that the quote was wrong, although he did not elaborate on what Roe had actually said.'))).toEqual([{ outlet: null, speaker: 'Smith', claim: 'the quote was wrong' }]);
  });
});

describe('an abbreviated month between the cue and its content', () => {
  it('"told on Sept. 12 that C", "told reporters on Sept. 12 that C", "said Dec 27 that C"', () => {
    expect(brief(run('The spokesman himself told on Sept. 12 that the talks had failed.'))).toEqual([{ outlet: null, speaker: 'The spokesman', claim: 'the talks had failed' }]);
    expect(brief(run('The spokesman told reporters on Sept. 12 that the talks had failed.'))).toEqual([{ outlet: null, speaker: 'The spokesman', claim: 'the talks had failed' }]);
    expect(brief(run('The ministry said Dec 27 that two soldiers died.'))).toEqual([{ outlet: null, speaker: 'The ministry', claim: 'two soldiers died' }]);
  });
});

describe('a relative pronoun, a time adverbial, then the cue', () => {
  it('"..., her mentor, Jane Roe, who in recent weeks said C": the name before "who"', () => {
    expect(brief(run('She did not criticise her mentor, Jane Roe, who in recent weeks said she was "running on empty."'))).toEqual([{ outlet: null, speaker: 'Jane Roe', claim: 'she was "running on empty."' }]);
    expect(brief(run('The plan was backed by the mayor, who on Monday said it would pass.'))).toEqual([{ outlet: null, speaker: 'the mayor', claim: 'it would pass' }]);
  });
});

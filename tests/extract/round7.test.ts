// Engine round 7: recall on text nobody tuned for. Sentences written for these tests,
// each rule tried in more than one shape.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('what may stand between a trailing cue and the sentence end', () => {
  it('an adverb after the cue: "X said definitively." keeps the claim before it', () => {
    const a = recordWith(run('The bridge will reopen in May, the mayor said confidently.'), 'bridge');
    expect(a.speaker).toBe('the mayor');
    expect(a.claim).toBe('The bridge will reopen in May');
    const b = recordWith(run('Nobody was hurt in the blast, police said emphatically.'), 'blast');
    expect(b.claim).toBe('Nobody was hurt in the blast');
  });
  it('a bare month and day after the cue: "X reported May 1."', () => {
    const a = recordWith(run('The ferry had sunk near the port, Kyodo reported March 12.'), 'ferry');
    expect(a.outlet).toBe('Kyodo News');
    expect(a.claim).toBe('The ferry had sunk near the port');
  });
  it('"once again" between the cue and "that"', () => {
    const a = recordWith(run('The minister denied once again that the army had fired on the crowd.'), 'army');
    expect(a.speaker).toBe('The minister');
    expect(a.claim).toBe('the army had fired on the crowd');
  });
  it('an "-ly" word that is content, not an adverb, stays in the claim', () => {
    expect(recordWith(run('The company said supply would recover by June.'), 'recover').claim).toBe('supply would recover by June');
  });
});

describe('participles used as adjectives', () => {
  it('"an inquiry into alleged fraud" attributes nothing to the words before it', () => {
    const ex = run('The office denied that it had leaked details of an inquiry into alleged bribery in the ministry.');
    expect(brief(ex)).toHaveLength(1);
    expect(ex.attributions[0]?.speaker).toBe('The office');
    expect(brief(run('Prosecutors opened a case over reported abuses at the prison.'))).toHaveLength(0);
  });
});

describe('broadcasting named by nation and medium', () => {
  it('"Bulgarian television reported", "told French radio": the medium as written', () => {
    expect(recordWith(run('Bulgarian television reported that the second sample was also positive.'), 'sample').outlet).toBe('Bulgarian television');
    const b = recordWith(run('The candidate told French radio that he would contest the results.'), 'contest');
    expect(b.outlet).toBe('French radio');
    expect(b.speaker).toBe('The candidate');
  });
  it('state radio and state television keep their medium in the name', () => {
    expect(recordWith(run('Floods hit northern Italy overnight. State radio said two bridges had collapsed.'), 'bridges').outlet).toBe('Italian state radio');
    expect(recordWith(run('Iranian state television said the satellite had reached orbit.'), 'satellite').outlet).toBe('Iranian state television');
    expect(recordWith(run('The launch in Iran failed, state media said.'), 'launch').outlet).toBe('Iranian state media');
  });
});

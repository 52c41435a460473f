// Denials: a clause denied without "that" whose subject is a bare plural noun, "refute", and the
// rumours or reports "of" something. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('what is denied', () => {
  it('a clause without "that" after adverbs, with a bare plural subject', () => {
    const a = recordWith(run('The bank, however, subsequently denied talks were taking place.'), 'talks');
    expect(a.speaker).toBe('The bank');
    expect(a.claim).toBe('talks were taking place');
    expect(recordWith(run('The ministry denied prices had risen.'), 'prices').claim).toBe('prices had risen');
  });
  it('"refute", "refuted claims that C"', () => {
    const a = recordWith(run('The minister refuted claims that the budget was cut.'), 'budget');
    expect(a.speaker).toBe('The minister');
    expect(a.claim).toBe('the budget was cut');
  });
  it('rumours or reports of something: the thing rumoured is the claim', () => {
    const a = recordWith(run('Health officials on Saturday refuted rumours of a cholera outbreak in the region.'), 'cholera');
    expect(a.speaker).toBe('Health officials');
    expect(a.claim).toBe('a cholera outbreak in the region');
    expect(recordWith(run('Health officials refute rumours of cholera outbreak'), 'cholera').claim).toBe('cholera outbreak');
    // (in the present too: the unnamed reports and the club that dismisses them, tests/extract/disputed-reports.test.ts)
    expect(brief(run('The club dismisses reports of a sale.')).map((r) => r.speaker)).toEqual(['reports', 'The club']);
    // (the unnamed reports are a record of their own, which the club contradicts)
    expect(brief(run('The club denied reports of a rift between the coach and the captain.'))).toEqual([
      { outlet: null, speaker: 'reports', claim: 'a rift between the coach and the captain' },
      { outlet: null, speaker: 'The club', claim: 'a rift between the coach and the captain' },
    ]);
  });
  it('a participle after the thing rumoured is the denier\'s, not part of it', () => {
    const a = recordWith(run('Health officials on Saturday refuted rumours of a cholera outbreak in the region saying the tests were negative.'), 'cholera');
    expect(a.claim).toBe('a cholera outbreak in the region');
  });
  it('"denied allegations of corruption": what is alleged is the denied claim, with no record of its own for the allegations', () => {
    expect(brief(run('The ministry denied allegations of corruption.'))).toEqual([{ outlet: null, speaker: 'The ministry', claim: 'corruption' }]);
  });
});

describe('denials framed by another verb or a phrasal verb', () => {
  it('"moved to dismiss suggestions that C", "was quick to deny that C": the catenative belongs to the cue', () => {
    const a = recordWith(run('His lawyer moved to dismiss suggestions that a plea deal is settled and claimed talks were yet to begin.'), 'plea deal');
    expect(a.speaker).toBe('His lawyer');
    expect(a.cue).toBe('moved to dismiss');
    expect(recordWith(run('His lawyer moved to dismiss suggestions that a plea deal is settled and claimed talks were yet to begin.'), 'yet to begin').speaker).toBe('His lawyer');
    expect(recordWith(run('The club was quick to deny that the coach had resigned.'), 'coach').speaker).toBe('The club');
  });
  it('a plan or a refusal to deny is no denial', () => {
    expect(brief(run('The club plans to deny that the coach had resigned.'))).toHaveLength(0);
    expect(brief(run('The club refused to confirm that the coach had resigned.'))).toHaveLength(0);
  });
  it('"pushed back on reports that C": the reports, and the one who disputes them', () => {
    expect(brief(run('The airline pushed back Wednesday on reports that it is in talks to buy a rival.'))).toEqual([
      { outlet: null, speaker: 'reports', claim: 'it is in talks to buy a rival' },
      { outlet: null, speaker: 'The airline', claim: 'it is in talks to buy a rival' },
    ]);
    expect(recordWith(run('The company pushed back on claims that it had misled investors.'), 'misled').speaker).toBe('The company');
    expect(brief(run('The council pushed back the deadline to May.'))).toHaveLength(0);
  });
});

describe('reports denied, and the medium that reports the denial', () => {
  it('"denied reports which said that C": the reports said C, the denier disputes it', () => {
    expect(brief(run('The general denied reports which said that he had ordered the strike.'))).toEqual([
      { outlet: null, speaker: 'reports', claim: 'he had ordered the strike' },
      { outlet: null, speaker: 'The general', claim: 'he had ordered the strike' },
    ]);
  });
  it('a medium after the denial reports the denial, not the reports denied', () => {
    expect(brief(run('The club denied reports that the coach had resigned, the BBC reported.'))).toEqual([
      { outlet: null, speaker: 'reports', claim: 'the coach had resigned' },
      { outlet: 'BBC', speaker: 'The club', claim: 'the coach had resigned' },
    ]);
  });
});

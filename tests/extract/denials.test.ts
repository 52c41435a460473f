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
    // (a headline line in the present; in running text the present needs more: "The club dismisses reports of a sale.")
    expect(recordWith(run('Health officials refute rumours of cholera outbreak'), 'cholera').claim).toBe('cholera outbreak');
    expect(brief(run('The club dismisses reports of a sale.'))).toHaveLength(0);
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
  it('"denied allegations of corruption" reports no content', () => {
    expect(brief(run('The ministry denied allegations of corruption.'))).toHaveLength(0);
  });
});

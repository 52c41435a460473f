import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "The governor has denied the allegations", "dismissed accusations of fraud": a charge or statement named as the
// object of a denial is what is denied. Sentences written for this file.
describe('a denial of a named charge', () => {
  it('takes the charge as the claim', () => {
    const a = recordWith(run('The governor has denied the allegations.'), 'allegations');
    expect([a.speaker, a.cue, a.claim]).toEqual(['The governor', 'has denied', 'the allegations']);
    expect(recordWith(run('The three firms have all denied the claim.'), 'claim').speaker).toBe('The three firms');
    expect(recordWith(run('The mayor dismissed accusations of vote buying.'), 'vote buying').claim).toBe('accusations of vote buying');
    expect(recordWith(run('The embassy denied statements on trade attributed to the minister.'), 'statements').claim).toBe('statements on trade attributed to the minister');
    expect(recordWith(run('The coach rejected the charges against his players.'), 'charges').cue).toBe('rejected');
  });

  it('keeps the medium that reports the denial', () => {
    const a = recordWith(run('The ministry denied the allegations, according to the Daily Star.'), 'allegations');
    expect([a.outlet, a.speaker, a.claim]).toEqual(['The Daily Star', 'The ministry', 'the allegations']);
  });

  it('leaves a denied report, a denied pronoun and a thing rejected as before', () => {
    for (const text of ['The minister denied the report.', 'The board rejected the offer.', 'The court rejected the appeal on Tuesday.']) {
      expect(run(text).attributions, text).toEqual([]);
    }
    const ex = run('A newspaper said the mayor took bribes. The mayor denied this.');
    expect(ex.attributions.filter((a) => a.claim === 'this')).toEqual([]);
  });
});

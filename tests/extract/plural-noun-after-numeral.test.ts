import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// "in 30 states", "across two states": a plural noun after a numeral is no reporting verb.
// Sentences written for this file.
describe('a cue-shaped plural noun after a numeral', () => {
  it('makes no record', () => {
    for (const text of ['More than 1,000 cases have been confirmed in 30 states.', 'The drought has now spread across twelve states.']) {
      expect(run(text).attributions).toEqual([]);
    }
  });

  it('the verb after a determiner still reports', () => {
    const r = run('The report states that 30 states have cases.').attributions;
    expect(r.map((x) => [x.speaker, x.cue, x.claim])).toEqual([['The report', 'states', '30 states have cases']]);
  });
});

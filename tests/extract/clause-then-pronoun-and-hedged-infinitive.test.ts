import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// Two misreadings of general English. Sentences written for this file.
describe('a finished clause before "and he said"', () => {
  it('leaves the pronoun as the speaker', () => {
    expect(recordWith(run('We spoke with the coach on Friday and he said the team would travel.'), 'team would travel').speaker).toBe('he');
    expect(recordWith(run('The mayor was re-elected and she said the budget was safe.'), 'budget was safe').speaker).toBe('she');
  });

  it('two names coordinated stay one subject', () => {
    expect(recordWith(run('Smith and he said the deal was off.'), 'deal was off').speaker).toBe('Smith and he');
  });
});

describe('"is understood to have written", "is believed to have told"', () => {
  it('is a hedge, no attribution', () => {
    for (const text of ['The minister is also understood to have written to the committee about the delay.', 'She is believed to have told friends that she would resign.']) {
      expect(run(text).attributions).toEqual([]);
    }
  });

  it('the plain verb still reports', () => {
    expect(recordWith(run('She told friends that she would resign.'), 'would resign').speaker).toBe('She');
  });
});

// A credit line that closes a story may name its medium with a media word after the name ("Source:
// ABC Radio", "Source: CNN Online"): it is still a credit line, not the outlet of the statements in
// the story. A labelled item's Source line that cites a statement stays that item's medium.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

const story = (credit: string) => 'Minister quits\n\nThe trade minister says he has handed in his resignation.\n\n'
  + 'He says the reforms have stalled in cabinet.\n\n' + credit;

describe('a credit line with a media word after the name', () => {
  it('"Source: ABC Radio" and "Source: CNN Online" give the statements no outlet', () => {
    for (const credit of ['Source: ABC Radio', 'Source: CNN Online', 'Source: Reuters']) {
      expect(recordWith(run(story(credit)), 'resignation').outlet, credit).toBeNull();
      expect(recordWith(run(story(credit)), 'reforms').outlet, credit).toBeNull();
    }
  });
});

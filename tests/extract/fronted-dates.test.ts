// A date fronted before the sentence's subject dates its cues: "A week ago, the BBC reported"
// and "On March 3, the paper said" resolved to null while "Last Friday, ..." already resolved.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

const published = '2024-05-15'; // a Wednesday

describe('a fronted date', () => {
  it('"N days/weeks ago," counts back from the published date', () => {
    expect(recordWith(run('A week ago, the BBC reported that the deal was off.', published), 'deal').date).toBe('2024-05-08');
    expect(recordWith(run('Two days ago, officials said the bridge would close.', published), 'bridge').date).toBe('2024-05-13');
    expect(recordWith(run('Three weeks ago the paper said the mayor would resign.', published), 'mayor').date).toBe('2024-04-24');
  });
  it('"On <month> <day>," is that day of the published year', () => {
    expect(recordWith(run('On March 3, the Times reported that the firm was for sale.', published), 'firm').date).toBe('2024-03-03');
  });
  it('a number of days that is no date does not date the cue', () => {
    expect(recordWith(run('Two days of talks ended, and the minister said the plan was dead.', published), 'plan').date).toBeNull();
  });
});

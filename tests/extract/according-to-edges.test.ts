// Two misreadings around "according to X": a thousands separator taken for the comma that ends
// an appositive ("According to X, the group wants to hire 2,000 people" lost all but "000
// people"), and a plural head before an interjected "according to X" taken for a verb ("The
// strikes, according to X, were planned" gave the claim "The strikes").
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('"According to X, C" with a number in C', () => {
  it('keeps the whole clause when C holds a thousands separator', () => {
    expect(recordWith(run('According to the ministry, the group wants to hire 2,000 people.'), 'hire')).toMatchObject({ speaker: 'the ministry', claim: 'the group wants to hire 2,000 people' });
    expect(recordWith(run('According to a memo obtained by the Guardian, the department plans to cut 1,500 jobs.'), 'cut')).toMatchObject({ outlet: 'The Guardian', claim: 'the department plans to cut 1,500 jobs' });
  });
  it('still skips a real appositive on the source', () => {
    expect(recordWith(run('According to Maria Lopez, the head of the union, the strike will last 10,000 hours.'), 'strike')).toMatchObject({ claim: 'the strike will last 10,000 hours' });
  });
});

describe('a plural head before an interjected "according to X"', () => {
  it('covers the whole clause, head included', () => {
    expect(recordWith(run('The strikes, according to two people briefed on the operation, were planned for weeks.'), 'planned')).toMatchObject({ speaker: 'two people briefed on the operation', claim: 'The strikes, according to two people briefed on the operation, were planned for weeks' });
    expect(recordWith(run('The talks, according to a diplomat, are expected to resume next week.'), 'resume')).toMatchObject({ claim: 'The talks, according to a diplomat, are expected to resume next week' });
    expect(recordWith(run('Two of the attackers, according to police, had planned the raid for months.'), 'raid')).toMatchObject({ speaker: 'police', claim: 'Two of the attackers, according to police, had planned the raid for months' });
  });
});

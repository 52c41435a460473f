// A denial of unnamed reports gives two records with the same claim: the reports (speaker the
// reports, no outlet) and the one who disputes them. Shapes: "reports of NP", a report's clause
// without "that", "reports that claimed C", "assertions by X that C", dismissal synonyms, and a
// medium that reports the denial (its outlet is the denial's, not the reports').
import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

const pair = (text: string) => brief(run(text)).map((r) => [r.outlet, r.speaker, r.claim]);

describe('disputed unnamed reports', () => {
  it('"dismissed reports of NP": the noun phrase is the claim of both', () => {
    expect(pair('The ministry has dismissed reports of a shortage of fuel.')).toEqual([
      [null, 'reports', 'a shortage of fuel'],
      [null, 'The ministry', 'a shortage of fuel'],
    ]);
    expect(pair('The minister denies rumours of a cabinet reshuffle, his office said.').map((r) => r[2])).toContain('a cabinet reshuffle');
  });
  it('"denied a report C": a report\'s clause without "that"', () => {
    expect(pair('The club denied a report they had sold the striker to a rival.')).toEqual([
      [null, 'report', 'they had sold the striker to a rival'],
      [null, 'The club', 'they had sold the striker to a rival'],
    ]);
  });
  it('"reports that claimed C", and "rubbished"/"refuted" as dismissals', () => {
    expect(pair('The band have rubbished recent tabloid reports that claimed they are splitting up.')).toEqual([
      [null, 'reports', 'they are splitting up'],
      [null, 'The band', 'they are splitting up'],
    ]);
    expect(pair('The agency refuted claims that the vaccine was unsafe.')).toEqual([[null, 'The agency', 'the vaccine was unsafe']]);
  });
  it('"rejected on Saturday assertions by X that C": X\'s assertion and the rejection', () => {
    expect(pair('The army rejected on Saturday assertions by the rebels that they had seized the airport.')).toEqual([
      [null, 'the rebels', 'they had seized the airport'],
      [null, 'The army', 'they had seized the airport'],
    ]);
  });
  it('a medium reporting the denial is the outlet of the denial only', () => {
    expect(pair('The minister denied reports that the plant would close, state news agency SPA reported on Monday.')).toEqual([
      [null, 'reports', 'the plant would close'],
      ['Saudi Press Agency', 'The minister', 'the plant would close'],
    ]);
  });
  it('a report of a medium, and a report without a clause, are left to their rules', () => {
    expect(pair('The ministry dismissed a report of the BBC that the plant would close.').some((r) => r[0] === 'BBC')).toBe(true);
    expect(pair('The club denied a report on Monday.')).toHaveLength(0);
  });
});

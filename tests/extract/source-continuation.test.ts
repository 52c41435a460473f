import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// An unnamed source a medium introduced ("a spokesperson told The Hill", "M quoted two diplomats",
// "M says an official responded") keeps that medium when the text refers back to it ("the spokesperson
// said", "According to diplomats"); a description that introduced nobody keeps none. Sentences written for this file.
describe('a medium\'s unnamed source referred back to', () => {
  it('"the spokesperson/spokesman/officer" after one told or was reported by a medium', () => {
    const hill = run('A Treasury spokesperson told The Hill that the fund was solvent. "Nothing has changed," the spokesperson said.');
    expect(recordWith(hill, 'Nothing has changed').outlet).toBe('The Hill');
    expect(recordWith(run('A police spokeswoman told the BBC that three men were held. The spokeswoman said all three would be charged.'), 'all three').outlet).toBe('BBC');
    expect(recordWith(run('A spokesman for the airline told Bloomberg the route was cut. Asked about refunds, the spokesman said none were planned.'), 'none were planned').outlet).toBe('Bloomberg');
    expect(recordWith(run('CNN reports that a fire officer described the blaze. The officer said the roof had collapsed.'), 'roof had collapsed').outlet).toBe('CNN');
  });

  it('"According to diplomats" right after a medium quoted diplomats', () => {
    const ex = run('The Wall Street Journal quoted two European diplomats as saying Iran had refused the offer. According to diplomats, the refusal was a bargaining move.');
    expect(recordWith(ex, 'bargaining move').outlet).toBe('The Wall Street Journal');
  });

  it('a description nobody introduced through a medium keeps no medium', () => {
    expect(recordWith(run('A spokesman for the ministry said the talks failed. "We will try again next month," the spokesman said.'), 'try again').outlet).toBeNull();
    expect(recordWith(run('Two officials told Reuters the deal was close. Diplomats in Geneva, however, said the gap remained wide.'), 'gap remained').outlet).toBeNull();
  });
});

// "X is identified in a separate BBC report as Y": a passive that credits a medium's report with
// what the whole sentence says. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('a subject named or identified in a medium\'s report', () => {
  it('"is identified in a separate BBC report as", "was named in a Reuters story as"', () => {
    const a = recordWith(run('The driver is identified in a separate BBC report as 41-year-old Pieter Mol.'), 'Pieter Mol');
    expect(a.outlet).toBe('BBC');
    expect(a.speaker).toBeNull();
    expect(a.cue).toBe('is identified in');
    expect(a.claim).toBe('The driver is identified in a separate BBC report as 41-year-old Pieter Mol');
    expect(recordWith(run('The buyer was named in a Reuters story as a Dutch pension fund.'), 'pension').outlet).toBe('Reuters');
  });
  it('a report that is no medium\'s, or no medium named, gives nothing', () => {
    expect(brief(run('The driver was named in a police statement as Pieter Mol.'))).toHaveLength(0);
    expect(brief(run('The driver was identified in the report as a local man.'))).toHaveLength(0);
  });
});

// "Documents show C" without "that": the content may open with a bare group of people ("senior
// management", "hospital staff", "company executives") and a past verb ("knew", "met", "ignored").
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('evidence showing what a group did', () => {
  it('a bare group noun phrase, then a past verb', () => {
    expect(recordWith(run('Internal documents show senior management knew about the plan for years.'), 'management')).toMatchObject({ speaker: 'Internal documents', claim: 'senior management knew about the plan for years' });
    expect(recordWith(run('Documents show senior officials met the envoy twice.'), 'envoy').speaker).toBe('Documents');
    expect(recordWith(run('Records show hospital staff ignored the warnings for years.'), 'warnings').speaker).toBe('Records');
    expect(recordWith(run('Emails show company executives knew of the defect in 2019.'), 'defect').speaker).toBe('Emails');
  });
  it('a group that is not followed by a verb of a clause gives nothing', () => {
    expect(run('The photos show senior management and hospital staff at the gala.').attributions).toHaveLength(0);
  });
});

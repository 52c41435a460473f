import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "An editorial in M argued C": a work of opinion that appeared in a medium is the medium's, as a
// report or a column in it is (tests/extract/report-nouns.test.ts). Sentences written for this file.
describe('opinion works named as the subject', () => {
  it('an editorial, an op-ed, a commentary, an essay or a piece in a medium gives the medium', () => {
    expect(recordWith(run('An editorial in the Washington Post argued that the levy should be scrapped.'), 'levy').outlet).toBe('The Washington Post');
    expect(recordWith(run('An op-ed in the Guardian claimed the levy had failed.'), 'levy').outlet).toBe('The Guardian');
    expect(recordWith(run('A commentary in the Financial Times said the levy would hurt exporters.'), 'levy').outlet).toBe('Financial Times');
    expect(recordWith(run('A piece in Le Monde said the levy would be dropped.'), 'levy').outlet).toBe('Le Monde');
  });
  it('an editorial that names no medium stays without one', () => {
    const a = recordWith(run('An editorial argued that the levy should be scrapped.'), 'levy');
    expect(a.outlet).toBeNull();
  });
});

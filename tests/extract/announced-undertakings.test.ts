import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "The government announced new measures", "Companies have announced layoffs": a new undertaking made known is
// no reported statement; an event or a clause announced still is. Sentences written for this file.
describe('an undertaking announced', () => {
  it('is no claim when new or bare', () => {
    for (const text of [
      'The government announced new measures to control the spread of the virus.',
      'Companies across the industry have announced layoffs, affecting thousands of workers.',
      'The ministry announced partial mobilisation in the region.',
    ]) expect(run(text).attributions, text).toEqual([]);
  });

  it('keeps an event, a period, a clause announced', () => {
    expect(recordWith(run('The security service announced the arrest of a group of citizens.'), 'arrest').cue).toBe('announced');
    expect(recordWith(run('The premier announced a three-day period of mourning.'), 'mourning').speaker).toBe('The premier');
    expect(recordWith(run('The agency announced new cases were reported in two counties.'), 'new cases').claim).toBe('new cases were reported in two counties');
  });
});

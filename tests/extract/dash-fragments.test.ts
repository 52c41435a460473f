// A dash inside content that a trailing attribution covers: a fragment without a verb after the dash
// ("— many because of neglect") adds to the content before it, so the claim runs from the sentence
// start; a clause after the dash ("— the deal is off") is the claim on its own.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a dash before the trailing attribution', () => {
  it('a verbless fragment after the dash belongs to the claim before it', () => {
    expect(recordWith(run('Hundreds of patients are dying each year at the clinic — many because of neglect, the Daily Dispatch reported on Thursday.'), 'patients')).toMatchObject({ outlet: 'Daily Dispatch', claim: 'Hundreds of patients are dying each year at the clinic — many because of neglect' });
    expect(recordWith(run('Dozens of homes were flattened overnight — most of them in the old town, the BBC said.'), 'homes').claimStart).toBe(0);
    expect(recordWith(run('Fuel prices will rise again in May — by as much as ten percent, Bloomberg reported on Monday.'), 'Fuel').claimStart).toBe(0);
  });
  it('a clause after the dash is the claim', () => {
    expect(recordWith(run('The talks dragged on for hours — the deal is now off for the rest of the year, a negotiator told Reuters.'), 'deal')).toMatchObject({ claim: 'the deal is now off for the rest of the year', outlet: 'Reuters' });
  });
});

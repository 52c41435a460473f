// Cues with an addressee before "that" ("informed the embassy that C", "warned clients that C")
// read the content after "that", as "told the embassy that C" already did; the addressee was
// part of the claim.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('an addressee, then "that C"', () => {
  it('informed / warned / assured / briefed', () => {
    expect(recordWith(run('The ministry informed the embassy that the visa had been revoked.'), 'visa')).toMatchObject({ speaker: 'The ministry', claim: 'the visa had been revoked' });
    expect(recordWith(run('The bank warned clients that rates would rise.'), 'rates')).toMatchObject({ speaker: 'The bank', claim: 'rates would rise' });
    expect(recordWith(run('Officials warned the US in advance that they would strike within days.'), 'strike')?.claim).toBe('they would strike within days');
    expect(recordWith(run('The firm assured the regulator that the data was safe.'), 'data')?.claim).toBe('the data was safe');
  });
  it('a lone plural addressee with a manner phrase', () => {
    expect(recordWith(run('The airline informed passengers by email that the flight was cancelled.'), 'flight')?.claim).toBe('the flight was cancelled');
  });
  it('a "that" that opens a relative clause on the object is no content', () => {
    expect(run('The minister warned of a crisis that could last years.').attributions.map((a) => a.claim)).not.toContain('could last years');
  });
});

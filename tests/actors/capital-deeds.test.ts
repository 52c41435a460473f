// A capital stands for its state where what follows or precedes it is a state's deed or agent: "-owned",
// "-backed" after a hyphen, "envoy" or "delegation" after it, the agent after "by", a state's possession
// after "'s" even behind a preposition, "is expected to", a relationship between two capitals; and the
// near misses where it stays the city ("by Moscow time", "in Moscow's main square").
import { describe, expect, it } from 'vitest';

import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsForClaim(0, text.length, null);

describe('a capital as the state behind a deed', () => {
  it('is the state before a hyphenated deed and before its envoys', () => {
    expect(all('The clinic is a Hanoi-funded project on the coast.')).toEqual(['Vietnam']);
    expect(all('Analysts said the militias were Tehran-backed.')).toEqual(['Iran']);
    expect(all('A Cairo delegation arrived for the second round.')).toEqual(['Egypt']);
  });

  it('is the state as an agent after "by" and after "is expected to"', () => {
    expect(all('The ban imposed by Riyadh angered importers.')).toEqual(['Saudi Arabia']);
    expect(all('A new quota by Ottawa hit fishing crews hard.')).toEqual(['Canada']);
    expect(all('Bogota is expected to reply within a week.')).toEqual(['Colombia']);
  });

  it("is the state that owns a policy after a preposition and a side of a relationship", () => {
    expect(all("The firm pointed to Lima's mining policy in its filing.")).toEqual(['Peru']);
    expect(all('The vote may strain the relationship between Canberra and Wellington.')).toEqual(['Australia', 'New Zealand']);
  });

  it('stays the city where a city noun follows', () => {
    expect(all('The market opens at nine by Nairobi time.')).toEqual(['Nairobi']);
    expect(all("Crowds gathered in Lima's old streets on Sunday.")).toEqual(['Lima']);
  });
});

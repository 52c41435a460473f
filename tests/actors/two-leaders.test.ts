// "the two leaders", "both leaders", "the leaders'": the two heads of state or government named last before the claim.
import { describe, expect, it } from 'vitest';
import { claimActors } from './helpers.js';

const lead = 'President Ana Duarte of Portugal flew to Rabat to see Prime Minister Karim Idrissi of Morocco. Trade minister Luis Costa joined them. ';

describe('the two leaders', () => {
  it('are the two heads named with their titles before, not an official named later', () => {
    const text = lead + 'An aide said the two leaders would sign a fisheries pact on Friday.';
    expect(claimActors(text, 'the two leaders would sign a fisheries pact on Friday', 'An aide')).toEqual(['Ana Duarte', 'Karim Idrissi']);
  });

  it("are read in a possessive too", () => {
    const text = lead + "An aide said the leaders' talks had been cordial.";
    expect(claimActors(text, "the leaders' talks had been cordial", 'An aide')).toEqual(['Ana Duarte', 'Karim Idrissi']);
  });

  it('of a group are not heads of state', () => {
    const text = lead + 'Police said the leaders of the protest had been detained.';
    expect(claimActors(text, 'the leaders of the protest had been detained', 'Police')).toEqual([]);
  });
});

// Monarchs under their regnal names, and "the queen" as the one the article names with that title.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const forClaim = (text: string, claim: string) => {
  const i = text.indexOf(claim);
  return createActorResolver(text).actorsForClaim(i, i + claim.length, null);
};

describe('monarchs', () => {
  it('are named by their regnal names', () => {
    expect(forClaim('Letters to Queen Elizabeth and her aides were read by staff.', 'Letters to Queen Elizabeth and her aides were read by staff.')).toEqual(['Elizabeth II']);
    expect(forClaim('Detectives warned Prince Charles that his phone might have been hacked.', 'Detectives warned Prince Charles')).toEqual(['Charles III']);
  });

  it('are what "the queen" refers to once the article names one with the title', () => {
    const text = 'The tabloid said Queen Elizabeth backed the treaty. A spokesman said the queen was neutral.';
    expect(forClaim(text, 'the queen was neutral')).toEqual(['Elizabeth II']);
  });
});

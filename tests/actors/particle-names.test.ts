// A known name that starts with a lower-case particle ("al-Shabab", "al-Qaeda") after a sentence's first
// word is read whole, not as the tail of a run ("Many al-Shabab" -> Al-Shabaab, not "Shabab"); a person's
// own name with a particle stays one name.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsForClaim(0, text.length, null);

describe('a known name with a particle after a first word', () => {
  it('is the known name', () => {
    expect(all('Many al-Shabab fighters fled the town after the raid.')).toEqual(['Al-Shabaab']);
    expect(all('Several al-Qaeda commanders were arrested in the sweep.')).toEqual(['Al-Qaeda']);
  });

  it('leaves a person\'s name with a particle whole', () => {
    expect(all('Officials said Hamza bin Laden and Rifaat al-Assad were seen in the city.')).toEqual(['Hamza bin Laden', 'Rifaat al-Assad']);
  });
});

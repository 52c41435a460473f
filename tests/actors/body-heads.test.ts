// Names ending in a body's word ("Fleet", "Coastguard", "Division") are organisations, not persons.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';
import { claimActors } from './helpers.js';

describe('a name ending in a body word', () => {
  it('is an organisation that speaks about itself', () => {
    const text = 'A fishing boat sank off Whitby on Tuesday. HM Coastguard said it had sent two lifeboats.';
    expect(claimActors(text, 'it had sent two lifeboats', 'HM Coastguard')).toContain('HM Coastguard');
  });

  it('reads fleets, divisions and squadrons as organisations', () => {
    const r = createActorResolver('The Seventh Fleet and the Tenth Mountain Division moved north, joined by the Red Arrow Squadron.');
    for (const name of ['Seventh Fleet', 'Tenth Mountain Division', 'Red Arrow Squadron']) expect(r.kindOf(name)).toBe('organization');
  });

  it('leaves two-word personal names alone', () => {
    const r = createActorResolver('Marta Kowalczyk said the plan was sound.');
    expect(r.kindOf('Marta Kowalczyk')).toBe('person');
  });
});

// A state's navy and air force under their reference names ("the Greek navy" -> Hellenic Navy, "the
// Pakistani air force" -> Pakistan Air Force, else "<Demonym> Navy"), and military aircraft after a
// demonym as the air force ("Egyptian warplanes"), not a single aircraft, which may be an airliner.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsForClaim(0, text.length, null);

describe('navies and air forces', () => {
  it('are named as reference works name them', () => {
    expect(all('Officials said the Greek navy had intercepted two boats carrying migrants.')).toEqual(['Hellenic Navy']);
    expect(all('The Pakistani air force carried out strikes in the tribal region.')).toEqual(['Pakistan Air Force']);
    expect(all('The American navy sent a second carrier to the region.')).toEqual(['United States Navy']);
  });

  it('are "<Demonym> Navy" for states without a name of their own', () => {
    expect(all('The Italian navy rescued 40 migrants, the coast guard said.')).toEqual(['Italian Navy']);
  });
});

describe('military aircraft after a demonym', () => {
  it('are the air force, not the state', () => {
    expect(all('The ministry said Egyptian warplanes struck targets near the border overnight.')).toEqual(['Egyptian Air Force']);
    expect(all('Witnesses said Turkish jets were flying over the northern villages on Sunday.')).toEqual(['Turkish Air Force']);
  });

  it('leave a single aircraft and other nouns to the state', () => {
    expect(all('A Turkish aircraft with 150 passengers landed safely in Ankara.')).toEqual(['Turkey', 'Ankara']);
    expect(all('Egyptian officials said the flights would resume on Monday.')).toEqual(['Egypt']);
  });
});

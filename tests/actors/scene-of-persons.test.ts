// The story's town is the scene of events on the ground, not of claims about a named person, of arrests, or of a named district.
import { describe, expect, it } from 'vitest';
import { claimActors } from './helpers.js';

const story = 'Gunmen attacked a market in Tarnow on Monday. Shops in Tarnow were burned. Residents of Tarnow fled.\n';

describe('the scene of a claim', () => {
  it('is the town for deaths and damage', () => {
    const text = story + 'A doctor said at least nine people had died in the attack.';
    expect(claimActors(text, 'at least nine people had died in the attack', 'A doctor')).toContain('Tarnow');
  });

  it('is not added to a claim about a person it names', () => {
    const text = story + 'A police spokesman said Marek Nowicki had been shot while fleeing the market.';
    expect(claimActors(text, 'Marek Nowicki had been shot while fleeing the market', 'A police spokesman')).toEqual(['Marek Nowicki']);
  });

  it('is not added to an arrest', () => {
    const text = story + 'A police spokesman said two suspects had been arrested overnight.';
    expect(claimActors(text, 'two suspects had been arrested overnight', 'A police spokesman')).not.toContain('Tarnow');
  });
});

describe('the scene of a claim that names a district or province', () => {
  it('is that unit, not the story town', () => {
    const text = story + 'Officials said that in Mielec district, four people had died in the floods.';
    expect(claimActors(text, 'in Mielec district, four people had died in the floods', 'Officials')).not.toContain('Tarnow');
  });
});

// A capital city that stands for its state's government beyond the verbs of speech: in a progressive or
// past tense, with a verb of choice, as its officials, as a side of a relation between states, and in
// its acts after "of"; and the near misses where the capital is only a place.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsForClaim(0, text.length, null);

describe('a capital that acts as its state', () => {
  it('is the state in a progressive or a past tense after it', () => {
    expect(all('Officials said Ankara is monitoring the movement of troops near the border.')).toEqual(['Turkey']);
    expect(all('The diplomat said Warsaw tightened its visa rules after the incident.')).toEqual(['Poland']);
    expect(all('Lisbon moved its ambassador out of the country last week.')).toEqual(['Portugal']);
  });

  it('is the state with a verb of choice and as its officials', () => {
    expect(all('It is no surprise that Canberra chooses to stay silent on such matters.')).toEqual(['Australia']);
    expect(all('Nairobi officials prefer that the contract stays with the local firm.')).toEqual(['Kenya']);
  });

  it('is the state on either side of a relation between states', () => {
    expect(all('The report spoke of daylight between Ankara and Athens over the islands.')).toEqual(['Turkey', 'Greece']);
    expect(all('Its role as a mediator between Ankara and Greece has diminished.')).toEqual(['Turkey', 'Greece']);
  });

  it('is the state in its own act after "of"', () => {
    expect(all('The minister warned of the harmful effects of Ottawa\'s withdrawal from the accord.')).toEqual(['Canada']);
  });
});

describe('a capital that is only a place', () => {
  it('stays the city with an adjective, an event that befalls it, or a place after it', () => {
    expect(all('Lisbon was quieter than usual on Sunday.')).toEqual(['Lisbon']);
    expect(all('Warsaw was hit by a heavy snowstorm overnight.')).toEqual(['Warsaw']);
    expect(all('Canberra residents were told to stay indoors.')).toEqual(['Canberra']);
  });

  it('stays the city on a road between towns and after a locative', () => {
    expect(all('The road between Nairobi and Mombasa was closed.')).toEqual(['Nairobi', 'Mombasa']);
    expect(all('Protesters marched in Lisbon on Saturday.')).toEqual(['Lisbon']);
    expect(all('The plane took off from Ankara\'s Esenboga Airport.')).toContain('Ankara');
  });
});

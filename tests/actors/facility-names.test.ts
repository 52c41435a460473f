// A name the gazetteers do not know before a lower-case noun for a structure is the structure's name
// ("the Valdor pipeline", "Kestrel beach"); a known place, state or firm before such a noun only locates or
// owns it ("a Paris hotel", "the Toyota plant"), except a town's international airport; a structure is
// never the town a story happens in.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsForClaim(0, text.length, null);

describe('a structure named by a name and a lower-case noun', () => {
  it('is named with its noun', () => {
    expect(all('Saboteurs damaged the Valdor pipeline overnight.')).toEqual(['Valdor pipeline']);
    expect(all('Two swimmers were missing off Kestrel beach on Sunday.')).toEqual(['Kestrel beach']);
    expect(all('Protesters gathered outside the Marwick building in the capital.')).toEqual(['Marwick building']);
  });

  it('is a town\'s international airport under the reference name', () => {
    expect(all('Flights resumed at Cairo international airport on Monday.')).toEqual(['Cairo International Airport']);
  });

  it('leaves known places, states and owners as they are', () => {
    expect(all('A Paris hotel was evacuated on Monday.')).toEqual(['Paris']);
    expect(all('The Toyota plant will close next year.')).toEqual(['Toyota']);
    expect(all('Syrian state media said a Damascus building was hit.')).toContain('Damascus');
  });

  it('is not the scene of claims about events on the ground', () => {
    const text = 'A gunman opened fire near the Marwick building on Sunday. Police sealed off the Marwick building for hours. At least three people were killed, police said.';
    const r = createActorResolver(text);
    const claim = 'At least three people were killed';
    expect(r.actorsForClaim(text.indexOf(claim), text.indexOf(claim) + claim.length, 'police')).toEqual([]);
  });
});

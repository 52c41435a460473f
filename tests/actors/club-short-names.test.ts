// "City", "United" alone in a football story name the one club of that last word the story names in
// full; not "the City", not a longer name, and not when two clubs share the word.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const forClaim = (text: string, claim: string) => {
  const i = text.indexOf(claim);
  if (i < 0) throw new Error(`claim not in text: ${claim}`);
  return createActorResolver(text).actorsForClaim(i, i + claim.length, null);
};

describe('a club named by the last word of its name', () => {
  it('is the one club of that word the football story names in full', () => {
    const united = 'Newcastle United want the Brazilian forward, the football club said. United are ready to pay 40 million pounds for the striker in the transfer window.';
    expect(forClaim(united, 'United are ready to pay 40 million pounds for the striker')).toEqual(['Newcastle United']);
    const city = 'Manchester City and Manchester United both want the striker. City have made the first transfer offer to the club.';
    expect(forClaim(city, 'City have made the first transfer offer')).toEqual(['Manchester City']);
  });

  it('is nobody when two clubs of the story share the word', () => {
    const two = 'Manchester United and Leeds United both want the striker. United have made the first transfer offer to the club.';
    expect(forClaim(two, 'United have made the first transfer offer')).toEqual([]);
  });

  it('is not "the City" nor a word starting a longer name', () => {
    const hull = 'Hull City signed the striker on loan for the club. His offices in the City were searched, the coach said.';
    expect(forClaim(hull, 'His offices in the City were searched')).toEqual([]);
    const council = 'Hull City signed the striker on loan for the club. The coach said the City council approved the stadium.';
    expect(forClaim(council, 'the City council approved the stadium')).toEqual([]);
  });
});

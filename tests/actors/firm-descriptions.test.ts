// A state's name or demonym that describes firms is no actor: "its rival American advertising company",
// "the U.S. media company", "American telecommunications companies", "TikTok's U.S. operations", "the
// U.S. casino hub" (a town described); a demonym before people or things the state owns stays the state.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsForClaim(0, text.length, null);

describe('a state that only describes firms', () => {
  it('is no actor before a company noun after an article or "its rival"', () => {
    expect(all('Acme said it was weighing a bid for its rival American advertising company.')).toEqual([]);
    expect(all('Sony is rethinking its bid for the U.S. media company, sources said.')).toEqual(['Sony']);
    expect(all('A man was arrested on suspicion of murdering a journalist in the U.S. casino hub.')).toEqual([]);
  });

  it('is no actor before plural company nouns, nor as a firm\'s branch', () => {
    expect(all('Agents obtained data with help from American telecommunications companies.')).toEqual([]);
    expect(all('The FBI is investigating the computer networks of reporters at U.S. news organizations.')).toEqual(['Federal Bureau of Investigation']);
    expect(all("ByteDance said TikTok's U.S. operations could be sold.")).toEqual(['ByteDance', 'TikTok']);
  });

  it('stays the state before people and things it owns', () => {
    expect(all('The Japanese man had been detained on suspicion of espionage.')).toEqual(['Japan']);
    expect(all('The British ship was hit by two missiles.')).toEqual(['United Kingdom']);
  });
});

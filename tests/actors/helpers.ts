// Helpers shared by the actor tests.
import { createActorResolver } from '../../server/extract/actors/index.js';

/** Actors of the last sentence of text, with the sentences before it as the article's context. */
export function lastSentence(text: string): string[] {
  const i = text.lastIndexOf('. ', text.length - 3) + 2;
  return createActorResolver(text).actorsForClaim(i > 1 ? i : 0, text.length, null);
}

/** Actors of the claim written last in text (its last occurrence), with its speaker. */
export function claimActors(text: string, claim: string, speaker: string | null): string[] {
  const start = text.lastIndexOf(claim);
  return createActorResolver(text).actorsForClaim(start, start + claim.length, speaker);
}

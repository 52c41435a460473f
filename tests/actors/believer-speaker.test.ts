// A claim telling what the speaker believes, expects or knows ("he thought", "she expects") is about the
// speaker: the annotations list the believer beside what the belief names.
import { describe, expect, it } from 'vitest';
import { claimActors } from './helpers.js';

const cases: { text: string; claim: string; speaker: string; actors: string[] }[] = [
  { text: 'The coach Ana Ruiz spoke after the match. Ruiz said she expected Brazil to win the group.', claim: 'she expected Brazil to win the group', speaker: 'Ruiz', actors: ['Ana Ruiz', 'Brazil'] },
  { text: 'Former banker Leo Marsh testified on Friday. Marsh said he knew nothing of the transfers until May.', claim: 'he knew nothing of the transfers until May', speaker: 'Marsh', actors: ['Leo Marsh'] },
  // (not when the claim is about someone else)
  { text: 'The coach Ana Ruiz spoke after the match. Ruiz said Brazil would win the group.', claim: 'Brazil would win the group', speaker: 'Ruiz', actors: ['Brazil'] },
];

describe('a speaker who tells of their own belief', () => {
  it.each(cases)('$claim', ({ text, claim, speaker, actors }) => expect(claimActors(text, claim, speaker)).toEqual(actors));
});

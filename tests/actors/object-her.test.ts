// "her" in a claim that names no person ("the charges against her", "her absence") is the woman named
// last before it, as "him" and "his" are the person named last; not a man, nor someone of unknown sex,
// nor the woman quoted.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

function actorsOf(text: string, claim: string, speaker: string | null): string[] {
  const start = text.indexOf(claim);
  return createActorResolver(text).actorsForClaim(start, start + claim.length, speaker);
}

describe('"her" in a claim without a person', () => {
  it('is the woman named last before the claim', () => {
    const text = 'Reporter Maria Lindqvist was detained on Friday. Her lawyer said the charges against her were invented.';
    expect(actorsOf(text, 'the charges against her were invented', 'Her lawyer')).toEqual(['Maria Lindqvist']);
    const absent = 'Singer Anna Berg missed the gala on Sunday. A spokesman said her absence was no cause for concern.';
    expect(actorsOf(absent, 'her absence was no cause for concern', 'A spokesman')).toEqual(['Anna Berg']);
  });

  it('is not a man named after her, nor a name of unknown sex', () => {
    const text = 'Reporter Maria Lindqvist was detained on Friday, and her colleague John Hale was questioned. A lawyer said the charges against her were invented.';
    expect(actorsOf(text, 'the charges against her were invented', 'A lawyer')).toEqual(['Maria Lindqvist']);
    const unknown = 'Reporter Kiri Tane was detained on Friday. A lawyer said the charges against her were invented.';
    expect(actorsOf(unknown, 'the charges against her were invented', 'A lawyer')).toEqual([]);
  });
});

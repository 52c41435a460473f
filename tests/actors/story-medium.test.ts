// A claim about the story's report ("the report was false", "stands by its story"), naming no medium,
// involves the medium the story names most often; a claim that names a medium keeps that one, and a claim
// about no report gets no medium.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const forClaim = (text: string, claim: string) => {
  const i = text.indexOf(claim);
  if (i < 0) throw new Error(`claim not in text: ${claim}`);
  return createActorResolver(text).actorsForClaim(i, i + claim.length, null);
};
const lead = 'The Financial Times reported on Monday that the mayor had resigned. The Financial Times said its sources were close to the council. ';

describe('a claim about the story\'s report', () => {
  it('involves the medium the story names most often', () => {
    expect(forClaim(`${lead}A spokesman said the report was completely false.`, 'the report was completely false')).toEqual(['Financial Times']);
    expect(forClaim(`${lead}The editor said the paper stands by its story.`, 'the paper stands by its story')).toEqual(['Financial Times']);
  });

  it('keeps the medium it names, and adds none to a claim about no report', () => {
    expect(forClaim(`${lead}The mayor said the story in the Washington Post was wrong.`, 'the story in the Washington Post was wrong')).toEqual(['The Washington Post']);
    expect(forClaim(`${lead}A spokesman said the mayor was on holiday.`, 'the mayor was on holiday')).toEqual([]);
  });
});

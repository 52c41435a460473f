// A speaker's own frame in the first person ("I think", "as far as I know", "all I can say is", "I want to
// stress") does not make the claim about the speaker; a claim whose "I", "me" or "my" is about what the
// speaker did or felt still is.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

/** The actors of the quoted claim in `text`, spoken by `speaker`. */
function actorsOfQuote(text: string, speaker: string): string[] {
  const start = text.indexOf('"') + 1;
  const end = text.indexOf('"', start);
  return createActorResolver(text).actorsForClaim(start, end, speaker);
}

describe('first-person hedges', () => {
  it('leave the speaker out', () => {
    const intro = 'Farmer Tomas Brandt saw the flood reach the village. ';
    expect(actorsOfQuote(`${intro}"As far as I know, the bridge is still standing," Brandt said.`, 'Brandt')).toEqual([]);
    expect(actorsOfQuote(`${intro}"I think the water will keep rising," Brandt said.`, 'Brandt')).toEqual([]);
    expect(actorsOfQuote(`${intro}"All I can say is that the road is closed," Brandt said.`, 'Brandt')).toEqual([]);
    expect(actorsOfQuote(`${intro}"I want to stress that nobody was hurt," Brandt said.`, 'Brandt')).toEqual([]);
    expect(actorsOfQuote(`${intro}"I don't believe the dam will hold," Brandt said.`, 'Brandt')).toEqual([]);
  });

  it('keep the speaker when the claim is about what the speaker did or felt', () => {
    const intro = 'Farmer Tomas Brandt saw the flood reach the village. ';
    expect(actorsOfQuote(`${intro}"I lost all my cattle in one night," Brandt said.`, 'Brandt')).toEqual(['Tomas Brandt']);
    expect(actorsOfQuote(`${intro}"I think I was lucky to get out," Brandt said.`, 'Brandt')).toEqual(['Tomas Brandt']);
  });
});

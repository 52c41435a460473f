// A portfolio in a title belongs to the title: "Strategic Affairs Minister X", "the Broadcasting Minister",
// "Director of Public Affairs", "Minister of Legislative Affairs and Parliamentary Councils X". Bodies
// named after a portfolio stay bodies.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsForClaim(0, text.length, null);

describe('a portfolio in a title', () => {
  it('is no organisation before the title', () => {
    expect(all('Prime Minister Ana Costa and Strategic Affairs Minister Ron Dale ran the campaign, the paper said.')).toEqual(['Ana Costa', 'Ron Dale']);
    expect(all('The opposition demanded that the Tourism Minister resign.')).toEqual([]);
  });

  it('is no organisation after "of", nor glued to the holder\'s name', () => {
    expect(all('The CIA Director of Public Affairs said the report was wrong.')).toEqual(['Central Intelligence Agency']);
    expect(all("Egypt's Minister of Legislative Affairs and Parliamentary Councils Omar Farouk resigned on Tuesday.")).toEqual(['Egypt', 'Omar Farouk']);
  });
});

describe('bodies named after a portfolio', () => {
  it('stay bodies', () => {
    expect(all('The Bureau of Consular Affairs issued a warning on Friday.')).toEqual(['Bureau of Consular Affairs']);
    expect(all('The House Foreign Affairs Committee will hold a hearing on Monday.')).toEqual(['House Foreign Affairs Committee']);
    expect(all('The Ministry of Foreign Affairs said the envoy had been recalled.')).toEqual(['Ministry of Foreign Affairs']);
  });
});

// "Jones had told him about the deal, he said": the one a clause tells "him" is the "he" who says so, not
// the clause's subject. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const speakers = (text: string) => run(text).attributions.map((a) => a.speaker);

describe('"him" in the content binds the pronoun of its frame', () => {
  it('the speaker is the person before, not the content\'s subject', () => {
    expect(speakers('John Smith praised the team. Jones had told him about the deal, he said.')).toContain('John Smith');
    expect(speakers('Prime Minister Ola Berg spoke in Oslo on Monday. Hansen had told him about the border incident, he added.')).toContain('Ola Berg');
  });
  it('without "him", the nearest person still speaks', () => {
    expect(speakers('Obama met Kerry on Monday. "We agreed on the plan," he said.')).toEqual(['Barack Obama']);
  });
});

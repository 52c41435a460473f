// Cue words in another sense: "calls for" as a plural noun ("amid growing calls for his resignation").
import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

describe('"calls for" as a noun', () => {
  it('after a determiner, an adjective or a preposition it is no cue', () => {
    for (const text of ['She was unmoved by calls for her resignation.', 'The mayor ignored the calls for a new vote.', 'There were growing calls for an inquiry.', 'He resigned amid calls for a recount.']) {
      expect(run(text).attributions).toEqual([]);
    }
  });

  it('as the verb of a subject it still is one', () => {
    expect(brief(run('The senator calls for a new vote.'))).toEqual([{ outlet: null, speaker: 'The senator', claim: 'a new vote' }]);
    expect(brief(run('The union called for a strike.'))).toEqual([{ outlet: null, speaker: 'The union', claim: 'a strike' }]);
  });
});

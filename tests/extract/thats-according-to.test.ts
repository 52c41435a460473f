import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "S said C. That's according to X.": the sentence credits the one before to medium X. A statement
// there is S's, as X carried it (one record: outlet X, speaker S); plain narration there is X's
// claim. Sentences written for this file.
describe('"That\'s according to X" after the sentence it credits', () => {
  it('gives the medium to the speaker of the sentence before', () => {
    const r = recordWith(run('The port will reopen on Monday, the harbour master said. That is according to Radio Free Europe.'), 'port will reopen');
    expect([r.outlet, r.speaker]).toEqual(['Radio Free Europe/Radio Liberty', 'the harbour master']);
    const out = run('The port will reopen on Monday, the harbour master said. That is according to Radio Free Europe.');
    expect(out.attributions.filter((x) => x.claim.includes('port will reopen'))).toHaveLength(1);
  });

  it('with the publisher\'s own credit after it', () => {
    const r = recordWith(run("The mayor said the bridge was unsafe.\n\nThat's according to the BBC, Kyiv Herald reports.\n\nRepairs begin in May."), 'bridge was unsafe');
    expect([r.outlet, r.speaker]).toEqual(['BBC', 'The mayor']);
  });

  it('narration before it becomes the medium\'s own claim', () => {
    const r = recordWith(run("The airline will cut 300 jobs. That's according to a report by the Financial Times."), 'cut 300 jobs');
    expect([r.outlet, r.speaker]).toEqual(['Financial Times', null]);
  });
});

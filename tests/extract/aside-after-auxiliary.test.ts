import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "X has, however, acknowledged C": an adverbial aside between the auxiliary and the cue leaves X the
// subject. Sentences written for this file.
describe('an aside between auxiliary and reporting verb', () => {
  it('keeps the subject before the auxiliary as the speaker or medium', () => {
    expect(recordWith(run('The regulator has, however, acknowledged that 4,000 meters were faulty.'), 'meters were faulty').speaker).toBe('The regulator');
    expect(recordWith(run('The ministry had, in fact, denied that any ships were stopped.'), 'ships were stopped').speaker).toBe('The ministry');
    const r = recordWith(run('Reuters has, however, reported that the plant was shut.'), 'plant was shut');
    expect([r.outlet, r.speaker]).toEqual(['Reuters', null]);
  });

  it('no aside word becomes a speaker', () => {
    const speakers = run('The airline has, so far, denied that pilots were tired. The union had, however, confirmed the strike.').attributions.map((r) => r.speaker);
    expect(speakers).toEqual(['The airline', 'The union']);
  });
});

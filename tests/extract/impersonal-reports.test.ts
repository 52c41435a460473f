import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "It had been reported via X that C", "Reports emerged on Monday that C": an impersonal report that names
// where it came from. Hedges ("was said to be", "It is understood") stay out. Sentences written for this file.
describe('impersonal reports', () => {
  it('reads "It had been reported via X that C" as the media\'s report', () => {
    const ex = run('It had been reported via Reuters and the Daily Star that the minister rejected the plan.');
    expect(ex.attributions.map((a) => [a.outlet, a.cue, a.claim])).toEqual([
      ['Reuters', 'had been reported', 'the minister rejected the plan'],
      ['The Daily Star', 'had been reported', 'the minister rejected the plan'],
    ]);
    expect(recordWith(run('It has been claimed via the BBC that the bridge was unsafe.'), 'bridge').outlet).toBe('BBC');
  });

  it('reads "Reports emerged/surfaced (time) that C" with the reports as the speaker', () => {
    const a = recordWith(run('Reports emerged on Monday that the bridge had collapsed.'), 'bridge');
    expect([a.speaker, a.cue, a.claim]).toEqual(['Reports', 'emerged', 'the bridge had collapsed']);
    expect(recordWith(run('Reports have surfaced that the striker will join a rival club.'), 'striker').speaker).toBe('Reports');
  });

  it('leaves hedges and unnamed impersonal statements alone', () => {
    for (const text of [
      'It was said to be worth millions.',
      'It was reported to have been sold.',
      'It is understood the deal would close soon.',
      'It had been reported that the plant would close.',
      'Reports emerged of a fire in the port.',
    ]) expect(run(text).attributions, text).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// A refusal negates the cue it governs ("declined to confirm C"), not a cue after a relative clause
// that holds the refusal ("an officer who declined to be named told M C"). Sentences written for this file.
describe('the scope of "declined to" / "refused to"', () => {
  it('a refusal inside the speaker phrase leaves the cue after it standing', () => {
    const a = recordWith(run('The bridge will reopen on Monday, a police officer who declined to be named told Reuters.'), 'bridge');
    expect(a.outlet).toBe('Reuters');
    expect(a.speaker).toBe('a police officer who declined to be named');
    expect(recordWith(run('The bridge will reopen on Monday, an engineer who refused to be identified told AFP.'), 'bridge').outlet).toBe('Agence France-Presse');
  });
  it('a refusal that governs the cue, with or without an adverb between, is still no statement', () => {
    expect(run('The council declined to confirm that the bridge would reopen.').attributions).toEqual([]);
    expect(run('The council declined to immediately confirm that the bridge would reopen.').attributions).toEqual([]);
    expect(run('The council refused to say whether the bridge would reopen.').attributions).toEqual([]);
  });
});

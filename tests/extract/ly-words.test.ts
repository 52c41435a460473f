// Only a lower-case -ly word between the subject and its cue is an adverb: names (Kelly,
// Reilly) and nouns (a tally) ending in -ly are the subject's own words.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('words ending in -ly before a cue', () => {
  it('a name ending in -ly is the speaker', () => {
    expect(recordWith(run('Kelly said the plan would fail.'), 'plan').speaker).toBe('Kelly');
    expect(recordWith(run('Minister Kelly said the plan would fail.'), 'plan')).toMatchObject({ speaker: 'Minister Kelly', cue: 'said' });
  });
  it('"A Reuters tally showed C": a noun, and the medium of the tally', () => {
    expect(recordWith(run('A Reuters tally showed at least 40 people had died.'), 'died')).toMatchObject({ outlet: 'Reuters', cue: 'showed' });
  });
  it('a lower-case adverb still joins the cue', () => {
    expect(recordWith(run('The minister quickly said the plan would fail.'), 'plan')).toMatchObject({ speaker: 'The minister', cue: 'quickly said' });
  });
});

// "A senior official who asked not to be identified said C": a relative clause whose pronoun is its
// own subject describes the speaker; the speaker is the whole phrase, not the relative clause's words.
// "a man who witnesses said fled": an object relative brings its own subject, as before.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const speakers = (text: string) => run(text).attributions.map((a) => a.speaker);

describe('a subject relative clause on a long speaker phrase', () => {
  it('stays part of the speaker', () => {
    expect(speakers('A senior official who asked not to be identified said the ferry was overloaded.')).toEqual(['A senior official who asked not to be identified']);
    expect(speakers('A senior official who did not want to be named said the ferry was overloaded.')).toEqual(['A senior official who did not want to be named']);
    expect(speakers('One of the diplomats who were briefed on the talks told reporters the deal was close.')).toEqual(['One of the diplomats who were briefed on the talks']);
  });
  it('an object relative brings its own subject', () => {
    expect(speakers('Police arrested a man who neighbours of the family said had threatened them.')).not.toContain('a man who neighbours of the family');
  });
});

// A long prepositional aside between the one told and "that", and a participle after a
// possessive, which is an adjective ("the company's alleged bribes"), not a cue.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('"told M, regarding ..., that C"', () => {
  it('an aside of up to a hundred characters is passed over', () => {
    const a = recordWith(run('A senior official told The Wall Street Journal, regarding the senator’s alleged links to a smuggling organization, that “there is extensive evidence against him.”'), 'evidence');
    expect(a).toMatchObject({ outlet: 'The Wall Street Journal', speaker: 'A senior official' });
    expect(a.claim.startsWith('there is extensive evidence')).toBe(true);
  });
});

describe('a participle after a possessive is an adjective', () => {
  it('"X’s alleged links" frames no claim of its own', () => {
    const ex = run("Prosecutors said the company's alleged bribes totalled millions.");
    expect(ex.attributions.map((a) => a.cue)).toEqual(['said']);
    expect(run('The mayor’s reported remarks angered the council.').attributions).toHaveLength(0);
  });
});

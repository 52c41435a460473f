// A speaker's second predicate after "and": "She told Reuters "C" and said D" — the verb is a statement even
// before a name ("said Ankara would appeal"), and without a setting or time of its own it was made to the same
// medium as the first ("and later said on Twitter that D" was not).
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a second predicate of the same speaker', () => {
  it('"and said" before a name starts a statement of its own', () => {
    const ex = run('She told Reuters "we are not leaving" and said Ankara would appeal the ruling.');
    expect(recordWith(ex, 'not leaving').claim).toBe('we are not leaving');
    const b = recordWith(ex, 'Ankara');
    expect([b.speaker, b.claim]).toEqual(['She', 'Ankara would appeal the ruling']);
    expect(recordWith(run('The coach spoke to reporters, and said John Smith would start on Sunday.'), 'John Smith').speaker).toBe('The coach');
  });
  it('the medium the first statement was made to carries the second one', () => {
    expect(recordWith(run('The minister told Sky News “the attempt failed” and said the army would never allow a coup.'), 'army').outlet).toBe('Sky News');
    expect(recordWith(run('The mayor told the BBC that the plan was final and insisted no changes would be made.'), 'no changes').outlet).toBe('BBC');
  });
  it('a time or a setting of its own keeps the medium off', () => {
    const ex = run('The minister told Sky News that the plan was final, and later said on Twitter that he had been misquoted.');
    expect(recordWith(ex, 'misquoted').outlet).toBeNull();
    expect(recordWith(ex, 'plan was final').outlet).toBe('Sky News');
  });
  it('a participle after "and" before a name is still an adjective when the verb is one ("alleged")', () => {
    const ex = run('Prosecutors investigated the bribes and alleged Russian links, the paper said.');
    expect(ex.attributions.filter((a) => a.cue === 'alleged')).toEqual([]);
  });
});

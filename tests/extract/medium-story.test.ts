// A medium's story or article whose content a relative clause or participle gives: "the
// Guardian's story, which said C", "a Guardian story, which said C", "a story in the Guardian
// which said C" — as subject or object; the appositive clause ends before the main predicate.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe("a medium's story or article with its content", () => {
  it('as the subject: "M\'s story, which said C, was denied"', () => {
    const a = recordWith(run("The Guardian's story, which said the contract had been rigged, was denied by the ministry."), 'rigged');
    expect(a.outlet).toBe('The Guardian');
    expect(a.claim).toBe('the contract had been rigged');
    const b = recordWith(run("Le Monde's article, which claimed the talks had failed, caused a stir."), 'talks');
    expect(b.outlet).toBe('Le Monde');
    expect(b.claim).toBe('the talks had failed');
  });
  it('a gazetteer name before the noun, and "a story in M which said C"', () => {
    expect(recordWith(run('Officials cited a Guardian story, which said the contract had been rigged.'), 'rigged').outlet).toBe('The Guardian');
    expect(recordWith(run('The ministry denied a story in the Guardian which said the contract had been rigged.'), 'rigged').outlet).toBe('The Guardian');
  });
  it('a story without a medium, or without content, is no record', () => {
    expect(brief(run('The article about the war, which began in 2022, was long.'))).toHaveLength(0);
    expect(brief(run("The Guardian's story ran on Sunday."))).toHaveLength(0);
  });
});

// A speaker named by the noun a relative "who" follows: "The minister, who said C, resigned"
// (the appositive clause ends where the main predicate resumes) and "spoke to a shop owner who
// said C"; and the publisher as the outlet when its own staff received the statement.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';
import { brief, recordWith, run } from './helpers.js';

describe('"NP, who said C, PREDICATE": the subject as the speaker', () => {
  it('the claim ends before the main predicate', () => {
    const a = recordWith(run('The minister, who said the budget was balanced, resigned on Friday.'), 'budget');
    expect(a.speaker).toBe('The minister');
    expect(a.claim).toBe('the budget was balanced');
    const b = recordWith(run('Ms Roe, who has said the decision was unfair, plans to appeal.'), 'decision');
    expect(b.speaker).toBe('Ms Roe');
    expect(b.claim).toBe('the decision was unfair');
  });
  it('"who told M C" keeps the medium; an adverb before the main verb', () => {
    const a = recordWith(run('Jones, who told Reuters the merger was off, later reversed course.'), 'merger');
    expect(a).toMatchObject({ outlet: 'Reuters', speaker: 'Jones', claim: 'the merger was off' });
  });
  it('a relative clause that states nothing leaves the main statement alone', () => {
    expect(brief(run('The mayor, who was elected in May, said the bridge would reopen.'))).toEqual([{ outlet: null, speaker: 'The mayor', claim: 'the bridge would reopen' }]);
  });
});

describe('"VERB a NP who said C": a restrictive relative on an object', () => {
  it('after a preposition or a verb', () => {
    const a = recordWith(run('The reporter spoke to a shop owner who said the police had closed the market.'), 'market');
    expect(a.speaker).toBe('a shop owner');
    expect(a.claim).toBe('the police had closed the market');
    expect(recordWith(run('Police questioned a man who said he had seen the attacker.'), 'attacker').speaker).toBe('a man');
    // (a bare noun phrase before its auxiliary is a clause too)
    expect(recordWith(run('She met a farmer who said local wells had been dry for weeks.'), 'wells').speaker).toBe('a farmer');
  });
  it('a restrictive relative on the subject runs into the main verb: no record', () => {
    expect(brief(run('The people who said the vote was rigged were arrested.'))).toHaveLength(0);
  });
});

describe("the publisher's own staff", () => {
  const ex = (text: string, publisher: string) => extract({ id: 't', title: 't', text, published: '2024-03-16', publisher });
  it('"Our correspondent spoke to S who said C": the publisher is the outlet', () => {
    const a = recordWith(ex('Our correspondent spoke to a shop owner who said the market had been closed for a week.', 'BBC News'), 'market');
    expect(a.outlet).toBe('BBC');
    expect(a.speaker).toBe('a shop owner');
  });
  it('"according to our sources", "Our sources told us": the publisher\'s own sources', () => {
    expect(recordWith(ex('According to our sources, the mayor will resign before the summer.', 'BBC News'), 'mayor').outlet).toBe('BBC');
    expect(recordWith(ex('Our sources told us that the mayor will resign before the summer.', 'BBC News'), 'mayor').outlet).toBe('BBC');
    // (a speaker's own sources inside a quotation are not the publisher's)
    expect(recordWith(ex('"Our sources say the mayor will resign," the councillor said.', 'BBC News'), 'mayor').outlet).toBeNull();
  });
  it('a publisher the gazetteer does not know, or no "our": no outlet', () => {
    expect(recordWith(ex('Our correspondent spoke to a shop owner who said the market had been closed.', 'Some Blog'), 'market').outlet).toBeNull();
    expect(recordWith(ex('A correspondent spoke to a shop owner who said the market had been closed.', 'BBC News'), 'market').outlet).toBeNull();
  });
});

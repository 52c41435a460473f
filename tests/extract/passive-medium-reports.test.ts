// A passive report whose agent is a named medium: "X was reported by M" says M reported X (the subject is the
// claim); "C, it was reported by M"; "S was reported in M as saying C", "S was quoted in M saying C". Agents that are
// no medium ("by a neighbour", "by users on social media") and hedges ("was reported to be") give no record.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('a passive report with a medium as its agent', () => {
  it('the subject noun phrase is what the medium reported, in any tense, with adverbs and dates before "by"', () => {
    const a = recordWith(run('His arrest was reported by the Guardian on Monday.'), 'arrest');
    expect(a.outlet).toBe('The Guardian');
    expect(a.claim).toBe('His arrest');
    expect(recordWith(run('The deal had been reported by the BBC earlier this week.'), 'deal').outlet).toBe('BBC');
    expect(recordWith(run('Several arrests were reported overnight by Israeli broadcaster Kan.'), 'arrests').outlet).toBe('Kan');
    expect(recordWith(run('The new figure was reported Sunday by the Xinhua news agency, which also revised the number of injured.'), 'new figure').claim).toBe('The new figure');
  });
  it('an appositive or relative inside the subject stays in the claim; a leading adverbial does not', () => {
    expect(recordWith(run('The closure of the factory, which employs 300 people, was reported by the Irish Times.'), 'closure').claim).toBe('The closure of the factory, which employs 300 people');
    expect(recordWith(run('After the vote, the result was reported by CNN.'), 'result').claim).toBe('the result');
  });
  it('two media as agents give one record each; a section of a medium is that medium', () => {
    const ex = run("The minister's visit had earlier been reported by Haaretz and the Times of Israel.");
    expect(ex.attributions.map((a) => a.outlet).sort()).toEqual(['Haaretz', 'The Times of Israel']);
    expect(ex.attributions.every((a) => a.claim === "The minister's visit")).toBe(true);
    expect(recordWith(run("The bid was reported Friday by the Financial Times' markets blog."), 'bid').outlet).toBe('Financial Times');
  });
  it('"C, it was reported by M": the clause before the comma', () => {
    const a = recordWith(run('The company is planning to cut 500 jobs, it was reported by the Financial Times on Friday.'), 'jobs');
    expect(a.outlet).toBe('Financial Times');
    expect(a.claim).toBe('The company is planning to cut 500 jobs');
  });
  it('"S was reported in M as saying C" and "S was quoted in M saying C": the medium the words appeared in', () => {
    const a = recordWith(run('The ambassador was reported in The Times as saying the talks had collapsed.'), 'talks');
    expect([a.outlet, a.speaker, a.claim]).toEqual(['The Times', 'The ambassador', 'the talks had collapsed']);
    const b = recordWith(run('The general was quoted in Haaretz saying the operation would continue.'), 'operation');
    expect([b.outlet, b.speaker, b.claim]).toEqual(['Haaretz', 'The general', 'the operation would continue']);
  });
  it('no medium as the agent, a hedge or another verb: no record', () => {
    expect(brief(run('The crime was reported by a neighbour to the police.'))).toEqual([]);
    expect(brief(run('The outage was reported by users on social media.'))).toEqual([]);
    expect(brief(run('The deal was reported to be worth $2 billion.'))).toEqual([]);
    expect(brief(run('The video was posted by Reuters on its website.'))).toEqual([]);
    expect(brief(run('He was reportedly arrested on Monday by the police.'))).toEqual([]);
  });
});

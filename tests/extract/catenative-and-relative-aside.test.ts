// "The paper went on to add that C": a catenative verb before a verb that reports only in some forms; and "The
// report, which also contained accounts of witnesses, said C": a relative clause set off after the subject is not the
// subject. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a catenative verb before the cue', () => {
  it('"went on to add that", "continued to stress that"', () => {
    expect(rows('The paper went on to add that the mayor had been warned.')).toEqual([[null, 'The paper', 'the mayor had been warned']]);
    expect(rows('The minister continued to stress that the plan was sound.')).toEqual([[null, 'The minister', 'the plan was sound']]);
    expect(rows('CBC News reported the talks. The Canadian publication went on to add that the mayor had been warned.')).toEqual([['CBC News', null, 'the mayor had been warned']]);
  });
  it('an infinitive that is no frame stays content', () => {
    expect(rows('The firm plans to add more staff.')).toEqual([]);
  });
});

describe('a relative clause set off after the subject', () => {
  it('leaves the subject before it', () => {
    const r = rows('The Washington Post reported the shooting on Monday. The report, which also contained accounts of neighbours, said the gunmen fired 40 shots.');
    expect(r[r.length - 1]).toEqual(['The Washington Post', null, 'the gunmen fired 40 shots']);
    expect(rows('The mayor, who was hurt in the blast, said the attack was planned.')).toEqual([[null, 'The mayor', 'the attack was planned']]);
  });
});

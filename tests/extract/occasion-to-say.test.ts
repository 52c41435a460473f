// "S appeared on state radio to announce that C", "held a news conference to announce that C": an
// occasion of speaking, then the saying it was for; the subject says C. Not when the infinitive is someone
// else's ("called on the government to confirm that C") or a hedge ("is expected to announce").
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('an occasion, then "to VERB that C"', () => {
  it('the subject says C', () => {
    expect(rows('The general appeared on state radio to announce that the army had dissolved parliament, Al Jazeera reports.')).toEqual([['Al Jazeera', 'The general', 'the army had dissolved parliament']]);
    expect(rows('The company held a news conference to announce that it would cut jobs.')).toEqual([[null, 'The company', 'it would cut jobs']]);
    expect(rows('He used the speech to warn that the economy was slowing.')).toEqual([[null, 'He', 'the economy was slowing']]);
  });
  it('not an infinitive of someone else, nor a hedge', () => {
    expect(rows('The union called on the government to confirm that the plant would close.')).toEqual([]);
    expect(rows('He is expected to announce that he will run.')).toEqual([]);
  });
});

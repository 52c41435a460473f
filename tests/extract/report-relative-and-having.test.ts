// "denying previous reports of M that said that C": the report's own relative clause links it to its content; and
// a perfect participle after the content (", having suspended talks in May") is the narrator's, not the claim's,
// unless the clause's predicate goes on after it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a report named with its own relative clause', () => {
  it('"previous reports of M that said that C", denied', () => {
    const r = rows('The navy said two boats had been hit, denying previous reports of the BBC that said that a tanker had sunk in the harbour.');
    expect(r).toContainEqual(['BBC', null, 'a tanker had sunk in the harbour']);
    expect(r).toContainEqual([null, 'The navy', 'a tanker had sunk in the harbour']);
  });
});

describe('a perfect participle after the content', () => {
  it('ends the claim', () => {
    expect(rows('Reuters said the bank is ready to restart talks with the unions next month, having suspended them in May.')).toEqual([['Reuters', null, 'the bank is ready to restart talks with the unions next month']]);
  });
  it('set off inside the clause, it stays', () => {
    expect(rows('The mayor said the old mining town, having lost its main employer, needed help from the state.')[0]?.[2]).toBe('the old mining town, having lost its main employer, needed help from the state');
  });
});

describe('a relative clause with its own frame inside a medium\'s content', () => {
  it('keeps the medium\'s claim whole, and its own record', () => {
    const r = rows('The Danish government has collected intelligence in a long investigation of a Kurdish activist’s murder, which it has alleged was ordered abroad, the BBC reported on Friday.');
    expect(r).toContainEqual(['BBC', null, 'The Danish government has collected intelligence in a long investigation of a Kurdish activist’s murder, which it has alleged was ordered abroad']);
  });
});

// "A source close to the inquiry, and with knowledge of the evidence, told M that C": a prepositional phrase
// joined to the subject by "and" is part of its description, not the subject itself.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a subject with a prepositional phrase added after "and"', () => {
  it('the noun phrase before it is the speaker', () => {
    const a = recordWith(run("A source close to the inquiry, and with knowledge of the evidence, told ESPN's John Roe that the search was helpful."), 'search');
    expect([a.outlet, a.speaker]).toEqual(['ESPN', 'A source close to the inquiry']);
    expect(recordWith(run('A senior official, and in charge of the inquiry, said the search was helpful.'), 'search').speaker).toBe('A senior official');
  });
  it('"and with" inside the content stays there', () => {
    const a = recordWith(run('The talks failed, and with them the hopes of a deal, the agency said.'), 'talks');
    expect([a.speaker, a.claim]).toEqual(['the agency', 'The talks failed, and with them the hopes of a deal']);
  });
});

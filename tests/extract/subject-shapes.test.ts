// Shapes of a speaker before its cue: a quoted title inside the noun phrase, a fronted
// subordinate clause before the main subject, and a clause (not a name) before an appositive-looking NP.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a quoted title inside the speaker', () => {
  it("'the “Believe” singer’s rep', 'The \"Titanic\" director'", () => {
    expect(recordWith(run('The “Believe” singer’s rep confirmed the two are still together.'), 'together').speaker).toBe('The “Believe” singer’s rep');
    expect(recordWith(run('The "Titanic" director said the sequel was cancelled.'), 'sequel').speaker).toBe('The "Titanic" director');
  });
  it('a quotation before its speaker is still the claim', () => {
    expect(recordWith(run('"We are done," the singer said.'), 'done')).toMatchObject({ speaker: 'the singer', claim: 'We are done' });
  });
});

describe('a fronted subordinate clause, then the main subject', () => {
  it('"And while Cher, 78, did not go, her rep told the paper C"', () => {
    expect(recordWith(run('And while Cher, 78, did not join the trip, her rep told the paper her absence was no cause for concern.'), 'absence').speaker).toBe('her rep');
    expect(recordWith(run('Although Smith, a veteran, was absent, the club said he was fit.'), 'fit').speaker).toBe('the club');
  });
  it('a verbless fronted phrase keeps the name before its appositive', () => {
    expect(recordWith(run('While in Paris, Jane Roe, the head of the agency, said the deal was close.'), 'deal').speaker).toBe('Jane Roe');
  });
  it('a clause with an auxiliary before "the NP said" is not the speaker', () => {
    expect(recordWith(run('Fans feared the pair have split, the singer’s rep confirmed the two are still together.'), 'together').speaker).toBe('the singer’s rep');
  });
});

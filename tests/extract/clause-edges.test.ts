// Edges of a reported clause: a demonstrative "that" as the content's subject, two apostrophes
// used as a quotation mark, a passive directive ("told to leave"), and a signal read from
// language rather than stated.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('"that" before a finite verb is the subject of the content', () => {
  it('"saying that could divert C", "said that was not true"', () => {
    expect(recordWith(run('The firm resisted a wider recall, saying that could divert parts from other regions.'), 'divert').claim).toBe('that could divert parts from other regions');
    expect(recordWith(run('The minister said that was not true.'), 'true').claim).toBe('that was not true');
  });
  it('"that" before a subject stays the conjunction', () => {
    expect(recordWith(run('The minister said that the plan was not true.'), 'plan').claim).toBe('the plan was not true');
  });
});

describe("two apostrophes as a quotation mark", () => {
  it('the first sentence of the quotation is the claim, the speaker without marks', () => {
    const a = recordWith(run("''They have told us that they are not ready. They cannot host it,'' he said."), 'not ready');
    expect(a.speaker).toBe('he');
    expect(a.claim).toBe('They have told us that they are not ready.');
    expect(recordWith(run("''In fact it was never confirmed. We will try next year,'' the secretary added."), 'never').claim).toBe('In fact it was never confirmed.');
  });
  it("a possessive or a single apostrophe is untouched", () => {
    expect(recordWith(run("The club's chairman said the coach's job was safe."), 'safe').speaker).toBe("The club's chairman");
  });
});

describe('a passive directive is no statement', () => {
  it('"residents ..., told to leave immediately"', () => {
    expect(brief(run('Parts of the island are under a state of emergency, with residents in low-lying areas, which have seen landslips, told to leave immediately.'))).toHaveLength(0);
    expect(brief(run('The storm hit the coast, with residents told to stay indoors.'))).toHaveLength(0);
  });
  it('"told reporters that C" stays a statement', () => {
    expect(recordWith(run('The minister told reporters that the talks had failed.'), 'talks').speaker).toBe('The minister');
  });
});

describe('a signal read from language', () => {
  it('"the tough language signalled that C" is no statement; a person\'s signal is', () => {
    expect(brief(run('The tough language signalled that the conflict was likely to continue.'))).toHaveLength(0);
    expect(brief(run('The shift in tone indicated that talks would resume.'))).toHaveLength(0);
    expect(recordWith(run('The minister signalled that the conflict was likely to continue.'), 'conflict').speaker).toBe('The minister');
  });
});

// A document a medium has seen shows the content: "A memo seen by Reuters shows C" is the
// medium's report of the document; and a present-tense clause of intent after a that-less cue.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('"a document seen by M shows C"', () => {
  it('the medium that saw the document is the outlet', () => {
    const a = recordWith(run('A memo seen by Reuters shows the company plans to close three plants.'), 'plants');
    expect(a).toMatchObject({ outlet: 'Reuters', speaker: 'A memo', claim: 'the company plans to close three plants' });
    expect(recordWith(run('A memo seen by Reuters shows that the company will close three plants.'), 'plants').outlet).toBe('Reuters');
  });
  it('other participles and documents, with "the" before the medium', () => {
    expect(recordWith(run('Documents obtained by the BBC show the company had been warned.'), 'warned').outlet).toBe('BBC');
    const a = recordWith(run('An email reviewed by The Wall Street Journal showed the bank intends to sell the unit.'), 'unit');
    expect(a.outlet).toBe('The Wall Street Journal');
    expect(a.claim).toBe('the bank intends to sell the unit');
  });
  it('a person seen by someone shows no content; nor does a team', () => {
    expect(brief(run('A player seen by scouts shows great promise.'))).toHaveLength(0);
    expect(brief(run('The team showed the company plans to expand.'))).toHaveLength(0);
  });
});

// Where a claim ends: an appositive after a spaced dash at the end, and a speech act of the
// speaker's own coordinated after the content. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('the end of a claim', () => {
  it('"reported C – also a target of X": the appositive after a final spaced dash is not reported', () => {
    const a = recordWith(run('On Monday, Marca reported Valencia had agreed a fee for the winger – also a reported target for Porto, among others.'), 'Valencia');
    expect(a.outlet).toBe('Marca');
    expect(a.claim).toBe('Valencia had agreed a fee for the winger');
    expect(recordWith(run('The agency said the dam had burst — an event feared for years.'), 'dam').claim).toBe('the dam had burst');
  });
  it('an aside between two dashes stays inside the claim', () => {
    expect(recordWith(run('The paper reported that the vote — a formality — would happen on Monday.'), 'vote').claim).toBe('the vote — a formality — would happen on Monday');
  });
  it('"tweeted C and urged residents to stay home": the appeal is the speaker\'s own act', () => {
    const a = recordWith(run('Leeds police tweeted it was at the scene of a fire and urged residents to keep their windows shut.'), 'fire');
    expect(a.claim).toBe('it was at the scene of a fire');
    expect(recordWith(run('The mayor said the bridge had reopened and thanked the crews for their work.'), 'bridge').claim).toBe('the bridge had reopened');
  });
  it('"and" before another verb of the content stays in the claim', () => {
    expect(recordWith(run('Police said the man was arrested and charged with theft.'), 'arrested').claim).toBe('the man was arrested and charged with theft');
  });
});

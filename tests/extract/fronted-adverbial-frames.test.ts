// "So far, it said, C", "For now, the agency said, C": a short fronted adverbial, a frame set off by commas, then
// the content; and a sentence that ends in "U.S." before a word that opens clauses ("The", "He") ends there.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a frame after a short fronted adverbial', () => {
  it('the content after the frame, whatever the adverbial', () => {
    const a = recordWith(run('The disaster agency raised the toll on Monday. So far, it said, almost all the deaths had been recorded in the capital.'), 'deaths');
    expect([a.speaker, a.claim]).toEqual(['The disaster agency', 'almost all the deaths had been recorded in the capital']);
    expect(recordWith(run('For now, the agency said, the border remains closed.'), 'border').claim).toBe('the border remains closed');
    expect(recordWith(run('During questioning, the newspaper said, he confessed to the theft.'), 'confessed').claim).toBe('he confessed to the theft');
  });
  it('a medium named before keeps the record', () => {
    const ex = run('Le Monde reported that the man had been arrested. During questioning, the newspaper said, he confessed to passing information to the U.S. The New York Times reports that he appeared in court on Thursday.');
    expect(recordWith(ex, 'confessed').outlet).toBe('Le Monde');
    const nyt = recordWith(ex, 'appeared in court');
    expect([nyt.outlet, nyt.speaker]).toEqual(['The New York Times', null]);
  });
  it('"U.S." before a name or a noun stays inside the sentence', () => {
    const ex = run('The minister said U.S. officials had visited the U.S. Army base on Monday.');
    expect(recordWith(ex, 'Army base').claim).toBe('U.S. officials had visited the U.S. Army base on Monday');
  });
});

// "As previously reported yesterday by M, C", "As reported on Monday by M, C": a time between the participle and
// the agent keeps the frame; and a statement handed to a medium ("released a statement to AP") is carried by it
// when "the statement" is quoted next, not by another medium named in between.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('"as reported <time> by M" and a statement given to a medium', () => {
  it('a time before "by" leaves the medium the agent', () => {
    const a = recordWith(run('As previously reported yesterday by Le Monde, the two had been spending time apart.'), 'apart');
    expect([a.outlet, a.claim]).toEqual(['Le Monde', 'the two had been spending time apart']);
    expect(recordWith(run('As reported on Monday by the Guardian, the minister will resign.'), 'resign').outlet).toBe('The Guardian');
    expect(recordWith(run('As first reported yesterday by Bloomberg, the firm is exploring a sale.'), 'sale').outlet).toBe('Bloomberg');
  });
  it('"released a statement to AP", then "the statement reads": AP carries it', () => {
    const ex = run('Jane Roe and John Doe have split, the Associated Press reports.\n\nAs previously reported yesterday by Le Monde, the two had been spending time apart.\n\nThe couple released a formal statement to AP.\n\n‘We wanted to convey the truth directly,’ the statement reads.');
    expect(recordWith(ex, 'truth directly').outlet).toBe('Associated Press');
  });
});

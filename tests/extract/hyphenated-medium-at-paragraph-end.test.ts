import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// A paragraph that ends "..., CNN-Turk said." is a statement by that medium, not a headline
// tagged with its source after a dash ("Talks stall - Reuters"): the hyphen joins the name.
// Sentences written for this file.
describe('a hyphenated medium closing a paragraph', () => {
  it('keeps the medium, its cue and the claim before it', () => {
    for (const name of ['CNN-Turk', 'RIA-Novosti']) {
      const r = recordWith(run(`Nurses were checking the two boys every hour, ${name} said.\n\nThe ward was closed to visitors.`), 'checking the two boys');
      expect(r.outletMention).toBe(name);
      expect(r.cue).toBe('said');
      expect(r.claim).toBe('Nurses were checking the two boys every hour');
    }
  });

  it('a line tagged with its source after a spaced dash is still a headline credit', () => {
    const r = recordWith(run('Chipmaker to cut 400 jobs - The Verge\n\nThe company confirmed nothing.'), 'cut 400 jobs');
    expect(r.outlet).toBe('The Verge');
  });
});

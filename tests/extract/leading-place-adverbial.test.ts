import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "Back in Germany, the government said C", "Elsewhere, S said C": a leading adverbial of place is
// no part of the speaker. Sentences written for this file.
describe('a leading adverbial of place', () => {
  it('leaves the subject after it as the speaker', () => {
    expect(recordWith(run('Back in Brazil, the health ministry said that 40 clinics had closed.'), '40 clinics').speaker).toBe('the health ministry');
    expect(recordWith(run('Back home, the coach said the team had played well.'), 'played well').speaker).toBe('the coach');
    expect(recordWith(run('Elsewhere, the mayor said the roads were clear.'), 'roads were clear').speaker).toBe('the mayor');
  });

  it('a capitalised "Back" that heads a noun phrase stays in the claim', () => {
    expect(recordWith(run('Back pain is common among drivers, doctors said.'), 'common among drivers').claim).toBe('Back pain is common among drivers');
  });
});

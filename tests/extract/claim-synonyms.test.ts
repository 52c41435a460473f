// Verbs read through a synonym's lemma: "gushed"/"boasted" claim (with "that", a quotation or
// "with S gushing that C"), and their noun or object uses stay no statements.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('"gush" and "boast" as claims', () => {
  it('with "that", after a quotation, and after "with S"', () => {
    expect(recordWith(run('The singer gushed that she was thrilled about the tour.'), 'thrilled').speaker).toBe('The singer');
    expect(recordWith(run('"It was magical," she gushed.'), 'magical').claim).toBe('It was magical');
    expect(recordWith(run('Fans cheered, with Madonna gushing that the show was her best ever.'), 'show').speaker).toBe('Madonna');
    expect(recordWith(run('The mayor boasted that the city had never been safer.'), 'safer').speaker).toBe('The mayor');
  });
  it('an object that is no clause is no claim', () => {
    expect(brief(run('The city boasts a fine harbour.'))).toHaveLength(0);
    expect(brief(run('Water gushed from the broken main.'))).toHaveLength(0);
  });
});

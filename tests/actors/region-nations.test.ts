// "the West African nation", "the Caribbean country", "the oil-rich Gulf state": the state of that region named before.
import { describe, expect, it } from 'vitest';
import { claimActors } from './helpers.js';

describe('a state described by its region', () => {
  it('is the state of that region named last before it, not a state of another region named nearer', () => {
    const text = 'Gunmen attacked a convoy in Mali on Monday, France said. Officials said the West African nation had closed its borders.';
    expect(claimActors(text, 'the West African nation had closed its borders', 'Officials')).toEqual(['Mali']);
  });

  it('names no region', () => {
    const text = 'Flooding hit Haiti again. Aid workers said the impoverished Caribbean country needed fuel.';
    expect(claimActors(text, 'the impoverished Caribbean country needed fuel', 'Aid workers')).toEqual(['Haiti']);
  });

  it('is nothing when the article names no state of that region, and the name after "of" speaks for itself', () => {
    const text = 'Talks opened in Geneva. Delegates said the Gulf nation would host the next round.';
    expect(claimActors(text, 'the Gulf nation would host the next round', 'Delegates')).toEqual([]);
    const named = 'Talks opened in Geneva. Delegates said the Gulf state of Qatar would host the next round.';
    expect(claimActors(named, 'the Gulf state of Qatar would host the next round', 'Delegates')).toEqual(['Qatar']);
  });
});

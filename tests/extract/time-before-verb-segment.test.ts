// "France's most respected newspaper, Le Monde, on Monday accused X": a time set off between the
// subject's appositive and the verb hid the medium's name (the description before it was the speaker).
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a description, the medium\'s name, then a time before the verb', () => {
  it('the name is the subject', () => {
    expect(recordWith(run("France's most respected newspaper, Le Monde, on Monday accused the government of spying on its reporters."), 'spying')?.outlet).toBe('Le Monde');
  });
  it('a person with a title keeps the name', () => {
    expect(recordWith(run('Jane Roe, the mayor, on Monday said the bridge would close.'), 'bridge')?.speaker).toBe('Jane Roe');
  });
});

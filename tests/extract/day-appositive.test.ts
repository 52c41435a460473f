// Content that ends with a day is closed before the narrator's appositive to that day (", the first day
// of unrest since ...", ", the third night of rioting"); a day that the content itself goes on to describe
// with a clause (", the day the vote was held") stays in it.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe("the narrator's appositive to the day", () => {
  it('", the first day of", ", the third night of", ", the second week since"', () => {
    expect(recordWith(run('The Red Cross told RFI that it was compiling a tally of casualties from violent protests on Friday, the first day of widespread unrest since the vote was postponed.'), 'tally').claim)
      .toBe('it was compiling a tally of casualties from violent protests on Friday');
    expect(recordWith(run('Police said two people died in clashes on Sunday, the third night of rioting in the city.'), 'clashes').claim).toBe('two people died in clashes on Sunday');
    expect(recordWith(run('Officials said the border stayed shut on Monday, the second week since the strike began.'), 'border').claim).toBe('the border stayed shut on Monday');
  });
  it('other appositives stay in the content', () => {
    expect(recordWith(run('Police said two people died on Sunday, the day the vote was held.'), 'died').claim).toBe('two people died on Sunday, the day the vote was held');
  });
});

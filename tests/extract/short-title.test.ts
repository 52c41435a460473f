// A medium named again by one word of its full name ("the Times" after "The New York Times") is that
// medium, also where the word is the owner of a journalist ("the Times' Jane Roe reported").
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a medium named again by one word of its name', () => {
  it('"the Times\' reporter" after "The New York Times" is the New York Times', () => {
    const ex = run('The New York Times reported that the talks had stalled. The plan was "unfit for publication," the Times’ Jane Roe reported.');
    const r = recordWith(ex, 'unfit');
    expect(r.outlet).toBe('The New York Times');
    expect(r.speaker).toBe('Jane Roe');
  });
  it('"the Journal\'s" after "The Wall Street Journal", "the Times" after the Financial Times', () => {
    expect(recordWith(run('The Wall Street Journal reported that the merger was off. The bank would appeal, the Journal’s Ann Lee wrote.'), 'appeal').outlet).toBe('The Wall Street Journal');
    expect(recordWith(run('The Financial Times reported that the bank would cut jobs. The cuts would come in June, the Times said.'), 'cuts would').outlet).toBe('Financial Times');
  });
  it('"The Times" with no fuller name before it, and "the Times of India", keep their own names', () => {
    expect(recordWith(run('The minister would resign, the Times’ Jane Roe reported.'), 'minister').outlet).toBe('The Times');
    expect(recordWith(run('The New York Times reported that the talks had stalled. The Times of India reported that the visit was off.'), 'visit').outlet).toBe('The Times of India');
  });
});

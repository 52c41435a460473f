import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "C, S told the Journal. Next sentence": the name told ends at the sentence's period, so the frame is
// read whatever sentence follows it. Sentences written for this file.
describe('the object of "told" at a sentence end', () => {
  it('does not run on into the next sentence\'s capitalised words', () => {
    const a = recordWith(run('The Boston Globe reported the strike. Fares will rise again in May, two drivers told the Globe. The union disagreed.'), 'Fares will rise');
    expect([a.outlet, a.speaker]).toEqual(['The Boston Globe', 'two drivers']);
    const b = recordWith(run('The Wall Street Journal reported the merger. The deal could close in June, people familiar with it told the Journal. Shares rose.'), 'close in June');
    expect([b.outlet, b.speaker]).toEqual(['The Wall Street Journal', 'people familiar with it']);
    expect(recordWith(run('The bridge will reopen next week, the mayor told Le Parisien. Workers plan a strike.'), 'bridge will reopen').outlet).toBe('Le Parisien');
  });
});

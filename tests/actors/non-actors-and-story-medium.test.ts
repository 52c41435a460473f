// Also: quarters of a financial year ("Q1", "H2") name no actor.
// A claim about "the report" involves the medium the story names most often, but a dateline's
// "(AP)" and a closing "Reporting by ..." line name the wire that supplied the copy, not that medium.
import { describe, expect, it } from 'vitest';
import { run, recordWith } from '../extract/helpers.js';

describe('the story medium of a claim about "the report"', () => {
  it('does not count the dateline or the credit line', () => {
    const text = 'MOSCOW (AP) — The Wall Street Journal reported that Moscow had moved troops. A Kremlin spokesman called the report "pure fiction."\n\nReporting by the Associated Press.';
    const actors = recordWith(run(text), 'fiction').actors;
    expect(actors).toContain('The Wall Street Journal');
    expect(actors).not.toContain('Associated Press');
  });
});

describe('quarters of a financial year', () => {
  it('are no actors', () => {
    const actors = recordWith(run('The company said sales rose 7.8% in Q1 and fell in Q3.'), 'sales').actors;
    expect(actors).not.toContain('Q1');
    expect(actors).not.toContain('Q3');
  });
});

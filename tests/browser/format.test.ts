// Number formatting in the page's counts: the same digits as toLocaleString('en') writes, without Intl.
import { describe, expect, it } from 'vitest';
import { groupDigits, plural } from '../../client/src/ui/dom.js';

describe('groupDigits', () => {
  it('writes integers as toLocaleString("en") does', () => {
    for (const n of [0, 7, 999, 1000, 20_000, 59_989, 1_234_567, -1234, -999, 1e15]) expect(groupDigits(n)).toBe(n.toLocaleString('en'));
  });

  it('leaves other numbers to the locale formatter', () => {
    expect(groupDigits(1234.5)).toBe((1234.5).toLocaleString('en'));
  });

  it('reads in plurals', () => {
    expect(plural(1, 'node')).toBe('1 node');
    expect(plural(20_000, 'node')).toBe('20,000 nodes');
  });
});

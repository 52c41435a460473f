import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// "X found that C, M reported": a finding inside a medium's report is the medium's claim, whole, with the
// medium's own source. Sentences written for this file.
describe('a finding inside a medium\'s trailing report', () => {
  it('stays in the medium\'s claim', () => {
    const one = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);
    expect(one('Engineers found that the valve had cracked, Reuters reported.')).toEqual([['Reuters', null, 'Engineers found that the valve had cracked']]);
    expect(one('Inspectors have found "clear signs" that the dam leaked, the Financial Times reported, citing two officials.')).toEqual(
      [['Financial Times', 'two officials', 'Inspectors have found "clear signs" that the dam leaked']]);
  });
});

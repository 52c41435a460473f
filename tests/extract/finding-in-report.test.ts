import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// "X found that C, M reported, citing S": a finding the medium's source told it of is the medium's claim,
// whole, with that source; without a source the finders stay the speaker. Sentences written for this file.
describe('a finding inside a medium\'s trailing report', () => {
  it('stays in the medium\'s claim', () => {
    const one = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);
    expect(one('Engineers found that the valve had cracked, Reuters reported, citing two officials at the plant.')).toEqual([['Reuters', 'two officials at the plant', 'Engineers found that the valve had cracked']]);
    expect(one('Engineers found that the valve had cracked, Reuters reported.')).toEqual([['Reuters', 'Engineers', 'the valve had cracked']]);
    expect(one('Inspectors have found "clear signs" that the dam leaked, the Financial Times reported, citing two officials.')).toEqual(
      [['Financial Times', 'two officials', 'Inspectors have found "clear signs" that the dam leaked']]);
  });
});

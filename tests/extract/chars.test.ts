// The one-character tests of server/extract/chars.ts answer what the regexes they replace answer,
// for every code unit of the Basic Multilingual Plane and past both ends of a text.
import { describe, expect, it } from 'vitest';
import { isBlankAt, isLeadingJunkAt, isPhraseStopAt, isSpaceOrCommaAt, isTrailingJunkAt, splitWordCount, startsWithCapital } from '../../server/extract/chars.js';

const everyCodeUnit = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');

const pairs: [string, (text: string, i: number) => boolean, RegExp][] = [
  ['isBlankAt', isBlankAt, /[ \t]/],
  ['isSpaceOrCommaAt', isSpaceOrCommaAt, /[\s,]/],
  ['isPhraseStopAt', isPhraseStopAt, /[,;:.!?"“”(]/],
  ['isLeadingJunkAt', isLeadingJunkAt, /[\s,;:—–-]/],
  ['isTrailingJunkAt', isTrailingJunkAt, /[\s,;:—–.]/],
];

describe('one-character tests', () => {
  for (const [name, test, re] of pairs) {
    it(`${name} agrees with ${re} on every code unit and past the ends`, () => {
      const disagree: number[] = [];
      for (let i = -1; i <= everyCodeUnit.length; i++) if (test(everyCodeUnit, i) !== re.test(everyCodeUnit[i] as string)) disagree.push(i);
      expect(disagree).toEqual([]);
    });
  }

  it('startsWithCapital agrees with /^\\p{Lu}/u, astral capitals and the empty string included', () => {
    const words = ['Reuters', 'reuters', 'Élysée', 'élysée', 'Ωmega', 'ωmega', 'Дума', 'дума', '\u{1D400}BC', '\u{1D41A}bc', '', '1st', '"Quote', ' Space'];
    for (let c = 0; c < 0x10000; c++) words.push(String.fromCharCode(c) + 'x');
    const disagree = words.filter((w) => startsWithCapital(w) !== /^\p{Lu}/u.test(w));
    expect(disagree).toEqual([]);
    expect(startsWithCapital('Élysée')).toBe(true);
    expect(startsWithCapital('\u{1D400}BC')).toBe(true);
  });

  it('splitWordCount agrees with split(/\\s+/).length, white space of every kind and at either end included', () => {
    const spaces = [...everyCodeUnit].filter((ch) => /\s/.test(ch));
    const texts = ['', ' ', 'word', 'two words', ' leading', 'trailing ', '  many   spaces  ', 'a\tb\nc', 'Élysée said', '\u{1D400}BC x', 'a,b c'];
    for (const sp of spaces) texts.push(`a${sp}b`, `${sp}${sp}x`, `x${sp}`);
    const disagree = texts.filter((t) => splitWordCount(t) !== t.split(/\s+/).length);
    expect(disagree).toEqual([]);
    expect(splitWordCount('The White House said')).toBe(4);
  });
});

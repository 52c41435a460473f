// One-character tests by code unit, for the engine's character loops. Each answers exactly what the
// regex in its comment answers for text[i] (false past either end of the text, like a test of
// `undefined`), but without a call into the regex engine per character; a character outside ASCII
// that could be in the class is still asked of the regex.

const SPACE = /\s/;
const CAPITAL_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const CAPITAL = /\p{Lu}/u;

/** /\s/ for one code unit. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === c && SPACE.test(String.fromCharCode(c));
}

/** /[ \t]/.test(text[i]) */
export function isBlankAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9;
}

/** /[\s,]/.test(text[i]) */
export function isSpaceOrCommaAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 44 || isSpaceCode(c);
}

/** /[,;:.!?"“”(]/.test(text[i]): a character that ends a phrase */
export function isPhraseStopAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 34 || c === 0x201c || c === 0x201d || c === 40;
}

/** /[\s,;:—–-]/.test(text[i]): what a span does not start with */
export function isLeadingJunkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 45 || isSpaceCode(c);
}

/** /[\s,;:—–.]/.test(text[i]): what a span does not end with */
export function isTrailingJunkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 44 || c === 59 || c === 58 || c === 0x2014 || c === 0x2013 || c === 46 || isSpaceCode(c);
}

/** /^\p{Lu}/u.test(s) */
export function startsWithCapital(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return c === c && CAPITAL_FIRST.test(s);
}

/** /^\p{Ll}/u.test(s) */
export function startsWithLowercase(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return c === c && LOWER_FIRST.test(s);
}

/** /\p{Lu}/u.test(s): a capital letter anywhere in s (one regex for all callers: under tsx a \p{…} literal inside a function is rebuilt on every call) */
export function hasCapital(s: string): boolean {
  return CAPITAL.test(s);
}

/** s.split(/\s+/).length, without the array: one more than the runs of white space in s. */
export function splitWordCount(s: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}

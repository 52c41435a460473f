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

/** /\s/.test(text[i]) */
export function isSpaceAt(text: string, i: number): boolean {
  return isSpaceCode(text.charCodeAt(i));
}

/** /\w/ (no u flag) for one code unit: what \b tells apart from everything else */
function isAsciiWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** /\b(?:and|or)\s+(?:the\s+)?$/.test(s): "Reuters and ", "the BBC or the " (without an alternation tried at every position of s) */
export function endsWithConjunction(s: string): boolean {
  const i = beforeTrailingSpace(s, s.length);
  if (i === s.length) return false;
  if (conjunctionEndsAt(s, i)) return true;
  if (i < 3 || !s.startsWith('the', i - 3)) return false;
  const j = beforeTrailingSpace(s, i - 3);
  return j < i - 3 && conjunctionEndsAt(s, j);
}

/** Where the run of white space that ends at `end` starts. */
function beforeTrailingSpace(s: string, end: number): number {
  let i = end;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i;
}

/** /\b(?:and|or)$/.test(s.slice(0, end)) */
function conjunctionEndsAt(s: string, end: number): boolean {
  const start = end >= 3 && s.startsWith('and', end - 3) ? end - 3 : end >= 2 && s.startsWith('or', end - 2) ? end - 2 : -1;
  return start >= 0 && !(start > 0 && isAsciiWordCode(s.charCodeAt(start - 1)));
}

// (called through the prototype: claims come as strings of several internal representations, and a property lookup
// on them per character would be a slow, megamorphic one)
const charCodeAt = String.prototype.charCodeAt;
/** Slots of an AsciiWordBits table: with a few dozen words, a word not among them finds a slot of theirs about once in 150 */
const WORD_SLOTS = 8192;

/**
 * Bits for ASCII words, asked of a whole string at once: `of(s)` or's the bits of the words among the lower-case runs of
 * [A-Za-z0-9_] in s, the words that \b bounds in a regex without the u flag. Such a regex that needs one of some ASCII
 * words, each between \b's (in any case under the i flag), matches s only if one of them is a run of s: a bit missing
 * tells, without the regex, that it fails. Runs are compared by a hash, without a string made of each: a run may bring
 * the bits of another word (a false alarm, after which the regex runs), never lose its own.
 */
export class AsciiWordBits {
  private readonly slots = new Uint8Array(WORD_SLOTS);

  /** `words`: each lower-case word with its bits (within 0-255) */
  constructor(words: Iterable<readonly [string, number]>) {
    for (const [word, bits] of words) this.slots[slotOf(word)] |= bits;
  }

  of(s: string): number {
    let bits = 0;
    let h = HASH_START;
    let inWord = false;
    for (let i = 0; i <= s.length; i++) {
      const c = i < s.length ? charCodeAt.call(s, i) : 32;
      if (isAsciiWordCode(c)) {
        h = Math.imul(h ^ (c <= 90 && c >= 65 ? c + 32 : c), HASH_PRIME);
        inWord = true;
      } else if (inWord) {
        bits |= this.slots[h & (WORD_SLOTS - 1)];
        h = HASH_START;
        inWord = false;
      }
    }
    return bits;
  }
}

const HASH_START = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;
/** The slot of a lower-case word: its FNV-1a hash, as `of` computes it for a run. */
function slotOf(word: string): number {
  let h = HASH_START;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), HASH_PRIME);
  return h & (WORD_SLOTS - 1);
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

/** s.split(/\s+/).includes(w), without the array: w is one of the pieces of s between runs of white space. */
export function hasSplitWord(s: string, w: string): boolean {
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && !isSpaceCode(s.charCodeAt(i))) continue;
    if (i - start === w.length && s.startsWith(w, start)) return true;
    while (i + 1 < s.length && isSpaceCode(s.charCodeAt(i + 1))) i++;
    start = i + 1;
  }
  return false;
}

/** s.split(/\s+/).filter(Boolean), without the regex: the runs of s between white space. */
export function spaceSeparatedWords(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(s.charCodeAt(i))) {
      if (start >= 0) out.push(s.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/** s.replace(/\s+/g, ' '), with s itself returned when its only white space is single spaces. */
export function singleSpaced(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isSpaceCode(s.charCodeAt(i + 1)) : isSpaceCode(c)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

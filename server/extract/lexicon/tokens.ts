// Word tokens with offsets, shared by the gazetteer matcher and the actor scanner.

export interface Token {
  /** the word as written */
  text: string;
  /** the word with diacritics removed, case kept ("Médecins" -> "Medecins") */
  folded: string;
  /** lower case, diacritics removed: the key gazetteers are looked up by */
  key: string;
  start: number;
  end: number;
}

// Letters and digits of the Latin, Greek, Cyrillic, Hebrew and Arabic scripts (with combining
// marks): the code units [A-Za-z0-9\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0300-\u036F
// \u0370-\u03FF\u0400-\u052F\u05D0-\u05EA\u0620-\u064A\u0660-\u0669\u1E00-\u1EFF]. Tested by hand-written
// ranges (isWordCode): several times faster in V8 than \p{L} with the u flag, and than a regex match per word.
const DIACRITICS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/;

export function foldKey(s: string): string {
  // (ASCII text has no decomposition: normalize() would return it unchanged, at a far higher cost)
  return NON_ASCII.test(s) ? s.normalize('NFKD').replace(DIACRITICS, '').toLowerCase() : s.toLowerCase();
}

/** Strips diacritics but keeps case ("Médecins" -> "Medecins"). */
export function foldCase(s: string): string {
  return NON_ASCII.test(s) ? s.normalize('NFKD').replace(DIACRITICS, '') : s;
}

/** Whether a UTF-16 code unit is a word character (the ranges above). */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c <= 0x2af) return c !== 0xd7 && c !== 0xf7;
  return (c >= 0x300 && c <= 0x52f) || (c >= 0x5d0 && c <= 0x5ea) || (c >= 0x620 && c <= 0x64a) || (c >= 0x660 && c <= 0x669) || (c >= 0x1e00 && c <= 0x1eff);
}

/** Words: the maximal runs of word characters, with offsets. */
// (called through the prototype: tokenize is handed strings of every internal representation, and a
// property lookup on them per character would be a slow, megamorphic one)
const charCodeAt = String.prototype.charCodeAt;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = charCodeAt.call(text, i);
    if (!isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    // (what the word holds decides which of the folded and lower-case copies it needs)
    let upper = false;
    let ascii = true;
    do {
      if (c > 127) ascii = false;
      else if (c <= 90 && c >= 65) upper = true;
    } while (++i < n && isWordCode((c = charCodeAt.call(text, i))));
    const t = text.slice(start, i);
    if (ascii) out.push({ text: t, folded: t, key: upper ? t.toLowerCase() : t, start, end: i });
    else {
      const folded = t.normalize('NFKD').replace(DIACRITICS, '');
      out.push({ text: t, folded, key: folded.toLowerCase(), start, end: i });
    }
  }
  return out;
}

/** The last few texts tokenised through tokensOf, newest first. */
const recent: { text: string; tokens: Token[] }[] = [];
const RECENT_TEXTS = 4;

/**
 * tokenize(text), kept for the few texts tokenised last: an article is read by the outlet
 * finder and the actor scanner, and both share its one token stream. Callers only read the result.
 */
export function tokensOf(text: string): Token[] {
  for (const r of recent) if (r.text === text) return r.tokens;
  const tokens = tokenize(text);
  recent.unshift({ text, tokens });
  if (recent.length > RECENT_TEXTS) recent.pop();
  return tokens;
}

/**
 * A filter of word keys, for turning most keys away before a map lookup: a key never added is
 * refused by one bit test most of the time, one that was added never is.
 */
export class KeyFilter {
  private readonly bits: Uint32Array;
  private readonly shift: number;

  /** For about `room` keys: 16 bits each (at least 32, at most 32,768 bits). */
  constructor(room: number) {
    let size = 32;
    while (size < room * 16 && size < 32768) size *= 2;
    this.bits = new Uint32Array(size >>> 5);
    this.shift = Math.clz32(size) + 1;
  }

  private bitOf(key: string): number {
    // (the first three code units, the last and the length: words that share their first two
    // letters and length — "according", "accenture" — mostly part here)
    const n = key.length;
    let h = Math.imul(n ^ key.charCodeAt(0), 0x9e3779b1);
    h = Math.imul(h ^ (key.charCodeAt(1) | 0), 0x85ebca6b);
    h = Math.imul(h ^ (key.charCodeAt(2) | 0), 0xc2b2ae35);
    h = Math.imul(h ^ key.charCodeAt(n - 1), 0x27d4eb2f);
    return h >>> this.shift;
  }

  add(key: string): void {
    const bit = this.bitOf(key);
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  mayHave(key: string): boolean {
    const bit = this.bitOf(key);
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}

/**
 * Whether a text may hold a word: a filter of its tokens' keys, built once per text, that whole-text
 * regex passes ask before they scan ("countries", "ferry": most articles have neither). `word` is
 * lower-case ASCII. Never false when a regex with \bword\b (in any case) matches: inside a token with
 * other letters ("Ústates") its ASCII runs are added too. True may be a false alarm: the pass then runs.
 */
export function mayHaveWord(text: string, word: string): boolean {
  if (text.length < FILTERED_LENGTH) return true;
  if (text !== filteredText) {
    wordFilter = wordFilterOf(text);
    filteredText = text;
  }
  return wordFilter.mayHave(word);
}

/**
 * Whether a text holds `phrase`, searched only when the word `key` may be there: for gates whose pass
 * matches `key` as a whole word (\bkey\b, as mayHaveWord needs), the filter turns most texts away before
 * a whole-text search.
 */
export function mayHavePhrase(text: string, key: string, phrase: string = key): boolean {
  return mayHaveWord(text, key) && text.includes(phrase);
}

/** Whether a text holds one of the phrases, each with its word (key) as mayHavePhrase asks. */
export function mayHaveOnePhrase(text: string, phrases: readonly (readonly [key: string, phrase: string])[]): boolean {
  for (const [key, phrase] of phrases) if (mayHavePhrase(text, key, phrase)) return true;
  return false;
}

/**
 * Shorter texts (the speaker phrases the resolver reads: "the government") get no filter: building one costs
 * more than the passes it could skip, and would displace the article's.
 */
const FILTERED_LENGTH = 200;
let filteredText: string | null = null;
let wordFilter = new KeyFilter(0);
const ASCII_RUN = /[A-Za-z0-9]+/g;

/** NON_ASCII.test(s), by code unit (asked once per token of a text outside ASCII). */
function hasNonAsciiCode(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
}

function wordFilterOf(text: string): KeyFilter {
  const tokens = tokensOf(text);
  const filter = new KeyFilter(tokens.length);
  const ascii = !NON_ASCII.test(text);
  for (const t of tokens) {
    filter.add(t.key);
    if (!ascii && hasNonAsciiCode(t.text)) for (const run of t.text.matchAll(ASCII_RUN)) filter.add(run[0].toLowerCase());
  }
  return filter;
}

/**
 * Answers to a question about the tokens of a stream, kept per stream: the outlet finder and the
 * actor scanner ask about the same tokens of an article (a stream from tokensOf belongs to one text).
 */
export class StreamMemo<T> {
  private byStream = new WeakMap<Token[], (T | undefined)[]>();
  // (the stream asked about last, without a WeakMap lookup per question)
  private lastStream: Token[] | null = null;
  private last: (T | undefined)[] = [];

  /** The answers for this stream, by token index (undefined: not asked yet). */
  of(tokens: Token[]): (T | undefined)[] {
    if (tokens !== this.lastStream) {
      let answers = this.byStream.get(tokens);
      if (!answers) this.byStream.set(tokens, (answers = new Array(tokens.length)));
      this.lastStream = tokens;
      this.last = answers;
    }
    return this.last;
  }
}

/**
 * Normalised separator between two words: hyphens and runs of white space count as one
 * space, curly apostrophes as straight ones. "Al-Jazeera" and "Al Jazeera" then match.
 */
export function normSep(s: string): string {
  if (s === ' ') return s;
  return s.replace(/[\s\u00a0\-\u2010-\u2013]+/g, ' ').replace(/[\u2019\u2018]/g, "'");
}

/** Whether the text between two tokens joins them into one phrase: a space, a hyphen or a no-break space. */
export const plainGap = (gap: string): boolean => gap === ' ' || gap === '-' || gap === '\u00a0';

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = word[0];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

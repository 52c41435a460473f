// Sentence splitting with character offsets.
// Keeps a quotation that spans several sentences inside one unit (so the attribution after
// it can see all of it), knows common abbreviations, and treats line breaks as boundaries.
import { hasCapital } from './chars.js';

export interface Span {
  start: number;
  end: number;
}

/** Words that end with a period without ending the sentence (compared lower-case, without the period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'gov', 'sen', 'rep',
  'st', 'jr', 'sr', 'no', 'nos', 'inc', 'corp', 'ltd', 'co', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u',
  'a.m', 'p.m', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft',
  'approx', 'dept', 'est', 'fig', 'rev', 'hon', 'pres', 'sec', 'supt', 'messrs', 'mme', 'mlle', 'u.s.a', 'd.c', 'bros',
]);

/** A word in capitals without periods: "SEC", "GEN" (an acronym, not "Sec." or "Gen."). */
const ACRONYM = /^[A-Z]{3,}$/;

/** Capital initials run together with periods: "K.L", "S.A.M" (before the last period). */
const INITIALS = /^\p{Lu}(?:\.\p{Lu}){1,3}$/u;

/** Longest unit kept together; longer runs (unpunctuated text) are cut at whitespace. */
const MAX_SENTENCE = 1500;
/** How far ahead a closing quotation mark is looked for. */
const MAX_QUOTE = 1200;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\r' || c === '\n';
const UPPER_START = /[\p{Lu}\p{N}"“‘'(\[]/u;
/** A capital, a digit, an opening quote or bracket (ASCII decided without the regex). */
const isUpperStart = (c: string | undefined) => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 34 || code === 39 || code === 40 || code === 91;
  return UPPER_START.test(c);
};
/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = '"”’\')]»';
const isCloser = (c: string) => c.length === 1 && CLOSERS.includes(c);
const LETTER_OR_DOT = /[\p{L}.]/u;
const isLetterOrDot = (c: string) => {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 46;
  return LETTER_OR_DOT.test(c);
};

/** Index of the closing quote for the opening quote at i, or -1 (same paragraph, bounded distance). */
function closingQuote(text: string, i: number): number {
  const open = text[i];
  const close = open === '“' ? '”' : open === '«' ? '»' : '"';
  const limit = Math.min(text.length, i + MAX_QUOTE);
  for (let j = i + 1; j < limit; j++) {
    const c = text[j];
    if (c === close) return j;
    if (c === '\n') return -1;
    if (open === '“' && c === '“') return -1;
  }
  return -1;
}

function isOpeningQuote(text: string, i: number): boolean {
  const c = text[i];
  if (c === '“' || c === '«') return true;
  if (c !== '"') return false;
  const prev = text[i - 1];
  const next = text[i + 1];
  return (prev === undefined || isSpace(prev) || prev === '(' || prev === '—' || prev === '-' || prev === ':') &&
    next !== undefined && !isSpace(next);
}

function wordBefore(text: string, i: number): string {
  let j = i;
  while (j > 0 && isLetterOrDot(text[j - 1] as string)) j--;
  return text.slice(j, i);
}

/** The period at i closes an abbreviation or an initial ("U.S.", "Sen.", "J."), not a phrase. */
export function isAbbreviationPeriod(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  const w = wordBefore(text, i);
  return (w.length === 1 && hasCapital(w)) || (ABBREVIATIONS.has(w.toLowerCase()) && !ACRONYM.test(w)) || (w.length <= 7 && INITIALS.test(w));
}

/** A word that opens a sentence and no name: after "U.S." it starts the next sentence. */
const CLAUSE_OPENER = /^(?:The|A|An|He|She|It|They|We|But|However|This|These|Those|His|Her|Its|Their)[ \t]/;

/** Three lower-case letters before a stop, and a capital with a lower-case letter after it: "failing.Mugabe". */
const MISSING_SPACE_BEFORE = /^\p{Ll}{3}$/u;
const MISSING_SPACE_AFTER = /^\p{Lu}\p{Ll}/u;
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  // ("E! News reported": a capital letter with a bang is a name, not an exclamation)
  if (c === '!' && i > 0 && hasCapital(text[i - 1] as string) && !isLetterOrDot(text[i - 2] ?? ' ')) return false;
  if (c === '.') {
    const w = wordBefore(text, i);
    if (w.length === 1 && hasCapital(w)) return false; // an initial: "J. Smith"
    if (w.length <= 7 && INITIALS.test(w) && !ABBREVIATIONS.has(w.toLowerCase())) return false; // initials run together: "K.L. Mehta"
    // ("the SEC." ends a sentence: an acronym spelled like an abbreviation is none)
    if (ABBREVIATIONS.has(w.toLowerCase()) && !ACRONYM.test(w)) {
      // "... in the U.S." at the very end of a paragraph still ends it
      let k = i + 1;
      while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
      // ("... information to the U.S. The New York Times reports": a word that opens clauses, never a name, starts the next)
      return k >= text.length || text[k] === '\n' || (INITIALS.test(w) && k > i + 1 && CLAUSE_OPENER.test(text.slice(k, k + 9)));
    }
    if (/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) return false; // 07.49
  }
  // the sentence may close with quotes or brackets, then needs whitespace and a capital (or the end)
  let k = i + 1;
  while (k < text.length && isCloser(text[k] as string)) k++;
  if (k >= text.length) return true;
  // ("it is failing.Mugabe, in power ...", 'the leader.”I told': a space lost after the stop, between a lower-case word and
  // a capitalised one)
  if (!isSpace(text[k])) return MISSING_SPACE_BEFORE.test(text.slice(Math.max(0, i - 3), i)) && MISSING_SPACE_AFTER.test(text.slice(k, k + 2));
  while (k < text.length && isSpace(text[k])) k++;
  return k >= text.length || isUpperStart(text[k]);
}

/** Adds text[s, e) trimmed of surrounding whitespace, when anything is left. */
function pushTrimmed(text: string, spans: Span[], s: number, e: number): void {
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** Code units the loop below must look at: a line break, an opening quote, a sentence's final punctuation. */
const SENTENCE_MARK = new Uint8Array(0x10000);
for (const c of '\n"“«.!?') SENTENCE_MARK[c.charCodeAt(0)] = 1;

/** Spans of the sentences of text, trimmed of surrounding whitespace, in order. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let start = 0;
  let i = 0;
  while (i < n) {
    // (most characters can neither end a sentence nor open a quotation: step over them)
    const code = text.charCodeAt(i);
    if (!SENTENCE_MARK[code] && i - start < MAX_SENTENCE) {
      i++;
      continue;
    }
    const c = text[i] as string;
    if (c === '\n') {
      pushTrimmed(text, spans, start, i);
      start = i + 1;
      i++;
      continue;
    }
    if (i - start >= MAX_SENTENCE) {
      // cut an overlong run at the last whitespace (or hard, if there is none)
      let cut = i;
      while (cut > start + MAX_SENTENCE / 2 && !isSpace(text[cut])) cut--;
      if (cut <= start + MAX_SENTENCE / 2) cut = i;
      pushTrimmed(text, spans, start, cut);
      start = cut;
      i = cut + 1;
      continue;
    }
    if (isOpeningQuote(text, i)) {
      const j = closingQuote(text, i);
      if (j > 0 && j - start < MAX_SENTENCE) {
        // a sentence may end right at the closing quote: "... it's a horror." Next
        // ('... at ‘CBS This Morning.’ ” The story': a nested quotation closes with a space between the two marks)
        let e = j - 1;
        while (e > i && (text[e] === ' ' || text[e] === '’' || text[e] === "'")) e--;
        if (endsSentence(text, j - 1) || (e < j - 2 && (text[e] === '.' || text[e] === '!' || text[e] === '?') && text[j - 1] === ' ')) {
          i = j;
          // let the loop look at text[j-1]'s ending again via the quote position below
          let k = j + 1;
          while (k < n && /[)\]’']/.test(text[k] as string)) k++;
          let m = k;
          while (m < n && (text[m] === ' ' || text[m] === '\t')) m++;
          if (m >= n || text[m] === '\n' || (m > k && isUpperStart(text[m])) || (m === k && MISSING_SPACE_AFTER.test(text.slice(m, m + 2)))) {
            pushTrimmed(text, spans, start, k);
            start = k;
            i = k;
            continue;
          }
        }
        i = j + 1;
        continue;
      }
    }
    if (endsSentence(text, i)) {
      let k = i + 1;
      while (k < n && isCloser(text[k] as string)) k++;
      pushTrimmed(text, spans, start, k);
      start = k;
      i = k;
      continue;
    }
    i++;
  }
  pushTrimmed(text, spans, start, n);
  return spans;
}


/**
 * The text with the single line breaks that only wrap a sentence turned into spaces (same
 * length, so offsets stay valid). A break stays when the line before it ends a sentence,
 * when a blank line follows, or when the next line starts with a capital after a short
 * (headline-like) line. In a text whose lines are all short (wire copy wrapped at a fixed
 * width) a break inside a sentence is a space; elsewhere only a break before a lower-case
 * word is.
 */
export function unwrapLines(text: string): string {
  if (text.indexOf('\n') < 0) return text;
  // line boundaries and trimmed lengths, without copying the lines
  const starts: number[] = [];
  const ends: number[] = [];
  const lengths: number[] = [];
  let s = 0;
  let nonEmpty = 0;
  let short = 0;
  for (;;) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let a = s;
    let b = e;
    while (a < b && isSpace(text[a])) a++;
    while (b > a && isSpace(text[b - 1])) b--;
    starts.push(a);
    ends.push(b);
    lengths.push(b - a);
    if (b > a) {
      nonEmpty++;
      if (b - a <= 90) short++;
    }
    if (e >= text.length) break;
    s = e + 1;
  }
  if (nonEmpty < 2) return text;
  const wrapped = nonEmpty >= 4 && short / nonEmpty >= 0.9;
  let median = 0;
  if (wrapped) {
    const sorted = lengths.filter((n) => n > 0).sort((x, y) => x - y);
    median = sorted[sorted.length >> 1] as number;
  }
  let out: string[] | null = null;
  for (let k = 0; k + 1 < starts.length; k++) {
    const aLen = lengths[k] as number;
    const bStart = starts[k + 1] as number;
    if (!aLen || !lengths[k + 1]) continue;
    const last = text[(ends[k] as number) - 1] as string;
    if (TERMINAL_CHARS.includes(last)) continue;
    const first = text[bStart] as string;
    // (a line that ends in a word no sentence or heading ends in, "told Reuters on", runs on into the next)
    let join = LOWER.test(first) || OPEN_ENDED_LINE.test(text.slice(Math.max(starts[k] as number, (ends[k] as number) - 12), ends[k] as number));
    if (!join && wrapped && aLen >= median * 0.6 && !BULLETS.includes(first)) join = true;
    if (join) {
      out ??= text.split('');
      // the break itself: the first newline after the line's content
      out[text.indexOf('\n', ends[k] as number)] = ' ';
    }
  }
  return out ? out.join('') : text;
}

const TERMINAL_CHARS = '.!?:;"”’)]';
/** A line's last word that leaves its clause open: an article, a preposition, a conjunction, a possessive determiner */
const OPEN_ENDED_LINE = /(?:^|[ \t])(?:the|a|an|on|in|at|of|to|and|or|but|that|for|with|by|from|as|his|her|their|its|our|this|these|those|than|into|about|after|before|over|under|between)$/;
const BULLETS = '-•*–—';
const LOWER = /\p{Ll}/u;

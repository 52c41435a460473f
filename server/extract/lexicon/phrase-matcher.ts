// Finds gazetteer phrases in tokenised text: longest match first, word-bounded,
// case-sensitive unless a phrase is added as case-insensitive.
import { foldCase, KeyFilter, normSep, tokenize, type Token } from './tokens.js';

interface Phrase<T> {
  /** words with diacritics removed, case kept */
  words: string[];
  /** separators between consecutive words, normalised */
  seps: string[];
  caseInsensitive: boolean;
  value: T;
}

export interface PhraseMatch<T> {
  value: T;
  /** index of the first token */
  first: number;
  /** index one past the last token */
  last: number;
  start: number;
  end: number;
}

/** The phrases that start with one word: that word alone, and longer ones by their second word. */
interface FirstWord<T> {
  /** one-word phrases */
  single: Phrase<T>[] | null;
  /** longer phrases by the key of their second word, longest first */
  multi: Map<string, Phrase<T>[]> | null;
  /** a filter of the keys of `multi`, built on first use */
  followers: KeyFilter | null;
}

/** A bucket of (first code unit, length) of an ASCII-initial word, for the filters below. */
const bucket = (word: string) => word.charCodeAt(0) * 32 + Math.min(word.length, 31);
/** Builds a word's filter of second words. */
function followersOf<T>(first: FirstWord<T>): KeyFilter {
  const followers = new KeyFilter(first.multi!.size);
  for (const k of first.multi!.keys()) followers.add(k);
  return (first.followers = followers);
}

export class PhraseMatcher<T> {
  /** phrases by the key of their first word */
  private byFirst = new Map<string, FirstWord<T>>();
  /**
   * Which words that start with no capital (most tokens) can begin a phrase, by bucket: a token
   * outside them is turned away without a map lookup. By the token's key: case-insensitive phrases
   * and "the" (for "The X"); by its folded form: case-sensitive phrases whose first word starts
   * with an ASCII character other than a capital.
   */
  private lowerByKey = new Uint8Array(128 * 32);
  private lowerByFolded = new Uint8Array(128 * 32);
  /** every first word's key */
  private firstKeys = new KeyFilter(2048);
  /** the phrases that start with "the", the commonest word, found without a map lookup */
  private theFirst: FirstWord<T> | undefined;

  add(phrase: string, value: T, options: { caseInsensitive?: boolean } = {}): void {
    const toks = tokenize(phrase);
    if (!toks.length) return;
    const seps: string[] = [];
    for (let i = 1; i < toks.length; i++) seps.push(normSep(phrase.slice(toks[i - 1].end, toks[i].start)));
    const entry: Phrase<T> = {
      words: toks.map((t) => (options.caseInsensitive ? t.key : foldCase(t.text))),
      seps,
      caseInsensitive: !!options.caseInsensitive,
      value,
    };
    const w = entry.words[0] as string;
    if (entry.caseInsensitive) {
      if (w.charCodeAt(0) < 128) this.lowerByKey[bucket(w)] = 1;
    } else {
      const c = w.charCodeAt(0);
      if (c < 128 && (c < 65 || c > 90)) this.lowerByFolded[bucket(w)] = 1;
      if (w === 'The' || w === 'the') this.lowerByKey[bucket('the')] = 1;
    }
    this.firstKeys.add(toks[0].key);
    let first = this.byFirst.get(toks[0].key);
    if (!first) this.byFirst.set(toks[0].key, (first = { single: null, multi: null, followers: null }));
    if (toks[0].key === 'the') this.theFirst = first;
    if (toks.length === 1) {
      first.single ??= [];
      first.single.push(entry);
      return;
    }
    first.multi ??= new Map();
    first.followers = null;
    const list = first.multi.get(toks[1].key);
    if (list) {
      list.push(entry);
      list.sort((a, b) => b.words.length - a.words.length);
    } else first.multi.set(toks[1].key, [entry]);
  }

  /** Longest phrase starting at token i, or null. */
  matchAt(text: string, tokens: Token[], i: number): PhraseMatch<T> | null {
    const tok = tokens[i] as Token;
    const c = tok.folded.charCodeAt(0);
    if (c < 128 && (c < 65 || c > 90) && !this.lowerByFolded[bucket(tok.folded)] && tok.key.charCodeAt(0) < 128 && !this.lowerByKey[bucket(tok.key)]) return null;
    if (!this.firstKeys.mayHave(tok.key)) return null;
    const first = tok.key === 'the' ? this.theFirst : this.byFirst.get(tok.key);
    if (!first) return null;
    if (first.multi && i + 1 < tokens.length) {
      const next = tokens[i + 1].key;
      const followers = first.followers ?? followersOf(first);
      const list = followers.mayHave(next) ? first.multi.get(next) : undefined;
      if (list) {
        for (const p of list) {
          if (i + p.words.length > tokens.length) continue;
          if (this.fits(p, text, tokens, i)) return this.result(p, tokens, i);
        }
      }
    }
    const list = first.single;
    if (list) for (const p of list) if (this.fits(p, text, tokens, i)) return this.result(p, tokens, i);
    return null;
  }

  private fits(p: Phrase<T>, text: string, tokens: Token[], i: number): boolean {
    for (let k = 0; k < p.words.length; k++) {
      const tok = tokens[i + k];
      const word = p.words[k];
      if (p.caseInsensitive) {
        if (tok.key !== word) return false;
      } else if (tok.folded !== word) {
        // "The Guardian" also matches "the Guardian".
        if (!(k === 0 && (word === 'The' || word === 'the') && tok.key === 'the')) return false;
      }
      if (k > 0) {
        const prev = tokens[i + k - 1];
        const sep = p.seps[k - 1];
        const gapLen = tok.start - prev.end;
        if (gapLen === 1 && sep.length === 1) {
          const c = text[prev.end];
          if (!(c === sep || (sep === ' ' && (c === '-' || c === '\u00a0' || c === '\n' || c === '\t')) || (sep === "'" && c === '\u2019'))) return false;
        } else if (normSep(text.slice(prev.end, tok.start)) !== sep) return false;
      }
    }
    return true;
  }

  private result(p: Phrase<T>, tokens: Token[], i: number): PhraseMatch<T> {
    const last = i + p.words.length;
    return { value: p.value, first: i, last, start: tokens[i].start, end: tokens[last - 1].end };
  }

  /** All non-overlapping matches, scanning left to right, longest at each position. */
  findAll(text: string, tokens: Token[] = tokenize(text)): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const m = this.matchAt(text, tokens, i);
      if (m) {
        out.push(m);
        i = m.last;
      } else i++;
    }
    return out;
  }
}

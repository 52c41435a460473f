// Finds gazetteer phrases in tokenised text: longest match first, word-bounded,
// case-sensitive unless a phrase is added as case-insensitive.
import { foldCase, normSep, tokenize, type Token } from './tokens.js';

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
}

export class PhraseMatcher<T> {
  /** phrases by the key of their first word (one map lookup per token: most tokens start no phrase) */
  private byFirst = new Map<string, FirstWord<T>>();

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
    let first = this.byFirst.get(toks[0].key);
    if (!first) this.byFirst.set(toks[0].key, (first = { single: null, multi: null }));
    if (toks.length === 1) {
      first.single ??= [];
      first.single.push(entry);
      return;
    }
    first.multi ??= new Map();
    const list = first.multi.get(toks[1].key);
    if (list) {
      list.push(entry);
      list.sort((a, b) => b.words.length - a.words.length);
    } else first.multi.set(toks[1].key, [entry]);
  }

  /** Longest phrase starting at token i, or null. */
  matchAt(text: string, tokens: Token[], i: number): PhraseMatch<T> | null {
    const first = this.byFirst.get(tokens[i].key);
    if (!first) return null;
    if (first.multi && i + 1 < tokens.length) {
      const list = first.multi.get(tokens[i + 1].key);
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

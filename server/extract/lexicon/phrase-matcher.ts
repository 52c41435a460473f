// Finds gazetteer phrases in tokenised text: longest match first, word-bounded,
// case-sensitive unless a phrase is added as case-insensitive.
import { foldCase, normSep, tokenize, type Token } from './tokens.js';

interface Phrase<T> {
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

export class PhraseMatcher<T> {
  private byFirst = new Map<string, Phrase<T>[]>();

  add(phrase: string, value: T, options: { caseInsensitive?: boolean } = {}): void {
    const toks = tokenize(phrase);
    if (!toks.length) return;
    const seps: string[] = [];
    for (let i = 1; i < toks.length; i++) seps.push(normSep(phrase.slice(toks[i - 1].end, toks[i].start)));
    const entry: Phrase<T> = {
      words: toks.map((t) => foldCase(t.text)),
      seps,
      caseInsensitive: !!options.caseInsensitive,
      value,
    };
    const key = toks[0].key;
    const list = this.byFirst.get(key);
    if (list) {
      list.push(entry);
      list.sort((a, b) => b.words.length - a.words.length);
    } else this.byFirst.set(key, [entry]);
  }

  /** Longest phrase starting at token i, or null. */
  matchAt(text: string, tokens: Token[], i: number): PhraseMatch<T> | null {
    const list = this.byFirst.get(tokens[i].key);
    if (!list) return null;
    for (const p of list) {
      if (i + p.words.length > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < p.words.length && ok; k++) {
        const tok = tokens[i + k];
        const word = p.words[k];
        if (k > 0 && normSep(text.slice(tokens[i + k - 1].end, tok.start)) !== p.seps[k - 1]) ok = false;
        else if (p.caseInsensitive) ok = tok.key === word.toLowerCase();
        else {
          const w = foldCase(tok.text);
          // "The Guardian" also matches "the Guardian".
          ok = w === word || (k === 0 && (word === 'The' || word === 'the') && w.toLowerCase() === 'the');
        }
      }
      if (!ok) continue;
      const lastTok = tokens[i + p.words.length - 1];
      return { value: p.value, first: i, last: i + p.words.length, start: tokens[i].start, end: lastTok.end };
    }
    return null;
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

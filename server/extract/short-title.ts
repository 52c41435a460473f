// "The New York Times reported C. ... the Times' Michael Shear wrote": a medium named again by one word
// of its name is the medium named in full before, not another medium the gazetteer gives that word
// ("the Times" of London). Only a bare word with or without its article is read so: "The Times of India"
// and "the Sunday Times" are names of their own.
import type { OutletMention } from './lexicon/outlets.js';

const ONE_WORD_TITLE = /^(?:[Tt]he[ \t]+)?(\p{Lu}[\p{L}-]+)$/u;

const hasWord = (name: string, word: string): boolean => ` ${name} `.includes(` ${word} `);

/** The mention read as the medium named in full earlier (`earlier`, in text order) whose name has its one word; else as it was. */
export function withEarlierFullName(earlier: readonly OutletMention[], m: OutletMention): OutletMention {
  const one = ONE_WORD_TITLE.exec(m.mention);
  if (!one) return m;
  const word = one[1] as string;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i] as OutletMention;
    if (e.entry === m.entry) return m;
    if (e.entry.canonical !== word && !ONE_WORD_TITLE.test(e.mention) && hasWord(e.entry.canonical, word)) return { ...m, entry: e.entry };
  }
  return m;
}

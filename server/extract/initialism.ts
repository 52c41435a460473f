// "ToI" after "The Times of India", "HT" after "Hindustan Times": a medium named in full earlier and then
// by its initials. Only a short all-letter word with at least two capitals is read so, and only against
// media the article has already named; an initialism the gazetteer or the actor lists know is their name.

import { startsWithCapital } from './chars.js';

/** "ToI", "HT", "SCMP": two to five letters, capitals first and at least two of them. */
const INITIALISM = /^\p{Lu}(?=(?:\p{Ll}?\p{Lu}){1,4}\p{Ll}?$)[\p{Lu}\p{Ll}]{1,4}$/u;

const wordsOf = (name: string): string[] => name.split(/[\s-]+/).filter((w) => w && !/^the$/i.test(w));

/** The initials of a name's capitalised words, a leading "The" left out: "Publishers Weekly" -> PW, "The Times of India" -> TI. */
export function capitalInitials(name: string): string {
  return wordsOf(name).filter(startsWithCapital).map((w) => w[0]).join('').toUpperCase();
}

/** The initials of a name, with and without its small words: "The Times of India" -> TOI and TI. */
function initialsOf(name: string): string[] {
  const all = wordsOf(name).map((w) => w[0]).join('').toUpperCase();
  const capitals = capitalInitials(name);
  return all === capitals ? [all] : [all, capitals];
}

/** Whether raw has an initialism's shape (a cheap first test before any look-up). */
export const looksLikeInitialism = (raw: string): boolean => raw.length >= 2 && raw.length <= 5 && INITIALISM.test(raw);

/** The medium among `named` (latest first) whose initials raw spells, or null. */
export function mediumByInitials(raw: string, named: Iterable<string>): string | null {
  const wanted = raw.toUpperCase();
  for (const name of named) {
    if (name.length <= raw.length + 2) continue;
    if (initialsOf(name).includes(wanted)) return name;
  }
  return null;
}

// Word tokens with offsets, shared by the gazetteer matcher and the actor scanner.

export interface Token {
  /** the word as written */
  text: string;
  /** lower case, diacritics removed: the key gazetteers are looked up by */
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const DIACRITICS = /[\u0300-\u036f]/g;

export function foldKey(s: string): string {
  return s.normalize('NFKD').replace(DIACRITICS, '').toLowerCase();
}

/** Strips diacritics but keeps case ("Médecins" -> "Medecins"). */
export function foldCase(s: string): string {
  return /[^\x00-\x7f]/.test(s) ? s.normalize('NFKD').replace(DIACRITICS, '') : s;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    const t = m[0];
    out.push({ text: t, key: /[^\x00-\x7f]/.test(t) ? foldKey(t) : t.toLowerCase(), start: m.index, end: m.index + t.length });
  }
  return out;
}

/**
 * Normalised separator between two words: hyphens and runs of white space count as one
 * space, curly apostrophes as straight ones. "Al-Jazeera" and "Al Jazeera" then match.
 */
export function normSep(s: string): string {
  return s.replace(/[\s\u00a0\-\u2010-\u2013]+/g, ' ').replace(/[\u2019\u2018]/g, "'");
}

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

// "It is Sky Sports that reports C", "It was the Mirror who first reported C": in a cleft sentence the
// focused noun phrase between "It is" and "that"/"who" is the subject of the reporting verb.
import type { Span } from './sentences.js';

const CLEFT = /^[ \t]*(?:[Aa]nd[ \t]+|[Bb]ut[ \t]+)?It[ \t]+(?:is|was|['’]s)[ \t]+(?:(?:also|again|now|not)[ \t]+)?((?:the[ \t]+)?\p{Lu}[\p{L}\p{N}.&'’!-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}.&'’!-]*|of|de|al|el)){0,4})[ \t]+(?:that|who|which)[ \t]+(?:(?:first|also|now|again|exclusively)[ \t]+)?$/u;

/** The focus of a cleft ending at `end` ("It is the Mirror that "), searched in text[from, end), or null. */
export function cleftSubject(text: string, from: number, end: number): Span | null {
  // (a cleft starts with "It": any other segment is turned away before the regex runs)
  const seg = text.slice(from, end);
  if (!seg.includes('It ')) return null;
  const m = CLEFT.exec(seg);
  if (!m) return null;
  const np = m[1] as string;
  const start = from + m[0].indexOf(np, m[0].indexOf('It') + 3);
  return { start, end: start + np.length };
}

// "The report cited an unnamed source, who claimed C", "The paper quoted a friend who said C": the
// person a medium cited speaks in a relative clause; what they say reaches us through that medium.
import type { Span } from './sentences.js';

/** "<citer> cited|quoted " right before the relative's head (group 1: the citer). */
const CITER_BEFORE = /^((?:the\s+|The\s+)?\S[^,;:"“”]{0,60}?)\s+(?:cited|quoted|cites|quotes|had\s+cited|had\s+quoted|also\s+cited|also\s+quoted)\s+$/u;
/** Between the head and the cue: the relative pronoun, perhaps an auxiliary or adverb. */
const RELATIVE_GAP = /^,?[ \t]+(?:who|whom)[ \t]+(?:(?:had|has|have|also|reportedly|allegedly)[ \t]+)?$/u;

/** The citer of the subject of a relative clause "X cited S, who said C", or null. */
export function citerOfRelative(text: string, sentenceStart: number, subject: Span, cueStart: number): Span | null {
  if (subject.start - sentenceStart < 8 || !RELATIVE_GAP.test(text.slice(subject.end, cueStart))) return null;
  const before = text.slice(sentenceStart, subject.start);
  const m = CITER_BEFORE.exec(before);
  if (!m) return null;
  const np = m[1] as string;
  return { start: sentenceStart, end: sentenceStart + np.length };
}

// "The suspect is identified in a separate BBC report as Jane Roe", "the buyer was named in a
// Reuters story as Acme": a passive that credits a medium's report with what the sentence says.
// No reporting verb stands in such a sentence: the whole sentence is the medium's claim.
import type { Span } from './sentences.js';

/** the passive and the work it is in, up to the medium's name (which the caller checks) */
const NAMED_IN = /^[^,;:"“”]{3,120}?\s((?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|first\s+)?(?:identified|named|described|listed|referred\s+to|pictured)\s+in)\s+(?:a|an|the)\s+(?:(?:separate|new|recent|later|subsequent|earlier|latest|further)\s+)?/u;
/** after the medium's name: its work, then "as" and what the subject is said to be */
const WORK_AS = /^(?:['’]s)?\s+(?:report|story|article|piece|investigation|dispatch|broadcast)\s+as\s+\S/u;

export interface NamedInReport {
  /** the reporting words as written ("is identified in") */
  cue: string;
  cueStart: number;
  /** where the medium's name must start */
  mediumStart: number;
}

/** The frame of such a sentence, or null; the medium's name must start at `mediumStart` and be followed by WORK_AS. */
export function namedInReport(text: string, sentence: Span): NamedInReport | null {
  // (a cheap test first: the sentence must hold " in a|an|the ")
  const body = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 260));
  if (!body.includes(' in ') || !/(?:identified|named|described|listed|referred to|pictured) in /.test(body)) return null;
  const m = NAMED_IN.exec(body);
  if (!m) return null;
  const cue = m[1] as string;
  return { cue, cueStart: sentence.start + m[0].lastIndexOf(cue), mediumStart: sentence.start + m[0].length };
}

/** Whether what follows the medium's name (ending at `end`) is its work and "as ...". */
export function isWorkAs(text: string, end: number): boolean {
  return WORK_AS.test(text.slice(end, end + 40));
}

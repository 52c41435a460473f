// "She told Reuters "C" and said D", "He told the BBC that C and insisted D": a second predicate coordinated with
// a statement made to a medium, with no setting of its own, was made to the same medium. "and later said on
// Twitter that D" is another occasion (a time or a setting between), so it keeps none.
import type { Span } from './sentences.js';

interface MediumClause {
  kind: string;
  subject: Span | null;
  medium: Span | null;
  claim: Span | null;
  cueStart: number;
  cueEnd: number;
}

/** Only "and", an optional comma and "also" between the first statement's end and the second cue. */
const JOINED = /^[ \t]*["”’]?[ \t]*,?[ \t]*and[ \t]+(?:also[ \t]+)?$/u;
/** The second cue's words before its content: nothing but "that" or a quotation mark. */
const BARE_RIGHT = /^[ \t]*(?:,[ \t]*)?(?:that[ \t]|["“]|(?!(?:on|in|at|during|via|to|through|after|before|later|in[ \t]+a|when|while)[ \t])(?=\p{L}))/u;
/** A cue with a time of its own: "later said", "then added". */
const OWN_TIME = /\b(?:later|then|subsequently|afterwards|earlier|previously|since)\b/i;

export function shareCoordinatedMedium(text: string, clauses: MediumClause[]): void {
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i] as MediumClause;
    if (c.medium || c.kind !== 'pre' || !c.subject || !c.claim) continue;
    const first = clauses[i - 1] as MediumClause;
    if (!first.medium || !first.claim || first.kind !== 'pre' || !first.subject || first.subject.start !== c.subject.start) continue;
    if (first.claim.end > c.cueStart || !JOINED.test(text.slice(first.claim.end, c.cueStart))) continue;
    if (!BARE_RIGHT.test(text.slice(c.cueEnd, c.claim.start + 1)) || OWN_TIME.test(text.slice(c.cueStart, c.cueEnd))) continue;
    c.medium = first.medium;
  }
}

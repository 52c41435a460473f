// "It had been reported that C", "a story in which it was claimed C", "It has been reported via Reuters that C",
// "Reports emerged on Monday that C": a report or statement without a named speaker (or with the medium it
// came through). Hedges stay out: "it was said to be", "it is understood", "it is said" (present tense), and
// "there are reports" are no attributions.
import type { Span } from './sentences.js';

export interface ImpersonalClause {
  lemma: string;
  cue: Span;
  /** "Reports" of "Reports emerged", or the medium of "via X"; null when nobody is named */
  subject: Span | null;
  claim: Span;
}

const IMPERSONAL = /(?:^|(?<=[ \t,;(]))(?:(?:[Ii]t[ \t]+(?:had|has)[ \t]+been|[Ii]t[ \t]+was)[ \t]+(reported|claimed|said|alleged)|(Reports)[ \t]+(?:have[ \t]+)?(emerged|surfaced))(?![\p{L}])/gu;
/** A date between the cue and the content: "on Monday", "yesterday", "last week". */
const TIME = /^[ \t]+(?:(?:on|last|this|early|late|earlier)[ \t]+)?(?:yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|night|morning)(?![\p{L}])/u;
/** "via Reuters and the Daily Star": the medium the report came through, up to "that". */
const VIA = /^[ \t]+via[ \t]+([^,;:"“”]{2,70}?)(?=[ \t]+that[ \t])/u;
/** A content clause without "that": a subject of at most eight words, then a finite verb. */
const CLAUSE_START = /^(?:the|a|an|his|her|its|their|this|these|those|\p{Lu}[\p{L}.'’-]*)(?:[ \t]+[^ \t,.;:]+){0,8}?[ \t]+(?:was|were|is|are|had|has|have|would|will|could|can|may|might|should|\p{Ll}{3,}ed)(?![\p{L}])/u;

const LEMMA: Record<string, string> = { reported: 'report', claimed: 'claim', said: 'say', alleged: 'allege', emerged: 'report', surfaced: 'report' };

/** Impersonal reports in the sentence text[from, to). */
export function impersonalReports(text: string, from: number, to: number): ImpersonalClause[] {
  const seg = text.slice(from, to);
  const out: ImpersonalClause[] = [];
  // (cheap pre-check: the words every alternative needs)
  if (!seg.includes(' been ') && !seg.includes('t was ') && !seg.includes('Reports ')) return out;
  IMPERSONAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = IMPERSONAL.exec(seg))) {
    const cueWord = (m[1] ?? m[3]) as string;
    // (the cue keeps its auxiliaries: "had been reported", "was claimed")
    const cueStart = from + m.index + (m[2] ? m[0].lastIndexOf(cueWord) : m[0].search(/(?:had|has|was)[ \t]/));
    const cueEnd = from + m.index + m[0].length;
    let pos = from + m.index + m[0].length;
    let subject: Span | null = m[2] ? { start: from + m.index, end: from + m.index + 7 } : null;
    const time = TIME.exec(text.slice(pos, Math.min(to, pos + 30)));
    if (time) pos += time[0].length;
    const via = subject ? null : VIA.exec(text.slice(pos, Math.min(to, pos + 90)));
    if (via) {
      const st = pos + via[0].indexOf(via[1] as string, 4);
      subject = { start: st, end: st + (via[1] as string).length };
      pos += via[0].length;
    }
    const that = /^[ \t]+that[ \t]+/.exec(text.slice(pos, pos + 8));
    if (that) pos += that[0].length;
    else {
      // ("Reports emerged" needs its "that"; "it was said to be" is a hedge)
      if (m[2]) continue;
      while (pos < to && (text[pos] === ' ' || text[pos] === '\t')) pos++;
      if (!CLAUSE_START.test(text.slice(pos, Math.min(to, pos + 90)))) continue;
    }
    let end = to;
    while (end > pos && /[\s.!?"”’]/.test(text[end - 1] as string)) end--;
    if (end - pos < 8) continue;
    out.push({ lemma: LEMMA[cueWord] as string, cue: { start: cueStart, end: cueEnd }, subject, claim: { start: pos, end } });
  }
  return out;
}

// A sentence's fronted adverbials set off by commas ("After the vote,", "In its June issue,", "On Monday,"): where
// the sentence's subject starts after them. LEADING_ADVERBIAL (frames.ts) knows dates and discourse words; this also
// takes a prepositional phrase of a few words before its comma.

/** A leading adverbial set off by a comma: a preposition or discourse word, up to 80 characters, then a comma. */
const LEADING_ADJUNCT = /^(?:After|Before|During|Following|Amid|In|On|At|Since|Earlier|Later|Meanwhile|However|Last|This|Yesterday|Today|Also|But|And|So|Then|Separately)(?![\p{L}])[^,;:"“”]{0,80},[ \t]*/u;

/** Past up to three fronted adverbials from `from` (never past `to`). */
export function afterLeadingAdjuncts(text: string, from: number, to: number): number {
  let start = from;
  for (let k = 0; k < 3; k++) {
    const m = LEADING_ADJUNCT.exec(text.slice(start, to));
    if (!m) break;
    start += m[0].length;
  }
  return start;
}

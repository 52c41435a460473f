// "In his letter, as quoted by Channel 12, the general notes that C": a fronted setting whose words
// a medium quoted. The medium is the outlet of the clause that follows; "as quoted by" reports no
// claim of its own (its "content" would be the setting).

/** The setting, then ", as quoted by M," (group 1: M). */
const FRONTED_QUOTED_BY = /^(?:In|From) (?:a|an|his|her|their|its|the) (?:[\p{L}-]+ ){0,3}?(?:letter|statement|message|memo|email|e-mail|note|post|speech|address|remarks|comments|interview|testimony|book|memoir|diary|order|directive|video|recording)s?(?: (?:to|for|from|on) (?:the )?[\p{L}-]+(?: [\p{L}-]+){0,2})?, as (?:quoted|reported|cited|carried|published|seen) by ([^,]{2,60}),/u;

/** The medium and where the frame ends (after its comma), when the sentence opens with such a setting. */
export function frontedQuotedBy(text: string, start: number, end: number): { medium: { start: number; end: number }; frameEnd: number } | null {
  if (!(text.startsWith('In ', start) || text.startsWith('From ', start))) return null;
  const m = FRONTED_QUOTED_BY.exec(text.slice(start, Math.min(end, start + 160)));
  if (!m) return null;
  const np = m[1] as string;
  const at = start + m[0].length - 1 - np.length;
  return { medium: { start: at, end: at + np.length }, frameEnd: start + m[0].length };
}

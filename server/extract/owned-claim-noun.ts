// "the senator's assertion that C", "claims by critics that C", "a report in the Herald that C": a statement
// noun whose owner is named, then its content. Whatever verb governs the noun (rejected, defended, relays,
// agreed with), the owner said C. A denial of such a noun is read elsewhere with its own record.
import type { Span } from './sentences.js';

export interface OwnedClaim {
  noun: Span;
  owner: Span;
  claim: Span;
}

const NOUNS = String.raw`(?:claims?|assertions?|assessment|contention|insistence|suggestions?|report)`;
/** "NDP Leader Tom Mulcair's assertion", "the administration's claims" (not "his newspaper's report": whose paper is not said) */
const POSSESSIVE_OWNER = new RegExp(
  String.raw`(?<![\p{L}'’])((?:the[ \t]+(?:[\p{Ll}-]+[ \t]+)?[\p{Ll}-]+|\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,4}))['’]s?[ \t]+(?:[\p{Ll}-]+[ \t]+)?(${NOUNS})(?![\p{L}])`,
  'gu',
);
/** "claims by critics", "a report in the Herald", "a report by Spanish media" */
const OWNER_AFTER = new RegExp(
  String.raw`(?<![\p{L}'’])(${NOUNS})[ \t]+(?:by|from|in)[ \t]+((?:the[ \t]+)?\p{L}[\p{L}.-]*(?:[ \t]+\p{L}[\p{L}.-]*){0,5}?)(?=[ \t]+that[ \t])`,
  'gu',
);
/** Between the noun and "that": nothing, or a short place or time phrase ("in the Commons on Tuesday"). */
/** ("Bloomberg's report from earlier -- that C": a time and a dash too) */
const LINK = /^(?:[ \t]+(?:in|on|at|during|last|this|from)[ \t]+(?:the[ \t]+)?[\p{L}\d]+(?:[ \t]+(?:on|last|this)[ \t]+[\p{L}\d]+)?)?[ \t]*(?:,|--|—|–)?[ \t]+that[ \t]+["“]?/u;
/** Owners that are no speaker: a relative pronoun, a generic word. */
const NOT_AN_OWNER = /^(?:it|its|that|this|one|everyone|anyone|nobody|somebody|today|yesterday|earlier|later|last|the|a|an)$/i;

/** Statement nouns with a named owner and a that-clause in the sentence text[from, to). */
export function ownedClaims(text: string, from: number, to: number): OwnedClaim[] {
  const seg = text.slice(from, to);
  const out: OwnedClaim[] = [];
  // (cheap pre-check: every match needs one of the nouns' stems and " that "; the stems first, as an includes of a
  // pattern that starts with a space stops at every space)
  if (!/(?:claim|assert|assessment|contention|insistence|suggestion|report)/.test(seg) || !seg.includes(' that ')) return out;
  POSSESSIVE_OWNER.lastIndex = 0;
  let m: RegExpExecArray | null;
  // (a possessive owner needs its apostrophe)
  const hasApostrophe = seg.includes("'") || seg.includes('’');
  while (hasApostrophe && (m = POSSESSIVE_OWNER.exec(seg))) {
    const owner = m[1] as string;
    const noun = m[2] as string;
    const nounStart = m.index + m[0].length - noun.length;
    addOwnedClaim(text, from, to, out, nounStart, m.index + m[0].length, m.index, m.index + owner.length, m.index + m[0].length);
  }
  OWNER_AFTER.lastIndex = 0;
  while ((m = OWNER_AFTER.exec(seg))) {
    const noun = m[1] as string;
    const owner = m[2] as string;
    const ownerStart = m.index + m[0].length - owner.length;
    addOwnedClaim(text, from, to, out, m.index, m.index + noun.length, ownerStart, m.index + m[0].length, m.index + m[0].length);
  }
  return out;
}

/** The claim of a statement noun and its owner (offsets in text[from, to)), pushed to out when "that" and a long enough content follow. */
function addOwnedClaim(text: string, from: number, to: number, out: OwnedClaim[], nounStart: number, nounEnd: number, ownerStart: number, ownerEnd: number, linkFrom: number): void {
  const link = LINK.exec(text.slice(from + linkFrom, Math.min(to, from + linkFrom + 60)));
  if (!link) return;
  const owner = text.slice(from + ownerStart, from + ownerEnd);
  if (NOT_AN_OWNER.test(owner)) return;
  const cs = from + linkFrom + link[0].length;
  let ce = to;
  // (a that-clause opened by a dash is closed by the next one)
  const dash = /--|—|–/.exec(link[0]);
  const close = dash ? text.indexOf(dash[0], cs) : -1;
  if (close > cs && close < to) ce = close;
  while (ce > cs && /[\s.!?"”’]/.test(text[ce - 1] as string)) ce--;
  if (ce - cs < 8) return;
  out.push({ noun: { start: from + nounStart, end: from + nounEnd }, owner: { start: from + ownerStart, end: from + ownerEnd }, claim: { start: cs, end: ce } });
}

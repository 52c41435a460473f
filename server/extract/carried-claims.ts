// "The Mail and Guardian relays claims by critics that C", "a report in the Mail on Sunday about
// claims by unnamed Tories that C": a claim noun with its speaker, carried by a medium. The speaker's
// claim reaches us through that medium.
import type { Span } from './sentences.js';

/** "<medium> relays|carries|repeats ..." right before the claim noun (group 1: the medium). */
const CARRIER_BEFORE = /(?:^|,[ \t]*)((?:[Tt]he[ \t]+)?[^,;:"“”]{1,60}?)[ \t]+(?:relays|relayed|carries|carried|repeats|repeated|airs|aired|runs|ran|prints|printed|publishes|published|highlights|highlighted|amplifies|amplified)[ \t]+(?:(?:the|these|those|new|fresh|unverified|unconfirmed|renewed)[ \t]+)?$/u;
/** "a report in <medium> about ..." right before the claim noun (group 1: the medium). */
const WORK_ABOUT_BEFORE = /(?:a|an|the)[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:report|story|article|piece|column|investigation)[ \t]+(?:in|by)[ \t]+((?:the[ \t]+)?\p{Lu}[^,;:"“”]{0,50}?)[ \t]+(?:about|on|of|detailing|describing|carrying|repeating)[ \t]+(?:(?:the|new|fresh)[ \t]+)?$/u;
const CLAIM_NOUN = /^(?:claims?|allegations?|accusations?|assertions?|charges?)$/iu;

/** The medium that carries the claim noun at cueStart ("relays claims by S that C"), or null. */
export function carrierOfClaimNoun(text: string, sentenceStart: number, cue: string, cueStart: number): Span | null {
  if (!CLAIM_NOUN.test(cue) || cueStart - sentenceStart < 6) return null;
  const before = text.slice(Math.max(sentenceStart, cueStart - 160), cueStart);
  const base = cueStart - before.length;
  const m = CARRIER_BEFORE.exec(before) ?? WORK_ABOUT_BEFORE.exec(before);
  if (!m) return null;
  const np = m[1] as string;
  const start = base + m.index + m[0].indexOf(np);
  return { start, end: start + np.length };
}

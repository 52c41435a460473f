// Two media initialisms mean something else in Australian news: "the ABC" is the Australian
// Broadcasting Corporation, not the US network, and "the AFP" in a story that names the
// Australian Federal Police is that force, not the French agency. The gazetteer reads each
// name one way; this pass rereads an article's finished records by the story's country.
import type { Attribution } from './types.js';

const AUSTRALIAN_WORD = /\b(?:Australian?s?|Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|Hobart|Queensland|Tasmania|New South Wales)\b/g;
const AMERICAN_WORD = /\b(?:U\.S\.|US|USA|United States|America|Americans?|Washington|New York|California)\b/g;
const AFP_WRITTEN = /^(?:the\s+)?AFP$/i;

const count = (text: string, words: RegExp): number => text.match(words)?.length ?? 0;

/** Whether the story is set in Australia: Australian names at least twice and more often than American ones. */
function isAustralianStory(text: string): boolean {
  const australian = count(text, AUSTRALIAN_WORD);
  return australian >= 2 && australian > count(text, AMERICAN_WORD);
}

/** The records with "ABC" and "AFP" read as an Australian story means them (records changed in place). */
export function readAustralianInitialisms(text: string, records: Attribution[]): void {
  const abc = records.some((r) => r.outlet === 'ABC News') && isAustralianStory(text);
  const police = records.some((r) => r.outlet === 'Agence France-Presse') && text.includes('Australian Federal Police') && !/Agence France|France-Presse/.test(text);
  if (!abc && !police) return;
  for (const r of records) {
    if (abc && r.outlet === 'ABC News') r.outlet = 'Australian Broadcasting Corporation';
    else if (police && r.outlet === 'Agence France-Presse' && r.outletMention && AFP_WRITTEN.test(r.outletMention)) {
      // a force that said something is a speaker; one that was told something leaves the record without a medium
      if (!r.speaker) {
        r.speaker = r.outletMention;
        r.speakerActor = 'Australian Federal Police';
      }
      r.outlet = null;
      r.outletMention = null;
    }
  }
}

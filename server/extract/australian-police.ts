// "The AFP" in Australian news is usually the Australian Federal Police, not the French agency. The
// gazetteer reads the initials one way; in a story that names the force (and not the agency in full),
// an article's finished records are reread so that the force is a speaker, not a medium.
// (The ABC of an Australian story is read at the mention, in country-sense.ts.)
import type { Attribution } from './types.js';

const AFP_WRITTEN = /^(?:the\s+)?AFP$/i;

/** The records with "the AFP" read as the Australian Federal Police where the story names it (records changed in place). */
export function readAustralianPolice(text: string, records: Attribution[]): void {
  if (!records.some((r) => r.outlet === 'Agence France-Presse') || !text.includes('Australian Federal Police') || /Agence France|France-Presse/.test(text)) return;
  for (const r of records) {
    if (r.outlet !== 'Agence France-Presse' || !r.outletMention || !AFP_WRITTEN.test(r.outletMention)) continue;
    // a force that said something is a speaker; one that was told something leaves the record without a medium
    if (!r.speaker) {
      r.speaker = r.outletMention;
      r.speakerActor = 'Australian Federal Police';
    }
    r.outlet = null;
    r.outletMention = null;
  }
}

// A name the gazetteers do not know, followed by a lower-case noun for a structure, is that structure's
// name, as reference works give it: "the Reichstag building", "the Druzhba pipeline", "Lido beach", "the
// Tham Luang cave" (not "Reichstag", "Druzhba"). Known places, states and bodies before such a noun only
// locate or own it ("a London hotel", "the Opel plant"), except a town's international airport, which
// reference works name after it ("Damascus international airport" -> Damascus International Airport).
import type { ActorMention } from './index.js';
import { COUNTRY_NAMES, GAZETTEER_KINDS, REGION_NAMES } from './gazetteer.js';

/** The structure right after a name (a plain space between): "building", "pipeline", ... */
const STRUCTURES = 'building|pipeline|beach|cave|bridge|dam|tower|palace|mosque|church|temple|stadium|prison|canal|compound|reactor';
const STRUCTURE_AFTER = new RegExp(`^ (${STRUCTURES})\\b(?![-'’])`);
const STRUCTURE_NAME = new RegExp(` (?:${STRUCTURES})$`);

/** Is `canonical` a structure's name that this module gave ("Reichstag building")? */
export const isStructureName = (canonical: string) => STRUCTURE_NAME.test(canonical);
const INTERNATIONAL_AIRPORT_AFTER = /^ international airport\b/;

/** Renames, in place, the mentions that name a structure (covering its noun). */
export function facilityNames(text: string, mentions: ActorMention[]): void {
  for (const m of mentions) {
    if (m.kind === 'person' || text.charCodeAt(m.end) !== 32) continue;
    const after = text.slice(m.end, m.end + 22);
    if (m.kind === 'place' && INTERNATIONAL_AIRPORT_AFTER.test(after) && !COUNTRY_NAMES.has(m.canonical) && !REGION_NAMES.has(m.canonical)) {
      m.canonical = `${text.slice(m.start, m.end)} International Airport`;
      m.end += 22;
      continue;
    }
    if (GAZETTEER_KINDS.has(m.canonical)) continue;
    const s = STRUCTURE_AFTER.exec(after);
    if (!s) continue;
    m.canonical = `${text.slice(m.start, m.end).replace(/\s+/g, ' ')} ${s[1]}`;
    m.kind = 'place';
    m.end += s[0].length;
  }
}

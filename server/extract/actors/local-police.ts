// A police force named by the place it serves ("the Rawalpindi police", "Queensland Police", "Avon and
// Somerset police", "the Nagano prefectural police") is that force, not the place: reference works name it
// "<Place> Police", US city forces "<City> Police Department", Japanese prefectures' "<Prefecture>
// Prefectural Police", and the Australian states' and British counties' forces by their own names.
// ("police in Rawalpindi", "Rawalpindi, police said" name the place: only the place right before the word.)
import type { ActorMention } from './index.js';
import { COUNTRY_NAMES, GAZETTEER_KINDS } from './gazetteer.js';
import { US_STATE_NAMES } from '../lexicon/subdivisions.js';
import { NATIONAL_POLICE } from './national-police.js';
import { DEMONYMS } from './national-bodies.js';
import { isUsCity } from './us-places.js';

/** The police of Australia's states and territories. */
const STATE_FORCES: ReadonlyMap<string, string> = new Map([
  ['Queensland', 'Queensland Police Service'], ['New South Wales', 'New South Wales Police Force'], ['Victoria', 'Victoria Police'],
  ['Western Australia', 'Western Australia Police Force'], ['South Australia', 'South Australia Police'], ['Tasmania', 'Tasmania Police'],
  ['Northern Territory', 'Northern Territory Police'],
]);
/** Territorial police forces of England and Wales named "Constabulary" (the others are "<Area> Police"). */
const CONSTABULARIES = new Set([
  'Avon and Somerset', 'Bedfordshire', 'Cambridgeshire', 'Cheshire', 'Cumbria', 'Derbyshire', 'Durham', 'Gloucestershire', 'Hampshire',
  'Hertfordshire', 'Lancashire', 'Norfolk', 'Suffolk', 'Wiltshire',
]);

/** After a place: its police ("police", "Police", "prefectural police", "'s police"). */
const POLICE_AFTER = /^(?:['’]s)?\s+(?:(prefectural|[Pp]rovincial|[Ss]tate|[Mm]etropolitan|city|municipal|local)\s+)?[Pp]olice\b(?!\s+(?:[Dd]epartment|[Ss]ervice|[Ff]orce|[Aa]cademy|[Cc]ollege|[Ss]tation)\b)/;
/** A people's name ("Catalan police", "Kurdish police") says whose police, not which force. */
const DEMONYM_SHAPE = /(?:an|ese|ish|ic)$/;
/** "Avon and " before "Somerset police": a force named after two areas. */
const JOINED_BEFORE = /(\p{Lu}\p{Ll}+) and $/u;

/** The force's reference name; `written` is the place as the text writes it. */
function forceName(written: string, canonical: string, qualifier: string | undefined): string {
  const q = qualifier?.toLowerCase();
  if (q === 'prefectural') return `${written} Prefectural Police`;
  if (q === 'provincial' || q === 'state' || q === 'metropolitan') {
    const name = `${written} ${q[0].toUpperCase()}${q.slice(1)} Police`;
    return isUsCity(canonical) ? `${name} Department` : name;
  }
  const state = STATE_FORCES.get(written);
  if (state) return state;
  if (CONSTABULARIES.has(written)) return `${written} Constabulary`;
  const national = COUNTRY_NAMES.has(canonical) ? NATIONAL_POLICE.get(canonical) : undefined;
  if (national) return national;
  return isUsCity(canonical) ? `${written} Police Department` : `${written} Police`;
}

/**
 * Renames, in place, the place mentions that name a police force to that force (covering the word
 * "police"). US states ("Texas police") name no one force and are left as they are.
 */
export function localPolice(text: string, mentions: ActorMention[], named: readonly ActorMention[] = mentions): void {
  if (!text.includes('olice')) return;
  let forces: string[] | null = null;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    // (a name the gazetteers do not know, read as an organisation, is the place the force is named after)
    if ((m.kind !== 'place' && (m.kind !== 'organization' || GAZETTEER_KINDS.has(m.canonical))) || US_STATE_NAMES.has(m.canonical)) continue;
    const after = text.slice(m.end, m.end + 40);
    if (!after.includes('olice')) continue;
    const p = POLICE_AFTER.exec(after);
    if (!p) continue;
    let start = m.start;
    let written = text.slice(m.start, m.end);
    // ("the IGPN police watchdog", "NYPD police officers": an unknown initialism before "police" is the body itself)
    if (m.kind === 'organization' && /^\p{Lu}{2,}$/u.test(written)) continue;
    // ("German police": the state's police, read elsewhere)
    if (DEMONYMS.has(written.toLowerCase()) || (!GAZETTEER_KINDS.has(m.canonical) && DEMONYM_SHAPE.test(written))) continue;
    const joined = JOINED_BEFORE.exec(text.slice(Math.max(0, m.start - 20), m.start));
    if (joined) {
      written = `${joined[1]} and ${written}`;
      start = m.start - joined[0].length;
      // (the first area's own mention is part of the force's name)
      for (let j = k - 1; j >= 0 && mentions[j].end > start - 1; j--) {
        if (mentions[j].start >= start) {
          mentions.splice(j, 1);
          k--;
        }
      }
    }
    const name = forceName(written, m.canonical, p[1]);
    // (the force under the longer name the article gives it: "Fresno Police Department ... Fresno police")
    forces ??= named.filter((f) => f.kind === 'organization' && / Police (?:Department|Service|Force)$/.test(f.canonical)).map((f) => f.canonical);
    m.canonical = forces.find((f) => f.startsWith(`${name} `)) ?? name;
    m.kind = 'organization';
    m.start = start;
    m.end += p[0].length;
  }
}

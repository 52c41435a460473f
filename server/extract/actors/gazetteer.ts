// One phrase matcher over all actor gazetteers (places, organisations, people), so that
// the scanner finds the longest known name at each position in a single pass.
import { PhraseMatcher } from '../lexicon/phrase-matcher.js';
import { COUNTRIES, PLACES, REGIONS } from '../lexicon/places.js';
import { SUBDIVISIONS } from '../lexicon/subdivisions.js';
import { ORGANIZATIONS, CASE_INSENSITIVE_ORG_ALIASES } from '../lexicon/organizations.js';
import { PEOPLE } from '../lexicon/people.js';

export type ActorKind = 'person' | 'organization' | 'place';

export interface GazetteerHit {
  canonical: string;
  kind: ActorKind;
  /** how the phrase names the actor */
  role: 'name' | 'demonym' | 'capital' | 'surname';
  /** for capitals: the city's own name */
  city?: string;
}

export const ACTOR_MATCHER = new PhraseMatcher<GazetteerHit>();
/** canonical name -> kind, for every gazetteer actor */
export const GAZETTEER_KINDS = new Map<string, ActorKind>();
/** canonical names of states */
export const COUNTRY_NAMES = new Set(COUNTRIES.map((c) => c.canonical));
/** A capital's name as a city, as reference works give it: "Washington", "Washington DC" -> "Washington, D.C.". */
const cityName = (capital: string): string => (/^Washington(?:,? D\.?C\.?)?$/.test(capital) ? 'Washington, D.C.' : capital);
/** capitals and other cities, by canonical name */
export const CITY_NAMES = new Set<string>(COUNTRIES.flatMap((c) => c.capitals.map(cityName)));
/** capital -> its state */
export const CAPITAL_STATES = new Map<string, string>(COUNTRIES.flatMap((c) => c.capitals.map((cap) => [cityName(cap), c.canonical] as [string, string])));
/** continents, seas and other large regions: never the setting of a story */
export const REGION_NAMES = new Set(REGIONS);
/** lower-case single-word names, to read ALL-CAPS datelines ("SEOUL") */
export const SINGLE_WORD_PLACES = new Map<string, GazetteerHit>();

function add(phrase: string, hit: GazetteerHit, caseInsensitive = false): void {
  // The article is never part of an actor's name: "the Gaza Strip" is matched as "Gaza Strip".
  ACTOR_MATCHER.add(/^the /i.test(phrase) ? phrase.slice(4) : phrase, hit, { caseInsensitive });
}

for (const c of COUNTRIES) {
  GAZETTEER_KINDS.set(c.canonical, 'place');
  const name: GazetteerHit = { canonical: c.canonical, kind: 'place', role: 'name' };
  add(c.canonical, name);
  for (const a of c.aliases) add(a, name);
  for (const d of c.demonyms) add(d, { canonical: c.canonical, kind: 'place', role: 'demonym' });
  for (const cap of c.capitals) {
    add(cap, { canonical: c.canonical, kind: 'place', role: 'capital', city: cityName(cap) });
    GAZETTEER_KINDS.set(cityName(cap), 'place');
  }
  if (!c.canonical.includes(' ')) SINGLE_WORD_PLACES.set(c.canonical.toLowerCase(), name);
  for (const cap of c.capitals) {
    if (!cap.includes(' ')) SINGLE_WORD_PLACES.set(cap.toLowerCase(), { canonical: cityName(cap), kind: 'place', role: 'name' });
  }
}
for (const p of [...PLACES, ...SUBDIVISIONS]) {
  GAZETTEER_KINDS.set(p.canonical, 'place');
  const hit: GazetteerHit = { canonical: p.canonical, kind: 'place', role: 'name' };
  add(p.canonical, hit);
  for (const a of p.aliases) add(a, hit);
  if (!p.canonical.includes(' ')) SINGLE_WORD_PLACES.set(p.canonical.toLowerCase(), hit);
}
for (const o of ORGANIZATIONS) {
  GAZETTEER_KINDS.set(o.canonical, 'organization');
  const hit: GazetteerHit = { canonical: o.canonical, kind: 'organization', role: 'name' };
  add(o.canonical, hit);
  for (const a of o.aliases) add(a, hit);
}
// National Red Cross and Red Crescent societies are not the ICRC: "the Canadian Red Cross".
for (const c of COUNTRIES) {
  for (const movement of ['Red Cross', 'Red Crescent']) {
    const names = [c.demonyms[0], c.canonical].filter((n): n is string => !!n);
    const canonical = `${names[0]} ${movement}`;
    GAZETTEER_KINDS.set(canonical, 'organization');
    for (const n of names) add(`${n} ${movement}`, { canonical, kind: 'organization', role: 'name' });
  }
}
for (const [phrase, canonical] of CASE_INSENSITIVE_ORG_ALIASES) {
  add(phrase, { canonical, kind: 'organization', role: 'name' }, true);
}
for (const p of PEOPLE) {
  GAZETTEER_KINDS.set(p.canonical, 'person');
  add(p.canonical, { canonical: p.canonical, kind: 'person', role: 'name' });
  for (const a of p.aliases) {
    add(a, { canonical: p.canonical, kind: 'person', role: /\s/.test(a) ? 'name' : 'surname' });
  }
}

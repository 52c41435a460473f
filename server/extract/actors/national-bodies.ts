// Bodies every state has ("the interior ministry", "the Joint Chiefs of Staff") named the way
// reference works disambiguate them: "Ministry of Interior (Egypt)", "Joint Chiefs of Staff (South Korea)".
import { COUNTRY_NAMES } from './gazetteer.js';
import { firstAtOrAfter } from './descriptions.js';
import type { ActorMention } from './index.js';
import { mayHaveOnePhrase, mayHaveWord } from '../lexicon/tokens.js';
import { COUNTRIES } from '../lexicon/places.js';
import { ORGANIZATIONS } from '../lexicon/organizations.js';

/** A state's names as written, with their canonical name: "UK" -> "United Kingdom". */
const STATE_NAMES = new Map<string, string>();
for (const c of COUNTRIES) for (const n of [c.canonical, ...c.aliases]) STATE_NAMES.set(n, c.canonical);

/** "russian" -> "Russia", "south korean" -> "South Korea" */
export const DEMONYMS = new Map<string, string>();
for (const c of COUNTRIES) for (const d of c.demonyms) DEMONYMS.set(d.toLowerCase(), c.canonical);

// (a map: looking a computed string up in an object literal interns it first)
const AREAS = new Map<string, string>(Object.entries({
  interior: 'Interior', 'internal affairs': 'Internal Affairs', defence: 'Defence', defense: 'Defense', foreign: 'Foreign Affairs',
  'foreign affairs': 'Foreign Affairs', health: 'Health', finance: 'Finance', justice: 'Justice', education: 'Education', economy: 'Economy',
  energy: 'Energy', agriculture: 'Agriculture', trade: 'Trade', information: 'Information', culture: 'Culture', transport: 'Transport',
  labour: 'Labour', labor: 'Labor', environment: 'Environment', emergencies: 'Emergency Situations', 'emergency situations': 'Emergency Situations',
  'external affairs': 'External Affairs', 'home affairs': 'Home Affairs',
}));
const AREA = 'internal affairs|foreign affairs|external affairs|home affairs|emergency situations|interior|defen[cs]e|foreign|health|finance|justice|education|economy|energy|agriculture|trade|information|culture|transport|labou?r|environment|emergencies';
const MINISTRY = new RegExp(`\\b(?:(${AREA}) ministry|ministry of (?:the )?(${AREA}))\\b`, 'gi');
const HAS_MINISTRY = /ministry/i;
/** The longest of AREA's names (its "[cs]" one letter, its "u?" at most one). */
const LONGEST_AREA = Math.max(...AREA.replace(/\[cs\]/g, 'c').replace(/u\?/g, 'u').split('|').map((a) => a.length));
/** Gazetteer names of bodies that exist in many states. */
export const GENERIC_BODIES = new Set(['Joint Chiefs of Staff']);
/** Names of bodies that many states have under the same name: "Federal Police", "Constitutional Court". */
const GENERIC_BODY_NAME = /^(?:Federal|National|Supreme|Constitutional|High|Civil Aviation|Central) (?:Police|Court|Council|Assembly|Authority|Commission|Bank)$/;
/** Party names many states have: "Workers' Party (Brazil)", "Socialist Party (France)". (Not those the gazetteer gives one state.) */
const GENERIC_PARTY_NAME = /^(?:Workers['’]|Socialist|Communist|Green|Social Democratic|People['’]s|Progressive) Party$/;
/** A state's party under the name reference works give it, where that is not "<generic name> (<state>)". */
const REFERENCE_PARTY_NAMES = new Map([
  ['Social Democratic Party (Germany)', 'Social Democratic Party of Germany'], ['Social Democratic Party (Austria)', 'Social Democratic Party of Austria'],
  ['Social Democratic Party (Sweden)', 'Swedish Social Democratic Party'], ['Social Democratic Party (Finland)', 'Social Democratic Party of Finland'],
  ['Social Democratic Party (Switzerland)', 'Social Democratic Party of Switzerland'],
]);
/** The first letters of GENERIC_BODY_NAME's names: most names are turned away by theirs before the regex runs. */
const GENERIC_BODY_FIRSTS = new Set(['F', 'N', 'S', 'C', 'H']);
export const isGenericBody = (name: string) => GENERIC_BODIES.has(name) || (GENERIC_BODY_FIRSTS.has(name[0] as string) && GENERIC_BODY_NAME.test(name)) ||
  (name.endsWith(' Party') && GENERIC_PARTY_NAME.test(name));

/** Bodies the gazetteer knows by a bare name other states' bodies share: "Security Council", "Senate". */
const BARE_NAMES_OF = new Map([
  ['United Nations Security Council', 'Security Council'],
  ['United States Senate', 'Senate'],
  ['United States House of Representatives', 'House of Representatives'],
  ['United States Congress', 'Congress'],
]);

/** the one or two words before a position */
const TWO_WORDS_BEFORE = /(?:(\p{L}+)\s+)?(\p{L}+)\s+$/u;

/** A state named right before a body: "Belarus's", "Egypt's official", "the Russian". */
function stateBefore(text: string, mentions: ActorMention[], start: number): string | null {
  const k = firstAtOrAfter(mentions, start) - 1;
  for (let j = k; j >= 0 && j >= k - 1; j--) {
    const m = mentions[j];
    if (COUNTRY_NAMES.has(m.canonical) && /^(?:['’]s)?\s+(?:(?:own|official|top|new|national|state)\s+)?$/i.test(text.slice(m.end, start))) return m.canonical;
  }
  const words = TWO_WORDS_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (words) {
    const two = words[1] && DEMONYMS.get(`${words[1]} ${words[2]}`.toLowerCase());
    const one = DEMONYMS.get(words[2].toLowerCase());
    if (two || one) return (two || one)!;
    // ("the Kenya Foreign Office": a state's name read as part of the body's)
    // ("a UK Ministry of Defence official": a short name of the state)
    const named = (words[1] && STATE_NAMES.get(`${words[1]} ${words[2]}`)) || STATE_NAMES.get(words[2]) || null;
    if (named) return named;
  }
  return null;
}

/** The state a body at [start, end) belongs to: a state named right before it or in "of X" after it, else the article's own. */
function stateOf(text: string, mentions: ActorMention[], start: number, end: number, home: string | null): string | null {
  const before = stateBefore(text, mentions, start);
  if (before) return before;
  const inside = mentions.slice(firstAtOrAfter(mentions, start), firstAtOrAfter(mentions, end)).find((m) => COUNTRY_NAMES.has(m.canonical));
  if (inside) return inside.canonical;
  const after = /^\s+of\s+(?:the\s+)?/.exec(text.slice(end, end + 10));
  if (after) {
    const m = mentions[firstAtOrAfter(mentions, end)];
    if (m && COUNTRY_NAMES.has(m.canonical) && m.start === end + after[0].length) return m.canonical;
  }
  // "the South's Joint Chiefs of Staff": the state of the article whose name starts so
  const side = /\b(North|South|East|West)['’]s\s+$/.exec(text.slice(Math.max(0, start - 12), start));
  if (side) {
    const m = mentions.find((x) => COUNTRY_NAMES.has(x.canonical) && x.canonical.startsWith(`${side[1]} `));
    if (m) return m.canonical;
    // "the South" of a story about North Korea
    for (const x of mentions) {
      const pair = /^(?:North|South|East|West) (.+)$/.exec(x.canonical);
      if (pair && COUNTRY_NAMES.has(`${side[1]} ${pair[1]}`)) return `${side[1]} ${pair[1]}`;
    }
  }
  return home;
}

/**
 * Mentions of national bodies, qualified by their state, replacing the mentions they cover.
 * `home` is the state the article is mostly about (or null).
 */
export function qualifyNationalBodies(text: string, mentions: ActorMention[], home: string | null): ActorMention[] {
  const bodies: ActorMention[] = [];
  let r: RegExpExecArray | null;
  // (the word itself is found much faster than the alternation is tried at every word; no match starts
  // more than an area's name and a space before it)
  const firstMinistry = mayHaveWord(text, 'ministry') ? HAS_MINISTRY.exec(text) : null;
  MINISTRY.lastIndex = firstMinistry ? Math.max(0, firstMinistry.index - LONGEST_AREA - 1) : 0;
  while (firstMinistry && (r = MINISTRY.exec(text))) {
    const start = r.index;
    const end = start + r[0].length;
    const areaWord = (r[1] ?? r[2]).toLowerCase();
    const state = stateOf(text, mentions, start, end, home);
    if (!state || state === 'United States') continue;
    const area = AREAS.get(areaWord) ?? areaWord;
    bodies.push({ start, end, canonical: `Ministry of ${area} (${state})`, kind: 'organization' });
  }
  // "the Pakistan Foreign Office": another state's foreign ministry, not the UK's Foreign Office
  if (text.includes('Foreign Office')) for (const m of mentions) {
    if (m.canonical !== 'Foreign Office') continue;
    const state = stateBefore(text, mentions, m.start) ?? (home && home !== 'United Kingdom' && !mentions.some((x) => x.canonical === 'United Kingdom') ? home : null);
    if (state && state !== 'United Kingdom') bodies.push({ start: m.start, end: m.end, canonical: `Ministry of Foreign Affairs (${state})`, kind: 'organization' });
  }
  // One state per body and article: the first one the text names for it, else the article's own.
  const stateOfBody = new Map<string, string | null>();
  for (const m of mentions) {
    if (!isGenericBody(m.canonical) || stateOfBody.get(m.canonical)) continue;
    const state = stateOf(text, mentions, m.start, m.end, null);
    if (state) stateOfBody.set(m.canonical, state);
  }
  for (const m of mentions) {
    if (!isGenericBody(m.canonical)) continue;
    const state = stateOfBody.get(m.canonical) ?? home;
    if (state && state !== 'United States') m.canonical = REFERENCE_PARTY_NAMES.get(`${m.canonical} (${state})`) ?? `${m.canonical} (${state})`;
  }
  // "Belarus's Security Council", "the Russian Security Council": the state's own, not the UN's
  // ("the Nigerian Senate", "Kenya's parliament... the Senate": another state's chamber, not the US one)
  const councils: ActorMention[] = [];
  for (const m of mentions) {
    const bare = BARE_NAMES_OF.get(m.canonical);
    if (!bare || text.slice(m.start, m.end).toLowerCase() !== bare.toLowerCase()) continue;
    const state = stateBefore(text, mentions, m.start);
    if (state && state !== 'United States') councils.push({ start: m.start, end: m.end, canonical: `${bare} (${state})`, kind: 'organization' });
  }
  if (!bodies.length && !councils.length) return mentions;
  // Its short forms ("MOH" for "China's Ministry of Health (MOH)") name the same body.
  const qualifiedOf = new Map<string, string>();
  for (const b of bodies) {
    const bare = b.canonical.replace(/ \([^)]*\)$/, '');
    if (!qualifiedOf.has(bare)) qualifiedOf.set(bare, b.canonical);
  }
  for (const m of mentions) {
    const q = qualifiedOf.get(m.canonical);
    if (q) m.canonical = q;
  }
  // "the ministry" of an article that names one ministry
  const ministries = new Set(bodies.map((b) => b.canonical));
  if (ministries.size === 1) {
    const only = bodies[0].canonical;
    // (also "a ministry statement", "a ministry spokesman")
    for (const d of text.matchAll(/\b[Tt]he [Mm]inistry\b(?!\s+of\b)|\b[Aa] ministry(?=\s+(?:statement|spokes(?:man|woman|person)|official|source)\b)/g)) {
      if (!bodies.some((b) => d.index >= b.start && d.index < b.end)) bodies.push({ start: d.index, end: d.index + d[0].length, canonical: only, kind: 'organization' });
    }
  }
  bodies.push(...councils);
  bodies.sort((a, b) => a.start - b.start);
  // A body replaces what it covers ("Interior Ministry", "Russian Defence Ministry"), and the state
  // in front of it only describes it.
  // (bodies are sorted and disjoint: look up the one around or after each mention)
  const out = mentions.filter((m) => {
    const k = firstAtOrAfter(bodies, m.end);
    const before = k > 0 ? bodies[k - 1] : null;
    if (before && before.end > m.start && !(m.start < before.start && m.end > before.end)) return false;
    const next = bodies[k];
    return !(next && COUNTRY_NAMES.has(m.canonical) && /^(?:['’]s)?\s+$/.test(text.slice(m.end, next.start)));
  });
  out.push(...bodies);
  out.sort((a, b) => a.start - b.start);
  return out;
}

/** State -> its armed forces ("Israeli military") and its army ("Pakistani army"), from gazetteer aliases. */
// (ground troops are the army where it has a name of its own)
const ARMED_FORCES = new Map<string, string>();
const ARMIES = new Map<string, string>();
for (const o of ORGANIZATIONS) {
  for (const a of o.aliases) {
    const m = /^(.+) (military|armed forces|army)$/i.exec(a);
    if (!m) continue;
    const demonym = m[1] as string;
    const state = DEMONYMS.get(demonym.toLowerCase()) ?? (demonym === 'US' || demonym === 'U.S.' ? 'United States' : undefined);
    if (!state) continue;
    // ("US army" is the United States Army, not the army of a demonym's state)
    const table = m[2]!.toLowerCase() !== 'army' ? ARMED_FORCES : DEMONYMS.has(demonym.toLowerCase()) ? ARMIES : null;
    if (table && !table.has(state)) table.set(state, o.canonical);
  }
}

// (not "the military exercise", "the army base": an adjective before a noun of its own)
const THE_MILITARY = /\b[Tt]he (?:country['’]s )?(?:military|armed forces|army)\b(?!\s+(?:of\b|\p{Lu})|\s+(?:exercises?|drills?|operations?|action|campaign|offensive|bases?|aid|equipment|court|service|spending|budget|parade|conflict|option|options|strike|strikes|threat|hardware|assistance|personnel|training|intelligence)\b)/gu;

/** "the military" in an article about one state: that state's armed forces. */
export function militaryDescriptions(text: string, home: string | null): ActorMention[] {
  const forces = home ? ARMED_FORCES.get(home) : undefined;
  if (!forces) return [];
  const out: ActorMention[] = [];
  THE_MILITARY.lastIndex = 0;
  let r: RegExpExecArray | null;
  // ("the army": the state's army where it has a name of its own)
  while ((r = THE_MILITARY.exec(text))) out.push({ start: r.index, end: r.index + r[0].length, canonical: (r[0].endsWith('army') && home ? ARMIES.get(home) : undefined) ?? forces, kind: 'organization' });
  return out;
}

/** "'s military", "'s armed forces" (not "'s army of" or "'s army Chief") */
const POSSESSIVE_FORCES = /^['’]s\s+(?:military|armed forces|army)\b(?!\s+(?:of\b|\p{Lu}))/u;

/** "Sudan's army", "Israel's military": the state's armed forces; the state only says whose they are. */
export function possessiveForces(text: string, mentions: ActorMention[]): void {
  for (const m of mentions) {
    const forces = ARMED_FORCES.get(m.canonical);
    if (!forces) continue;
    const r = POSSESSIVE_FORCES.exec(text.slice(m.end, m.end + 20));
    if (!r) continue;
    m.canonical = forces;
    m.kind = 'organization';
    m.end += r[0].length;
  }
}

/** DEMONYM_TROOPS's words */
const TROOP_WORDS = [['troops', 'troops'], ['soldiers', 'soldiers'], ['forces', 'forces']] as const;
const DEMONYM_TROOPS = /^\s+(?:(?:security\s+)?forces|troops|soldiers)\b/;

/** "Indian troops", "Pakistani security forces": the state's army or armed forces, not the state. */
export function demonymForces(text: string, mentions: ActorMention[]): void {
  if (!mayHaveOnePhrase(text, TROOP_WORDS)) return;
  for (const m of mentions) {
    if (m.kind !== 'place' || !COUNTRY_NAMES.has(m.canonical)) continue;
    const surface = text.slice(m.start, m.end);
    if (DEMONYMS.get(surface.toLowerCase()) !== m.canonical) continue;
    const r = DEMONYM_TROOPS.exec(text.slice(m.end, m.end + 24));
    if (!r) continue;
    const forces = r[0].includes('forces') ? ARMED_FORCES.get(m.canonical) ?? ARMIES.get(m.canonical) : ARMIES.get(m.canonical) ?? ARMED_FORCES.get(m.canonical);
    if (!forces) continue;
    m.canonical = forces;
    m.kind = 'organization';
    m.end += r[0].length;
  }
}

/** State -> its air force, from gazetteer aliases ("Israeli air force" -> "Israeli Air Force"). */
const AIR_FORCES = new Map<string, string>();
for (const o of ORGANIZATIONS) {
  for (const a of o.aliases) {
    const m = /^(.+) air force$/.exec(a);
    const state = m ? DEMONYMS.get(m[1].toLowerCase()) : undefined;
    if (state && !AIR_FORCES.has(state)) AIR_FORCES.set(state, o.canonical);
  }
}
/** Military aircraft after a demonym: "Israeli warplanes", "Russian jets" (not "a Russian aircraft", which may be an airliner). */
/** DEMONYM_AIRCRAFT's words, one in each of its phrases */
const AIRCRAFT_WORDS = [['aircraft', 'aircraft'], ['warplanes', 'warplanes'], ['planes', 'planes'], ['jets', 'jets'], ['fighters', 'fighters'], ['bombers', 'bombers']] as const;
const DEMONYM_AIRCRAFT = /^\s+(?:warplanes|war planes|fighter jets|fighter planes|jets|fighters|bombers|military aircraft|aircraft)\b/;

/** "Israeli warplanes struck", "Russian jets were flying": the state's air force, not the state. */
export function demonymAircraft(text: string, mentions: ActorMention[]): void {
  if (!mayHaveOnePhrase(text, AIRCRAFT_WORDS)) return;
  for (const m of mentions) {
    if (m.kind !== 'place' || !COUNTRY_NAMES.has(m.canonical)) continue;
    if (DEMONYMS.get(text.slice(m.start, m.end).toLowerCase()) !== m.canonical) continue;
    const r = DEMONYM_AIRCRAFT.exec(text.slice(m.end, m.end + 24));
    if (!r || /\b(?:an?|one)\s+$/i.test(text.slice(Math.max(0, m.start - 6), m.start))) continue;
    const force = AIR_FORCES.get(m.canonical);
    if (!force) continue;
    m.canonical = force;
    m.kind = 'organization';
    m.end += r[0].length;
  }
}

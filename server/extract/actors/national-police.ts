// Police, coast guards and intelligence services that a state has one of, named as reference works name
// them: "riot police" in a story about Zimbabwe are the Zimbabwe Republic Police, "the Coast Guard" of an
// Indian story is the Indian Coast Guard (not the United States'), "Pakistani intelligence officers" are
// the Inter-Services Intelligence. States whose police are local or regional (the United States, the United
// Kingdom, India, ...) are left out: "police" there names no one body.
import type { ActorMention } from './index.js';
import { dropInside } from './descriptions.js';
import { DEMONYMS } from './national-bodies.js';
import { SUBDIVISION_STATES } from '../lexicon/subdivisions.js';
import { mayHavePhrase, mayHaveWord } from '../lexicon/tokens.js';

/** State -> its national police force. */
export const NATIONAL_POLICE: ReadonlyMap<string, string> = new Map([
  ['Nigeria', 'Nigeria Police Force'], ['Zimbabwe', 'Zimbabwe Republic Police'], ['Kenya', 'National Police Service (Kenya)'],
  ['South Africa', 'South African Police Service'], ['Ghana', 'Ghana Police Service'], ['Uganda', 'Uganda Police Force'],
  ['Tanzania', 'Tanzania Police Force'], ['Zambia', 'Zambia Police Service'], ['Malawi', 'Malawi Police Service'],
  ['Bangladesh', 'Bangladesh Police'], ['Sri Lanka', 'Sri Lanka Police'], ['Nepal', 'Nepal Police'],
  ['Philippines', 'Philippine National Police'], ['Indonesia', 'Indonesian National Police'], ['Malaysia', 'Royal Malaysia Police'],
  ['Thailand', 'Royal Thai Police'], ['Singapore', 'Singapore Police Force'], ['Israel', 'Israel Police'],
  ['Ireland', 'Garda Síochána'], ['New Zealand', 'New Zealand Police'], ['Hong Kong', 'Hong Kong Police Force'],
  ['Sweden', 'Swedish Police Authority'], ['Norway', 'Norwegian Police Service'], ['Denmark', 'Danish National Police'],
  ['Finland', 'Police of Finland'], ['South Korea', 'Korean National Police Agency'], ['Taiwan', 'National Police Agency (Taiwan)'],
  ['Turkey', 'Turkish National Police'], ['Greece', 'Hellenic Police'], ['Ukraine', 'National Police of Ukraine'],
  ['Peru', 'National Police of Peru'], ['Colombia', 'National Police of Colombia'], ['Chile', 'Carabineros de Chile'],
  ['Cuba', 'National Revolutionary Police (Cuba)'], ['Jamaica', 'Jamaica Constabulary Force'], ['Afghanistan', 'Afghan National Police'],
  ['Rwanda', 'Rwanda National Police'], ['Somalia', 'Somali Police Force'], ['Namibia', 'Namibian Police Force'],
  ['Botswana', 'Botswana Police Service'], ['Myanmar', 'Myanmar Police Force'], ['Cambodia', 'Cambodian National Police'],
  ['Fiji', 'Fiji Police Force'], ['Estonia', 'Police and Border Guard Board'],
]);



const NATIONAL_FORCES = new Set(NATIONAL_POLICE.values());
/** A police force's reference name: "Royal Malaysia Police", "Fresno Police Department", "Avon and Somerset Constabulary". */
const FORCE_NAME = /(?:\bPolice(?: Service| Force| Department| Authority| Agency)?|\bConstabulary|Garda Síochána|Gendarmerie)(?: \([^)]+\))?$/;
/** Whether a canonical name is a police force's. */
export function isPoliceForce(canonical: string): boolean {
  return NATIONAL_FORCES.has(canonical) || FORCE_NAME.test(canonical);
}

/** After a demonym: its state's police ("Norwegian police", "Cuban riot police"), not a name ("Turkish Police Academy"). */
const POLICE_AFTER_DEMONYM = /^\s+(?:[Rr]iot\s+)?[Pp]olice\b(?!\s+\p{Lu})/u;

/** "Norwegian police were assessing": the state's national police, not the state (renamed in place). */
export function demonymPolice(text: string, mentions: ActorMention[]): void {
  if (!POLICE_KEYS.some((k) => mayHaveWord(text, k))) return;
  for (const m of mentions) {
    if (m.kind !== 'place') continue;
    const force = NATIONAL_POLICE.get(m.canonical);
    if (!force || DEMONYMS.get(text.slice(m.start, m.end).toLowerCase()) !== m.canonical) continue;
    const r = POLICE_AFTER_DEMONYM.exec(text.slice(m.end, m.end + 16));
    if (!r) continue;
    m.canonical = force;
    m.kind = 'organization';
    m.end += r[0].length;
  }
}

/** State -> its coast guard. */
export const COAST_GUARDS: ReadonlyMap<string, string> = new Map([
  ['India', 'Indian Coast Guard'], ['Japan', 'Japan Coast Guard'], ['Philippines', 'Philippine Coast Guard'], ['China', 'China Coast Guard'],
  ['Taiwan', 'Coast Guard Administration (Taiwan)'], ['South Korea', 'Korea Coast Guard'], ['Greece', 'Hellenic Coast Guard'],
  ['Italy', 'Italian Coast Guard'], ['Bangladesh', 'Bangladesh Coast Guard'], ['Sri Lanka', 'Sri Lanka Coast Guard'],
  ['Canada', 'Canadian Coast Guard'], ['Turkey', 'Turkish Coast Guard'], ['Libya', 'Libyan Coast Guard'], ['Vietnam', 'Vietnam Coast Guard'],
]);

/** State -> its (foreign) intelligence service. */
export const INTELLIGENCE_SERVICES: ReadonlyMap<string, string> = new Map([
  ['Pakistan', 'Inter-Services Intelligence'], ['India', 'Research and Analysis Wing'], ['Saudi Arabia', 'General Intelligence Presidency'],
  ['Turkey', 'National Intelligence Organization (Turkey)'], ['Egypt', 'General Intelligence Directorate (Egypt)'], ['Jordan', 'General Intelligence Directorate (Jordan)'],
  ['Iran', 'Ministry of Intelligence (Iran)'], ['Afghanistan', 'National Directorate of Security'], ['Bangladesh', 'Directorate General of Forces Intelligence'],
  ['South Korea', 'National Intelligence Service (South Korea)'], ['Ukraine', 'Main Directorate of Intelligence (Ukraine)'],
]);
/** "Pakistani intelligence officers", "the Pakistani intelligence service", "Pakistan's intelligence agency". */
const INTELLIGENCE = /\b(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)(?:['’]s)? intelligence (?:service|services|agency|agencies|officers?|operatives?|agents?)\b/gu;
/** Police ranks that name the force, not a person: "12 Assistant Superintendents of Police". */
const POLICE_RANKS = /\b(?:(?:Assistant|Deputy|Chief|Senior) )?(?:Superintendents?|Inspectors?|Commissioners?|Officers?|Constables?) of Police\b(?!,?\s+\p{Lu})/gu;

// ("police" in lower case, not the end of a name such as "Raleigh Police")
/** The words POLICE finds "police" in */
const POLICE_KEYS = ['police', 'policeman', 'policemen', 'policewoman', 'policewomen'];
const POLICE = /\b(?<!(?:[Ss]ecurity|[Ss]ecret|[Mm]ilitary|[Rr]eligious|[Bb]order|[Tt]ransport|[Rr]ailway|[Tt]ourist|[Mm]oral(?:ity)?) )(?:[Rr]iot |[Aa]rmed |[Tt]raffic |[Ff]ederal |[Nn]ational )?[Pp]olice(?:m[ae]n|wom[ae]n| officers?| barracks)?\b/g;
/** A capitalised "Police" that opens a sentence ("Police said"), not a name's ("Police Scotland", "Raleigh Police"). */
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s+|\n\s*|["“]\s*)$/;
const COAST_GUARD = /\b[Cc]oast [Gg]uards?\b/g;

/**
 * Mentions of a state's police and coast guard where the text names them without their state. `home`
 * is the state the article is about. A "Coast Guard" the gazetteer read as the United States' is
 * renamed in place when the article is about another state.
 */
export function nationalForces(text: string, mentions: ActorMention[], articleState: string | null): ActorMention[] {
  const spies = mayHavePhrase(text, 'intelligence') ? intelligenceServices(text, mentions) : [];
  // (a story that names only the state's provinces: "from Borno state to Zamfara")
  const home = articleState ?? subdivisionsState(mentions);
  if (!home) return spies;
  const out: ActorMention[] = spies;
  const police = NATIONAL_POLICE.get(home);
  if (police && POLICE_KEYS.some((k) => mayHaveWord(text, k))) {
    POLICE.lastIndex = 0;
    for (let r = POLICE.exec(text); r; r = POLICE.exec(text)) {
      if (/[A-Z]/.test(r[0][0]) && !policeOpensSentence(text, r.index, r.index + r[0].length, mentions)) continue;
      // ("Norwegian police" in a Swedish story: that state's force, read already)
      if (mentions.some((m) => m.start < r!.index + r![0].length && m.end > r!.index && NATIONAL_FORCES.has(m.canonical))) continue;
      out.push({ start: r.index, end: r.index + r[0].length, canonical: police, kind: 'organization' });
    }
  }
  if (police && mayHavePhrase(text, 'police', ' of Police')) {
    POLICE_RANKS.lastIndex = 0;
    for (let r = POLICE_RANKS.exec(text); r; r = POLICE_RANKS.exec(text)) {
      dropInside(mentions, r.index, r.index + r[0].length);
      out.push({ start: r.index, end: r.index + r[0].length, canonical: police, kind: 'organization' });
    }
  }
  const guard = COAST_GUARDS.get(home);
  if (guard && /[Cc]oast [Gg]uard/.test(text)) {
    for (const m of mentions) if (m.canonical === 'United States Coast Guard' && /^[Cc]oast [Gg]uard/.test(text.slice(m.start, m.end))) m.canonical = guard;
    // ("the Indian Coast Guards")
    for (const m of mentions) {
      const d = /^(.+) Coast Guards?$/.exec(m.canonical);
      if (d && DEMONYMS.get(d[1].toLowerCase()) === home) m.canonical = guard;
    }
    COAST_GUARD.lastIndex = 0;
    for (let r = COAST_GUARD.exec(text); r; r = COAST_GUARD.exec(text)) {
      if (!mentions.some((m) => m.start <= r!.index && m.end > r!.index)) out.push({ start: r.index, end: r.index + r[0].length, canonical: guard, kind: 'organization' });
    }
  }
  return out;
}

/** "Police said", "Riot police fired": the word opening a sentence, with no name after it and in no name read already. */
function policeOpensSentence(text: string, start: number, end: number, mentions: readonly ActorMention[]): boolean {
  if (!SENTENCE_OPENING.test(text.slice(Math.max(0, start - 4), start))) return false;
  if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) return false;
  return !mentions.some((m) => m.start < end && m.end > start);
}

/** The one state whose subdivisions the article names, if they are all one state's. */
function subdivisionsState(mentions: ActorMention[]): string | null {
  let state: string | null = null;
  for (const m of mentions) {
    const s = SUBDIVISION_STATES.get(m.canonical);
    if (!s) continue;
    if (state && s !== state) return null;
    state = s;
  }
  return state;
}

/** "Pakistani intelligence officers": the state's intelligence service, replacing the state's mention. */
function intelligenceServices(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  INTELLIGENCE.lastIndex = 0;
  for (let r = INTELLIGENCE.exec(text); r; r = INTELLIGENCE.exec(text)) {
    const state = DEMONYMS.get(r[1].toLowerCase()) ?? (INTELLIGENCE_SERVICES.has(r[1]) ? r[1] : undefined);
    const service = state && INTELLIGENCE_SERVICES.get(state);
    if (!service) continue;
    dropInside(mentions, r.index, r.index + r[0].length);
    out.push({ start: r.index, end: r.index + r[0].length, canonical: service, kind: 'organization' });
  }
  return out;
}

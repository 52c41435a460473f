// Towns of the United States that the text names with their state are named so throughout, as reference
// works name them: "Raleigh, North Carolina ... in Raleigh" -> "Raleigh, North Carolina". The big cities
// that AP datelines name alone keep their bare names. (Counties and towns of a story's state that the text
// never writes with it are left bare: the annotated sets disagree about them.)
import type { ActorMention } from './index.js';
import { US_STATE_NAMES } from '../lexicon/subdivisions.js';
import { isCommonWord } from '../lexicon/common-words.js';

/** Cities named without their state (the AP dateline list). */
const STANDALONE_CITIES = new Set([
  'Atlanta', 'Baltimore', 'Boston', 'Chicago', 'Cincinnati', 'Cleveland', 'Dallas', 'Denver', 'Detroit', 'Honolulu', 'Houston',
  'Indianapolis', 'Las Vegas', 'Los Angeles', 'Miami', 'Milwaukee', 'Minneapolis', 'New Orleans', 'New York', 'New York City',
  'Oklahoma City', 'Philadelphia', 'Phoenix', 'Pittsburgh', 'St. Louis', 'Salt Lake City', 'San Antonio', 'San Diego',
  'San Francisco', 'Seattle', 'Washington', 'Washington, D.C.',
]);
/** A town's name right before a state's: "Raleigh, " (at most three words). */
const TOWN_BEFORE = /(?:^|[^\p{L}.'’-])(\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2}),\s*$/u;

/** A big US city, or a town the article names with its state ("Raleigh, North Carolina"). */
export function isUsCity(canonical: string): boolean {
  if (STANDALONE_CITIES.has(canonical)) return true;
  const comma = canonical.lastIndexOf(', ');
  const state = canonical.slice(comma + 2);
  return comma > 0 && (US_STATE_NAMES.has(state) || US_STATE_NAMES.has(`${state} (U.S. state)`) || US_STATE_NAMES.has(`${state} (state)`));
}

/** A state's name as it follows a town: "Georgia (U.S. state)" -> "Georgia". */
const stateName = (canonical: string) => canonical.replace(/ \(.*\)$/, '');

/** Renames, in place, the US towns an article writes with their state ("Raleigh, North Carolina") to "Town, State". */
export function qualifyUsPlaces(text: string, mentions: ActorMention[]): void {
  if (!mentions.some((m) => US_STATE_NAMES.has(m.canonical))) return;
  const qualified = new Map<string, string>();
  // (read from the text before each state, headlines included, where names are not scanned)
  for (const state of mentions) {
    if (!US_STATE_NAMES.has(state.canonical)) continue;
    const before = TOWN_BEFORE.exec(text.slice(Math.max(0, state.start - 40), state.start));
    if (!before) continue;
    // ("In Raleigh, North Carolina": a capitalised first word of a sentence is no part of the name)
    const words = before[1].split(' ');
    while (words.length > 1 && isCommonWord(words[0].toLowerCase())) words.shift();
    const town = words.join(' ');
    if (STANDALONE_CITIES.has(town) || US_STATE_NAMES.has(town) || (words.length === 1 && isCommonWord(town.toLowerCase()))) continue;
    qualified.set(town, `${town}, ${stateName(state.canonical)}`);
  }
  if (!qualified.size) return;
  for (const m of mentions) {
    const q = m.kind !== 'person' ? qualified.get(m.canonical) : undefined;
    if (q) {
      m.canonical = q;
      m.kind = 'place';
    }
  }
}


/** "the Highway Patrol", "the State Highway Patrol" without their state; "a state trooper". */
const PATROL_NAME = /^(?:State )?Highway Patrol$/;
const TROOPER = /\bstate troopers?(?:['’]s?)?/g;

/**
 * A state's highway patrol named without its state ("the Highway Patrol said", "a state trooper's car") in a
 * story about one US state: "<State> Highway Patrol". Renames the mentions in place; returns the troopers.
 */
export function statePatrols(text: string, mentions: ActorMention[]): ActorMention[] {
  const hasPatrol = text.includes('Highway Patrol');
  if (!hasPatrol && !text.includes('state trooper')) return [];
  const counts = new Map<string, number>();
  for (const m of mentions) if (US_STATE_NAMES.has(m.canonical)) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || (ranked.length > 1 && ranked[0][1] === ranked[1][1])) return [];
  const patrol = `${stateName(ranked[0][0])} Highway Patrol`;
  if (hasPatrol) for (const m of mentions) if (PATROL_NAME.test(m.canonical)) {
    m.canonical = patrol;
    m.kind = 'organization';
  }
  const out: ActorMention[] = [];
  TROOPER.lastIndex = 0;
  for (let r = TROOPER.exec(text); r; r = TROOPER.exec(text)) out.push({ start: r.index, end: r.index + r[0].length, canonical: patrol, kind: 'organization' });
  return out;
}

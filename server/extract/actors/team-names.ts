// A place followed by a capitalised plural is one name, a team's or a body's, not the place: "the Cleveland
// Cavaliers", "Philadelphia 76ers", "Toronto Maple Leafs", "Boston Red Sox". Plurals that are the land
// itself ("Golan Heights", "Blue Mountains"), events ("Mumbai Attacks") or a people ("Gaza Palestinians")
// are not.
import { COUNTRIES } from '../lexicon/places.js';

/** Plural heads of place names, events and armed bodies read elsewhere. */
const NOT_NICKNAMES = new Set([
  'islands', 'isles', 'heights', 'mountains', 'hills', 'highlands', 'falls', 'lakes', 'straits', 'springs', 'plains', 'territories',
  'keys', 'fields', 'gardens', 'towers', 'valleys', 'ridges', 'rocks', 'reefs', 'flats', 'sands', 'downs', 'woods', 'waters', 'glades',
  'emirates', 'states', 'provinces', 'regions', 'districts', 'counties', 'cities', 'areas', 'streets', 'docks',
  'attacks', 'bombings', 'riots', 'protests', 'elections', 'talks', 'floods', 'fires', 'earthquakes', 'games', 'olympics', 'awards', 'trials',
  'forces', 'troops', 'soldiers', 'marines', 'guards', 'commandos', 'police', 'authorities', 'officials', 'residents', 'people', 'times', 'news',
  'customs', 'affairs', 'relations', 'rights', 'resources', 'works', 'studies', 'sciences', 'arts', 'sports', 'services', 'operations',
  'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
]);
/** Peoples as plurals ("Serbs", "Palestinians"): a demonym plus "s". */
const PEOPLES = new Set<string>();
for (const c of COUNTRIES) for (const d of c.demonyms) PEOPLES.add(`${d.toLowerCase()}s`);
for (const p of ['serbs', 'kurds', 'arabs', 'jews', 'turks', 'croats', 'tamils', 'sikhs', 'muslims', 'christians', 'hindus', 'shiites', 'sunnis', 'copts', 'uighurs', 'uyghurs', 'pashtuns']) PEOPLES.add(p);

/** A plural nickname: "Cavaliers", "76ers", "Sox" (not "Congress", "Express": a double s is no plural). */
const PLURAL_SHAPE = /^(?:\d+ers|\p{Lu}[\p{Ll}'’-]*[^s's]s|\p{Lu}\p{Ll}*Sox|Sox)$/u;

/** Is `word` (the last of the capitalised words after a place) a nickname that makes the place part of a name? */
export function isTeamNickname(word: string): boolean {
  if (!PLURAL_SHAPE.test(word)) return false;
  const key = word.toLowerCase();
  return !NOT_NICKNAMES.has(key) && !PEOPLES.has(key);
}

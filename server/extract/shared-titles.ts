// "The Star reported" in a Kenyan story is Nairobi's The Star, not a paper of nowhere; "The Guardian" in
// a Nigerian one is Lagos's Guardian, not London's. Many countries' papers share a bare title. A record
// whose outlet is such a title is given the paper of the country the story is set in: the country a
// qualifier names ("Nigeria's Guardian", "the Kenyan daily The Star"), else the country the story names
// most, when it names it more than the title's home country. Names follow "Title (Country)", which the
// scorer and annotators read the same as "Title Country".
import type { Attribution } from './types.js';
import { COUNTRIES } from './lexicon/places.js';

interface SharedTitle {
  /** the outlet name the engine gives the bare title */
  title: string;
  /** the country whose paper the bare title names when the story is not set elsewhere */
  home: string | null;
  /** country → that country's paper of this title */
  abroad: Readonly<Record<string, string>>;
}

const qualified = (title: string, countries: string[]): Record<string, string> =>
  Object.fromEntries(countries.map((c) => [c, `${title} (${c})`]));

const TITLES: readonly SharedTitle[] = [
  { title: 'The Guardian', home: 'United Kingdom', abroad: { ...qualified('The Guardian', ['Tanzania']), Nigeria: 'Guardian Nigeria' } },
  { title: 'The Star', home: null, abroad: qualified('The Star', ['Kenya', 'South Africa', 'Malaysia']) },
  { title: 'The Nation', home: 'United States', abroad: { ...qualified('The Nation', ['Nigeria', 'Pakistan', 'Malawi']), Thailand: 'The Nation Thailand', Kenya: 'Daily Nation' } },
  { title: 'The Standard', home: null, abroad: qualified('The Standard', ['Kenya', 'Zimbabwe', 'Hong Kong']) },
  { title: 'The Sun', home: 'United Kingdom', abroad: qualified('The Sun', ['Nigeria', 'Malaysia']) },
  { title: 'The Sunday Times', home: 'United Kingdom', abroad: qualified('Sunday Times', ['South Africa', 'Sri Lanka']) },
  { title: 'The Citizen', home: null, abroad: qualified('The Citizen', ['Tanzania', 'South Africa']) },
  { title: 'The Herald', home: null, abroad: qualified('The Herald', ['Zimbabwe']) },
  { title: 'The Chronicle', home: null, abroad: qualified('The Chronicle', ['Zimbabwe']) },
  { title: 'Daily News', home: 'United States', abroad: qualified('Daily News', ['Tanzania', 'Zimbabwe', 'South Africa']) },
  { title: 'The Independent', home: 'United Kingdom', abroad: qualified('The Independent', ['Uganda']) },
  { title: 'The Observer', home: 'United Kingdom', abroad: qualified('The Observer', ['Uganda']) },
  { title: 'The Post', home: null, abroad: qualified('The Post', ['Zambia']) },
];

/** Cities and regions that set a story in a country besides its name, demonyms and capital. */
const MORE_PLACES: Readonly<Record<string, string[]>> = {
  Nigeria: ['Lagos', 'Kano', 'Port Harcourt', 'Ibadan', 'Kaduna', 'Borno', 'Enugu', 'Niger Delta'],
  Kenya: ['Mombasa', 'Kisumu', 'Nakuru', 'Eldoret'],
  'South Africa': ['Johannesburg', 'Cape Town', 'Durban', 'Soweto', 'Gauteng', 'KwaZulu-Natal', 'ANC'],
  Malaysia: ['Penang', 'Johor', 'Sabah', 'Sarawak', 'Selangor'],
  Pakistan: ['Karachi', 'Lahore', 'Peshawar', 'Rawalpindi', 'Quetta', 'Punjab', 'Khyber Pakhtunkhwa'],
  Thailand: ['Phuket', 'Chiang Mai', 'Pattaya'],
  Tanzania: ['Dar es Salaam', 'Zanzibar', 'Arusha'],
  Zimbabwe: ['Bulawayo', 'ZANU-PF', 'Zanu-PF'],
  Uganda: ['Entebbe', 'Gulu'],
  Malawi: ['Blantyre'],
  Zambia: ['Ndola', 'Kitwe'],
  'Hong Kong': ['Kowloon'],
  'Sri Lanka': ['Kandy', 'Jaffna'],
  'United Kingdom': ['England', 'Scotland', 'Wales', 'Manchester', 'Birmingham', 'Westminster', 'Downing Street'],
  'United States': ['New York', 'California', 'Texas', 'Congress', 'White House'],
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** every name, demonym, capital and main place of a country, each to its country */
let countryOfName: Map<string, string> | null = null;
let anyCountryName: RegExp | null = null;
function countryNames(): [Map<string, string>, RegExp] {
  if (!countryOfName || !anyCountryName) {
    countryOfName = new Map();
    for (const c of COUNTRIES) for (const w of [c.canonical, ...c.aliases, ...c.demonyms, ...c.capitals]) if (!countryOfName.has(w)) countryOfName.set(w, c.canonical);
    for (const [country, places] of Object.entries(MORE_PLACES)) for (const w of places) countryOfName.set(w, country);
    const names = [...countryOfName.keys()];
    const words = names.sort((a, b) => b.length - a.length).map(escape);
    // (a name's first letter is looked for before the lookbehind, which would otherwise be tried at every character)
    const firsts = [...new Set(names.map((w) => escape(String.fromCodePoint(w.codePointAt(0) as number))))].join('');
    anyCountryName = new RegExp(String.raw`(?=[${firsts}])(?<![\p{L}\p{N}])(?:${words.join('|')})(?![\p{L}\p{N}])`, 'gu');
  }
  return [countryOfName, anyCountryName];
}

/** how often the text names each country */
function countryCounts(text: string): Map<string, number> {
  const [of, re] = countryNames();
  const counts = new Map<string, number>();
  for (const m of text.matchAll(re)) {
    const c = of.get(m[0]) as string;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/** the countries a stretch of text names */
function countriesIn(text: string): Set<string> {
  return new Set(countryCounts(text).keys());
}

/** "Nigeria's Guardian newspaper", "the Kenyan daily The Star", "Britain's Guardian": the country a qualifier right before the title names. */
function qualifierCountry(text: string, t: SharedTitle): string | null {
  const bare = t.title.replace(/^The\s+/, '');
  const title = new RegExp(String.raw`(?:\b[Tt]he\s+)?\b${escape(bare)}\b`, 'g');
  let m: RegExpExecArray | null;
  while ((m = title.exec(text))) {
    // the words since the last clause break before the title: "Nigeria's ", "the Kenyan daily "
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const lead = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
    if (!/^[\s\p{L}'’-]*$/u.test(lead) || (lead.match(/\S+/g)?.length ?? 0) > 4) continue;
    const named = countriesIn(lead);
    for (const country of Object.keys(t.abroad)) if (named.has(country)) return country;
    if (t.home && named.has(t.home)) return t.home;
  }
  return null;
}

/** The country the story names most, and more than any other, when the title has a paper there. */
// (a story that names a country once in passing is not set there, "The Guardian reported ... trade with
// Nigeria", unless the bare title has no home paper to fall back on: "The Star" names no paper by itself)
function settingCountry(text: string, t: SharedTitle): string | null {
  let best: string | null = null;
  let most = 0;
  let tied = false;
  for (const [country, n] of countryCounts(text)) {
    if (n > most) [best, most, tied] = [country, n, false];
    else if (n === most) tied = true;
  }
  return best && most >= (t.home ? 2 : 1) && !tied && best in t.abroad ? best : null;
}

const BY_TITLE = new Map(TITLES.map((t) => [t.title, t]));

/** Gives each record whose outlet is a bare shared title the paper of the story's country (in place). */
export function qualifySharedTitles(text: string, records: Attribution[]): void {
  const paperOf = new Map<SharedTitle, string | null>();
  for (const r of records) {
    const t = r.outlet ? BY_TITLE.get(r.outlet) : undefined;
    if (!t) continue;
    let paper = paperOf.get(t);
    if (paper === undefined) {
      const country = qualifierCountry(text, t) ?? settingCountry(text, t);
      paperOf.set(t, (paper = country ? (t.abroad[country] ?? null) : null));
    }
    if (paper) r.outlet = paper;
  }
}

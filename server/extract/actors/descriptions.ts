// Descriptions that point back to actors named elsewhere in the article: "the hotel",
// "the country", "the newspaper", and offices without their holder ("Qatar's prime minister").
import { GAZETTEER_KINDS } from './gazetteer.js';
import { ARMED_GROUP_NAMES, COMPANY_NAMES } from '../lexicon/organizations.js';
import type { ActorMention } from './index.js';
import type { RawMention } from './scanner.js';
import { mayHavePhrase, mayHaveWord } from '../lexicon/tokens.js';

/** Heads of organisation names that are not companies: "the company" never points to them. */
const NOT_A_COMPANY = /\b(?:Agency|Ministry|Department|Council|Committee|Commission|Institute|University|College|School|Hospital|Court|Police|Army|Forces|Party|Union|Organi[sz]ation|Cent(?:er|re)s?|Office|Authority|Bureau|Assembly|Parliament|Government|Administration|Foundation|Association|Society|Movement|Front|Brigades?|Command|Service|League|Federation|Club|FC|Team|Band)$/;

/** Index of the first item starting at or after `offset` (items sorted by start). */
export function firstAtOrAfter(items: { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Removes the mentions inside [start, end) that `which` accepts (all by default): what a description covers. */
export function dropInside(mentions: ActorMention[], start: number, end: number, which: (m: ActorMention) => boolean = () => true): void {
  for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].start >= start && mentions[k].end <= end && which(mentions[k])) mentions.splice(k, 1);
}

/** Longest actor mention, so that actorsIn can start its walk just before a span. */
export const LONGEST_MENTION = 200;

/** "the hotel", "the mine", "the country": definite descriptions that point back to the last actor of that sort. */
/** DEFINITE's heads: the last word of each description */
const DEFINITE_HEADS = ['hotel', 'cafe', 'café', 'restaurant', 'hospital', 'school', 'university', 'college', 'mine', 'plant', 'airport', 'mall', 'stadium', 'prison', 'church', 'mosque', 'base', 'factory', 'refinery', 'newspaper', 'paper', 'country', 'city', 'capital', 'company', 'firm', 'fund', 'giant', 'conglomerate', 'carmaker', 'automaker', 'chipmaker', 'retailer', 'airline', 'major', 'maker', 'manufacturer', 'producer', 'lender', 'insurer', 'brewer', 'bank', 'band', 'group', 'organisation', 'organization', 'movement', 'militia'];
const DEFINITE = new RegExp(`\\b[Tt]he (?:(terror|terrorist|militant|jihadist|islamist|armed|rebel|extremist|insurgent|paramilitary|palestinian|islamic|lebanese|yemeni|shiite|sunni) )?(?:(?:[a-z][A-Za-z-]*|[A-Z][a-z]+(?:an|ese|ish|i|ch)) ){0,3}?(${DEFINITE_HEADS.join('|')})\\b(?!-)`, 'g');
/**
 * Whether a text may hold one of DEFINITE's heads (each confirmed by a search: with this many words the filter
 * alone mostly gives a false alarm; "café" only searched, as the filter holds ASCII keys).
 */
const mayHaveDefiniteHead = (text: string) => DEFINITE_HEADS.some((h) => (h === 'café' ? text.includes(h) : mayHavePhrase(text, h)));
/** Heads that describe a company: "the Japanese tech fund", "the e-commerce giant". */
const COMPANY_HEADS = new Set(['firm', 'fund', 'giant', 'conglomerate', 'carmaker', 'automaker', 'chipmaker', 'retailer', 'airline', 'major', 'maker', 'manufacturer', 'producer', 'lender', 'insurer', 'brewer']);
/** Heads that describe a company only after a word saying what it makes: "the oil major", "the smartphone maker" (not "the major"). */
const QUALIFIED_HEADS = new Set(['major', 'maker', 'producer']);
/** Before a band's name: "rock band Razorlight", "the band Blur". */
const BAND_LABEL = /\b(?:band|group|outfit)\s+$/;
/** Words that make "the ... group" an armed group. */
const ARMED = /\b(?:terror|terrorist|militant|jihadist|islamist|armed|rebel|extremist|insurgent|paramilitary)\b/;
const ANTECEDENT_WINDOW = 1500;

/** " JPMorgan", " of the X": a name after the description */
const NAME_FOLLOWS = /^\s+(?:of\s+(?:the\s+)?)?\p{Lu}/u;

export function definiteDescriptions(
  text: string,
  mentions: ActorMention[],
  raw: RawMention[],
  countries: ReadonlySet<string>,
  cities: ReadonlySet<string>,
): ActorMention[] {
  const out: ActorMention[] = [];
  if (!mayHaveDefiniteHead(text)) return out;
  DEFINITE.lastIndex = 0;
  let d: RegExpExecArray | null;
  while ((d = DEFINITE.exec(text))) {
    let noun = d[2].toLowerCase();
    if (QUALIFIED_HEADS.has(noun) && /^[Tt]he$/.test(d[0].slice(0, -noun.length - 1))) continue;
    if (COMPANY_HEADS.has(noun)) noun = 'company';
    const armed = ARMED.test(d[0].toLowerCase());
    // "the group", "the movement": only an armed group said to be one ("the terror group")
    if ((noun === 'group' || noun === 'organization' || noun === 'organisation' || noun === 'movement' || noun === 'militia') && !armed) continue;
    if (noun !== 'group' && noun !== 'organization' && noun !== 'organisation' && noun !== 'movement' && noun !== 'militia' && d[1]) continue;
    const at = d.index;
    const after = text.slice(at + d[0].length, at + d[0].length + 16);
    if (NAME_FOLLOWS.test(after)) continue; // "the bank JPMorgan", "the parent company of X": the name follows
    if (noun === 'country' && /^['’]s\s+capital/.test(after)) continue;
    let antecedent: ActorMention | null = null;
    if (noun === 'newspaper' || noun === 'paper') {
      for (let k = firstAtOrAfter(raw, at - ANTECEDENT_WINDOW); k < raw.length; k++) {
        const m = raw[k];
        if (m.start >= at) break;
        if (m.kind === 'outlet' && m.outletKind === 'newspaper' && at - m.start < ANTECEDENT_WINDOW) antecedent = { start: m.start, end: m.end, canonical: m.canonical, kind: 'organization' };
      }
    } else if (noun === 'band') {
      // "break up the band": the band the article named as one ("rock band Razorlight")
      antecedent = salientAntecedent(text, mentions, at, (m) => m.kind === 'organization' && BAND_LABEL.test(text.slice(Math.max(0, m.start - 24), m.start)), null);
    } else if (noun === 'company' || armed) {
      antecedent = salientAntecedent(text, mentions, at, armed ? (m) => ARMED_GROUP_NAMES.has(m.canonical) : (m) => isCompany(m), armed ? null : /\b(?:company|firm)\s+$/);
    } else {
      const nounFolded = noun.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      for (let k = firstAtOrAfter(mentions, at - ANTECEDENT_WINDOW); k < mentions.length; k++) {
        const m = mentions[k];
        if (m.start >= at) break;
        const fits =
          noun === 'country' ? countries.has(m.canonical)
          : noun === 'city' || noun === 'capital' ? m.kind === 'place' && !countries.has(m.canonical) && cities.has(m.canonical)
          : noun === 'company' ? m.kind === 'organization' && (COMPANY_NAMES.has(m.canonical) || (!GAZETTEER_KINDS.has(m.canonical) && !NOT_A_COMPANY.test(m.canonical)))
          : noun === 'bank' ? m.kind === 'organization' && /bank|chase|sachs|morgan|citi/i.test(m.canonical)
          : lastWordFolded(m.canonical) === nounFolded || (noun === 'cafe' && /cafe/i.test(m.canonical.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')));
        if (fits) antecedent = m;
      }
    }
    if (antecedent) out.push({ start: at, end: at + d[0].length, canonical: antecedent.canonical, kind: antecedent.kind });
  }
  return out;
}

// (a pure function of the name, asked for the same names again and again: remembered, bounded)
const lastWords = new Map<string, string>();
/** A name's last word, lower case, without diacritics: "Hotel Splendid" -> "splendid". */
function lastWordFolded(name: string): string {
  let w = lastWords.get(name);
  if (w === undefined) {
    if (lastWords.size >= 20_000) lastWords.clear();
    lastWords.set(name, (w = name.split(/[\s-]+/).pop()!.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '')));
  }
  return w;
}

function isCompany(m: ActorMention): boolean {
  return m.kind === 'organization' && (COMPANY_NAMES.has(m.canonical) || (!GAZETTEER_KINDS.has(m.canonical) && !NOT_A_COMPANY.test(m.canonical) && !ARMED_GROUP_NAMES.has(m.canonical)));
}

/** Verbs whose object is another party than their subject: "to acquire the company". */
const TRANSACTION_BEFORE = /\b(?:acquire|acquiring|buy|buying|purchase|purchasing|take over|taking over|merge with|merger with|bid for|talks with|stake in)\s+$/;

/** /[.!?\n]/ for one code unit: what ends the sentence before a description */
const isSentenceStop = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 10;

/**
 * The actor a description ("the company", "the terror group") most likely points back to: one the
 * article has labelled with that noun ("eyecare company Bausch + Lomb"), else the one named most
 * often before it (the latest on ties); actors of the description's own sentence count only when
 * there is no other ("Google and Apple were not interested in buying the company").
 */
function salientAntecedent(text: string, mentions: ActorMention[], at: number, fits: (m: ActorMention) => boolean, label: RegExp | null): ActorMention | null {
  let sentenceStart = at;
  while (sentenceStart > 0 && !isSentenceStop(text.charCodeAt(sentenceStart - 1))) sentenceStart--;
  // "Shell is in talks to acquire the British oil major": the one bought is not the buyer its own sentence names
  let fitsHere = fits;
  if (TRANSACTION_BEFORE.test(text.slice(Math.max(sentenceStart, at - 24), at))) {
    let buyer: string | null = null;
    for (let k = firstAtOrAfter(mentions, sentenceStart); k < mentions.length && mentions[k].start < at; k++) if (fits(mentions[k])) buyer = mentions[k].canonical;
    fitsHere = (m) => fits(m) && m.canonical !== buyer;
  }
  return antecedentBefore(text, mentions, at, sentenceStart, fits, label) ?? antecedentBefore(text, mentions, at, at, fitsHere, label);
}

/** salientAntecedent among the mentions that start before `before`. */
function antecedentBefore(text: string, mentions: ActorMention[], at: number, before: number, fits: (m: ActorMention) => boolean, label: RegExp | null): ActorMention | null {
  const counts = new Map<string, number>();
  let labelled: ActorMention | null = null;
  let best: ActorMention | null = null;
  for (let k = firstAtOrAfter(mentions, at - ANTECEDENT_WINDOW); k < mentions.length; k++) {
    const m = mentions[k];
    if (m.start >= before) break;
    if (!fits(m)) continue;
    const n = (counts.get(m.canonical) ?? 0) + 1;
    counts.set(m.canonical, n);
    if (label && label.test(text.slice(Math.max(0, m.start - 24), m.start))) labelled = m;
    if (!best || n >= counts.get(best.canonical)!) best = m;
  }
  return labelled ?? best;
}

// Offices named without their holder ("Qatar's prime minister", "the Director of the CIA")
// resolve to the person the same article names with that office and affiliation
// ("Qatari Prime Minister X", "CIA chief X").
const OFFICE = /\b(prime minister|premier|president|foreign minister|foreign secretary|secretary of state|defen[cs]e minister|defen[cs]e secretary|emir|king|chief|director|head)\b/gi;
// (maps: looking a computed string up in an object literal interns it first)
const OFFICE_CLASS = new Map<string, string>(Object.entries({
  'prime minister': 'pm', premier: 'pm', president: 'president', 'foreign minister': 'fm', 'foreign secretary': 'fm', 'secretary of state': 'fm',
  'defence minister': 'dm', 'defense minister': 'dm', 'defence secretary': 'dm', 'defense secretary': 'dm', emir: 'monarch', king: 'monarch',
  chief: 'head', director: 'head', head: 'head',
}));

export function officeDescriptions(text: string, mentions: ActorMention[]): ActorMention[] {
  const holders = new Map<string, string | null>();
  const offices: { start: number; end: number; cls: string; affiliation: string | null }[] = [];
  OFFICE.lastIndex = 0;
  let o: RegExpExecArray | null;
  while ((o = OFFICE.exec(text))) {
    const cls = OFFICE_CLASS.get(o[1].toLowerCase()) as string;
    const start = o.index;
    const end = start + o[0].length;
    // Affiliation: an actor right before ("Qatar's prime minister", "CIA chief") or in "of (the) X" after.
    let affiliation: string | null = null;
    const k = firstAtOrAfter(mentions, start) - 1;
    const before = k >= 0 ? mentions[k] : null;
    if (before && before.kind !== 'person' && /^(?:['’]s)?\s+$/.test(text.slice(before.end, start))) affiliation = before.canonical;
    const of = /^\s+of\s+(?:the\s+)?/.exec(text.slice(end, end + 12));
    if (!affiliation && of) {
      for (let j = firstAtOrAfter(mentions, end); j < mentions.length && mentions[j].start < end + of[0].length + 60; j++) {
        const m = mentions[j];
        if (/[.,;:()]/.test(text.slice(end, m.start))) break;
        if (m.kind !== 'person') affiliation = m.canonical; // the last of "the US Central Intelligence Agency"
      }
    }
    if (!affiliation) continue;
    // The holder: a person named right after the office ("CIA chief William Burns").
    const next = mentions[firstAtOrAfter(mentions, end)];
    if (next && next.kind === 'person' && /^\s+$/.test(text.slice(end, next.start))) {
      const key = `${affiliation}|${cls}`;
      const prev = holders.get(key);
      holders.set(key, prev === undefined || prev === next.canonical ? next.canonical : null);
    } else offices.push({ start, end, cls, affiliation });
  }
  const out: ActorMention[] = [];
  for (const office of offices) {
    const holder = holders.get(`${office.affiliation}|${office.cls}`);
    if (holder) out.push({ start: office.start, end: office.end, canonical: holder, kind: 'person' });
  }
  return out;
}

// "the Secretary", "the President" (capitalised, without "of ..."): the person the article names
// with that title ("Defense Secretary Pete Hegseth", "Secretary Hegseth").
// Offices held by one person at a time also in lower case: "The president may travel".
const TITLE_ALONE = /\b[Tt]he (President|Prime Minister|Secretary|Chancellor|Premier|Governor|Mayor|Minister|Emir|King|Queen|Pope|Holy Father|Pontiff|Commissioner|Chairman|Chairwoman|president|prime minister|chancellor|governor|mayor|emir|king|queen|pope|pontiff)\b(?![ \t]+(?:of\b|for\b|\p{Lu}))/gu;
/** Epithets of an office's holder: "the Holy Father" is the Pope the article names. */
const EPITHET_TITLES = new Map([['Holy Father', 'Pope'], ['Pontiff', 'Pope']]);

const WORD_INITIAL = /\b\p{L}/gu;
/** Before a title: a deputy's ("Vice President", "Deputy Prime Minister"). */
const DEPUTY_BEFORE = /\b(?:[Vv]ice|[Dd]eputy)[- ]?$/;

export function titleDescriptions(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  TITLE_ALONE.lastIndex = 0;
  let t: RegExpExecArray | null;
  const holdersOf = new Map<string, string | null>(); // title -> its one holder, null when none or several
  while ((t = TITLE_ALONE.exec(text))) {
    const written = t[1].replace(WORD_INITIAL, (c) => c.toUpperCase());
    const title = EPITHET_TITLES.get(written) ?? written;
    // ("Holy Father" is no one's name)
    if (title !== written) dropInside(mentions, t.index, t.index + t[0].length);
    if (!holdersOf.has(title)) {
      const names = new Set<string>();
      // (the title before the name, or inside a known name: "Queen Elizabeth" -> Elizabeth II)
      // (not a deputy's: "Vice President X" is no holder of "the president")
      for (const m of mentions) if (m.kind === 'person' && ((text.slice(Math.max(0, m.start - title.length - 1), m.start) === `${title} ` && !DEPUTY_BEFORE.test(text.slice(Math.max(0, m.start - title.length - 8), m.start - title.length - 1))) || text.startsWith(`${title} `, m.start))) names.add(m.canonical);
      holdersOf.set(title, names.size === 1 ? [...names][0] : null);
    }
    const holder = holdersOf.get(title);
    if (holder) out.push({ start: t.index, end: t.index + t[0].length, canonical: holder, kind: 'person' });
  }
  if (mayHaveWord(text, 'leader')) out.push(...leaderDescriptions(text, mentions));
  return out;
}

/** "the leader", "the country's leader" (not "the leader of", "the opposition leader", nor with the name after it). */
const LEADER_ALONE = /\b[Tt]he (?:(?:country|nation)['’]s )?leader\b(?![ \t]*(?:of\b|,?[ \t]+\p{Lu}|-))/gu;
/** Titles of a head of state or government, right before a person's name. */
const HEAD_TITLE_BEFORE_NAME = /(?<!\b(?:[Vv]ice|[Dd]eputy)[- ])\b(?:President|Prime Minister|Premier|King|Queen|Emir|Sultan|Supreme Leader|leader)\s+$/;

/** "the leader cancelled a trip": the one head of state or government the article names with a title. */
function leaderDescriptions(text: string, mentions: ActorMention[]): ActorMention[] {
  const heads = new Set<string>();
  for (const m of mentions) if (m.kind === 'person' && HEAD_TITLE_BEFORE_NAME.test(text.slice(Math.max(0, m.start - 16), m.start))) heads.add(m.canonical);
  if (heads.size !== 1) return [];
  const [head] = heads;
  const out: ActorMention[] = [];
  LEADER_ALONE.lastIndex = 0;
  for (let t = LEADER_ALONE.exec(text); t; t = LEADER_ALONE.exec(text)) out.push({ start: t.index, end: t.index + t[0].length, canonical: head, kind: 'person' });
  return out;
}

/** "the state", "the western Canada province": a subdivision named before (not "the state media", "the state of emergency"). */
const SUBDIVISION_DESCRIPTION = /\b[Tt]he (?:(?:[a-z][a-z-]*|\p{Lu}\p{Ll}+) ){0,3}?(?:state|province)\b(?!-|\s+(?:of|media|department|broadcaster|news|television|tv|run|owned|government|agency|council|capital|legislature|police|house|senate|assembly|budget|election|elections|law|laws|court|courts|prosecutor|attorney|emergency|visit|dinner|funeral|secretary|sponsor|sponsors)\b)/gu;

/**
 * "all roads in the state": the state or province named last before it (within the antecedent
 * window). Returns the descriptions and the state names inside them ("Canada" in "the western
 * Canada province"), which describe and are no actors of their own.
 */
export function subdivisionDescriptions(text: string, mentions: ActorMention[], subdivisions: ReadonlySet<string>): ActorMention[] {
  const out: ActorMention[] = [];
  if (!mayHaveWord(text, 'state') && !mayHaveWord(text, 'province')) return out;
  for (const noun of text.matchAll(/\b(?:state|province)\b/g)) {
    const from = Math.max(0, noun.index - 60);
    SUBDIVISION_DESCRIPTION.lastIndex = 0;
    const found = SUBDIVISION_DESCRIPTION.exec(text.slice(from, noun.index + noun[0].length + 40));
    if (!found || from + found.index + found[0].length !== noun.index + noun[0].length) continue;
    const d = { index: from + found.index, 0: found[0] };
    let antecedent: ActorMention | null = null;
    for (let k = firstAtOrAfter(mentions, d.index - ANTECEDENT_WINDOW); k < mentions.length && mentions[k].start < d.index; k++) {
      if (subdivisions.has(mentions[k].canonical)) antecedent = mentions[k];
    }
    if (antecedent) out.push({ start: d.index, end: d.index + d[0].length, canonical: antecedent.canonical, kind: 'place' });
  }
  return out;
}

/** "the press secretary", "the spokesman": the one person the article names with that role. */
const SPOKESPERSON_WORDS = ['secretary', 'spokesman', 'spokeswoman', 'spokesperson'];
const SPOKESPERSON_ALONE = /\b[Tt]he (press secretary|spokes(?:man|woman|person))\b(?![ \t]+(?:of\b|for\b|[A-Z]))/g;

export function spokespersonDescriptions(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  if (!SPOKESPERSON_WORDS.some((w) => mayHaveWord(text, w))) return out;
  let holder: string | null | undefined;
  for (const d of text.matchAll(SPOKESPERSON_ALONE)) {
    if (holder === undefined) {
      const names = new Set<string>();
      for (const m of mentions) {
        if (m.kind === 'person' && /\b(?:press secretary|spokes(?:man|woman|person))\s+$/i.test(text.slice(Math.max(0, m.start - 20), m.start))) names.add(m.canonical);
      }
      holder = names.size === 1 ? [...names][0] : null;
    }
    if (holder) out.push({ start: d.index, end: d.index + d[0].length, canonical: holder, kind: 'person' });
  }
  return out;
}

/** "these four countries", "our two countries", "both nations", "the two sides": the states named last before it. */
const COUNTED_STATES = /\b(?:[Tt]hese|[Tt]hose|[Tt]he|[Oo]ur|[Tt]heir|[Bb]oth)\s+(?:(two|three|four|five|six)\s+)?(?:countries|states|nations|sides)$/;
/** "the sides agreed": two parties even uncounted; "both sides of the border" is a place. */
const UNCOUNTED_SIDES = /^[Tt]he\s+sides$/;
const SIDES_OF = /^\s+of\b/;
const COUNT = new Map<string, number>(Object.entries({ two: 2, three: 3, four: 4, five: 5, six: 6 }));

export function countedStateDescriptions(text: string, mentions: ActorMention[], countries: ReadonlySet<string>): ActorMention[] {
  const out: ActorMention[] = [];
  // (found from the noun backwards: "the" is everywhere, "countries" is not)
  if (!mayHaveWord(text, 'countries') && !mayHaveWord(text, 'states') && !mayHaveWord(text, 'nations') && !mayHaveWord(text, 'sides')) return out;
  // (how often the article names each state, counted once for all its "sides")
  let stateCounts: Map<string, number> | null = null;
  for (const noun of text.matchAll(/\b(?:countries|states|nations|sides)\b/g)) {
    if (noun[0] === 'sides' && SIDES_OF.test(text.slice(noun.index + 5, noun.index + 9))) continue;
    const from = Math.max(0, noun.index - 24);
    COUNTED_STATES.lastIndex = 0;
    const head = COUNTED_STATES.exec(text.slice(from, noun.index + noun[0].length));
    if (!head) continue;
    const d = Object.assign([...head], { index: from + head.index }) as unknown as RegExpExecArray;
    const n = d[1] ? COUNT.get(d[1].toLowerCase()) : /^[Bb]oth/.test(d[0]) || UNCOUNTED_SIDES.test(d[0]) ? 2 : 0;
    if (!n) continue;
    const found = noun[0] === 'sides' ? twoSides(text, mentions, d.index, countries, stateCounts ??= countsOfStates(mentions, countries)) : lastStatesBefore(mentions, d.index, n, countries);
    if (found.length === n) for (const c of found) out.push({ start: d.index, end: d.index + d[0].length, canonical: c, kind: 'place' });
  }
  return out;
}

/** The n states named last before `pos`, in the order named. */
function lastStatesBefore(mentions: ActorMention[], pos: number, n: number, countries: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (let k = firstAtOrAfter(mentions, pos) - 1; k >= 0 && pos - mentions[k].start < ANTECEDENT_WINDOW && found.length < n; k--) {
    const c = mentions[k].canonical;
    if (countries.has(c) && !found.includes(c)) found.push(c);
  }
  return found.reverse();
}

/**
 * "the two sides", "both sides": the two states named last before it when its sentence names both ("urged
 * A and B to meet halfway, with concessions from both sides"), else the two the article is about — of those named before,
 * the two it names most often (the nearer first when tied): a state named just before is often a third
 * party ("after talks hosted by Qatar, both sides").
 */
function twoSides(text: string, mentions: ActorMention[], pos: number, countries: ReadonlySet<string>, counts: ReadonlyMap<string, number>): string[] {
  const sentenceStart = Math.max(text.lastIndexOf('. ', pos), text.lastIndexOf('\n', pos));
  const nearest = lastStatesBefore(mentions, pos, 2, countries);
  if (nearest.length === 2 && mentions.some((m) => m.canonical === nearest[0] && m.start > sentenceStart && m.start < pos)) return nearest;
  const last = new Map<string, number>();
  for (let k = 0; k < mentions.length && mentions[k].start < pos; k++) if (counts.has(mentions[k].canonical)) last.set(mentions[k].canonical, k);
  return [...last.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || last.get(b)! - last.get(a)!).slice(0, 2);
}

/** How many times the mentions name each state. */
function countsOfStates(mentions: ActorMention[], countries: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) if (countries.has(m.canonical)) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
  return counts;
}

/** "the Church" capitalised, on its own (not "the Church of England", "the Church's Name"). */
const THE_CHURCH = /\b[Tt]he Church\b(?![ \t]+(?:of\b|\p{Lu}))/gu;
/** An article about the Catholic Church names it, the Holy See or its clergy somewhere. */
const CATHOLIC_STORY = /\b(?:Catholic|Vatican|Holy See|Pope|pope|cardinals?|Cardinal|archbishop|Archbishop)\b/;

/** "abuse in the Church": the Catholic Church, in an article about it. */
export function churchDescriptions(text: string): ActorMention[] {
  if (!text.includes('he Church') || !CATHOLIC_STORY.test(text)) return [];
  const out: ActorMention[] = [];
  THE_CHURCH.lastIndex = 0;
  for (let t = THE_CHURCH.exec(text); t; t = THE_CHURCH.exec(text)) out.push({ start: t.index, end: t.index + t[0].length, canonical: 'Catholic Church', kind: 'organization' });
  return out;
}

/** "the couple", "the duo", "the pair" (not "a couple of", "the pair of shoes"): the noun (1) after "the". */
const THE_PAIR_NOUN = /[Tt]he (couple|duo|pair|two)\b(?!\s+of\b)/g;
/** After "the two": a verb or a clause's end, so that it stands for two people ("the two are still together"). */
const TWO_AS_PEOPLE = /^(?:\s+(?:are|were|have|had|has|will|would|still|later|met|began|started|split|teamed|remain|remained|also|did|have|got|married|dated|broke)\b|[,.;])/;
const PAIR_WINDOW = 800;

/** "Jennifer Roe and John Doe split ... The couple said": the two people named last before it. */
export function pairDescriptions(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  // (the bare nouns first: "he ..." starts at every "the", which makes indexOf slow)
  if (!(mayHaveWord(text, 'couple') && text.includes('he couple')) && !(mayHaveWord(text, 'duo') && text.includes('he duo')) && !(mayHaveWord(text, 'pair') && text.includes('he pair')) && !(mayHaveWord(text, 'two') && text.includes('he two '))) return out;
  let named: Map<string, number> | null = null;
  for (const n of text.matchAll(THE_PAIR_NOUN)) {
    const start = n.index;
    const noun = n[1] as string;
    // ("the two are still together", not "the two countries")
    if (noun === 'two' && !TWO_AS_PEOPLE.test(text.slice(n.index + 7, n.index + 20))) continue;
    const three: ActorMention[] = [];
    for (let k = firstAtOrAfter(mentions, start) - 1; k >= 0 && start - mentions[k].start < PAIR_WINDOW && three.length < 3; k--) {
      const m = mentions[k];
      if (m.kind === 'person' && !three.some((p) => p.canonical === m.canonical)) three.push(m);
    }
    if (three.length < 2) continue;
    // (of the last three people named, the two the article names most: "Lopez, who sang at Biden's inauguration, said the couple")
    if (three.length === 3) {
      if (!named) {
        named = new Map();
        for (const m of mentions) if (m.kind === 'person') named.set(m.canonical, (named.get(m.canonical) ?? 0) + 1);
      }
      const counts = three.map((p) => named!.get(p.canonical) ?? 0);
      // (a nearer one named only there, as the owner of something, gives way to two the story is about:
      // "Lopez, who sang at Joe Biden's inauguration, said the couple"; else the nearest two)
      const once = counts.indexOf(1);
      const owner = once >= 0 && once < 2 && /^['’]s\b/.test(text.slice(three[once].end, three[once].end + 3));
      three.splice(owner && counts.filter((c) => c >= 2).length === 2 ? once : 2, 1);
    }
    for (const p of three.reverse()) out.push({ start, end: n.index + n[0].length, canonical: p.canonical, kind: 'person' });
  }
  return out;
}

/** "the Frenchman", "the Spaniard", "the 43-year-old": a person the article named before, not a state. */
// (found from the noun, which is rare, rather than from "the", which is everywhere)
const PERSON_NATIONS = ['English', 'French', 'Dutch', 'Irish', 'Scots', 'Welsh', 'Ulster', 'Cornish'];
const PERSON_DEMONYMS = ['Spaniard', 'Dane', 'Swede', 'Finn', 'Pole', 'Scot', 'Brit', 'Kiwi', 'Aussie'];
const PERSON_NOUN = new RegExp(String.raw`(?:${PERSON_NATIONS.join('|')})(?:man|woman)\b|\b(?:${PERSON_DEMONYMS.join('|')})\b|\b\d{2}-year-old\b`, 'g');
/** PERSON_NOUN's words as written, with their keys: a description (after "the ", so a whole word) is one of them or an age. */
const PERSON_NOUN_WORDS = [...PERSON_NATIONS.flatMap((n) => [`${n}man`, `${n}woman`]), ...PERSON_DEMONYMS].map((w) => [w, w.toLowerCase()] as const);
const THE_BEFORE = /\b[Tt]he (?:(?:\d{2}-year-old|veteran|former|young)\s+)?$/;
/** After "the 43-year-old": a noun it describes instead of standing for a person named before. */
const AGE_NOUN_AFTER = /^[ -]+(?:\p{Ll}+\s+)?(?:girl|boy|woman|man|child|building|record|company|law|ban|conflict|war|tradition|practice|rule|dispute|case)\b/u;
const PERSON_DESCRIPTION_WINDOW = 600;

/**
 * "the Englishman, who was appointed coach last month", "the 33-year-old said": the person named last
 * before it. Returns the descriptions; a state read from "Frenchman" inside one is no actor.
 */
export function personDescriptions(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  // (most articles have none of the words: the scan would try its alternation at every character; the word
  // filter turns most away, and the text is searched for the few it lets through)
  if (!text.includes('-year-old') && !PERSON_NOUN_WORDS.some(([word, key]) => mayHaveWord(text, key) && text.includes(word))) return out;
  for (const w of text.matchAll(PERSON_NOUN)) {
    const the = THE_BEFORE.exec(text.slice(Math.max(0, w.index - 24), w.index));
    if (!the) continue;
    const end = w.index + w[0].length;
    const age = /^(\d{2})-year-old$/.exec(w[0]) ?? /(\d{2})-year-old/.exec(the[0]);
    if (/^\d/.test(w[0]) && AGE_NOUN_AFTER.test(text.slice(end, end + 30))) continue;
    const d = { index: w.index - the[0].length, 0: text.slice(w.index - the[0].length, end) };
    // "James Roe, 72, ... the 72-year-old": the person the article gave that age
    const aged = age ? personOfAge(text, mentions, age[1], d.index) : null;
    if (aged) {
      out.push({ start: d.index, end, canonical: aged, kind: 'person' });
      continue;
    }
    for (let k = firstAtOrAfter(mentions, d.index) - 1; k >= 0 && d.index - mentions[k].start < PERSON_DESCRIPTION_WINDOW; k--) {
      if (mentions[k].kind !== 'person') continue;
      // ("X said the Englishman would stay": not the one speaking about him)
      if (REPORTING_BETWEEN.test(text.slice(mentions[k].end, d.index))) continue;
      out.push({ start: d.index, end, canonical: mentions[k].canonical, kind: 'person' });
      break;
    }
  }
  return out;
}

const REPORTING_BETWEEN = /^[^.!?]{0,80}\b(?:said|says|told|tells|added|adds|insisted|claimed|confirmed|explained|stated|noted|denied|revealed)\b[^.!?]*$/;

/** The person named with that age before `before`: "James Roe, 72,", "72-year-old James Roe". */
function personOfAge(text: string, mentions: ActorMention[], age: string, before: number): string | null {
  for (let k = firstAtOrAfter(mentions, before) - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.kind !== 'person') continue;
    if (new RegExp(`^,\\s+(?:aged\\s+)?${age}\\b`).test(text.slice(m.end, m.end + 12)) || text.slice(Math.max(0, m.start - 14), m.start).includes(`${age}-year-old`)) return m.canonical;
  }
  return null;
}

/** "the minister" in lower case (not "the minister of X", which names its own office). */
const MINISTER_ALONE = /\b[Tt]he minister\b(?!\s+(?:of|for|in)\b|-)/g;

/**
 * "the minister had resigned": the one person the article names with "minister" just before the
 * name ("the minister of state for petroleum, Jane Roe", "Finance Minister Jane Roe") or in an
 * apposition after it ("Jane Roe, the health minister").
 */
export function ministerDescriptions(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  if (!mayHavePhrase(text, 'minister', 'he minister')) return out;
  let holder: string | null | undefined;
  for (const d of text.matchAll(MINISTER_ALONE)) {
    if (holder === undefined) {
      const names = new Set<string>();
      for (let k = 0; k < mentions.length; k++) {
        const m = mentions[k];
        if (m.kind !== 'person') continue;
        const from = Math.max(0, m.start - 60, k > 0 ? mentions[k - 1].end : 0);
        const before = text.slice(from, m.start);
        const after = text.slice(m.end, m.end + 50);
        if ((/\bminister\b[^.!?;]*$/i.test(before) && !/\bminister\b[^.!?;]*\b(?:said|says|told)\b/i.test(before)) || /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}minister\b/iu.test(after)) names.add(m.canonical);
      }
      holder = names.size === 1 ? [...names][0] : null;
    }
    if (!holder) break;
    out.push({ start: d.index, end: d.index + d[0].length, canonical: holder, kind: 'person' });
  }
  return out;
}

/** Role nouns a story calls its protagonist by after naming them with it ("envoy Thae Yong-ho ... the envoy"). */
const ROLE_NOUNS_OF_PEOPLE = 'envoy|diplomat|defector|journalist|reporter|activist|dissident|lawyer|businessman|businesswoman|billionaire|tycoon|executive|banker|colonel|commander|pilot|blogger|cleric|actor|actress|singer|rapper|footballer|striker|goalkeeper|coach|suspect|judge|prosecutor|lawmaker|politician|candidate|monk|priest|academic|scientist|author|writer|novelist|producer';
/** "the envoy", "the former diplomat" (not "the envoy of", "the journalist who", "the executive branch"). */
const ROLE_ALONE = new RegExp(String.raw`\b[Tt]he (?:(?:former|detained|jailed|missing|slain|late|veteran)\s+)?(${ROLE_NOUNS_OF_PEOPLE})\b(?![ \t]+(?:of|for|who|whose|branch|committee|order|summary|board|office|team)\b)(?!['’]s[ \t]+(?:union|association)\b)(?!-)`, 'g');
/** The role right before a name, titles allowed between ("senior envoy", "star striker Jo Roe", "Envoy Ambassador X"). */
const ROLE_BEFORE_NAME = new RegExp(String.raw`\b(${ROLE_NOUNS_OF_PEOPLE})\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$`, 'iu');
/** The role in an apposition after a name: "X, a senior diplomat,", "X, the defector". */
const ROLE_AFTER_NAME = new RegExp(String.raw`^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(${ROLE_NOUNS_OF_PEOPLE})\b`, 'iu');

/**
 * "State media said the envoy had leaked secrets": the one person the article introduces with that role noun,
 * before the name ("North Korean envoy Thae Yong-ho") or in an apposition after it ("Thae, a senior diplomat").
 */
/** The role nouns, for a cheap check that one may occur before ROLE_ALONE runs over the text. */
const ROLE_WORDS = ROLE_NOUNS_OF_PEOPLE.split('|');
export function roleDescriptions(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  // (ROLE_ALONE is case-sensitive: the word itself must be in the text, which confirms the filter's false alarms)
  if (!ROLE_WORDS.some((w) => mayHaveWord(text, w) && text.includes(w))) return out;
  const found = [...text.matchAll(ROLE_ALONE)];
  if (!found.length) return out;
  const holders = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.kind !== 'person') continue;
    const role = ROLE_BEFORE_NAME.exec(text.slice(Math.max(0, m.start - 48), m.start)) ?? ROLE_AFTER_NAME.exec(text.slice(m.end, m.end + 60));
    if (!role) continue;
    const key = role[1].toLowerCase();
    const set = holders.get(key) ?? new Set<string>();
    set.add(m.canonical);
    holders.set(key, set);
  }
  for (const d of found) {
    const people = holders.get(d[1].toLowerCase());
    if (people?.size !== 1) continue;
    // (the description is the name's own apposition: "Thae, the envoy," is read already)
    if (mentions.some((m) => m.end <= d.index && /^,\s*$/.test(text.slice(m.end, d.index)))) continue;
    out.push({ start: d.index, end: d.index + d[0].length, canonical: [...people][0], kind: 'person' });
  }
  return out;
}

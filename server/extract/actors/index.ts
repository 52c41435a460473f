// Actor recognition for one article: scan the text once, then resolve every mention to a
// canonical name (surnames to full names, acronyms to long forms, demonyms to states).
import { AsciiWordBits, endsWithConjunction, hasCapital, isSpaceAt, startsWithCapital } from '../chars.js';
import { isCommonWord } from '../lexicon/common-words.js';
import { FIRST_NAMES } from '../lexicon/first-names.js';
import { ANONYMOUS_HEADS, NON_ACTOR_WORDS, ORG_HEADS, PLACE_HEADS, ROLE_NOUNS, TITLE_WORDS } from '../lexicon/roles.js';
import { KeyFilter, mayHaveOnePhrase, mayHavePhrase, mayHaveWord, tokenize, tokensOf, type Token } from '../lexicon/tokens.js';
import { genderOf } from '../pronouns.js';
import { CAPITAL_STATES, COUNTRY_NAMES, CITY_NAMES, GAZETTEER_KINDS, REGION_NAMES, SINGLE_WORD_PLACES, type ActorKind } from './gazetteer.js';
import { churchDescriptions, countedStateDescriptions, definiteDescriptions, dropInside, firstAtOrAfter, LONGEST_MENTION, ministerDescriptions, officeDescriptions, pairDescriptions, personDescriptions, roleDescriptions, spokespersonDescriptions, subdivisionDescriptions, titleDescriptions } from './descriptions.js';
import { STATE_AND_PROVINCE_NAMES } from '../lexicon/subdivisions.js';
import { scan, type RawMention } from './scanner.js';
import { demonymAircraft, demonymForces, isGenericBody, militaryDescriptions, possessiveForces, qualifyNationalBodies } from './national-bodies.js';
import { COAST_GUARDS, NATIONAL_POLICE, demonymPolice, isPoliceForce, nationalForces } from './national-police.js';
import { localPolice } from './local-police.js';
import { isTeamNickname } from './team-names.js';
import { facilityNames, isStructureName } from './facility-names.js';
import { clubShortNames, sportsDescriptions } from './sports-descriptions.js';
import { qualifyUsPlaces, statePatrols } from './us-places.js';
import { regionNations } from './region-nations.js';
import { CLUB_NAMES, COMPANY_NAMES, ELECTORAL_COMMISSIONS, TOWN_CLUBS } from '../lexicon/organizations.js';

export type { ActorKind } from './gazetteer.js';

export interface ActorMention {
  start: number;
  end: number;
  canonical: string;
  kind: ActorKind;
}

export interface ActorResolver {
  /** Canonical actors mentioned in text[start, end), deduplicated, in order of first mention. */
  actorsIn(start: number, end: number): string[];
  /**
   * actorsIn(claim) plus the speaker's actors where the speaker is an organisation, a state or
   * an office holder: what "the actors the claim involves" means in the gold annotations.
   */
  actorsForClaim(claimStart: number, claimEnd: number, speaker: string | null): string[];
  /** Canonical actor a speaker phrase names, or null for anonymous speakers. */
  canonicalSpeaker(speaker: string): string | null;
  /** Whether a string names a person (for pronoun resolution). */
  isPersonName(s: string): boolean;
  kindOf(canonical: string): 'person' | 'organization' | 'place';
  /** Every resolved actor mention of the article, in text order. */
  mentions(): ActorMention[];
}

/** A dateline's or a credit line's medium ("KYIV (AP) —", "Reporting by Reuters"): it supplied the copy, it is not the story's subject. */
const CREDIT_LINE_START = /(?:^|\n)[ \t]*(?:[-—–][ \t]*)?(?:(?:Additional|Further)[ \t]+)?(?:reporting|writing|editing)[ \t]+by[^\n]*$/i;
function isCredit(text: string, start: number, end: number): boolean {
  if (text[start - 1] === '(' && text[end] === ')') return true;
  return CREDIT_LINE_START.test(text.slice(Math.max(0, start - 120), start));
}

/** Korean and Chinese family names, which come first in a name. */
const FAMILY_NAME_FIRST = new Set(
  ('kim lee park choi jung kang cho yoon jang lim han oh seo shin kwon hwang ahn song yoo hong jeon ko moon ' +
    'xi li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu guo he gao lin luo zheng liang xie tang han feng deng cao peng zeng ' +
    'xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin fu zhong qin dai tan bai wen jia qiao mao').split(' '),
);

/** A club's reference name ends in its legal suffix ("Everton F.C.", "Málaga CF"); the annotations give the club as commonly named ("Everton"). */
const CLUB_SUFFIX = / (?:F\.C\.|CF)$/;
function clubByCommonName(name: string): string {
  return name.endsWith('.') || name.endsWith('CF') ? (CLUB_NAMES.has(name) ? name.replace(CLUB_SUFFIX, '') : name) : name;
}
/** Club names without their legal suffix, once each ("Liverpool F.C." and the city "Liverpool" are one name then). */
function withClubsByCommonName(actors: string[]): string[] {
  if (!actors.some((a) => a !== clubByCommonName(a))) return actors;
  return [...new Set(actors.map(clubByCommonName))];
}

const ANONYMOUS_MARKERS = /\b(?:unidentified|unnamed|anonymous|anonymity|familiar with|who (?:asked|requested|declined|spoke)|not authori[sz]ed)\b/i;

const lastWordKeys = new Map<string, string>();
/** Lower-case key of a name's last word ("William Burns" -> "burns"), cached: names repeat. */
function lastWordKey(name: string): string {
  let k = lastWordKeys.get(name);
  if (k === undefined) {
    const words = tokenize(name);
    k = words.length ? words[words.length - 1].key : '';
    if (lastWordKeys.size > 50000) lastWordKeys.clear();
    lastWordKeys.set(name, k);
  }
  return k;
}

const GENERATION_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Lower-case key of a person's surname: the last word, or the one before a generation ("Joseph Lattus III" -> "lattus"). */
function surnameKey(name: string): string {
  const key = lastWordKey(name);
  if (!GENERATION_SUFFIXES.has(key)) return key;
  const words = tokenize(name);
  return words.length > 2 ? words[words.length - 2].key : key;
}

/**
 * A surname several people of the article share ("Kim Jong Un", "Kim Yo Jong" ... "Kim") is the one of them
 * the article writes out at least twice as often as any other (null, as before, when none is).
 */
function settleSharedSurnames(surnames: Map<string, string | null>, fullNames: Map<string, number>): void {
  for (const [key, full] of surnames) {
    if (full !== null) continue;
    let best: string | null = null, bestCount = 0, second = 0;
    for (const [name, n] of fullNames) {
      if (surnameKey(name) !== key && name.split(' ')[0].toLowerCase() !== key) continue;
      if (n > bestCount) [best, bestCount, second] = [name, n, bestCount];
      else if (n > second) second = n;
    }
    if (best && bestCount >= 2 * second) surnames.set(key, best);
  }
}

/** Initials of a name's capitalised words: "Médecins Sans Frontières" -> "MSF". */
function initials(name: string): string {
  return tokenize(name)
    .filter((t) => startsWithCapital(t.text))
    .map((t) => t.text[0].normalize('NFKD')[0].toUpperCase())
    .join('');
}

interface Context {
  text: string;
  /** surname (lower case) -> full name of a person named in the article; null when ambiguous */
  surnames: Map<string, string | null>;
  /** words the article calls a town ("the city of Ouray"), lower case */
  townNames: Set<string>;
  /** given name (lower case) -> full name of the one person the article names with it; null when ambiguous */
  givenNames: Map<string, string | null>;
  /** acronym -> long form defined or used in the article */
  acronyms: Map<string, string>;
  /** first word -> unknown place or facility name it starts ("yushu" -> "Yushu County") */
  shortForms: Map<string, string>;
  /** words the article capitalises inside sentences */
  midSentenceNames: Set<string>;
  /** lower-case words the article also uses in lower case (so they are not names) */
  lowerWords: Set<string>;
  kinds: Map<string, ActorKind>;
  /** a name the article gives someone besides their own ("Rodriguez, known as A-Rod") -> the full name */
  aliases: Map<string, string>;
  /** acronyms the article defines for lower-case words ("the exclusive economic zone (EEZ)"): no actors */
  commonNounAcronyms: Set<string>;
}

/** The town regex's words, each with the phrase it needs. */
const TOWN_OF = [['city', 'city of '], ['town', 'town of '], ['village', 'village of ']] as const;
/** KNOWN_AS_AFTER's words (each after white space), with the phrase it needs. */
const KNOWN_AS = [['known', 'known as'], ['nicknamed', 'nicknamed'], ['dubbed', 'dubbed']] as const;

function buildContext(text: string, raw: RawMention[], tokens: ReturnType<typeof tokenize>): Context {
  const ctx: Context = { text, midSentenceNames: new Set(), shortForms: new Map(), surnames: new Map(), givenNames: new Map(), townNames: new Set(), acronyms: new Map(), lowerWords: new Set(), kinds: new Map(), aliases: new Map(), commonNounAcronyms: new Set() };
  // Only the keys of lone capitalised words matter: look those up among lower-case tokens.
  const candidates = new Set<string>();
  for (const m of raw) if (m.source === 'single') candidates.add(tokens[m.first].key);
  if (candidates.size) {
    // (most tokens are lower-case words: a filter turns nearly all of them away before the set lookup)
    const filter = new KeyFilter(candidates.size);
    for (const key of candidates) filter.add(key);
    for (const t of tokens) if (t.folded === t.key && filter.mayHave(t.key) && candidates.has(t.key)) ctx.lowerWords.add(t.key);
  }

  for (const m of raw) {
    if ((m.source === 'single' && !m.initial) || m.source === 'pattern') {
      for (let k = m.first; k < m.last; k++) ctx.midSentenceNames.add(tokens[k].key);
    }
  }
  // (how often each full name is written, for a surname that several of them share)
  const fullNames = new Map<string, number>();
  for (const m of raw) {
    if (m.kind === 'person' && (m.source === 'pattern' || m.source === 'gazetteer') && m.canonical.includes(' ')) {
      if (AWARD_TITLE.test(m.canonical) && /\bof the\s+$/.test(text.slice(Math.max(0, m.start - 8), m.start))) continue;
      fullNames.set(m.canonical, (fullNames.get(m.canonical) ?? 0) + 1);
      const surname = surnameKey(m.canonical);
      const prev = ctx.surnames.get(surname);
      ctx.surnames.set(surname, prev === undefined || prev === m.canonical ? m.canonical : null);
    }
  }
  if (mayHaveOnePhrase(text, TOWN_OF)) for (const t of text.matchAll(/\b(?:city|town|village) of ([A-Z][a-z]+)\b(?! [A-Z])/g)) ctx.townNames.add(t[1].toLowerCase());
  // 'Alexander "A.E." Edwards': a nickname in quotes between a given name and a surname
  // (found from a quote that opens right after a capitalised word's space: the regex runs only there)
  const nickAt: number[] = [];
  for (const open of ['"', '“']) {
    // (p >= 2: a read before the text's start would throw the optimised code away, as charOrSpace says)
    for (let p = text.indexOf(open); p >= 0; p = text.indexOf(open, p + 1)) {
      const c = p >= 2 ? text.charCodeAt(p - 2) : 0;
      if (c >= 97 && c <= 122 && text.charCodeAt(p - 1) === 32) nickAt.push(p);
    }
  }
  for (const p of nickAt) {
    const q = NICKNAME_INSIDE.exec(text.slice(Math.max(0, p - 30), p + 40));
    if (q) {
      const full = `${q[1]} ${q[2]}`;
      for (const [map, key] of [[ctx.surnames, q[2].toLowerCase()], [ctx.givenNames, q[1].toLowerCase()]] as const) {
        const prev = map.get(key);
        map.set(key, prev === undefined || prev === full ? full : null);
      }
    }
  }
  // "Rodriguez, known as A-Rod", "Ian Wright, nicknamed Wrighty": another name for the person just named
  if (mayHaveOnePhrase(text, KNOWN_AS)) {
    for (const m of raw) {
      if (m.kind !== 'person' && !ctx.surnames.get(lastWordKey(m.canonical))) continue;
      const a = KNOWN_AS_AFTER.exec(text.slice(m.end, m.end + 60));
      if (a && a[1] !== m.canonical) ctx.aliases.set(a[1], ctx.surnames.get(lastWordKey(m.canonical)) ?? m.canonical);
    }
  }
  // "Edan Alexander" ... "Edan": a given name alone names the one person the article gave it to.
  for (const m of raw) {
    if (m.kind !== 'person' || (m.source !== 'pattern' && m.source !== 'gazetteer')) continue;
    const space = m.canonical.indexOf(' ');
    if (space < 0) continue;
    const given = m.canonical.slice(0, space).toLowerCase();
    const prev = ctx.givenNames.get(given);
    ctx.givenNames.set(given, prev === undefined || prev === m.canonical ? m.canonical : null);
  }
  // Korean and Chinese names put the family name first: "Kim Jong Un" ... "Kim", "Wang Yi" ... "Wang".
  for (const m of raw) {
    if (m.kind !== 'person' || (m.source !== 'pattern' && m.source !== 'gazetteer')) continue;
    const words = m.canonical.split(' ');
    const family = words[0].toLowerCase();
    if (words.length < 2 || words.length > 3 || !FAMILY_NAME_FIRST.has(family)) continue;
    if (words.length === 2 && !words[1].includes('-') && FIRST_NAMES.has(words[1].toLowerCase())) continue;
    const prev = ctx.surnames.get(family);
    ctx.surnames.set(family, prev === undefined || prev === m.canonical ? m.canonical : null);
  }
  settleSharedSurnames(ctx.surnames, fullNames);
  for (const m of raw) {
    // (and a known company's: "Thomson Corp" ... "Thomson", "Sun Microsystems" ... "Sun")
    // (and a club's, unless its first word is a town's: "Atletico Madrid" ... "Atletico", not "Manchester")
    if ((m.source === 'pattern' && m.kind !== 'person' && m.last - m.first >= 2) || (m.source === 'gazetteer' && m.last - m.first >= 2 && (COMPANY_NAMES.has(m.canonical) || (CLUB_NAMES.has(m.canonical) && !SINGLE_WORD_PLACES.has(tokens[m.first].key))))) {
      const firstWord = tokens[m.first];
      // ("Raleigh Police", "Leeds City Council": a town's body, whose first word alone is the town)
      if (!isCommonWord(firstWord.key) && !ctx.shortForms.has(firstWord.key) && !TOWN_BODY_HEADS.has(tokens[m.last - 1].key)) ctx.shortForms.set(firstWord.key, m.canonical);
      ctx.kinds.set(m.canonical, m.kind as ActorKind);
    }
    // (and a team's by its nickname: "the Cleveland Cavaliers" ... "the Cavaliers")
    if (m.source === 'pattern' && m.kind === 'organization' && m.last - m.first >= 2 && isTeamNickname(tokens[m.last - 1].text)) {
      const nickname = tokens[m.last - 1].key;
      if (!ctx.shortForms.has(nickname)) ctx.shortForms.set(nickname, m.canonical);
      ctx.kinds.set(m.canonical, 'organization');
    }
  }
  // Acronyms defined in parentheses: "Médecins Sans Frontières (MSF)", "the Pakistani Taliban (TTK)".
  for (let k = 0; k < raw.length; k++) {
    const m = raw[k];
    if (m.kind === 'outlet') continue;
    const after = parenAfterSpace(text, m.end, m.end + 16) ? /^\s*\(\s*([A-Z][A-Za-z0-9&.-]{1,9})\s*\)/.exec(text.slice(m.end, m.end + 16)) : null;
    if (after && m.source !== 'acronym') {
      ctx.acronyms.set(after[1].replace(/\./g, ''), m.canonical);
      continue;
    }
    if (m.source === 'acronym') {
      const longForm = raw[k + 1];
      if (longForm && /^\s*\(\s*$/.test(text.slice(m.end, longForm.start)) && longForm.kind !== 'outlet' && longForm.source !== 'acronym') {
        ctx.acronyms.set(m.canonical, longForm.canonical);
      }
    }
  }
  for (const m of raw) if (m.source === 'acronym' && definesCommonNoun(text, m.start, m.end)) ctx.commonNounAcronyms.add(m.canonical);
  // A known name written in capitals ("META" for "Meta").
  for (const m of raw) {
    if (m.source !== 'gazetteer' || m.kind === 'outlet') continue;
    const upper = text.slice(m.start, m.end).toUpperCase();
    if (/^[A-Z]{2,6}$/.test(upper) && !ctx.acronyms.has(upper)) ctx.acronyms.set(upper, m.canonical);
  }
  // Acronyms whose long form appears in the article: "Central Intelligence Agency" ... "CIA".
  const open = new Set<string>();
  for (const m of raw) if (m.source === 'acronym' && !ctx.acronyms.has(m.canonical)) open.add(m.canonical);
  if (open.size) {
    for (const m of raw) {
      if (m.kind === 'outlet' || m.source === 'acronym' || !m.canonical.includes(' ')) continue;
      const abbr = initials(m.canonical);
      if (open.has(abbr) && !ctx.acronyms.has(abbr)) ctx.acronyms.set(abbr, m.canonical);
    }
  }
  return ctx;
}

/** Lower-case words right before an acronym in parentheses, as many as it has letters: "exclusive economic zone (" */
const LOWER_WORDS_BEFORE_PAREN = /((?:[a-z]+[- ]){1,7})\($/;
/** Whether the acronym at start..end, in parentheses, spells the lower-case words before it ("anti-terrorism court (ATC)"). */
function definesCommonNoun(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start - 1) !== 40 || text.charCodeAt(end) !== 41) return false;
  const before = LOWER_WORDS_BEFORE_PAREN.exec(text.slice(Math.max(0, start - 80), start));
  if (!before) return false;
  const acronym = text.slice(start, end).toLowerCase();
  const words = before[1].trim().split(/[- ]/);
  if (words.length < acronym.length) return false;
  return words.slice(words.length - acronym.length).map((w) => w[0]).join('') === acronym;
}

function mention(m: RawMention, canonical: string, kind: ActorKind): ActorMention {
  return { start: m.start, end: m.end, canonical, kind };
}

/** Final canonical name and kind of a raw mention, or null when it names no actor. */
function resolve(m: RawMention, ctx: Context, speakerRole = false): ActorMention | null {
  if (m.kind === 'outlet') {
    // "Sun's closing price" in an article about Sun Microsystems: the company, not the newspaper
    const company = m.last - m.first === 1 ? ctx.shortForms.get(ctx.text.slice(m.start, m.end).toLowerCase()) : undefined;
    if (company && COMPANY_NAMES.has(company)) return mention(m, company, 'organization');
    return outletIsSubject(ctx.text, m.start, m.end) ? { start: m.start, end: m.end, canonical: m.canonical, kind: 'organization' } : null;
  }
  switch (m.source) {
    case 'gazetteer':
      if (PLATFORMS.has(m.canonical) && platformAsMedium(ctx.text, m.start, m.end)) return null;
      // "Jeff German ... German had reported": the surname, where a verb follows rather than a noun
      if (m.kind === 'place' && m.last - m.first === 1 && ctx.surnames.size) {
        const person = ctx.surnames.get(ctx.text.slice(m.start, m.end).toLowerCase());
        if (person && SURNAME_VERB_AFTER.test(ctx.text.slice(m.end, m.end + 16))) return mention(m, person, 'person');
      }
      if (speakerRole && m.capitalOf) return mention(m, m.capitalOf, 'place');
      if (m.kind === 'place' && m.last - m.first === 1 && !COUNTRY_NAMES.has(m.canonical)) {
        // "Rio" in an article about Rio Tinto: a short name of a town is the known company the article names with that word
        const written = ctx.text.slice(m.start, m.end);
        const company = written !== m.canonical ? ctx.shortForms.get(written.toLowerCase()) : undefined;
        if (company && COMPANY_NAMES.has(company)) return mention(m, company, 'organization');
      }
      return mention(m, m.canonical, m.kind);
    case 'surname': {
      // A full name in the article wins over the gazetteer's holder of the surname.
      const local = ctx.surnames.get(lastWordKey(m.canonical));
      return mention(m, local ?? m.canonical, 'person');
    }
    case 'pattern': {
      if (NOT_ACTOR_NAME.test(m.canonical) || NOT_ACTOR_DAYS.test(m.canonical)) return null;
      const alias = ctx.aliases.get(m.canonical);
      if (alias) return mention(m, alias, 'person');
      // "Footballer of the Year Mané": an award's title before the name
      const award = AWARD_TITLE.exec(m.canonical);
      if (award && /\bof the\s+$/.test(ctx.text.slice(Math.max(0, m.start - 8), m.start))) {
        const name = award[1];
        const start = m.end - name.length;
        return { start, end: m.end, canonical: ctx.surnames.get(lastWordKey(name)) ?? name, kind: 'person' };
      }
      // "Board of Directors of Acme": the company
      const board = /^(?:Board of (?:Directors|Trustees|Governors)|Supervisory Board|Executive Board) of (?:the )?/.exec(m.canonical);
      if (board) {
        const rest = m.canonical.slice(board[0].length);
        return { start: m.start + board[0].length, end: m.end, canonical: rest, kind: GAZETTEER_KINDS.get(rest) ?? 'organization' };
      }
      const gk = GAZETTEER_KINDS.get(m.canonical);
      return mention(m, m.canonical, gk ?? m.kind);
    }
    case 'acronym': {
      if (NOT_ACTOR_NAME.test(m.canonical) || NOT_ACTOR_DAYS.test(m.canonical) || notANameHere(ctx.text, m)) return null;
      // stock exchanges and the tickers they list ("NASDAQ: META") are not actors
      if (STOCK_EXCHANGES.has(m.canonical) || /\b(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|ticker)\s*:\s*$/.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))) return null;
      const long = ctx.acronyms.get(m.canonical);
      if (long) return mention(m, long, GAZETTEER_KINDS.get(long) ?? ctx.kinds.get(long) ?? 'organization');
      if (ctx.commonNounAcronyms.has(m.canonical)) return null;
      return mention(m, m.canonical, 'organization');
    }
    case 'single': {
      if (NOT_ACTOR_NAME.test(m.canonical) || NOT_ACTOR_DAYS.test(m.canonical) || notANameHere(ctx.text, m)) return null;
      const alias = ctx.aliases.get(m.canonical);
      if (alias) return mention(m, alias, 'person');
      const key = lastWordKey(m.canonical);
      const full = ctx.surnames.get(key);
      if (full) return mention(m, full, 'person');
      const given = ctx.surnames.has(key) ? null : ctx.givenNames.get(key);
      if (given && !m.common) return mention(m, given, 'person');
      // "the city of Ouray" anywhere: Ouray is that place, not "Ouray County" or the "Ouray County Plaindealer"
      if (ctx.townNames.has(key)) return mention(m, m.canonical, 'place');
      const longer = ctx.shortForms.get(key);
      if (longer) return mention(m, longer, ctx.kinds.get(longer) ?? 'place');
      if (NON_ACTOR_WORDS.has(key) || m.common || ctx.lowerWords.has(key)) return null;
      // A capitalised first word of a sentence is a name only if the article also capitalises it elsewhere.
      if (m.initial && !ctx.midSentenceNames.has(key) && !FIRST_NAMES.has(key)) return null;
      return mention(m, m.canonical, m.kind);
    }
  }
}

/** Last words of bodies named after their town ("Raleigh Police"). */
const TOWN_BODY_HEADS = new Set(['police', 'council', 'department', 'schools', 'airport', 'hospital', 'university', 'college', 'library', 'zoo', 'port']);
/** 'Alexander "A.E." Edwards' (a nickname of a few characters, line breaks and all, inside quotes). */
const NICKNAME_INSIDE = /\b(\p{Lu}\p{Ll}+)\s+["“][^"“”]{1,16}["”]\s+(\p{Lu}\p{Ll}+)\b/u;
/** After a person: ", known as A-Rod", ", also known as 'Wrighty'", ", nicknamed Wrighty". */
const KNOWN_AS_AFTER = /^,?\s+(?:also\s+|popularly\s+|widely\s+)?(?:known as|nicknamed|dubbed)\s+["“‘']?(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?)/u;
/** A description of two people (see pairDescriptions). */
const PAIR_WORD = /^[Tt]he (?:couple|duo|pair|two)$/;
/** What a storm does, in a claim whose subject is "it". */
const STORM_TALK = /\b(?:storm|cyclone|hurricane|typhoon|landfall|rainfall|rain|winds|gales)\b/i;
const SURNAME_VERB_AFTER = /^(?:['’]s\b|,|\s+(?:had|has|was|is|said|says|told|wrote|reported|added|who|and his|and her)\b)/;

// (more words of harm on the ground, beyond EVENT_WORDS: losses, flooded roads, an outbreak's spread)
const HARM_WORDS = /\b(?:washed away|waterlogged|loss of life|outbreaks?|vaccinated|unvaccinated|accounted for|losses)\b/i;

/** The end of an award's title before a name: "(Footballer of the) Year Mané". */
const AWARD_TITLE = /^(?:Year|Season|Month|Decade|Tournament|Match)\s+(\S.*)$/;

/** Laws, treaties and competitions: named things that are not actors ("Digital Services Act", "Champions League"). */
const NOT_ACTOR_NAME = /^(?:X-rays?|MRIs?|CT|CT scans?|ECG|PCR|GPS|VAR|ICU|HIV|AIDS|IVF|IPOs?|CO2|MERS(?:-CoV)?|SARS(?:-CoV-2)?|Ebola|Zika|Mpox|COVID-19|Covid-19|K-[Pp]op|Ecstasy|EPO|(?:Christmas|Boxing|New Year['’]s|Valentine['’]s|Memorial|Independence|Labou?r) Day|USD|EUR|GBP|JPY|CNY|RMB|SEK|NOK|DKK|CHF|INR|RUB|ZAR|AUD|CAD|HKD|NZD|(?!G\d)[A-Z]{1,2}\d{2,}[A-Za-z]*|Board of (?:Directors|Trustees|Governors)|Supervisory Board|Executive Board|Board|Directors)$|(?:\b(?:Act|Acts|Law|Bill|Treaty|Accords?|Agreement|Convention|Protocol|Resolution|Directive|Regulation|Amendment|Doctrine|Plan|Initiative|Strategy|Cup|Championships?|Olympics|Olympic Games|Games|Grand Prix|Open|Awards?|Prize|Festival|Summit|Conference|Forum|Index|Report|Survey)$)|^(?:Champions League|Europa League|Conference League|Premier League|World Cup|Super Bowl)$/;

/** Days, feasts and flu strains: no actors ("New Year's eve", "H5N1"). */
const NOT_ACTOR_DAYS = /^(?:New Year|(?:Lunar|Chinese) New Year|Christmas(?: Eve)?|Easter|Thanksgiving|Ramadan|Diwali|Hanukkah|H\d{1,2}N\d{1,2})$/;
/**
 * text[i], or a space outside the text. (Optimised code that reads past a string's ends is thrown
 * away and compiled again the first time it does: the big per-article passes never do, through this.)
 */
function charOrSpace(text: string, i: number): string {
  return i >= 0 && i < text.length ? (text[i] as string) : ' ';
}

/**
 * A word that only looks like a name where it stands: an amount in a currency written with a letter ("N1 million",
 * "N800,000"), the end of a web address ("SocialNews.XYZ"), the tail of a hyphenated name ("Kommersant-FM").
 */
function notANameHere(text: string, m: RawMention): boolean {
  const before = m.start > 0 ? text.charCodeAt(m.start - 1) : 0;
  if ((before === 46 || before === 45) && /\p{L}/u.test(text[m.start - 2] ?? '') && /^[A-Z]{2,4}$/.test(m.canonical)) return true;
  return /^[A-Z]\d/.test(m.canonical) && /^[\d.,]*(?:\s*(?:million|billion|trillion|bn|mn|m|k)\b|,\d{3})/.test(text.slice(m.end, m.end + 12));
}
const STOCK_EXCHANGES = new Set(['NYSE', 'NASDAQ', 'LSE', 'TSX', 'ASX', 'HKEX', 'SSE', 'BSE', 'NSE']);

/** Companies whose product is also a medium: "posted on Telegram" names no actor, "Twitter shares fell" does. */
const PLATFORMS = new Set(['Twitter', 'Facebook', 'Instagram', 'YouTube', 'WhatsApp', 'Telegram', 'TikTok', 'Snap Inc.', 'Reddit', 'LinkedIn', 'Discord']);
const MEDIUM_BEFORE = /\b(?:on|via|to|in|from|across|through|onto)\s+(?:(?:the|his|her|its|their|our|my|a)\s+)?(?:(?:official|personal|verified)\s+)?(?:(?:social[- ]media|messaging|video)\s+)?(?:(?:platform|site|network|app|service)\s+)?$/i;
const MEDIUM_AFTER = /^(?:['’]s)?\s+(?:post|posts|posted|account|accounts|feed|feeds|page|pages|video|videos|user|users|channel|channels|message|messages|live|stream|thread|threads|story|stories|handle|profile|group|chat|statement)\b/i;
function platformAsMedium(text: string, start: number, end: number): boolean {
  return MEDIUM_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || MEDIUM_AFTER.test(text.slice(end, end + 24));
}

// An outlet is an actor only where the text is about it, not where it reports:
// "the sale of the FT", "this Bloomberg story is wrong", but not "told Reuters".
const SUBJECT_BEFORE = /\b(?:of|for|about|against|sell|sells|selling|sold|buy|buys|buying|bought|acquire|acquires|acquired|owns|own|owned|owning|sue|sues|sued|suing|ban|bans|banned|fined|fine|blocked|block|criticised|criticized|attacked|raided|shut|closed|accused)\s+(?:the\s+)?$/i;
const SUBJECT_AFTER = /^(?:['’]s)?\s+(?:story|article|stories|articles|owner|owners|sale|staff|newsroom|journalists|offices|office|website|parent|shares|board|coverage|reporting|headquarters)\b/i;

/** An outlet as the subject of a verb that is not about reporting: "Reuters had made grave mistakes". */
const OUTLET_ACTS = /^(?:\s+['‘’"“”]?\p{Lu}\p{Ll}+['‘’"“”]?)?\s+(?:had|has|was|is|were|did|does|would|will|must|should|made|makes|exchanged|changed|used|uses|apologi[sz]ed|removed|retracted|corrected|refused|failed|violated|ignored|relied|deleted|fired|sacked|hired|settled|lost|won|faces|faced|misled|broke|breached|defamed)\b/u;
const REPORTING_AFTER = /^[^.;]{0,40}?\b(?:report|learn|said|say|confirm|seen|obtain|reveal|cite|citing|quot|contact|told|review|verif|reach|interview|publish|understand|found|find)/i;

/** "accused Reuters and the BBC": the second of two media a verb is about. */
const SUBJECT_BEFORE_PAIR = new RegExp(SUBJECT_BEFORE.source.replace(/\$$/, '') + String.raw`[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2}\s+(?:and|or)\s+(?:the\s+)?$`, 'iu');
function outletIsSubject(text: string, start: number, end: number): boolean {
  if (SUBJECT_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || SUBJECT_AFTER.test(text.slice(end, end + 24))) return true;
  const before = text.slice(Math.max(0, start - 70), start);
  if (endsWithConjunction(before) && SUBJECT_BEFORE_PAIR.test(before)) return true;
  const after = text.slice(end, end + 60);
  return OUTLET_ACTS.test(after) && !REPORTING_AFTER.test(after);
}

/** After an outlet's name in a speaker phrase: the medium speaks for itself. */
const OUTLET_SPEAKS_FOR_ITSELF = /^(?:['’]s)?\s+(?:spokes(?:man|woman|person)|representative|statement|owner|owners|chief executive|ceo|editor-in-chief|management|lawyers?)\b/i;
/**
 * Which flags of mentionsOfPhraseUncached can change its answer for the phrase: speakerRole only through a capital
 * that could stand for its state (resolve), outletsAsBodies only through an outlet that speaks for itself.
 */
function flagsThatMatter(phrase: string): { capital: boolean; outletSpeaks: boolean } {
  let capital = false;
  let outletSpeaks = false;
  for (const m of scanPhrase(phrase).raw) {
    if (m.capitalOf) capital = true;
    if (m.kind === 'outlet' && OUTLET_SPEAKS_FOR_ITSELF.test(phrase.slice(m.end, m.end + 40))) outletSpeaks = true;
  }
  return { capital, outletSpeaks };
}
/** Outlets whose short canonical name is not what they are called as an organisation. */
const OUTLET_ACTOR_NAMES = new Map<string, string>([['Bloomberg', 'Bloomberg News']]);
/** Speaker phrases that are news media, whose country is not what the claim is about. */
const MEDIA_WORDS = /\b(?:news agency|newspaper|broadcaster|television|tv|radio|daily|news outlet|media)\b/i;

/** A district, county or province named in a claim ("in Rayagada district", "the province of Hama"): a place of its own, not the story's town. */
const NAMES_A_UNIT = /\b\p{Lu}[\p{L}'’-]+ (?:[Dd]istrict|[Cc]ounty|[Pp]rovince|[Rr]egion|[Pp]refecture|[Gg]overnorate|[Oo]blast)\b|\b(?:district|county|province|region|prefecture|governorate) of \p{Lu}/u;
/** Words of events that happen at a place. (Not arrests: "one suspect has been arrested" is about the suspect, not the town.) */
const EVENT_WORDS = /\b(?:kill(?:s|ed|ing)?|dead|deaths?|died|dies|toll|wounded|injur(?:ed|ies|y)|casualties|attack(?:s|ed)?|fire|fired|blaze|blasts?|explosions?|explosives?|bomb(?:s|ed|ing|ings)?|shot|shoot(?:ing|ings)?|gunfire|gunmen|hostages?|targeted|raids?|strikes?|shelling|missiles?|rockets?|launch(?:es|ed)?|debris|quake|earthquake|magnitude|tremors?|aftershocks?|buildings?|houses|collapsed|buried|rescue[drs]?|evacuat(?:ed|ion)|floods?|flooding|rain|rains|rainfall|snow|snowfall|landslides?|mudslides?|wildfires?|storm|damage[d]?|destroyed|fighting|clashes|ceasefire|troops|soldiers|siege|stormed|victims|civilians|casualty|missing|trapped|displaced)\b/i;

/** text[start, end) up to its first ".", ";", ":", "(", ")" or line break. */
function upToClauseMark(text: string, start: number, end: number): string {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 59 || c === 58 || c === 40 || c === 41 || c === 10) return text.slice(start, k);
  }
  return text.slice(start, end);
}

/** The state an article names most often, if it names it at least twice and more than any other. */
function homeCountryOf(mentions: ActorMention[]): string | null {
  const counts = new Map<string, number>();
  // (its capital counts for a state: "KINSHASA - Congolese parties ...")
  for (const m of mentions) {
    const state = COUNTRY_NAMES.has(m.canonical) ? m.canonical : CAPITAL_STATES.get(m.canonical);
    if (state) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && ranked[0][1] >= 2 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

/** Characters of an article's opening that count as its lead. */
const LEAD_LENGTH = 400;
const NAMED = /\p{Lu}/u;
/** (the common case first: a mention that starts with an ASCII capital) */
const startsUpper = (text: string, at: number) => { const c = text.charCodeAt(at); return c >= 65 && c <= 90; };
const DESTINATION_BEFORE = /\b(?:to|towards?|as far as|into)\s+$/i;

/** Words that make a person's statements part of what a claim involves: office holders, not witnesses. */
const OFFICE_WORDS = /\b(?:president|prime minister|premier|minister|secretary|chancellor|king|queen|emir|sheikh|sultan|crown prince|pope|spokesman|spokeswoman|spokesperson|official|chief executive|ceo|chairman|leader|governor|mayor|senator|ambassador|envoy|commander|general|director|head|chief|founder|owner)\b/i;
const NON_ACTOR_ROLES = /\b(?:spokes(?:man|woman|person|people)|press secretary|press officer|journalist|reporter|correspondent|witness|witnesses|analyst|analysts|editor|columnist|commentator|researcher|resident|survivor|eyewitness|blogger)\b/i;

/** Titles of heads of state or government: what they say is an act of the state. */
const HEAD_TITLES = String.raw`(?:(?<!vice[- ]|deputy )president|(?<!deputy )prime minister|chancellor|king|queen|emir|amir|sultan|pope|supreme leader)`;
const HEAD_OF_STATE = new RegExp(String.raw`\b${HEAD_TITLES}\b`, 'i');
/** "President Obama", "Russia's former president Dmitry Medvedev": the title right before the name. */
const HEAD_TITLE_BEFORE = new RegExp(String.raw`\b${HEAD_TITLES}\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$`, 'iu');
/** "Nawaz Sharif, the prime minister": the title in an apposition after the name. */
const HEAD_TITLE_AFTER = new RegExp(String.raw`^,\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}${HEAD_TITLES}\b`, 'iu');
/** Between a body and a person's name: the person heads it ("CEO", "co-founder and chief executive", "Mayor"). */
const HEADS_BODY = /^(?:['’]s)?\s+(?:(?:co-)?founder\s+and\s+)?(?:CEO|chief executive(?: officer)?|chairman|chairwoman|(?:co-)?founder|mayor|governor)\s+$/i;
/** Speakers who speak for a body: "a Treasury spokeswoman", "Renamo spokesman X". */
const SPOKESPERSON = /\b(?:spokes(?:man|woman|person|people|men|women)|press secretary|press office|representatives?)\b/i;
/** Common nouns for a person, who may be the one a later "him" or "his" refers to. */
const PERSON_NOUN = /\b(?:man|woman|boy|girl|child|person|mother|father|son|daughter|husband|wife|brother|sister|driver|pilot|soldier|officer|resident|victim|suspect|teenager|player|worker|patient|doctor|farmer|student|pupil|gunman|attacker|owner|customer|passenger|journalist|reporter)\b/i;
/** Sports roles between a state and a player's name: "Senegal star", "France forward". */
const SPORTS_ROLE_BETWEEN = /^(?:['’]s)?\s+(?:(?:national|team|squad|former|veteran|young|teenage|injured|star)\s+)?(?:star|forward|striker|midfielder|defender|goalkeeper|keeper|goalie|winger|captain|skipper|coach|manager|boss|international|playmaker|full-back|fullback|centre-back|center-back|wing|fly-half|scrum-half|prop|lock|hooker|batsman|bowler|opener|all-rounder|sprinter|runner|swimmer|cyclist|gymnast|player|ace|legend|great|icon|youngster|prodigy)\s+$/i;
const MEDIUM_NAME = /\b(?:Times|Post|Herald|Journal|Tribune|Gazette|Chronicle|Courier|Dealer|Plaindealer|Observer|Examiner|Inquirer|Enquirer|Sentinel|Dispatch|Bulletin|Ledger|Telegraph|Advertiser|News|Daily|Radio|TV|Television)$/;
const REPORTS_AFTER = /^(?:['’]s\s+report)?\s+(?:said|says|reported|reports|noted|notes|wrote|writes|added|adds|pointed out|quoted|cited)\b/;
/** An injury in a sports story. */
const INJURY_TOPIC = /\b(?:injury|injuries|injured|lay-off|sidelined|hamstring|sprained|ligament|torn|fracture[ds]?)\b/i;
/** Military drills and exercises. */
const DRILLS = /\b(?:drills|(?:military|naval|joint|air|live-fire|annual) exercises?|war games)\b/i;
/** What a story about a platform's users and accounts says about the platform. */
const PLATFORM_TOPIC = /\b(?:accounts?|suspensions?|suspended|users?|tweets?|reinstated|banned from)\b/i;
/** A claim about a launch: "the missile", "the launch", "the projectiles". */
const LAUNCH_TOPIC = /\b(?:missiles?|launch|launches|rockets?|projectiles?)\b/i;
/** "North Korea fired a short-range missile": the launch and who made it. */
const LAUNCH_SENTENCE = /\b(?:fired|launched|test-fired|test-launched|tested)\b[^.;]{0,60}?\b(?:missiles?|rockets?|projectiles?|satellite)\b/;
/** A claim about "the deal", "the talks": what the article's deal is about. */
const DEAL_WORDS = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]ny such) (?:(?:proposed|potential|possible|planned|initial|emerging|general|final|reported)\s+)?(?:deal|talks|negotiations|agreement|proposal|acquisition|merger|takeover|transaction|tie-up|truce|ceasefire|outline of the deal)\b(?!\s+(?:with|between|of|for|to)\b)/;
/** Looser words for the deal or its sides ("Discussions are at an early stage", "Neither side has", "a deal could"): only where the article names both sides. */
const DEAL_SIDES = /\b(?:[Aa] (?:(?:formal|possible|potential)\s+)?(?:deal|bid|merger|takeover)|[Dd]iscussions|[Nn]egotiations|(?:[Tt]he|[Bb]oth|[Tt]he two) (?:companies|firms)|(?:[Nn]either|[Bb]oth|[Ee]ither) (?:side|sides|company|party|parties))\b(?!\s+(?:with|between|of|for|to|on|about)\b)/;
// (bits of the claim regexes above and below, in CLAIM_WORDS)
const DEAL_BIT = 1;
const LAUNCH_BIT = 2;
const DRILLS_BIT = 4;
const INJURY_BIT = 8;
const PLATFORM_BIT = 16;
const PRONOUN_BIT = 32;
const REPORT_BIT = 64;
const LEADERS_BIT = 128;
/** The words each topic regex above and the pronoun regexes of pronounActors and REPORT_WORDS below need, one of them as a word, to their bit. */
const CLAIM_WORDS = new AsciiWordBits(([
  // (DEAL_WORDS and DEAL_SIDES)
  [DEAL_BIT, 'deal talks negotiations agreement proposal acquisition merger takeover transaction tie truce ceasefire outline bid discussions companies firms side sides company party parties'],
  [LAUNCH_BIT, 'missile missiles launch launches rocket rockets projectile projectiles'],
  [DRILLS_BIT, 'drills exercise exercises games'],
  [INJURY_BIT, 'injury injuries injured lay sidelined hamstring sprained ligament torn fracture fractured fractures'],
  [PLATFORM_BIT, 'account accounts suspension suspensions suspended user users tweet tweets reinstated banned'],
  [PRONOUN_BIT, 'he she him his her hers herself himself they them'],
  // (REPORT_WORDS: its noun comes after white space and before \b, a whole ASCII word)
  [REPORT_BIT, 'report reports story stories article articles piece quote quotes publication broadcast headline coverage'],
  [LEADERS_BIT, 'leaders'],
] as const).flatMap(([bit, words]) => words.split(' ').map((w) => [w, bit] as const)));
/** "the two leaders", "both leaders", "the leaders'" (not "the leaders of X", "party leaders"). */
const TWO_LEADERS = /\b(?:[Tt]he two|[Bb]oth|[Tt]he) leaders\b(?!\s+(?:of|from|in)\b)/;
/** A ministry with its state, "Ministry of Defence (United Kingdom)": the state (1). */
const MINISTRY_OF_STATE = /^Ministry of .+ \((.+)\)$/;

/**
 * "Egypt's foreign ministry said": the state speaks through its ministry, and the annotations list it beside
 * the ministry four times in five; not after a demonym ("the Afghan interior ministry"), which only describes it.
 */
function possessiveMinistryState(phrase: string, m: { start: number; canonical: string }): string | null {
  const state = MINISTRY_OF_STATE.exec(m.canonical)?.[1];
  return state && COUNTRY_NAMES.has(state) && /['’]s\s+$/.test(phrase.slice(Math.max(0, m.start - 4), m.start)) ? state : null;
}

/** The first mention of talks or a deal with its parties. */
const DEAL_SENTENCE = /\b(?:in [“"]?(?:(?:advanced|exclusive|preliminary|early|merger|takeover)\s+)?talks|(?:announced|reached|agreed|signed|struck) (?:a|the) (?:[\w-]+\s+)?(?:deal|truce|ceasefire|agreement)|(?:are|were) merging|to be (?:acquired|bought) by|talks (?:with|between|to)|negotiations (?:with|between)|(?:a|the) (?:deal|truce|ceasefire|merger|takeover) (?:with|between|to|for|that)|agreed (?:to (?:acquire|buy|merge)|(?:a|to a) (?:deal|truce|ceasefire|merger))|to (?:acquire|buy|merge with)|(?:discussing|considering|exploring) (?:a|an) (?:deal|merger|takeover|tie-up|combination)|takeover (?:of|bid)|acquisition of|merger (?:with|between))\b/;
/** After a state in a speaker phrase: "South Korea's military", "Japan's coast guard" (the state only describes a body not named). */
const DESCRIBES_BODY_AFTER = /^['’]s\s+(?!government\b|cabinet\b)\p{Ll}/u;
/** A report, story or quote the claim speaks of: "the report", "our story", "such reports", "tomorrow's article". */
// (not another kind of report, "the postmortem report", "the intelligence reports", nor one of events, "the reports of mutiny")
const REPORT_WORDS = /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Ss]uch|[Ii]ts|[Oo]ur|[Tt]heir|[Tt]omorrow['’]s|[Tt]oday['’]s)\s+(?:(?!(?:postmortem|post-mortem|autopsy|intelligence|medical|annual|quarterly|financial|earnings|internal|audit|investigation|coroner['’]s)\s)[\p{Ll}-]+\s+)?(?:report|reports|story|stories|article|articles|piece|quote|quotes|publication|broadcast|headline|coverage)\b(?!\s+of\b)/u;
/** How a demonym is written: "American", "Japanese", "Israeli", "British", "French". */
const DEMONYM_FORM = /^\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)$/u;
const PERSON_PRONOUN_ANYWHERE = /\b(he|she)\b/i;
const SENTENCE_END_CHAR = new Set(['.', '!', '?', '"', '”', '’']);
/** Offset where the sentence holding `pos` starts (after ". ", "? ", a line break). */
function sentenceStartBefore(text: string, pos: number): number {
  // (a sentence is never longer than this: bounds the walk in text without punctuation)
  const limit = Math.max(0, pos - 1500);
  for (let k = pos - 1; k > limit; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) return k + 1;
    // (cheap test first: only a space after ".", "!", "?" or a closing quote can end a sentence)
    if ((c === 32 || c === 9) && SENTENCE_END_CHAR.has(text[k - 1]) && /[.!?]["”’]?$/.test(text.slice(Math.max(0, k - 2), k)) && !/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|U\.S|U\.N|No)\.["”’]?$/.test(text.slice(Math.max(0, k - 5), k))) return k + 1;
  }
  return limit;
}
/** Provinces named by a compass point, which many states have. */
const COMPASS_PROVINCE = /^(?:Northern|Southern|Eastern|Western|Central|North[- ]Western|North[- ]Eastern|South[- ]Western|South[- ]Eastern) Province$/;
/** A claim about the speaker's own group: "the group", "the movement", "the party". */
/** A speaker who speaks as a police officer: "police official X", "Deputy Inspector-General of Police X", "Garda Commissioner X". */
const POLICE_SPEAKER = /\b(?:[Pp]olice|[Gg]arda[ií]?|[Cc]onstabulary|[Dd]etective|[Ss]uperintendent)\b/;
/** A source, not the force speaking: "police sources", "a police report". */
const POLICE_SOURCE = /\b(?:sources?|reports?|documents?|records?|footage|video)\b/i;
/** Police work in a claim, or the force speaking as "we": "officers were searching", "the investigation", "we have arrested". */
const POLICE_WORK = /\b(?:[Ww]e|[Oo]ur|[Uu]s|police|officers?|investigat\w*|arrest\w*|suspects?|detained|custody|inquiry|probe)\b/;
/** A people of two states, which names neither: "Korean comfort women" (the names as read, lacking a gazetteer entry). */
const PEOPLE_OF_TWO_STATES = new Set(['Korean', 'Koreans']);
const GROUP_SELF = /\b[Tt]he (?:group|movement|militia|party|organi[sz]ation)\b(?![-'’])/;
/** A vessel's name after or before what it is: "the British ship Rubymar", "the Surya Makmur Indah ferry". */
const VESSEL_NOUN = String.raw`(?:ship|vessel|tanker|freighter|ferry|boat|cargo ship|bulk carrier|container ship|yacht|trawler)`;
const VESSEL_NAME_AFTER = new RegExp(String.raw`\b${VESSEL_NOUN}\s+(?=\p{Lu})`, 'gu');
/** (the name's test runs only where the noun is: a lookbehind tried at every space was the costly part) */
const VESSEL_NOUN_AFTER_SPACE = new RegExp(String.raw`\s+${VESSEL_NOUN}\b`, 'gu');
const LETTER_OR_HYPHEN = /^[\p{L}-]$/u;
const CAPITAL = /^\p{Lu}$/u;
/** Whether the run of letters and hyphens that ends at `at` holds a capital: "Rubymar" before " ship". */
function capitalizedWordEndsAt(text: string, at: number): boolean {
  for (let i = at; i > 0; ) {
    const low = text.charCodeAt(i - 1);
    const width = low >= 0xdc00 && low <= 0xdfff && i > 1 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff ? 2 : 1;
    const ch = text.slice(i - width, i);
    if (!LETTER_OR_HYPHEN.test(ch)) return false;
    if (CAPITAL.test(ch)) return true;
    i -= width;
  }
  return false;
}
/** Where "Surya Makmur Indah ferry" has its noun: the index of the space before it, as `(?<=\p{Lu}[\p{L}-]*)\s+noun\b` would match. */
function vesselNamesBefore(text: string): number[] {
  const at: number[] = [];
  VESSEL_NOUN_AFTER_SPACE.lastIndex = 0;
  for (let m = VESSEL_NOUN_AFTER_SPACE.exec(text); m; m = VESSEL_NOUN_AFTER_SPACE.exec(text)) {
    if (capitalizedWordEndsAt(text, m.index)) at.push(m.index);
    else VESSEL_NOUN_AFTER_SPACE.lastIndex = m.index + 1;
  }
  return at;
}
/** "the ship", "the stricken vessel", "the boat's manifest": the vessel the article named. */
const THE_VESSEL = new RegExp(String.raw`\b[Tt]he (?:[a-z-]+ ){0,2}?${VESSEL_NOUN}\b(?!-)`, 'g');

const VESSEL_WORDS = ['ship', 'vessel', 'tanker', 'freighter', 'ferry', 'boat', 'yacht', 'trawler'];
/** Mentions of "the ship" (and the like) pointing back to the vessel the article named last before them. */
function vesselDescriptions(text: string, mentions: ActorMention[]): ActorMention[] {
  // (most articles tell of no vessel)
  if (!VESSEL_WORDS.some((w) => mayHaveWord(text, w)) || !/\b(?:ship|vessel|tanker|freighter|ferry|boat|yacht|trawler)\b/.test(text)) return [];
  const vessels: ActorMention[] = [];
  // the name right after the noun, or right before it
  const ends = [...text.matchAll(VESSEL_NAME_AFTER)].map((v) => ({ after: true, at: v.index + v[0].length }));
  for (const at of vesselNamesBefore(text)) ends.push({ after: false, at });
  for (const { after, at } of ends) {
    const k = firstAtOrAfter(mentions, after ? at : at - LONGEST_MENTION);
    for (let j = Math.max(0, k - 1); j < mentions.length && mentions[j].start <= at; j++) {
      const m = mentions[j];
      if (m.kind !== 'place' && (after ? m.start === at : m.end === at) && !vessels.includes(m)) vessels.push(m);
    }
  }
  if (!vessels.length) return [];
  vessels.sort((a, b) => a.start - b.start);
  const out: ActorMention[] = [];
  for (const d of text.matchAll(THE_VESSEL)) {
    let named: ActorMention | null = null;
    for (const v of vessels) if (v.start < d.index) named = v;
    named ??= vessels.length === 1 ? vessels[0] : null;
    if (named) out.push({ start: d.index, end: d.index + d[0].length, canonical: named.canonical, kind: named.kind });
  }
  return out;
}

/** A subdivision named with its unit: "Nagano Prefecture", "Ludian County", "Kaduna State". */
const UNIT_NAME = /^(.+) (?:Prefecture|Province|State|County|District|Oblast|Department)$/;
/** Words of a football story. */
const FOOTBALL_WORDS = /\b(?:football|soccer|striker|midfielder|defender|goalkeeper|winger|transfer|Premier League|La Liga|Serie A|Bundesliga|Ligue 1|Champions League|Europa League|UEFA|FIFA|World Cup|coach|manager|squad|goals?|loan|signing|clubs?|Primera Liga|Eredivisie|Primeira Liga)\b/g;
/** Whether a text tells a football story: three uses of its words at least. */
function isFootballStory(text: string): boolean {
  let n = 0;
  for (const _ of text.matchAll(FOOTBALL_WORDS)) if (++n >= 3) return true;
  return false;
}
/** After a town's name: the town itself ("Liverpool city council", "Lyon's mayor"). */
const TOWN_AFTER = /^(?:['’]s)?\s+(?:city|town|mayor|council|airport|port|residents|police|university|region|area|suburb|streets?)\b/i;
/** A town that has a club of its name, read as the club (in a football story): not "in Liverpool", "Liverpool's mayor". */
function asClub(text: string, m: ActorMention): void {
  const club = TOWN_CLUBS.get(m.canonical);
  if (club && !/\b(?:in|near|outside|of)\s+$/i.test(text.slice(Math.max(0, m.start - 8), m.start)) && !TOWN_AFTER.test(text.slice(m.end, m.end + 20))) {
    m.canonical = club;
    m.kind = 'organization';
  }
}
/** Words around a state that make it a team in a sports story. */
const TEAM_BEFORE = /\b(?:with|for|against|beat|beats|beaten by|face|faces|facing|play|plays|played|playing|vs\.?|v\.?|champions)\s+(?:the\s+)?$/i;
const TEAM_AFTER = /^(?:['’]s\s+(?:squad|team|side|coach|captain|defence|attack|goal))?\s+(?:play|plays|face|faces|beat|beats|won|lost|drew|defeated|thrashed|edged|host|hosts|qualified)\b/i;
const PERSON_SUBJECT = /^\s*["“‘']?\s*(?:he|she|his|her)\b/i;
// (a lookbehind, not "(?:^|[^\p{L}'’])" before the word: the same test, without trying the wide class at every character)
const FIRST_PERSON_SINGULAR = /(?<![\p{L}'’])(?:I|I['’](?:m|ve|d|ll)|[Mm]e|[Mm]y|[Mm]yself)(?![\p{L}])/u;
/** A speaker's frame around what is said, in the first person: "I think", "as far as I know", "all I can say is". */
const FIRST_PERSON_HEDGE = /\b(?:[Aa]s far as I (?:know|can tell|am aware|understand)|[Aa]ll I can (?:say|tell you)(?: is)?|[Mm]y (?:sense|understanding|feeling|view|guess|impression|hope) is|I(?:['’]m| am) (?:(?:not |very |fully |quite |really )?(?:sure|aware|hopeful|confident|afraid|certain|convinced|told))|I (?:(?:do not|don['’]t|did not|didn['’]t|really|still|also|firmly|honestly) )?(?:think|thought|believe|know|knew|wonder|guess|gather|suppose|understand|feel|reckon|expect|doubt|hope)|I (?:can|can['’]t|cannot|could|must|would|want to|wish to|have to|should|need to) (?:say|stress|tell you|add|emphasi[sz]e|confirm|refute|deny|speak|comment|stress))\b/g;
const FIRST_PERSON_PLURAL = /(?<![\p{L}'’])(?:[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|[Oo]urs|us|[Oo]urselves)(?![\p{L}])/u;

/** "Hurricane Florence", "Typhoon Haiyan", "Storm Ciaran": a storm and every later bare use of its name. */
const STORM_WORDS = ['hurricane', 'typhoon', 'cyclone', 'storm', 'depression'];
const STORM = /\b(super typhoon|typhoon|hurricane|cyclone|(?:tropical|subtropical|post-tropical|extratropical) (?:storm|depression|cyclone)|storm)\s+(\p{Lu}\p{Ll}+)\b/giu;
const STORM_RANK = ['Hurricane', 'Typhoon', 'Cyclone'];
/** A storm the article also calls a hurricane (typhoon, cyclone) is named so, as reference works do. */
const STORM_CATEGORY = /\b(hurricane|typhoon|cyclone)\b(?:\s+(\p{Lu}\p{Ll}+))?/giu;

/** Whether a storm name is a word of an institution's or place's name ("National Hurricane Center", "Hurricane Bay"). */
function notStormName(name: string): boolean {
  const key = name.toLowerCase();
  return ORG_HEADS.has(key) || PLACE_HEADS.has(key) || /^(?:season|warnings?|watch(?:es)?|hunters?|alley|relief|damage|shelter|preparedness)$/.test(key);
}

/** Names the article's storms in place (by their strongest category) and returns their canonical names. */
function nameStorms(text: string, mentions: ActorMention[]): Set<string> {
  // (most articles have no storm: skip the Unicode-aware scans; STORM and STORM_CATEGORY need one of these words)
  if (!STORM_WORDS.some((w) => mayHaveWord(text, w)) || !/hurricane|typhoon|cyclone|storm/i.test(text)) return new Set();
  const heads = new Map<string, string>();
  const spans: [number, number, string][] = [];
  let category: string | undefined;
  for (const c of text.matchAll(STORM_CATEGORY)) {
    if (!c[2] || !notStormName(c[2])) {
      category = c[1];
      break;
    }
  }
  for (const m of text.matchAll(STORM)) {
    const [, written, name] = m;
    if (!startsWithCapital(name) || notStormName(name)) continue;
    // the name must be capitalised, the category need not be ("storm Florence"), unless the
    // article never names a storm's category ("protesters storm Congress")
    if (!hasCapital(written[0]) && (!category || (/^storm$/i.test(written) && !/\b(?:the|a|from|by|of|as|after|before|named|called|with|that)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))))) continue;
    if (/^(?:The|A|An|This|That)$/.test(name)) continue;
    const head = category ? category[0].toUpperCase() + category.slice(1).toLowerCase() : written.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    const prev = heads.get(name);
    if (!prev || (STORM_RANK.includes(head) && !STORM_RANK.includes(prev))) heads.set(name, head);
    spans.push([m.index, m.index + m[0].length, name]);
  }
  const names = new Set<string>();
  if (!heads.size) return names;
  const canonicalOf = (name: string) => `${heads.get(name)} ${name}`;
  // drop what the scanner made of the category words ("Tropical Storm"), rename the storm's name
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    const inStorm = spans.find(([a, b]) => m.start >= a && m.end <= b);
    const word = text.slice(m.start, m.end);
    if (inStorm && word !== inStorm[2]) mentions.splice(k, 1);
    else if (heads.has(word) || inStorm) {
      m.canonical = canonicalOf(inStorm ? inStorm[2] : word);
      m.kind = 'place';
    }
  }
  // the scanner drops named events, so add a mention for each storm phrase it left out
  for (const [a, b, name] of spans) {
    if (!mentions.some((m) => m.start >= a && m.end <= b)) mentions.push({ start: a, end: b, canonical: canonicalOf(name), kind: 'place' });
  }
  mentions.sort((x, y) => x.start - y.start);
  for (const name of heads.keys()) names.add(canonicalOf(name));
  // "the storm", "the hurricane": the article's one storm, or of several the one it names first (its subject:
  // "Evacuations as Cyclone Cook nears ... compared to Cyclone Debbie")
  if (names.size >= 1) {
    const only = names.size === 1 ? [...names][0] : canonicalOf(spans.reduce((a, b) => (b[0] < a[0] ? b : a))[2]);
    for (const d of text.matchAll(/\b(?:[Tt]he (?:storm|hurricane|typhoon|cyclone)|(?:[Tt]he|[Tt]his) (?:storm |weather )?system)\b(?!-)/g)) mentions.push({ start: d.index, end: d.index + d[0].length, canonical: only, kind: 'place' });
    mentions.sort((x, y) => x.start - y.start);
  }
  return names;
}

/**
 * "the government" of an article about one state is that state; "the electoral commission" is the
 * one the article names, else the state's ("Zimbabwe Electoral Commission").
 */
function stateDescriptions(text: string, mentions: ActorMention[], home: string | null): ActorMention[] {
  if (!home) return [];
  // (each description below holds its word: most articles have neither)
  const out: ActorMention[] = [];
  if (mayHaveWord(text, 'government')) for (const d of text.matchAll(/\b[Tt]he government\b(?!\s+(?:of|in)\b)/g)) out.push({ start: d.index, end: d.index + d[0].length, canonical: home, kind: 'place' });
  if (!mayHaveWord(text, 'commission')) return out;
  const named = mentions.find((m) => m.canonical.includes('Commission') && /\bElect(?:oral|ion) Commission\b/.test(m.canonical));
  const commission = named?.canonical ?? ELECTORAL_COMMISSIONS.get(home) ?? `${home} Electoral Commission`;
  let first = -1;
  for (const d of text.matchAll(/\b[Tt]he (?:national |independent )?(?:electoral|election) commission\b/g)) {
    if (first < 0) first = d.index;
    out.push({ start: d.index, end: d.index + d[0].length, canonical: commission, kind: 'organization' });
    // "the electoral commission (CENI)": the acronym names it too
    const acronym = /^\s*\(([A-Z]{2,6})\)/.exec(text.slice(d.index + d[0].length, d.index + d[0].length + 12));
    if (acronym) for (const m of mentions) if (m.canonical === acronym[1]) m.canonical = commission;
  }
  // "The commission said": the electoral commission the article named before
  if (first >= 0 || named) {
    const after = first >= 0 ? first : named!.start;
    for (const d of text.matchAll(/\b[Tt]he commission\b/g)) if (d.index > after) out.push({ start: d.index, end: d.index + d[0].length, canonical: commission, kind: 'organization' });
  }
  return out;
}

/**
 * "the Kingdom" (capitalised, as Gulf and British media write it): the state named last before it, else
 * the article's own. Replaces the bare "Kingdom" the scan read as a name.
 */
function kingdomDescriptions(text: string, mentions: ActorMention[], home: string | null): void {
  if (!mayHavePhrase(text, 'kingdom', 'he Kingdom')) return;
  for (const d of text.matchAll(/\b[Tt]he Kingdom\b(?!\s+of\b)/g)) {
    let state = home;
    for (let k = firstAtOrAfter(mentions, d.index) - 1; k >= 0 && d.index - mentions[k].start < 1500; k--) {
      if (COUNTRY_NAMES.has(mentions[k].canonical)) {
        state = mentions[k].canonical;
        break;
      }
    }
    if (!state) continue;
    const end = d.index + d[0].length;
    dropInside(mentions, d.index, end);
    mentions.splice(firstAtOrAfter(mentions, d.index), 0, { start: d.index, end, canonical: state, kind: 'place' });
  }
}

/**
 * Tokens and raw gazetteer mentions of a phrase (a speaker, a claim): a pure function of the phrase, so kept
 * across articles — the same speakers ("officials", "the ministry", "Reuters") recur in article after article.
 * Bounded: the map is emptied when it grows past PHRASE_SCAN_LIMIT entries. Callers only read the results.
 */
const PHRASE_SCAN_LIMIT = 20_000;
const phraseScans = new Map<string, { toks: Token[]; raw: RawMention[] }>();
function scanPhrase(phrase: string): { toks: Token[]; raw: RawMention[] } {
  let found = phraseScans.get(phrase);
  if (!found) {
    if (phraseScans.size >= PHRASE_SCAN_LIMIT) phraseScans.clear();
    const toks = tokenize(phrase);
    found = { toks, raw: scan(phrase, toks) };
    phraseScans.set(phrase, found);
  }
  return found;
}

/** /^\s*\(/ on text[from, to): an opening bracket after white space. */
function parenAfterSpace(text: string, from: number, to: number): boolean {
  const end = Math.min(text.length, to);
  let q = from;
  while (q < end && isSpaceAt(text, q)) q++;
  return q < end && text.charCodeAt(q) === 40;
}

/**
 * "the North", "the South", "the North's leadership" (not "the South of France", nor "the South's Joint Chiefs of
 * Staff", where the state only describes a body): a state of a divided pair ("North Korea") the article names.
 */
const COMPASS_STATE = /(?<![\p{L}])[Tt]he (North|South)(?![\p{L}-])(?!['’](?!s[ \t]+\p{Ll}))(?![ \t]+(?:of|\p{Lu}))/gu;
/** Mentions of "the North" / "the South" as the state of that side whose pair ("North Korea", "South Korea") the article names. */
function compassStates(text: string, mentions: ActorMention[]): void {
  const pairs = new Set<string>();
  for (const m of mentions) {
    const pair = (m.canonical.startsWith('North ') || m.canonical.startsWith('South ')) && COUNTRY_NAMES.has(m.canonical);
    if (pair) pairs.add(m.canonical.slice(6));
  }
  if (pairs.size !== 1 || (!text.includes('he North') && !text.includes('he South'))) return;
  const [rest] = pairs;
  for (const r of text.matchAll(COMPASS_STATE)) {
    const state = `${r[1]} ${rest}`;
    const start = (r.index as number) + 4;
    if (COUNTRY_NAMES.has(state) && !mentions.some((m) => m.start <= start && m.end > start)) mentions.push({ start, end: start + (r[1] as string).length, canonical: state, kind: 'place' });
  }
}

/** title: the article's headline, where the story's subject is named (see headlineActor) */
export function createActorResolver(text: string, title = ''): ActorResolver {
  return new ArticleActors(text, title);
}

interface HeadlineActor {
  name: string;
  /** named at least twice as often as any other actor */
  dominant: boolean;
}

/** The actor the text names most, at least twice, when the title names it as the text does ("Pompeo", "Tillerson"). */
function mostNamedInTitle(text: string, title: string, mentions: ActorMention[]): HeadlineActor | null {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
  let top: string | null = null;
  let topCount = 0;
  let next = 0;
  for (const [name, n] of counts) {
    if (n > topCount) [top, topCount, next] = [name, n, topCount];
    else if (n > next) next = n;
  }
  if (!top || topCount < 2) return null;
  for (const m of mentions) if (m.canonical === top && containsWord(title, text.slice(m.start, m.end))) return { name: top, dominant: topCount >= 2 * next };
  return null;
}

const isLetterAt = (s: string, i: number) => i >= 0 && i < s.length && /\p{L}/u.test(s[i]);

/** Whether phrase occurs in s between non-letters. */
function containsWord(s: string, phrase: string): boolean {
  if (!phrase) return false;
  for (let i = s.indexOf(phrase); i >= 0; i = s.indexOf(phrase, i + 1)) {
    if (!isLetterAt(s, i - 1) && !isLetterAt(s, i + phrase.length)) return true;
  }
  return false;
}

interface ArticleMentions {
  raw: RawMention[];
  ctx: Context;
  /** every resolved mention, anaphora included, in text order */
  mentions: ActorMention[];
  storms: Set<string>;
  homeState: string | null;
  qualifiedBodies: Map<string, string>;
  footballStory: boolean;
}

/** "'s foreign minister ", " chief executive ": lower-case words of a role before a name */
const ROLE_BEFORE_NAME = /^(?:['’]s)?\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}(?=\p{Lu}\p{Ll})/u;
/** "North and South Korea": two compass points before one place */
/** The keys of COMPASS_PAIR_REGION's compass points (words of their own): most articles have none */
const COMPASS_POINT_KEYS = ['north', 'south', 'east', 'west'].flatMap((p) => [p, `${p}ern`]);
const COMPASS_PAIR_REGION = /\b(North|South|East|West)(?:ern)? and (North|South|East|West)(?:ern)? (\p{Lu}\p{Ll}+)/gu;

/** The article's scan, its reading context and every resolved mention, in text order. */
function articleMentions(text: string): ArticleMentions {
  // (the token stream the outlet finder read for this article, when it did)
  const tokens = tokensOf(text);
  const raw = scan(text, tokens);
  const ctx = buildContext(text, raw, tokens);
  const mentions: ActorMention[] = [];
  for (const m of raw) {
    const r = resolve(m, ctx);
    if (r) mentions.push(r);
  }
  // ("A-Rod", "Del-Ray": another name for a person, wherever the scan did not read it as a name)
  if (ctx.aliases.size) {
    for (const [alias, full] of ctx.aliases) {
      for (let i = text.indexOf(alias); i >= 0; i = text.indexOf(alias, i + alias.length)) {
        const end = i + alias.length;
        if (LETTER_OR_HYPHEN.test(charOrSpace(text, i - 1)) || LETTER_OR_HYPHEN.test(charOrSpace(text, end))) continue;
        if (!mentions.some((m) => m.start < end && m.end > i)) mentions.push({ start: i, end, canonical: full, kind: 'person' });
      }
    }
    mentions.sort((a, b) => a.start - b.start);
  }
  // "Paris, France": the state after a town only says where the town is.
  for (let k = mentions.length - 1; k > 0; k--) {
    const m = mentions[k];
    const prev = mentions[k - 1];
    if (COUNTRY_NAMES.has(m.canonical) && prev.kind === 'place' && !COUNTRY_NAMES.has(prev.canonical) && !REGION_NAMES.has(prev.canonical) &&
      /^,\s*$/.test(text.slice(prev.end, m.start)) && !/^\s*(?:,|and\b|or\b)/.test(text.slice(m.end, m.end + 5))) mentions.splice(k, 1);
  }
  const storms = nameStorms(text, mentions);
  // "Senegal forward Sadio Mané", "France coach X": the state names the player's team, not an actor.
  let sportsArticle = false;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (!COUNTRY_NAMES.has(m.canonical)) continue;
    const next = mentions[k + 1];
    // (the player need not be a mention: names in a headline are not scanned)
    const role = ROLE_BEFORE_NAME.exec(text.slice(m.end, m.end + 40));
    if ((next && next.kind === 'person' && SPORTS_ROLE_BETWEEN.test(text.slice(m.end, next.start))) || (role && SPORTS_ROLE_BETWEEN.test(role[0]))) {
      mentions.splice(k, 1);
      sportsArticle = true;
    }
  }
  // In a sports story states that play are teams too: "sprained his knee with France", "Senegal play
  // the Netherlands, Ecuador and Qatar".
  if (sportsArticle) {
    let teamEnd = -1;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      if (!COUNTRY_NAMES.has(m.canonical)) {
        teamEnd = -1;
        continue;
      }
      const listed = teamEnd >= 0 && /^(?:,\s*|,?\s+and\s+|\s+or\s+)(?:the\s+|(?:co-)?hosts\s+|holders\s+|champions\s+)?$/.test(text.slice(teamEnd, m.start));
      if (listed || TEAM_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) || TEAM_AFTER.test(text.slice(m.end, m.end + 16))) {
        teamEnd = m.end;
        mentions.splice(k, 1);
        k--;
      } else teamEnd = -1;
    }
  }
  // In a football story a town that has a club of its name is the club: "Malaga dismissed reports",
  // "a move to Liverpool" (not "in Liverpool", "Liverpool's mayor").
  const footballStory = mentions.some((m) => TOWN_CLUBS.has(m.canonical) || CLUB_NAMES.has(m.canonical)) && isFootballStory(text);
  if (footballStory) for (const m of mentions) asClub(text, m);
  commonWordSurnames(text, ctx, mentions);
  // "North and South Carolina": both.
  if (COMPASS_POINT_KEYS.some((k) => mayHaveWord(text, k))) for (const r of text.matchAll(COMPASS_PAIR_REGION)) {
    const name = `${r[1]} ${r[3]}`;
    if (GAZETTEER_KINDS.get(name) === 'place' && !mentions.some((m) => m.start === r.index)) mentions.push({ start: r.index, end: r.index + r[1].length, canonical: name, kind: 'place' });
  }
  compassStates(text, mentions);
  mentions.sort((a, b) => a.start - b.start);
  namedByHead(text, mentions);
  // "Khartoum airport": the airport, named as reference works name airports after their town
  if (mayHavePhrase(text, 'airport', ' airport')) for (const m of mentions) {
    if (m.kind === 'place' && !COUNTRY_NAMES.has(m.canonical) && !REGION_NAMES.has(m.canonical) && AIRPORT_AFTER.test(text.slice(m.end, m.end + 9))) {
      m.canonical = `${m.canonical} Airport`;
      m.end += 8;
    }
  }
  localPolice(text, mentions);
  facilityNames(text, mentions);
  // "Nagano Prefecture ... houses in Nagano": a subdivision the article names with its unit is what its bare
  // name means there (not "Nagano city"). (Not governorates: their bare names are mostly the big cities.)
  const units = new Map<string, string>();
  for (const m of mentions) {
    const u = m.kind === 'place' ? UNIT_NAME.exec(m.canonical) : null;
    if (u) units.set(u[1], m.canonical);
  }
  if (units.size) {
    for (const m of mentions) {
      const unit = m.kind === 'place' && !ctx.townNames.has(m.canonical.toLowerCase()) ? units.get(m.canonical) : undefined;
      if (unit && !/^\s+(?:[Cc]ity|[Tt]own)\b/.test(text.slice(m.end, m.end + 8))) m.canonical = unit;
    }
  }
  // An unknown name the article once uses as a place ("in Marvik") is that place everywhere.
  const placesByUse = new Set<string>();
  for (const m of mentions) if (m.kind === 'place' && !GAZETTEER_KINDS.has(m.canonical)) placesByUse.add(m.canonical);
  if (placesByUse.size) for (const m of mentions) if (m.kind === 'organization' && placesByUse.has(m.canonical) && !m.canonical.includes(' ')) m.kind = 'place';
  qualifyUsPlaces(text, mentions);
  for (const m of mentions) if (!ctx.kinds.has(m.canonical)) ctx.kinds.set(m.canonical, m.kind);
  const homeState = homeCountryOf(mentions);
  // "the Western Province": many states have one, so it is named with the article's state.
  if (homeState) for (const m of mentions) if (COMPASS_PROVINCE.test(m.canonical)) m.canonical = `${m.canonical}, ${homeState}`;
  {
    const qualified = qualifyNationalBodies(text, mentions, homeState);
    if (qualified !== mentions) mentions.splice(0, mentions.length, ...qualified);
  }
  // Generic bodies as this article qualifies them, for phrases resolved later ("JCS" as a speaker).
  const qualifiedBodies = new Map<string, string>();
  for (const m of mentions) {
    const paren = m.canonical.indexOf(' (');
    if (paren > 0 && isGenericBody(m.canonical.slice(0, paren)) && !qualifiedBodies.has(m.canonical.slice(0, paren))) qualifiedBodies.set(m.canonical.slice(0, paren), m.canonical);
  }
  for (const m of mentions) if (!ctx.kinds.has(m.canonical)) ctx.kinds.set(m.canonical, m.kind);
  const anaphora = definiteDescriptions(text, mentions, raw, COUNTRY_NAMES, CITY_NAMES);
  anaphora.push(...vesselDescriptions(text, mentions));
  anaphora.push(...officeDescriptions(text, mentions));
  anaphora.push(...titleDescriptions(text, mentions));
  anaphora.push(...spokespersonDescriptions(text, mentions));
  anaphora.push(...roleDescriptions(text, mentions));
  anaphora.push(...countedStateDescriptions(text, mentions, COUNTRY_NAMES));
  anaphora.push(...pairDescriptions(text, mentions));
  anaphora.push(...churchDescriptions(text));
  if (footballStory) anaphora.push(...sportsDescriptions(text, mentions), ...clubShortNames(text, mentions));
  anaphora.push(...ministerDescriptions(text, mentions));
  {
    const people = personDescriptions(text, mentions);
    // ("the Frenchman": no France; "the Englishman" is no name)
    for (const d of people) for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].start >= d.start && mentions[k].end <= d.end && mentions[k].kind !== 'person') mentions.splice(k, 1);
    anaphora.push(...people);
  }
  anaphora.push(...militaryDescriptions(text, homeState));
  demonymPolice(text, mentions);
  anaphora.push(...nationalForces(text, mentions, homeState));
  {
    const troopers = statePatrols(text, mentions);
    anaphora.push(...troopers);
    // (and "the Highway Patrol" as a speaker, read later)
    const patrol = troopers[0]?.canonical ?? mentions.find((m) => m.canonical.endsWith(' Highway Patrol') && m.canonical !== text.slice(m.start, m.end))?.canonical;
    if (patrol) for (const bare of ['Highway Patrol', 'State Highway Patrol']) qualifiedBodies.set(bare, patrol);
  }
  // (and in speaker phrases read later: "India's Deputy Inspector General of the Coast Guard")
  const guard = homeState ? COAST_GUARDS.get(homeState) : undefined;
  if (guard && mentions.some((m) => m.canonical === guard)) qualifiedBodies.set('United States Coast Guard', guard);
  possessiveForces(text, mentions);
  demonymForces(text, mentions);
  demonymAircraft(text, mentions);
  kingdomDescriptions(text, mentions, homeState);
  regionNations(text, mentions, homeState);
  anaphora.push(...stateDescriptions(text, mentions, homeState));
  if (mentions.some((m) => STATE_AND_PROVINCE_NAMES.has(m.canonical))) {
    const described = subdivisionDescriptions(text, mentions, STATE_AND_PROVINCE_NAMES);
    // ("the western Canada province": "Canada" only says where the province is)
    for (const d of described) {
      for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].start >= d.start && mentions[k].end <= d.end && COUNTRY_NAMES.has(mentions[k].canonical)) mentions.splice(k, 1);
    }
    anaphora.push(...described);
  }
  if (anaphora.length) {
    mentions.push(...anaphora);
    mentions.sort((a, b) => a.start - b.start);
  }
  return { raw, ctx, mentions, storms, homeState, qualifiedBodies, footballStory };
}

const RIVER_AFTER = /^ river\b/;
const AIRPORT_AFTER = /^ airport\b/;
const REGION_AFTER = /^ [Rr]egion\b/;
/** States whose regions reference works name as oblasts. */
const OBLAST_STATES = /\b(?:Russia|Russian|Ukraine|Ukrainian|Belarus|Belarusian|Kazakhstan|Kazakh)\b/;
const KRAIS = new Set(['Krasnodar', 'Krasnoyarsk', 'Stavropol', 'Khabarovsk', 'Perm', 'Primorsky', 'Altai', 'Zabaykalsky', 'Kamchatka']);
const NOT_OBLASTS = new Set(['Donbas', 'Donbass', 'Crimea', 'Siberia', 'Caucasus', 'North Caucasus', 'Chechnya', 'Dagestan', 'Tatarstan', 'Bashkortostan', 'Ingushetia', 'Kuban', 'Urals', 'Volga', 'Far East', 'Transnistria', 'Polesia']);
const OBLAST_STATES_ALL = new RegExp(OBLAST_STATES.source, 'g');

/**
 * Names completed by the lower-case head after them: "the Yangtze river" -> "Yangtze River"; and a
 * Russian or Ukrainian "Kursk region", "Sverdlovsk Region" -> "Kursk Oblast", as reference works name them.
 */
function namedByHead(text: string, mentions: ActorMention[]): void {
  if (UNIT_WORDS.some((w) => mayHavePhrase(text, w)) && UNIT_HINT.test(text)) unitLists(text, mentions);
  // (found from the rare heads: the mention that ends right before one, or whose name ends in one)
  // (searched without the space, whose first character is everywhere and makes indexOf slow; " region"
  // and " Region" in one search of "egion", the lower-case ones first)
  const heads: number[] = [];
  for (let p = text.indexOf('river'); p >= 0; p = text.indexOf('river', p + 5)) if (p > 0 && text.charCodeAt(p - 1) === 32) heads.push(p - 1);
  const regions = heads.length;
  let upperRegions: number[] | null = null;
  for (let p = text.indexOf('egion'); p >= 0; p = text.indexOf('egion', p + 5)) {
    if (p < 2 || text.charCodeAt(p - 2) !== 32) continue;
    const c = text.charCodeAt(p - 1);
    if (c === 114) heads.push(p - 2);
    else if (c === 82) (upperRegions ??= []).push(p - 2);
  }
  if (upperRegions) for (const p of upperRegions) heads.push(p);
  if (!heads.length) return;
  // (a state whose regions are oblasts, named at all; how often is counted only when needed)
  const oblastStory = heads.length > regions && OBLAST_STATES.test(text);
  let oblastMentions = -1;
  for (const p of heads) {
    for (let k = firstAtOrAfter(mentions, p - LONGEST_MENTION); k < mentions.length && mentions[k].start < p; k++) {
      const m = mentions[k];
      if (m.kind === 'person' || (m.end !== p && !(m.end === p + 7 && m.canonical.endsWith(' Region')))) continue;
      if (text.startsWith(' river', m.end)) {
        if (RIVER_AFTER.test(text.slice(m.end, m.end + 8)) && !m.canonical.includes(' (') && !/ River$/.test(m.canonical)) {
          m.canonical = `${m.canonical} River`;
          m.kind = 'place';
          m.end += 6;
        }
        continue;
      }
      if (!oblastStory || m.kind !== 'place') continue;
      const regionAfter = m.end === p && REGION_AFTER.test(text.slice(m.end, m.end + 8));
      if (!regionAfter && !m.canonical.endsWith(' Region')) continue;
      const sentence = text.slice(Math.max(sentenceStartBefore(text, m.start), m.start - 60), m.start);
      if (!OBLAST_STATES.test(sentence) && !OBLAST_STATES.test(m.canonical)) {
        // (else a story clearly set there)
        if (oblastMentions < 0) {
          oblastMentions = 0;
          for (const _ of text.matchAll(OBLAST_STATES_ALL)) if (++oblastMentions >= 3) break;
        }
        if (oblastMentions < 3) continue;
      }
      // (a krai is no oblast; "Donbas region", "Crimea" are no units of that kind)
      if (regionAfter && !COUNTRY_NAMES.has(m.canonical) && !NOT_OBLASTS.has(m.canonical)) {
        m.canonical = `${m.canonical} ${KRAIS.has(m.canonical) ? 'Krai' : 'Oblast'}`;
        m.end += 7;
      } else if (m.canonical.endsWith(' Region')) {
        const name = m.canonical.slice(0, -7);
        if (!NOT_OBLASTS.has(name)) m.canonical = `${name} ${KRAIS.has(name) ? 'Krai' : 'Oblast'}`;
      }
    }
  }
}

/** Words UNIT_HINT needs, one of them at least (looked for first: a whole-text regex scan is slower) */
const UNIT_WORDS = ['counties', 'provinces', 'districts', 'prefectures', 'departments', 'department'];
const UNIT_HINT = /\b(?:counties|provinces|districts|prefectures|departments|department of)\b/;
const UNIT_PLURALS = /\b(counties|provinces|districts|prefectures|departments)\b/g;
const UNIT_SINGULAR = new Map([['counties', 'County'], ['provinces', 'Province'], ['districts', 'District'], ['prefectures', 'Prefecture'], ['departments', 'Department']]);

/** Between units and the list that names them: " were ", ", including ", " such as ", ": ". */
const UNIT_LIST_LEAD = /^(?:\s+(?:were|are|include|included)|,?\s+(?:including|such as|like|namely)|:)\s+/;

/** "the department of Antioquia": a subdivision named after its kind */
const DEPARTMENT_OF_PLACE = /\b[Tt]he department of (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\b(?! \p{Lu})/gu;

/**
 * "Clackamas and Multnomah counties" -> "Clackamas County", "Multnomah County"; "the department of San
 * Marcos" -> "San Marcos Department" (the bare name then means the unit, as for "Nagano Prefecture").
 */
function unitLists(text: string, mentions: ActorMention[]): void {
  for (const u of text.matchAll(UNIT_PLURALS)) {
    const unit = UNIT_SINGULAR.get(u[1]) as string;
    let at = u.index - 1;
    for (let k = firstAtOrAfter(mentions, u.index) - 1; k >= 0; k--) {
      const m = mentions[k];
      const gap = text.slice(m.end, at + 1);
      if (!(gap === ' ' || (at + 1 < u.index && /^(?:,\s*|,?\s+and\s+|,?\s+or\s+)$/.test(gap)))) break;
      // (a known province or state already goes by its reference name: "Anhui and Hubei provinces" -> "Anhui", "Hubei")
      if (m.kind === 'person' || COUNTRY_NAMES.has(m.canonical) || STATE_AND_PROVINCE_NAMES.has(m.canonical) || m.canonical.includes(' ')) break;
      m.canonical = `${m.canonical} ${unit}`;
      m.kind = 'place';
      at = m.start - 1;
    }
  }
  // "the hardest-hit districts were A, B and C", "several departments, including A, B and C": each "X District"
  for (const u of text.matchAll(UNIT_PLURALS)) {
    const lead = UNIT_LIST_LEAD.exec(text.slice(u.index + u[0].length, u.index + u[0].length + 24));
    if (!lead) continue;
    const unit = UNIT_SINGULAR.get(u[1]) as string;
    let at = u.index + u[0].length + lead[0].length;
    const listed: ActorMention[] = [];
    for (let k = firstAtOrAfter(mentions, at); k < mentions.length && mentions[k].start === at; k++) {
      const m = mentions[k];
      // (names read as people too: "Alta Verapaz" in such a list is a department; not known states or provinces)
      if (COUNTRY_NAMES.has(m.canonical) || STATE_AND_PROVINCE_NAMES.has(m.canonical) || / (?:County|Province|District|Prefecture|Department|Governorate)$/.test(m.canonical)) break;
      listed.push(m);
      const gap = /^(?:,\s*(?:and\s+)?|\s+and\s+)/.exec(text.slice(m.end, m.end + 8));
      if (!gap) break;
      at = m.end + gap[0].length;
    }
    // (a list: two names at least)
    if (listed.length >= 2) for (const m of listed) {
      m.canonical = `${m.canonical} ${unit}`;
      m.kind = 'place';
    }
  }
  for (const d of text.matchAll(DEPARTMENT_OF_PLACE)) {
    const start = d.index + d[0].length - d[1].length;
    const k = firstAtOrAfter(mentions, start);
    // (whatever the name was read as elsewhere: "San Marcos" is no person here)
    const name = k < mentions.length && mentions[k].start === start ? mentions[k].canonical : null;
    if (!name || COUNTRY_NAMES.has(name) || name.includes(' Department')) continue;
    for (const m of mentions) {
      if (m.canonical !== name) continue;
      m.canonical = `${name} Department`;
      m.kind = 'place';
    }
  }
}

const BLANK_THEN_CAPITAL = /^\s+\p{Lu}/u;

/**
 * "Cook said", "Stone added": a surname that is also an English word, capitalised only because it
 * starts a sentence, is the person the article named in full ("Apple CEO Tim Cook"). (The scanner
 * drops such words; mid-sentence ones are already read as the surname.)
 */
function commonWordSurnames(text: string, ctx: Context, mentions: ActorMention[]): void {
  const added: ActorMention[] = [];
  let people: Set<string> | null = null;
  for (const [key, full] of ctx.surnames) {
    if (!full || key.length < 3 || !isCommonWord(key)) continue;
    // (a person the article names, not a run the resolver turned away: "Official Secrets Act")
    people ??= new Set(mentions.filter((m) => m.kind === 'person').map((m) => m.canonical));
    if (!people.has(full)) continue;
    const word = key[0].toUpperCase() + key.slice(1);
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      const end = i + word.length;
      if (LETTER_OR_HYPHEN.test(charOrSpace(text, i - 1)) || LETTER_OR_HYPHEN.test(charOrSpace(text, end))) continue;
      // ("Cook County", "Stone Age": the word starts a longer name)
      if (BLANK_THEN_CAPITAL.test(text.slice(end, end + 3))) continue;
      const k = firstAtOrAfter(mentions, i - LONGEST_MENTION);
      let covered = false;
      for (let j = k; j < mentions.length && mentions[j].start < end; j++) if (mentions[j].end > i) covered = true;
      if (!covered) added.push({ start: i, end, canonical: full, kind: 'person' });
    }
  }
  if (added.length) mentions.push(...added);
}

/**
 * The resolver of one article. (A class rather than closures over the article: its methods are
 * made once, not per article, and need no run-time names.)
 */
class ArticleActors implements ActorResolver {
  private readonly raw: RawMention[];
  private readonly ctx: Context;
  private readonly all: ActorMention[];
  private readonly storms: Set<string>;
  private readonly homeState: string | null;
  private readonly qualifiedBodies: Map<string, string>;
  private readonly footballStory: boolean;

  constructor(private readonly text: string, private readonly title = '') {
    const found = articleMentions(text);
    this.raw = found.raw;
    this.ctx = found.ctx;
    this.all = found.mentions;
    this.storms = found.storms;
    this.homeState = found.homeState;
    this.qualifiedBodies = found.qualifiedBodies;
    this.footballStory = found.footballStory;
  }

  mentions(): ActorMention[] {
    return this.all.slice();
  }

  actorsIn(start: number, end: number): string[] {
    const mentions = this.all;
    const seen = new Set<string>();
    const out: string[] = [];
    for (let k = firstAtOrAfter(mentions, start - LONGEST_MENTION); k < mentions.length; k++) {
      const m = mentions[k];
      if (m.end <= start) continue;
      if (m.start >= end) break;
      if (!seen.has(m.canonical) && !PEOPLE_OF_TWO_STATES.has(m.canonical)) {
        seen.add(m.canonical);
        out.push(m.canonical);
      }
    }
    return out;
  }

  /** Resolved mentions inside a phrase that is not (necessarily) at a known place in the text. */
  // (speaker phrases repeat across an article's attributions)
  // (one map per combination of the flags, keyed by the phrase itself: its hash is computed once)
  private readonly phraseMentions = [new Map<string, ActorMention[]>(), new Map<string, ActorMention[]>(), new Map<string, ActorMention[]>(), new Map<string, ActorMention[]>()];
  private mentionsOfPhrase(phrase: string, speakerRole: boolean, outletsAsBodies = false): ActorMention[] {
    const known = this.phraseMentions[(speakerRole ? 2 : 0) + (outletsAsBodies ? 1 : 0)];
    let found = known.get(phrase);
    if (!found) {
      found = this.mentionsUnderOtherFlags(phrase, speakerRole, outletsAsBodies) ?? this.mentionsOfPhraseUncached(phrase, speakerRole, outletsAsBodies);
      known.set(phrase, found);
    }
    return found.slice();
  }
  /**
   * The phrase's mentions as already found with one flag the other way, when that flag cannot change them for this
   * phrase (the speaker phrase of every record is asked for with and without outletsAsBodies).
   */
  private mentionsUnderOtherFlags(phrase: string, speakerRole: boolean, outletsAsBodies: boolean): ActorMention[] | undefined {
    const index = (speakerRole ? 2 : 0) + (outletsAsBodies ? 1 : 0);
    const otherBodies = this.phraseMentions[index ^ 1]!.get(phrase);
    const otherRole = this.phraseMentions[index ^ 2]!.get(phrase);
    if (!otherBodies && !otherRole) return undefined;
    const { capital, outletSpeaks } = flagsThatMatter(phrase);
    if (otherBodies && !outletSpeaks) return otherBodies;
    if (otherRole && !capital) return otherRole;
    return undefined;
  }
  private mentionsOfPhraseUncached(phrase: string, speakerRole: boolean, outletsAsBodies: boolean): ActorMention[] {
    const { ctx, homeState, qualifiedBodies } = this;
    const mentions = this.all;
    const { toks, raw: rawPhrase } = scanPhrase(phrase);
    const res: ActorMention[] = [];
    // (the article's context read in the phrase; a phrase's first word is no evidence of lower-case use)
    let phraseCtx: Context | null = null;
    let firstWordCtx: Context | null = null;
    for (const m of rawPhrase) {
      // A lone capitalised word is a name when the article treats it as one.
      if (m.source === 'single' && m.common && !ctx.surnames.get(toks[m.first].key)) continue;
      if (m.kind === 'outlet' && outletsAsBodies && OUTLET_SPEAKS_FOR_ITSELF.test(phrase.slice(m.end, m.end + 40))) {
        // "a Reuters spokesperson": the medium speaks as an organisation, not as a reporter
        res.push({ start: m.start, end: m.end, canonical: OUTLET_ACTOR_NAMES.get(m.canonical) ?? m.canonical, kind: 'organization' });
        continue;
      }
      const readIn = m.source === 'single' && m.first === 0
        ? (firstWordCtx ??= { ...ctx, text: phrase, lowerWords: new Set() })
        : (phraseCtx ??= { ...ctx, text: phrase, lowerWords: ctx.lowerWords });
      const r = resolve(m, readIn, speakerRole);
      if (r) {
        const q = qualifiedBodies.get(r.canonical);
        if (q) r.canonical = q;
        if (this.footballStory) asClub(phrase, r);
        res.push(r);
      }
    }
    localPolice(phrase, res, mentions);
    // "Cook": a surname that is also a word, which the phrase's scan dropped as its first word
    if (!res.length && toks.length === 1 && startsWithCapital(toks[0].text)) {
      const full = ctx.surnames.get(toks[0].key);
      if (full) res.push({ start: toks[0].start, end: toks[0].end, canonical: full, kind: 'person' });
    }
    // "the government", "the electoral commission" as speakers
    if (!res.length) res.push(...stateDescriptions(phrase, mentions, homeState));
    // "The Ministry of Defence of Ukraine", "Belarus's Security Council": a state's own body
    if (/ministry|security council|foreign office/i.test(phrase)) return qualifyNationalBodies(phrase, res, homeState);
    return res;
  }

  canonicalSpeaker(speaker: string): string | null {
    const s = speaker.trim().replace(/^["“”'‘’]+|["“”'‘’]+$/g, '');
    if (!s || ANONYMOUS_MARKERS.test(s)) return null;
    const found = this.mentionsOfPhrase(s, true);
    if (!found.length) return null;
    // A person if one is named; else the innermost organisation ("the UN's humanitarian office
    // OCHA", "the deputy director of North Korea's space agency"); else the first place.
    const orgs = found.filter((m) => m.kind === 'organization');
    return clubByCommonName((found.find((m) => m.kind === 'person') ?? orgs[orgs.length - 1] ?? found[0]).canonical);
  }

  isPersonName(s: string): boolean {
    // (the phrase's tokens as scanPhrase keeps them across articles; only read here)
    const words = scanPhrase(s).toks;
    if (!words.length) return false;
    if (words.length === 1 && ANONYMOUS_HEADS.has(words[0].key)) return false;
    const found = this.mentionsOfPhrase(s, false);
    const people = found.filter((m) => m.kind === 'person');
    if (people.length !== 1) {
      // A lone given name ("Gilbert") still names a person.
      return !found.length && words.length === 1 && FIRST_NAMES.has(words[0].key) && !isCommonWord(words[0].key);
    }
    // The name must end the phrase, after nothing but descriptors: "CIA chief William Burns".
    const person = people[0];
    const descriptors = found.filter((m) => m !== person);
    return words.every((w) => {
      if (w.start >= person.start) return w.start < person.end;
      if (descriptors.some((m) => w.start >= m.start && w.end <= m.end)) return true;
      return TITLE_WORDS.has(w.key) || ROLE_NOUNS.has(w.key) || w.key === 'the' || w.key === 's' || w.key === 'a' || w.key === 'an';
    });
  }

  // What actorsForClaim needs beyond the mentions, computed on its first call.
  private claimContext: { headsOfState: Set<string>; describedOtherwise: Set<string>; where: string | null } | null = null;
  private getClaimContext() {
    const { text, storms } = this;
    const mentions = this.all;
    if (this.claimContext) return this.claimContext;
    // Persons the article introduces with an office ("Prime Minister X", "X, the chief executive").
    const headsOfState = new Set<string>();
    const describedOtherwise = new Set<string>();
    for (const m of mentions) {
      if (m.kind !== 'person') continue;
      const before = text.slice(Math.max(0, m.start - 45), m.start);
      const after = upToClauseMark(text, m.end, Math.min(text.length, m.end + 50));
      if (NON_ACTOR_ROLES.test(before + ' ' + after)) describedOtherwise.add(m.canonical);
      else if (HEAD_TITLE_BEFORE.test(before) || HEAD_TITLE_AFTER.test(after)) headsOfState.add(m.canonical);
    }
    // The place the story happens in: the town or region it names most often (twice at least).
    const placeCounts = new Map<string, number>();
    const countryCounts = new Map<string, number>();
    mentions.forEach((m, k) => {
      // (a structure is where something happened, not the town it happened in: "the Reichstag building")
      if (m.kind !== 'place' || REGION_NAMES.has(m.canonical) || storms.has(m.canonical) || isStructureName(m.canonical)) return;
      // ("the two sides", "these four countries": a description of several states names none of them)
      if (mentions[k - 1]?.start === m.start || mentions[k + 1]?.start === m.start) return;
      const country = COUNTRY_NAMES.has(m.canonical);
      // (by name: "60 km from the capital", "across the state" point back to a place as a landmark
      // or the frame more often than as the scene)
      if (!country && !startsUpper(text, m.start) && !NAMED.test(text.slice(m.start, m.end))) return;
      const counts = country ? countryCounts : placeCounts;
      counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
    });
    // Named at least twice, and in the lead unless named three times or more.
    const firstSeen = new Map<string, number>();
    for (const m of mentions) if (!firstSeen.has(m.canonical)) firstSeen.set(m.canonical, m.start);
    let setting: string | null = null;
    for (const [place, count] of placeCounts) {
      if (count < 2 || (count < 3 && firstSeen.get(place)! > LEAD_LENGTH)) continue;
      if (!setting || count > placeCounts.get(setting)!) setting = place;
    }
    // Without a town or region, a state the article is clearly about: named at least four
    // times and at least twice as often as any other.
    const ranked = [...countryCounts].sort((a, b) => b[1] - a[1]);
    const homeCountry = ranked.length && ranked[0][1] >= 4 && (ranked.length === 1 || ranked[0][1] >= 2 * ranked[1][1]) ? ranked[0][0] : null;
    // Else the town or region the lead places the story in, when it names only one.
    if (!setting && !homeCountry) {
      // (a destination is not the scene: "a tsunami warning issued as far as Hawaii")
      const leadPlaces = [...placeCounts.keys()].filter((p) => firstSeen.get(p)! <= LEAD_LENGTH && !DESTINATION_BEFORE.test(text.slice(Math.max(0, firstSeen.get(p)! - 12), firstSeen.get(p)!)));
      if (leadPlaces.length === 1) setting = leadPlaces[0] as string;
    }
    return (this.claimContext = { headsOfState, describedOtherwise, where: setting ?? homeCountry });
  }

  // person -> the body or state named right before the person's first full mention ("Japanese
  // Chief Cabinet Secretary Yoshimasa Hayashi" -> Japan), computed on first use
  private affiliations: Map<string, string> | null = null;
  private affiliationOf(person: string): string | null {
    const { text } = this;
    const mentions = this.all;
    if (!this.affiliations) {
      this.affiliations = new Map();
      for (let k = 1; k < mentions.length; k++) {
        const m = mentions[k];
        if (m.kind !== 'person' || this.affiliations.has(m.canonical)) continue;
        const prev = mentions[k - 1];
        if (prev.kind === 'person') continue;
        const between = tokenize(text.slice(prev.end, m.start));
        // (a title or role at least, and no sentence between: "Ghazni. Zabihullah Mujahid" is no affiliation)
        // ("Acme co-founder and CEO Jane Roe": titles joined by "and")
        if (between.length >= 1 && between.length <= 5 && !/[.;:!?]/.test(text.slice(prev.end, m.start)) && between.every((w) => w.key === 's' || TITLE_WORDS.has(w.key) || ROLE_NOUNS.has(w.key) || w.key === 'co' || (w.key === 'and' && w !== between[0]))) this.affiliations.set(m.canonical, prev.canonical);
      }
      // "Zabihullah Mujahid, a Taliban spokesman": the body in an apposition after the name
      for (let k = 0; k + 1 < mentions.length; k++) {
        const m = mentions[k];
        const next = mentions[k + 1];
        if (m.kind !== 'person' || next.kind === 'person' || this.affiliations.has(m.canonical)) continue;
        if (!/^,\s+(?:a|an|the)\s+(?:(?:senior|top|chief|former)\s+)?$/i.test(text.slice(m.end, next.start))) continue;
        const role = /^(?:['’]s)?\s+([\p{L}-]+)/u.exec(text.slice(next.end, next.end + 30));
        if (role && (TITLE_WORDS.has(role[1].toLowerCase()) || ROLE_NOUNS.has(role[1].toLowerCase()))) this.affiliations.set(m.canonical, next.canonical);
      }
      // "John Roe, Acme's chief executive", "Jane Doe, NPR's CEO" (a medium too: it speaks as a body here)
      for (const m of mentions) {
        if (m.kind !== 'person' || this.affiliations.has(m.canonical) || text.charCodeAt(m.end) !== 44) continue;
        const r = firstAtOrAfter(this.raw, m.end);
        const body = this.raw[r];
        if (!body || !/^,\s+(?:the\s+)?$/.test(text.slice(m.end, body.start)) || body.kind === 'person') continue;
        const role = /^['’]s\s+(?:(?:new|former|acting|interim|deputy|senior|top)\s+)?([\p{L}-]+)/u.exec(text.slice(body.end, body.end + 40));
        if (!role || !(TITLE_WORDS.has(role[1].toLowerCase()) || ROLE_NOUNS.has(role[1].toLowerCase()))) continue;
        const k = firstAtOrAfter(mentions, body.start);
        const resolved = k < mentions.length && mentions[k].start === body.start ? mentions[k].canonical : body.kind === 'outlet' ? OUTLET_ACTOR_NAMES.get(body.canonical) ?? body.canonical : null;
        if (resolved) this.affiliations.set(m.canonical, resolved);
      }
    }
    return this.affiliations.get(person) ?? null;
  }

  /** How a claim refers to its speaker: as its subject ("he would", "it had"), in the first person, or in quotation. */
  private claimAboutSpeaker(claimStart: number, claimEnd: number) {
    const { text } = this;
    const claim = text.slice(claimStart, claimEnd);
    const quoted = /["“”‘’']\s*$/.test(text.slice(Math.max(0, claimStart - 3), claimStart)) || /^\s*["“‘]/.test(claim);
    return {
      quoted,
      // ("he believed Iran planned" too: the annotations list the believer, 10 claims in 13)
      personSubject: PERSON_SUBJECT.test(claim),
      // ("I think", "as far as I know", "I want to stress": the speaker's hedge, not what the claim is about)
      self: FIRST_PERSON_SINGULAR.test(claim) && FIRST_PERSON_SINGULAR.test(claim.replace(FIRST_PERSON_HEDGE, ' ')),
      plural: FIRST_PERSON_PLURAL.test(claim),
    };
  }

  /**
   * Actors of one attribution: those named in the claim, the definite descriptions in it
   * pointing back to earlier actors, the speaker's own actors when the speaker is an
   * organisation, a state, or a person holding an office (not a witness or a journalist),
   * and the story's setting when the claim names no place.
   */
  actorsForClaim(claimStart: number, claimEnd: number, speaker: string | null): string[] {
    const { text } = this;
    const mentions = this.all;
    const claim = text.slice(claimStart, claimEnd);
    // (which of the claim regexes may match: most claims have none of their words)
    const words = CLAIM_WORDS.of(claim);
    const out: string[] = [];
    const quotedPerson = this.speakerActors(out, speaker, claim, claimStart, claimEnd);
    const named = this.actorsIn(claimStart, claimEnd);
    for (const a of named) if (!out.includes(a)) out.push(a);
    // "the Bloomberg report was about right", "an interview with the Jerusalem Post": a medium the
    // claim itself names is one of its actors (the engine drops the outlet that reports the claim).
    let namesMedium = false;
    for (let r = firstAtOrAfter(this.raw, claimStart); r < this.raw.length && this.raw[r].start < claimEnd; r++) {
      const m = this.raw[r];
      if (m.kind !== 'outlet') continue;
      namesMedium = true;
      // (not in an aside: "Bloomberg LP [the parent company of Bloomberg News]")
      if (/[([][^)\]]*$/.test(text.slice(claimStart, m.start))) continue;
      // (nor a name read as something else: "Sun's shares" in a story about Sun Microsystems)
      const k = firstAtOrAfter(mentions, m.start);
      if (k < mentions.length && mentions[k].start === m.start) continue;
      const name = OUTLET_ACTOR_NAMES.get(m.canonical) ?? m.canonical;
      if (!out.includes(name)) out.push(name);
    }
    this.pronounActors(out, speaker, claim, claimStart, quotedPerson, (words & PRONOUN_BIT) !== 0);
    this.topicActors(out, claim, claimStart, words, named);
    // "the report was total fiction", "we stand by our story": a claim about the story's report, naming no
    // medium, involves the medium the story names most often (the first named of those tied).
    if (!namesMedium && (words & REPORT_BIT) !== 0 && REPORT_WORDS.test(claim)) {
      const medium = this.storyMedium();
      if (medium && !out.includes(medium)) out.push(medium);
    }
    // The headline's actor: the story's subject in every claim, else in a claim that names no actor (not a place).
    const lead = this.headlineActor();
    if (lead && !out.includes(lead.name) && (lead.dominant || (!out.length && this.kindOf(lead.name) !== 'place'))) out.push(lead.name);
    return withClubsByCommonName(out);
  }

  /** actorsForClaim: the speaker's own actors (to out); the person, when the claim quotes the speaker. */
  private speakerActors(out: string[], speaker: string | null, claim: string, claimStart: number, claimEnd: number): string | null {
    const { homeState } = this;
    let quotedPerson: string | null = null;
    if (speaker && ANONYMOUS_MARKERS.test(speaker)) {
      // An unnamed source still brings its state or organisation: "unidentified US officials".
      for (const m of this.mentionsOfPhrase(speaker.trim(), true)) if (m.kind !== 'person' && !out.includes(m.canonical)) out.push(m.canonical);
    } else if (speaker) {
      // Rule: the speaker is an actor of its claim only when the claim is about the speaker —
      // it refers to the speaker ("X said he would resign", "the firm said it had", a quote in
      // the first person) — or the speaker heads a state or government, whose words are acts.
      const found = this.mentionsOfPhrase(speaker.trim(), true, true);
      // "a ministry statement", "the commission": a description only the article's context resolves
      if (!found.length) found.push(...this.speakerMentionsInText(speaker.trim(), claimStart, claimEnd));
      const person = found.find((m) => m.kind === 'person');
      // "Lopez and Rodriguez said they were ...": the one named with the speaker, for "they" and "them"
      if (person && found.filter((m) => m.kind === 'person').length === 1 && /\b(?:they|them|their|themselves)\b/i.test(claim)) {
        const partner = this.coSpeaker(speaker.trim(), claimStart);
        if (partner && partner !== person.canonical) found.push({ start: -1, end: -1, canonical: partner, kind: 'person' });
      }
      const about = this.claimAboutSpeaker(claimStart, claimEnd);
      const spokes = SPOKESPERSON.test(speaker);
      if (person && about.quoted) quotedPerson = person.canonical;
      if (person) {
        const { headsOfState, describedOtherwise } = this.getClaimContext();
        const head = (headsOfState.has(person.canonical) || HEAD_OF_STATE.test(speaker)) && !describedOtherwise.has(person.canonical) && !NON_ACTOR_ROLES.test(speaker);
        // ("Tom said she was": not Tom)
        const pronounGender = /^\s*["“‘']?\s*(?:she|her)\b/i.test(claim) ? 'female' : 'male';
        const fitsGender = genderOf(person.canonical) !== (pronounGender === 'female' ? 'male' : 'female');
        if (head || about.self || (about.personSubject && fitsGender && !about.quoted)) out.push(person.canonical);
        // "The couple said: 'we ...'", "Roe and Doe said they": people speaking together about themselves
        if (about.plural || /\b(?:they|them|their|themselves)\b/i.test(claim)) {
          for (const m of found) if (m.kind === 'person' && m !== person && !out.includes(m.canonical)) {
            if (!out.includes(person.canonical)) out.push(person.canonical);
            out.push(m.canonical);
          }
        }
        // "Pentagon spokesperson X", "Renamo spokesman X ... 'we reject'": the body the speaker speaks for
        // ("Japanese minister X: '... our people'": the state)
        if (spokes || about.plural) {
          const bodies = found.filter((m) => m.kind !== 'person' && m.start < person.start);
          // "Hayashi said '... our people'": the body the article introduced the speaker with
          const affiliation = bodies.length ? null : this.affiliationOf(person.canonical);
          if (affiliation) {
            if (!out.includes(affiliation)) out.push(affiliation);
          } else for (const m of bodies) if (!out.includes(m.canonical)) out.push(m.canonical);
        } else {
          // "Microsoft CEO Steve Ballmer", "Brandizzo Mayor Paolo Bodoni": the firm or town the speaker heads
          const phrase = speaker.trim();
          for (const m of found) {
            if (m.kind === 'person' || m.start >= person.start || COUNTRY_NAMES.has(m.canonical)) continue;
            if (HEADS_BODY.test(phrase.slice(m.end, person.start)) && !out.includes(m.canonical)) out.push(m.canonical);
          }
        }
      } else {
        // "Egypt's State Information Service", "the Afghan interior ministry": the body speaks, its state only
        // describes it; a news agency's country ("China's official Xinhua news agency") even less so.
        const orgs = found.filter((m) => m.kind === 'organization');
        const media = MEDIA_WORDS.test(speaker);
        // "South Korea's military", "Japan's coast guard": the state only describes a body not named
        const phrase = speaker.trim();
        const bodies = orgs.length ? orgs : media ? [] : found.filter((m) => !(DESCRIBES_BODY_AFTER.test(phrase.slice(m.end)) && !spokes));
        // A state, a public body or any other organisation acts by speaking: the annotated sets list a speaking
        // body among its claim's actors far more often than not (dev: actors F1 0.861 -> 0.870 with this).
        for (const m of bodies) if (!out.includes(m.canonical)) out.push(m.canonical);
        for (const m of bodies) {
          const state = possessiveMinistryState(phrase, m);
          if (state && !out.includes(state)) out.push(state);
        }
      }
      // "police official X said officers were searching", "Garda Commissioner X: 'we will'": the force speaks about its own work
      // ("Beard said": introduced before as "Detective Inspector Scott Beard")
      // (the speaker's short tests first, the claim's scan last)
      if (((POLICE_SPEAKER.test(speaker) && !POLICE_SOURCE.test(speaker)) || (person !== undefined && this.introducedAsPolice(person.canonical))) &&
          !out.some(isPoliceForce) && POLICE_WORK.test(claim)) {
        const force = found.find((m) => m.kind === 'organization' && isPoliceForce(m.canonical))?.canonical ?? this.articlePolice();
        if (force) out.push(force);
      }
      // "the government said": the state the article is about
      if (!found.length && /^(?:the\s+)?(?:government|cabinet)$/i.test(speaker.trim())) {
        const home = homeState;
        if (home && !out.includes(home)) out.push(home);
      }
    }
    return quotedPerson;
  }

  /** actorsForClaim: the persons and bodies the claim's pronouns refer to (to out); `pronouns`: whether the claim may have a personal pronoun (CLAIM_WORDS). */
  private pronounActors(out: string[], speaker: string | null, claim: string, claimStart: number, quotedPerson: string | null, pronouns: boolean): void {
    const { text } = this;
    const mentions = this.all;
    const speakerFound = speaker && !ANONYMOUS_MARKERS.test(speaker) ? this.mentionsOfPhrase(speaker.trim(), true, true) : [];
    const speakerPerson = speakerFound.find((m) => m.kind === 'person');
    const speakerIsPerson = !!speakerPerson;
    // "some reports have suggested he could be out": a subject "he"/"she" of a claim whose speaker is
    // no person is the person named last before the claim.
    const subjectPronoun = pronouns ? PERSON_PRONOUN_ANYWHERE.exec(claim) : null;
    if (!speakerIsPerson && subjectPronoun && !out.some((a) => this.kindOf(a) === 'person') && !PERSON_NOUN.test(text.slice(claimStart, claimStart + subjectPronoun.index))) {
      const otherGender = subjectPronoun[1].toLowerCase() === 'he' ? 'female' : 'male';
      for (let j = firstAtOrAfter(mentions, claimStart) - 1; j >= 0 && claimStart - mentions[j].start < 600; j--) {
        if (mentions[j].kind === 'person' && genderOf(mentions[j].canonical) !== otherGender) {
          out.push(mentions[j].canonical);
          break;
        }
      }
      // "... the 58-year-old star, PEOPLE confirmed that he is taking time to get help. 'Kevin Spacey is ...'":
      // with no person named before, the first one named after
      if (!out.some((a) => this.kindOf(a) === 'person') && !mentions.some((m) => m.kind === 'person' && m.start < claimStart)) {
        for (let j = firstAtOrAfter(mentions, (claimStart + claim.length)); j < mentions.length && mentions[j].start - (claimStart + claim.length) < 200; j++) {
          if (mentions[j].kind === 'person' && genderOf(mentions[j].canonical) !== otherGender) {
            out.push(mentions[j].canonical);
            break;
          }
        }
      }
      // "She's working in X and he's in Miami": the other pronoun is the person of the other gender named last
      const other = subjectPronoun[1].toLowerCase() === 'he' ? /\b[Ss]he\b/ : /\b[Hh]e\b/;
      if (out.length && other.test(claim)) {
        const wanted = otherGender;
        const first = out[out.length - 1];
        if (genderOf(first) !== wanted) for (let j = firstAtOrAfter(mentions, claimStart) - 1; j >= 0 && claimStart - mentions[j].start < 600; j--) {
          if (mentions[j].kind === 'person' && mentions[j].canonical !== first && genderOf(mentions[j].canonical) === wanted) {
            out.push(mentions[j].canonical);
            break;
          }
        }
      }
    }
    // "(the pair never broke up ...) 'They hit a rough patch,' the source said": "they" after a couple is the couple
    if (pronouns && /\b(?:[Tt]hey|them)\b/.test(claim) && !out.some((a) => this.kindOf(a) === 'person')) {
      for (let j = firstAtOrAfter(mentions, claimStart) - 1; j > 0 && claimStart - mentions[j].start < 300; j--) {
        const a = mentions[j];
        const b = mentions[j - 1];
        if (a.kind === 'person' && b.kind === 'person' && a.start === b.start && a.end === b.end && a.canonical !== b.canonical && PAIR_WORD.test(text.slice(a.start, a.end))) {
          out.push(b.canonical, a.canonical);
          break;
        }
      }
    }
    // "McCain said she is a patriot": "she" in the words of a man (or "he" in a woman's) is the
    // person of that gender named last before the claim.
    if (speakerIsPerson) {
      const speakerGender = genderOf(speakerPerson!.canonical);
      const other = speakerGender === 'male' ? /\b(?:she|her|hers|herself)\b/i : speakerGender === 'female' ? /\b(?:he|him|his|himself)\b/i : null;
      const hit = pronouns ? other?.exec(claim) : null;
      const wanted = speakerGender === 'male' ? 'female' : 'male';
      if (hit && !out.some((a) => this.kindOf(a) === 'person' && genderOf(a) === wanted) && !PERSON_NOUN.test(text.slice(claimStart, claimStart + hit.index))) {
        for (let j = firstAtOrAfter(mentions, claimStart) - 1; j >= 0 && claimStart - mentions[j].start < 600; j--) {
          if (mentions[j].kind === 'person' && genderOf(mentions[j].canonical) === wanted) {
            out.push(mentions[j].canonical);
            break;
          }
        }
      }
    }
    // "X said Frelimo is showing ... and alleged it was responsible": a subject "it"/"its" of a claim
    // whose speaker is a person (or none) is the organisation or state its sentence names first,
    // else the one the sentence before names first.
    if ((!speaker || speakerIsPerson || !speakerFound.length) && /^\s*["“‘']?\s*(?:it|its)\b/i.test(claim)) {
      // ("it will bring a phenomenal amount of rain": the story's storm)
      const referent = this.storms.size && STORM_TALK.test(claim) ? [...this.storms][0] : this.bodyBefore(claimStart, speaker);
      if (referent && !out.includes(referent)) out.push(referent);
    }
    // "(Taliban spokesman X said) the group was checking reports": the speaker's own group or party
    if (speakerFound.length && GROUP_SELF.test(claim)) {
      const body = speakerFound.find((m) => m.kind === 'organization') ?? null;
      const own = body?.canonical ?? (speakerPerson ? this.affiliationOf(speakerPerson.canonical) : null);
      if (own && this.kindOf(own) === 'organization' && !out.includes(own)) out.push(own);
    }
    // "The advisers want him to declare ...": an object pronoun with no person in the claim is the
    // person last named before it.
    // (Not when the claim names someone first: "a man died after winds knocked him down".)
    // ("the charges against her", "her absence": the woman named last, where her given name says she is one)
    const pronoun = pronouns ? /\b(?:him|his|her)\b/i.exec(claim) : null;
    if (pronoun && !out.some((a) => this.kindOf(a) === 'person') && !PERSON_NOUN.test(text.slice(claimStart, claimStart + pronoun.index))) {
      const k = firstAtOrAfter(mentions, claimStart) - 1;
      // (In a quotation "his" is someone other than the one quoted.)
      const quotedSpeaker = quotedPerson;
      const isHer = pronoun[0].toLowerCase() === 'her';
      for (let j = k; j >= 0 && claimStart - mentions[j].start < 600; j--) {
        if (mentions[j].kind === 'person' && mentions[j].canonical !== quotedSpeaker && (!isHer || genderOf(mentions[j].canonical) === 'female')) {
          out.push(mentions[j].canonical);
          break;
        }
      }
    }
  }

  private force: string | null | undefined = undefined;
  /** The police force a police speaker speaks for: the article's state's national police, else the force it names most often. */
  private articlePolice(): string | null {
    if (this.force !== undefined) return this.force;
    const national = this.homeState ? NATIONAL_POLICE.get(this.homeState) : undefined;
    if (national) return (this.force = national);
    const counts = new Map<string, number>();
    for (const m of this.all) if (m.kind === 'organization' && isPoliceForce(m.canonical)) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
    let best: string | null = null;
    for (const [f, n] of counts) if (!best || n > counts.get(best)!) best = f;
    return (this.force = best);
  }

  /** Whether the article introduces a person as a police officer: "police official X", "X, a police spokesman". */
  private readonly policeOfficers = new Map<string, boolean>();
  private introducedAsPolice(person: string): boolean {
    let known = this.policeOfficers.get(person);
    if (known === undefined) this.policeOfficers.set(person, (known = this.firstNamedAsPolice(person)));
    return known;
  }
  private firstNamedAsPolice(person: string): boolean {
    const first = this.all.find((m) => m.canonical === person);
    if (!first) return false;
    const { text } = this;
    const before = text.slice(Math.max(0, first.start - 50), first.start);
    const lead = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf(', '), before.lastIndexOf('\n')) + 1);
    return POLICE_SPEAKER.test(lead) || /^,\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?police\b/iu.test(text.slice(first.end, first.end + 50));
  }

  private headline: HeadlineActor | null | undefined = undefined;
  /**
   * The actor the text names most, at least twice, when the headline names it too. Dominant — named at least
   * twice as often as any other — it is the story's subject, an actor of every claim whether the claim names it
   * or not (55% of those it adds on the read sets); else it is the actor of claims that name none (52%).
   */
  private headlineActor(): HeadlineActor | null {
    if (this.headline === undefined) this.headline = this.title ? mostNamedInTitle(this.text, this.title, this.all) : null;
    return this.headline;
  }

  private medium: string | null | undefined = undefined;
  /** The news medium the story names most often (the first named of those tied), as an actor. */
  private storyMedium(): string | null {
    if (this.medium !== undefined) return this.medium;
    const counts = new Map<string, number>();
    for (const m of this.raw) if (m.kind === 'outlet' && !isCredit(this.text, m.start, m.end)) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
    let best: string | null = null;
    for (const [name, n] of counts) if (!best || n > counts.get(best)!) best = name;
    return (this.medium = best && (OUTLET_ACTOR_NAMES.get(best) ?? best));
  }

  /** actorsForClaim: the setting and the story's topics a claim names no actor of (to out). */
  private topicActors(out: string[], claim: string, claimStart: number, topics: number, named: string[]): void {
    // "The talks are at a sensitive stage": a claim about the article's deal or talks, naming no
    // party, involves the parties the article first names with them.
    // (also when the claim names only parties of that deal: "UTi said there were no discussions between the companies")
    // (each topic's regex only where the claim has one of its words)
    const definite = (topics & DEAL_BIT) !== 0 && DEAL_WORDS.test(claim);
    if (definite || ((topics & DEAL_BIT) !== 0 && DEAL_SIDES.test(claim))) {
      let parties = this.dealParties();
      // (two sides: two bodies, or two states; "Thomson, of Canada" is one side)
      if (!definite && parties.filter((p) => !COUNTRY_NAMES.has(p)).length < 2 && !(parties.length >= 2 && parties.every((p) => COUNTRY_NAMES.has(p)))) parties = [];
      if (!out.some((a) => (this.kindOf(a) !== 'person' || COUNTRY_NAMES.has(a)) && !parties.includes(a))) for (const p of parties) if (!out.includes(p)) out.push(p);
    }
    // A claim that names no place happens where the story does ("the death toll has reached 35").
    const { where } = this.getClaimContext();
    // (Unknown small places inside the setting — "the town of Jiegu" — do not count as a place of its own.)
    // A town or region is where a claim happens only when the claim tells of an event on the ground
    // (deaths, an attack, a quake), not of talks or statements; a state the article is about always is.
    if (
      where && !out.includes(where) && !out.some((a) => this.kindOf(a) === 'place' && GAZETTEER_KINDS.has(a)) &&
      (COUNTRY_NAMES.has(where) || this.tellsOfTheScene(claim, named))
    ) out.push(where);
    // (topics of the story, after the setting: they are not places the claim names)
    // "the missile broke up after the launch": a claim about the article's launch involves the
    // state or group the article says fired it.
    if ((topics & LAUNCH_BIT) !== 0 && LAUNCH_TOPIC.test(claim)) {
      const who = this.launcher();
      if (who && !out.includes(who)) out.push(who);
    }
    // "the military exercise puts us as an enemy": a claim about the article's drills involves the
    // states that hold them ("US-South Korean military drills").
    if ((topics & DRILLS_BIT) !== 0 && DRILLS.test(claim)) for (const p of this.drillParties()) if (!out.includes(p)) out.push(p);
    // "the nature of the injury would not be known": a claim about the story's injury, naming
    // nobody, involves the injured person.
    if ((topics & INJURY_BIT) !== 0 && INJURY_TOPIC.test(claim) && !out.some((a) => this.kindOf(a) === 'person')) {
      const p = this.injuredPerson();
      if (p) out.push(p);
    }
    // "the suspensions were worrying": a claim about accounts or users in a story about one
    // platform involves the platform.
    if ((topics & PLATFORM_BIT) !== 0 && PLATFORM_TOPIC.test(claim)) {
      const p = this.storyPlatform();
      if (p && !out.includes(p)) out.push(p);
    }
    // "a meeting between the two leaders", "the leaders' discussions": the two heads of state or
    // government named last before the claim.
    if ((topics & LEADERS_BIT) !== 0 && TWO_LEADERS.test(claim)) for (const p of this.lastTwoHeads(claimStart)) if (!out.includes(p)) out.push(p);
  }

  /** The two persons the article introduced with a head's title ("President X") named last before `pos`, or none. */
  private lastTwoHeads(pos: number): string[] {
    const { headsOfState } = this.getClaimContext();
    const mentions = this.all;
    const found: string[] = [];
    for (let k = firstAtOrAfter(mentions, pos) - 1; k >= 0 && found.length < 2; k--) {
      const c = mentions[k].canonical;
      if (mentions[k].kind === 'person' && headsOfState.has(c) && !found.includes(c)) found.push(c);
    }
    return found.length === 2 ? found.reverse() : [];
  }

  /**
   * topicActors: does a claim tell of an event on the ground of the story's town? Not when it names a
   * person: "X was arrested on Saturday", "X should be arrested" are about X, not the scene.
   */
  private tellsOfTheScene(claim: string, named: string[]): boolean {
    return (EVENT_WORDS.test(claim) || HARM_WORDS.test(claim)) && !named.some((a) => this.kindOf(a) === 'person') && !NAMES_A_UNIT.test(claim);
  }

  /** The organisation or state the sentence holding `pos` names first before `pos`, else the one the sentence before names first. */
  private bodyBefore(pos: number, speaker: string | null): string | null {
    const { text } = this;
    const mentions = this.all;
    const own = new Set(speaker ? this.mentionsOfPhrase(speaker.trim(), true, true).map((m) => m.canonical) : []);
    // "told the Kremlin it would have to": the one told
    const told = /\b(?:told|warned|informed|assured|reminded)\s+(?:the\s+)?$/;
    const k0 = firstAtOrAfter(mentions, pos) - 1;
    if (k0 >= 0 && this.isBody(mentions[k0]) && /^[\s,]*(?:that\s*)?$/.test(text.slice(mentions[k0].end, pos)) && told.test(text.slice(Math.max(0, mentions[k0].start - 30), mentions[k0].start))) return mentions[k0].canonical;
    let end = pos;
    for (let round = 0; round < 2; round++) {
      const start = sentenceStartBefore(text, end);
      for (let k = firstAtOrAfter(mentions, start); k < mentions.length && mentions[k].start < end; k++) {
        const m = mentions[k];
        if (this.isBody(m) && !own.has(m.canonical)) return m.canonical;
      }
      if (start === 0) break;
      end = start - 1;
    }
    return null;
  }

  /** An organisation or state a later "it" can refer to. (An adjective — "an American assessment" — is nothing "it" can refer to.) */
  private isBody(m: ActorMention): boolean {
    return (m.kind === 'organization' || COUNTRY_NAMES.has(m.canonical)) && !DEMONYM_FORM.test(this.text.slice(m.start, m.end)) && !this.reports(m);
  }

  private drillStates: string[] | null = null;
  /** The states the article first says hold drills: "US-South Korean military drills", "drills by X and Y". */
  private drillParties(): string[] {
    const { text } = this;
    if (this.drillStates) return this.drillStates;
    this.drillStates = [];
    const d = DRILLS.exec(text);
    if (!d) return this.drillStates;
    // the words before the drills ("the ongoing US-South Korean military"), read without the
    // military words so that the states are not read as their armed forces
    const from = Math.max(sentenceStartBefore(text, d.index), d.index - 40);
    const before = text.slice(from, d.index).replace(/(?:\s|\b(?:military|naval|joint|air|combined|annual|large-scale|live-fire))+$/i, '');
    // ... or after them: "drills by the US and South Korea"
    const afterText = /^\s+(?:by|between|of|with)\s/.test(text.slice(d.index + d[0].length, d.index + d[0].length + 10)) ? text.slice(d.index + d[0].length, d.index + d[0].length + 60).split(/[.;!?]/)[0] : '';
    for (const phrase of [before, afterText]) {
      for (const m of this.mentionsOfPhrase(phrase, true)) {
        const state = CAPITAL_STATES.get(m.canonical) ?? m.canonical;
        if (COUNTRY_NAMES.has(state) && !this.drillStates.includes(state)) this.drillStates.push(state);
      }
    }
    return this.drillStates;
  }

  private injured: string | null | undefined = undefined;
  /** The person named last before the first mention of an injury ("Paul Pogba faces a lay-off because of a hamstring injury"). */
  private injuredPerson(): string | null {
    const { text } = this;
    const mentions = this.all;
    if (this.injured !== undefined) return this.injured;
    this.injured = null;
    const i = INJURY_TOPIC.exec(text);
    if (!i) return null;
    const start = sentenceStartBefore(text, i.index);
    for (let k = firstAtOrAfter(mentions, i.index) - 1; k >= 0 && mentions[k].start >= start; k--) {
      if (mentions[k].kind === 'person') return (this.injured = mentions[k].canonical);
    }
    return null;
  }

  private platform: string | null | undefined = undefined;
  /** The one platform company a story names at least twice ("Twitter"), counting uses as a medium. */
  private storyPlatform(): string | null {
    const { raw } = this;
    if (this.platform !== undefined) return this.platform;
    const counts = new Map<string, number>();
    for (const m of raw) if (PLATFORMS.has(m.canonical)) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    this.platform = ranked.length && ranked[0][1] >= 2 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
    return this.platform;
  }

  private launchedBy: string | null | undefined = undefined;
  /** The state or group the article first says fired or launched a missile, rocket or satellite. */
  private launcher(): string | null {
    const { text } = this;
    const mentions = this.all;
    if (this.launchedBy !== undefined) return this.launchedBy;
    this.launchedBy = null;
    const l = LAUNCH_SENTENCE.exec(text);
    if (!l) return null;
    const start = sentenceStartBefore(text, l.index);
    for (let k = firstAtOrAfter(mentions, l.index) - 1; k >= 0 && mentions[k].start >= start; k--) {
      const m = mentions[k];
      if (m.kind === 'organization' || COUNTRY_NAMES.has(m.canonical)) {
        this.launchedBy = CAPITAL_STATES.get(m.canonical) ?? m.canonical;
        break;
      }
    }
    return this.launchedBy;
  }

  /** The person named right before a speaker phrase with "and" ("Jennifer Lopez and | Alex Rodriguez said"), nearest its claim. */
  private coSpeaker(speaker: string, claimStart: number): string | null {
    const { text } = this;
    const mentions = this.all;
    const at = text.lastIndexOf(speaker, claimStart);
    if (at < 5 || claimStart - at > 400 || !/\sand\s+$/.test(text.slice(at - 5, at))) return null;
    const k = firstAtOrAfter(mentions, at) - 1;
    const m = k >= 0 ? mentions[k] : null;
    return m && m.kind === 'person' && /^,?\s+and\s+$/.test(text.slice(m.end, at)) ? m.canonical : null;
  }

  /** Mentions inside the occurrence of a speaker phrase nearest to its claim. */
  private speakerMentionsInText(speaker: string, claimStart: number, claimEnd: number): ActorMention[] {
    const { text } = this;
    const mentions = this.all;
    if (speaker.length < 3) return [];
    const from = Math.max(0, claimStart - 300);
    let best = -1;
    for (let i = text.indexOf(speaker, from); i >= 0 && i < claimEnd + 300; i = text.indexOf(speaker, i + 1)) {
      if (best < 0 || Math.abs(i - claimStart) < Math.abs(best - claimStart)) best = i;
    }
    if (best < 0) return [];
    const end = best + speaker.length;
    const out: ActorMention[] = [];
    for (let k = firstAtOrAfter(mentions, best); k < mentions.length && mentions[k].start < end; k++) if (mentions[k].end <= end) out.push({ ...mentions[k] });
    return out;
  }

  /** A name that reports here ("..., the Daily Ledger reported"): a medium, not a party. */
  private reports(m: ActorMention): boolean {
    const { text } = this;
    return MEDIUM_NAME.test(m.canonical) && REPORTS_AFTER.test(text.slice(m.end, m.end + 24));
  }

  private parties: string[] | null = null;
  /** Organisations and states of the first sentence that tells of talks or a deal ("eBay is in talks to acquire Skype"). */
  private dealParties(): string[] {
    const { text } = this;
    const mentions = this.all;
    if (this.parties) return this.parties;
    this.parties = [];
    const first = DEAL_SENTENCE.exec(text);
    if (!first) return this.parties;
    const start = sentenceStartBefore(text, first.index);
    const endMatch = /[.!?]["”’]?(?:\s|$)|\n/.exec(text.slice(first.index));
    const end = endMatch ? first.index + endMatch.index : text.length;
    for (let k = firstAtOrAfter(mentions, start); k < mentions.length && mentions[k].start < end; k++) {
      const m = mentions[k];
      if ((m.kind === 'organization' || COUNTRY_NAMES.has(m.canonical)) && !this.reports(m) && !this.parties.includes(m.canonical)) this.parties.push(m.canonical);
    }
    // (a deal between companies: the states of that sentence only say where they are)
    if (this.parties.filter((p) => !COUNTRY_NAMES.has(p)).length >= 2) this.parties = this.parties.filter((p) => !COUNTRY_NAMES.has(p));
    if (this.parties.length > 3) this.parties = [];
    return this.parties;
  }

  kindOf(canonical: string): ActorKind {
    const { ctx } = this;
    return ctx.kinds.get(canonical) ?? GAZETTEER_KINDS.get(canonical) ?? 'organization';
  }
}

// One left-to-right pass over an article's tokens that finds every candidate actor
// mention: gazetteer names (longest first), outlets (to exclude them), and runs of
// capitalised words that look like names of people, organisations or places.
import { outletAcceptedAt, outletMatchAt, type OutletEntry } from '../lexicon/outlets.js';
import { isCommonWord } from '../lexicon/common-words.js';
import { FIRST_NAMES } from '../lexicon/first-names.js';
import { NON_ACTOR_WORDS, ORG_HEADS, PLACE_HEADS, ROLE_NOUNS, TITLE_WORDS } from '../lexicon/roles.js';
import { isAllCaps, isCapitalised, plainGap, StreamMemo, type Token } from '../lexicon/tokens.js';
import { ACTOR_MATCHER, COUNTRY_NAMES, SINGLE_WORD_PLACES, type ActorKind, type GazetteerHit } from './gazetteer.js';
import { STATE_AND_PROVINCE_NAMES, US_STATE_NAMES } from '../lexicon/subdivisions.js';
import { capitalActsAsState, LOCATIVE } from './capital-metonymy.js';
import { isTeamNickname } from './team-names.js';
import { portfolioBeforeTitle, portfolioTitleOnly, titleOfPortfolio } from './portfolios.js';

export interface RawMention {
  start: number;
  end: number;
  /** provisional canonical name */
  canonical: string;
  kind: ActorKind | 'outlet';
  source: 'gazetteer' | 'surname' | 'pattern' | 'acronym' | 'single';
  /** index of the first and one-past-last token */
  first: number;
  last: number;
  /** single unknown word facts, for the resolver */
  common?: boolean;
  /** a capital city that could stand for its state */
  capitalOf?: string;
  /** for single unknown words: first word of a sentence (so capitalised anyway) */
  initial?: boolean;
  /** for outlets: agency, newspaper, ... */
  outletKind?: OutletEntry['kind'];
}

/** Words joining the parts of one name: "Eagles of Death Metal", "Tamim bin Hamad", "Ursula von der Leyen". */
const CONNECTORS = new Set(['of', 'for', 'the', 'ten', 'ter', 'zu', 'bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'di', 'dos', 'das', 'y', 'abu', 'ben', 'sans']);
const OF_LIKE = new Set(['of', 'for', 'de', 'du', 'des', 'del', 'della', 'di', 'da']);
/** Lower-case heads that extend an unknown place name: "Yushu county" -> "Yushu County". */
const PLACE_SUFFIXES = new Set(['county', 'province', 'state', 'district', 'prefecture', 'governorate', 'oblast', 'region', 'township']);
/** Lower-case heads that make an unknown name a facility: "Yalgado Ouedraogo hospital". */
const FACILITY_SUFFIXES = new Set(['base', 'airbase', 'hospital', 'hotel', 'airport', 'stadium', 'prison', 'mosque', 'church', 'university', 'school', 'cafe', 'café', 'restaurant', 'camp', 'port', 'plant', 'refinery']);
/** Lower-case words after a hyphen that are not part of a name ("London-based"). */
const HYPHEN_NOT_NAME = new Set(['based', 'led', 'born', 'backed', 'owned', 'run', 'style', 'era', 'made', 'linked', 'funded', 'affiliated', 'controlled', 'held', 'bound', 'wide', 'like', 'type', 'free', 'friendly', 'allied', 'aligned', 'brokered', 'sponsored', 'bred', 'inspired', 'listed', 'registered', 'flagged', 'sized', 'speaking', 'occupied', 'annexed', 'language']);

function sentenceInitial(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) return true;
  const gap = text.slice(tokens[i - 1].end, tokens[i].start);
  // (most words follow one space, which none of the marks is)
  return gap !== ' ' && /[.!?:;\n\u2014\u2013"“‘(\[]|\s-\s/.test(gap);
}


interface GazetteerAt {
  hit: GazetteerHit | null;
  outlet: OutletEntry | null;
  last: number;
  start: number;
  end: number;
}

// The scanner asks about the same token several times (run building, look-ahead); remember answers.
const memo = new StreamMemo<GazetteerAt | null>();

function gazetteerAt(text: string, tokens: Token[], i: number): GazetteerAt | null {
  const answers = memo.of(tokens);
  const known = answers[i];
  if (known !== undefined) return known;
  return (answers[i] = lookupGazetteers(text, tokens, i));
}

function lookupGazetteers(text: string, tokens: Token[], i: number): GazetteerAt | null {
  const g = ACTOR_MATCHER.matchAt(text, tokens, i);
  const o = outletMatchAt(text, tokens, i);
  const oOk = o && outletAcceptedAt(text, tokens, i) ? o : null;
  // ("the Independent National Electoral Commission": a body's name, not the newspaper)
  if (oOk && (!g || oOk.last >= g.last) && !bodyHeadAhead(text, tokens, oOk.last)) return { hit: null, outlet: oOk.value.entry, last: oOk.last, start: oOk.start, end: oOk.end };
  if (g) return { hit: g.value, outlet: null, last: g.last, start: g.start, end: g.end };
  return null;
}

function titleCase(word: string): string {
  return word[0].toUpperCase() + word.slice(1).toLowerCase();
}

/** Is the capital at tokens[i..last) the subject of a state action ("Doha recently proposed")? */

/** Does a state's name, or a capital's, start at tokens[k]? */
function namesState(text: string, tokens: Token[], k: number): boolean {
  const hit = gazetteerAt(text, tokens, k)?.hit;
  return !!hit && hit.kind === 'place' && (hit.role === 'capital' || (hit.role === 'name' && COUNTRY_NAMES.has(hit.canonical)));
}

/** Heads that, after a country's name, still mean the state itself ("the US Government"). */
const STATE_ITSELF = new Set(['government', 'administration', 'authorities', 'cabinet', 'police', 'military', 'forces', 'army']);

/**
 * "Showa Shell Sekiyu", "Anglo American": a known one-word name (a firm, a demonym) inside a name the gazetteers lack,
 * after one capitalised word of no known sort (no common word, given name, title or role) and before another such
 * word (a demonym may also end the name).
 */
function insideUnknownName(text: string, tokens: Token[], run: number[], j: number, demonym: boolean, kind: string | undefined): boolean {
  if (run.length !== 1 || (!demonym && kind !== 'organization')) return false;
  const first = tokens[run[0] as number] as Token;
  if (!plainWordOfName(text, tokens, run[0] as number)) return false;
  const next = tokens[j + 1];
  const nameGoesOn = !!next && isCapitalised(next.text) && plainGap(text.slice(tokens[j]!.end, next.start)) && plainWordOfName(text, tokens, j + 1);
  // (a demonym ends the name only before a verb or a function word: "Anglo American would", not "Unidentified Peruvian officials")
  const nameEnds = !next || !plainGap(text.slice(tokens[j]!.end, next.start)) || AFTER_NAME_WORDS.has(next.key);
  return first.text.length >= 3 && (nameGoesOn || (demonym && nameEnds));
}
const AFTER_NAME_WORDS = new Set(['said', 'says', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'has', 'had', 'have', 'is', 'was', 'were', 'are', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'of', 'from', 'plc', 'shares']);
/** A capitalised word of no known sort: not in a gazetteer, no common word, given name, title or role noun. */
function plainWordOfName(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  return isCapitalised(t.text) && !gazetteerAt(text, tokens, k) && !isCommonWord(t.key) && !FIRST_NAMES.has(t.key) && !TITLE_WORDS.has(t.key) && !ROLE_NOUNS.has(t.key) && !ORG_HEADS.has(t.key) && !PLACE_HEADS.has(t.key);
}

/** "Doctors' Union", "Workers’ Party": a plural possessive before a body's head, inside one name. */
function pluralPossessiveBeforeHead(text: string, tokens: Token[], k: number): boolean {
  const gap = text.slice(tokens[k - 1].end, tokens[k].start);
  return (gap === "' " || gap === '’ ') && tokens[k - 1].key.endsWith('s') && ORG_HEADS.has(tokens[k].key) && isCapitalised(tokens[k].text);
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/**
 * A longer name that starts with a known one: "China Earthquake Networks Center",
 * "United Nations Human Rights Office", "Gulf Coast". Returns its end and kind, or null.
 */
function longerNameAfter(text: string, tokens: Token[], j: number, startsWithPlace: boolean): { end: number; kind: ActorKind } | null {
  let k = j;
  // "Philadelphia 76ers"
  if (startsWithPlace && k < tokens.length && isDigitCode(tokens[k].text.charCodeAt(0)) && /^\d+ers$/.test(tokens[k].text) && plainGap(text.slice(tokens[k - 1].end, tokens[k].start))) return { end: k + 1, kind: 'organization' };
  while (k < tokens.length && k - j < 5 && isCapitalised(tokens[k].text) && (plainGap(text.slice(tokens[k - 1].end, tokens[k].start)) || pluralPossessiveBeforeHead(text, tokens, k)) && !gazetteerAt(text, tokens, k)) k++;
  if (k === j) return null;
  const head = tokens[k - 1].key;
  if (ORG_HEADS.has(head) && !(startsWithPlace && k - j === 1 && STATE_ITSELF.has(head))) {
    // "Shanxi Center for Disease Prevention and Control": the body's name goes on after "for"/"of"
    let e = k;
    if (e + 1 < tokens.length && (tokens[e].text === 'for' || tokens[e].text === 'of') && isCapitalised(tokens[e + 1].text) && !gazetteerAt(text, tokens, e + 1)) {
      let q = e + 1;
      while (q < tokens.length && q - e < 7 && plainGap(text.slice(tokens[q - 1].end, tokens[q].start)) &&
        (isCapitalised(tokens[q].text) || ((tokens[q].text === 'and' || tokens[q].text === 'of' || tokens[q].text === 'the') && q + 1 < tokens.length && isCapitalised(tokens[q + 1].text)))) q++;
      if (isCapitalised(tokens[q - 1].text)) e = q;
    }
    return { end: e, kind: 'organization' };
  }
  if (startsWithPlace && PLACE_HEADS.has(head)) return { end: k, kind: 'place' };
  // "the Cleveland Cavaliers", "Toronto Maple Leafs": a team
  // (not "Putnam County Sheriff Howard Sills": a title or a given name starts a person's name)
  if (startsWithPlace && k - j <= 2 && isTeamNickname(tokens[k - 1].text) && !tokens.slice(j, k).some((t) => TITLE_WORDS.has(t.key) || ROLE_NOUNS.has(t.key) || FIRST_NAMES.has(t.key))) return { end: k, kind: 'organization' };
  return null;
}

/** Sentence-initial words before "of" and a name that are no part of it: "Shares of Acme Corp". */
const LEADING_COLLECTIVES = new Set(['shares', 'stocks', 'units', 'residents', 'officials', 'members', 'supporters', 'fans', 'employees', 'workers', 'executives', 'owners', 'investors', 'leaders', 'critics', 'relatives', 'families', 'most', 'many', 'some', 'all', 'both', 'none', 'parts', 'half', 'customers', 'users']);
/** Particles that begin a name when capitalised: "El Obeid", "Al Burhan", "La Paz", "Van Gaal". */
const NAME_PARTICLES = new Set(['el', 'al', 'abu', 'bin', 'ben', 'de', 'da', 'del', 'la', 'le', 'van', 'von', 'du', 'di', 'dos', 'das']);
/** A connector at the start of a run that is no part of the name ("of", "the"; not a capitalised "El"). */
const leadingConnector = (t: Token) => CONNECTORS.has(t.key) && !(NAME_PARTICLES.has(t.key) && t.text !== t.key);
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower']);
/** Unit words after a known province's or state's name that reference works leave out. */
const UNIT_WORDS_AFTER = new Set(['province', 'state']);

/** Lower-case nouns that introduce an organisation's name: "eyecare company Bausch + Lomb", "rival firm X". */
/** Lower-case nouns after a name that make it an organisation's: "the Likud party", "the Wagner group". */
const ORG_NOUNS_AFTER_NAME = new Set(['party', 'movement', 'militia', 'faction', 'coalition', 'alliance', 'company', 'firm', 'group', 'organisation', 'organization', 'union', 'charity']);
const ORG_DESCRIPTOR_NOUNS = new Set(['company', 'firm', 'group', 'maker', 'manufacturer', 'giant', 'retailer', 'startup', 'start-up', 'insurer', 'lender', 'conglomerate', 'carrier', 'airline', 'bank', 'broker', 'fund', 'investor', 'chain', 'brand', 'developer', 'operator', 'supplier', 'producer', 'club', 'outfit', 'agency', 'charity', 'organisation', 'organization', 'party', 'militia']);

/** Heads of names of laws, treaties and events, which are not actors. */
const NOT_ACTOR_HEADS = new Set(['act', 'law', 'bill', 'treaty', 'accord', 'accords', 'agreement', 'convention', 'protocol', 'resolution', 'directive', 'regulation', 'amendment', 'doctrine', 'cup', 'championship', 'championships', 'olympics', 'games', 'award', 'awards', 'prize', 'festival', 'summit', 'conference', 'forum', 'declaration', 'charter']);

/** End of a law, treaty or event name whose first words end at tokens[j] ("Paris| Agreement"), or 0. */
function namedThingEnd(text: string, tokens: Token[], j: number): number {
  let k = j;
  while (k < tokens.length && k - j < 4 && isCapitalised(tokens[k].text) && plainGap(text.slice(tokens[k - 1].end, tokens[k].start))) {
    // ("CIA Director Bill Burns": a known person, not a bill)
    if (k > j && gazetteerAt(text, tokens, k)?.hit?.kind === 'person') return 0;
    if (NOT_ACTOR_HEADS.has(tokens[k].key)) return k + 1;
    k++;
  }
  return 0;
}

/** Heads of public bodies whose names join two nouns with "and": "Competition and Markets Authority". */
const BODY_HEADS = new Set(['authority', 'commission', 'council', 'committee', 'agency', 'ministry', 'department', 'institute', 'association', 'society', 'foundation', 'bureau', 'office', 'board', 'service', 'services', 'administration', 'directorate', 'tribunal', 'court']);
function bodyHeadAhead(text: string, tokens: Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k - j < 3; k++) {
    if (k > j && !plainGap(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (!isCapitalised(tokens[k].text) || gazetteerAt(text, tokens, k)) return false;
    if (BODY_HEADS.has(tokens[k].key)) return true;
  }
  return false;
}

/** Legal forms dropped from an unknown company's name ("Inc", "Corp"), not "Company" or "Group". */
const NORDIC_LEGAL_FORMS = new Set(['ASA', 'AB', 'Oyj', 'Abp', 'ApS']);
const LEGAL_FORMS = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'lp', 'ag', 'sa', 'nv', 'gmbh', 'spa']);
/** Abbreviated legal forms that reference works write out: "Thomson Corp" -> "Thomson Corporation". */
const LEGAL_WORDS: Record<string, string> = { co: 'Company', corp: 'Corporation' };

const NAMED_EVENT_HEADS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm', 'operation']);

const LEGAL_SUFFIXES = new Set(['motor', 'motors', 'inc', 'co', 'corp', 'corporation', 'company', 'ltd', 'llc', 'plc', 'lp', 'ag', 'sa', 'se', 'nv', 'gmbh', 'holdings']);
/** Are tokens[from..to) only a company's legal form ("Inc", "Co", "Corp")? */
function isLegalSuffix(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!LEGAL_SUFFIXES.has(tokens[k].key)) return false;
  return to > from;
}

const DESCRIPTOR_STOP = new Set(['with', 'in', 'at', 'of', 'to', 'for', 'on', 'and', 'or', 'from', 'by', 'the', 'a', 'an', 'who', 'that', 'which', 'as', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'said', 'says',
  // ("Chinese public opinion about Japan", "a British ship near Bab al-Mandab": the demonym describes no name)
  'about', 'over', 'against', 'into', 'near', 'after', 'before', 'between', 'toward', 'towards', 'under', 'across', 'through', 'during', 'than', 'off', 'outside', 'inside', 'beyond', 'via']);

/**
 * Is the state named at tokens[..j) only describing the name that follows? "the US Central
 * Intelligence Agency" (a state before a known organisation), "American rock band Eagles of
 * Death Metal", "Israeli journalist Barak Ravid" (a demonym, lower-case nouns, then a name).
 */
const CURRENCIES = new Set(['yen', 'yuan', 'renminbi', 'won', 'dollar', 'dollars', 'pound', 'pounds', 'euro', 'euros', 'rupee', 'rupees', 'rouble', 'roubles', 'ruble', 'rubles', 'franc', 'francs', 'peso', 'pesos', 'lira', 'real', 'reais', 'rand', 'shekel', 'shekels', 'krona', 'krone', 'dinar', 'dinars', 'riyal', 'riyals', 'dirham', 'dirhams', 'naira', 'shilling', 'shillings', 'hryvnia', 'zloty', 'baht', 'ringgit', 'rupiah', 'currency']);
/** Heads of descriptions of a company: "the Japanese tech fund", "the Chinese tech giant". */
const COMPANY_NOUNS = new Set(['hub', 'newspaper', 'daily', 'broadcaster', 'tabloid', 'magazine', 'publisher', 'website', 'company', 'firm', 'fund', 'giant', 'group', 'maker', 'carmaker', 'automaker', 'conglomerate', 'major', 'lender', 'bank', 'insurer', 'retailer', 'carrier', 'airline', 'operator', 'startup', 'start-up', 'producer', 'manufacturer', 'chipmaker', 'supplier', 'investor', 'company\'s', 'corporation', 'multinational', 'brewer', 'miner', 'utility', 'developer']);

/** Plural heads of descriptions of firms, with or without an article: "American telecommunications companies". */
const COMPANY_PLURALS = new Set(['companies', 'firms', 'organizations', 'organisations', 'corporations', 'multinationals']);
/** Words before a description of a firm: "the", "a", "its rival", "another". */
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|another|(?:its|a|the) rival)\s+$/i;
/** A firm's branch in a state: "TikTok's U.S. operations". */
const BRANCH_NOUNS = new Set(['operations', 'business', 'businesses', 'unit', 'arm', 'subsidiary', 'division', 'branch', 'assets']);

/** Roles a state's name describes before a person's or firm's name: "US envoy Adam Boehler", "US publisher Dow Jones". */
const DESCRIBED_ROLES = new Set(['envoy', 'ambassador', 'diplomat', 'journalist', 'reporter', 'correspondent', 'publisher', 'analyst', 'writer', 'author',
  'columnist', 'editor', 'anchor', 'commentator', 'blogger', 'expert', 'economist', 'scientist', 'researcher', 'lawyer', 'businessman', 'businesswoman', 'billionaire', 'tycoon']);

function isDescriptor(text: string, tokens: Token[], j: number, demonym: boolean, start = tokens[j - 1].start): boolean {
  // "US$250 million": a currency
  if (text[tokens[j - 1].end] === '$') return true;
  if (j >= tokens.length) return false;
  // ("U.S. media company": the period of an abbreviation, then a space)
  const abbreviated = tokens[j - 1].text.length === 1 && text.slice(tokens[j - 1].end, tokens[j].start) === '. ';
  if (!abbreviated && !plainGap(text.slice(tokens[j - 1].end, tokens[j].start))) return false;
  if (!demonym) {
    // "Israel-Hamas war", "US-Japan talks": two parties, not a descriptor
    if (text.slice(tokens[j - 1].end, tokens[j].start) === '-') return false;
    const next = gazetteerAt(text, tokens, j);
    if (next?.hit && next.hit.kind === 'organization' && next.hit.role === 'name') return true;
    // ("US publisher Dow Jones", "the US software giant": read below as a demonym is)
  }
  // "7,070 Japanese yen": a currency
  if (CURRENCIES.has(tokens[j].key)) return true;
  // "the Japanese tech fund", "the Chinese e-commerce giant": a description of a company named elsewhere
  // (before the whole name: "the U.S. media company"; "its rival American advertising company")
  const determined = DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 16), start));
  for (let c = j; c < tokens.length && c - j < 4 && tokens[c].folded === tokens[c].key && ((c === j && abbreviated) || plainGap(text.slice(tokens[c - 1].end, tokens[c].start))); c++) {
    // ("American telecommunications companies", "U.S. news organizations": firms of the state, not the state)
    if ((determined && COMPANY_NOUNS.has(tokens[c].key)) || COMPANY_PLURALS.has(tokens[c].key)) return true;
  }
  // "TikTok's U.S. operations": a firm's branch in the state
  if (/['’]s\s+$/.test(text.slice(Math.max(0, start - 3), start)) && BRANCH_NOUNS.has(tokens[j].key)) return true;
  let k = j;
  while (k < tokens.length && k - j < 3 && tokens[k].folded === tokens[k].key && !DESCRIPTOR_STOP.has(tokens[k].key) && !/[,.;:!?"“”()]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) k++;
  if (k === j || k >= tokens.length || k - j > 3) return false;
  if (/[,.;:!?"“”()]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
  // (a state's name before one role noun: "US envoy Adam Boehler", not "France both announced Monday")
  if (!demonym && (k - j > 1 || !DESCRIBED_ROLES.has(tokens[j].key))) return false;
  return isCapitalised(tokens[k].text) && !NON_ACTOR_WORDS.has(tokens[k].key) && !gazetteerAt(text, tokens, k)?.hit?.role?.startsWith('demonym');
}

/**
 * Token ranges of Title Case lines (headlines, subheads: "Police Say Gunman Acted Alone"),
 * where capitals say nothing about names.
 */
function titleCaseLines(text: string, tokens: Token[]): boolean[] {
  const inTitle = new Array<boolean>(tokens.length).fill(false);
  let lineStart = 0;
  while (lineStart < tokens.length) {
    let lineEnd = lineStart + 1;
    // (the line ends before the first token after the next line break)
    const br = text.indexOf('\n', tokens[lineStart].end);
    if (br < 0) lineEnd = tokens.length;
    else while (lineEnd < tokens.length && tokens[lineEnd].start < br) lineEnd++;
    let words = 0;
    let caps = 0;
    for (let k = lineStart; k < lineEnd; k++) {
      if (tokens[k].text.length <= 3) continue;
      words++;
      if (isCapitalised(tokens[k].text)) caps++;
    }
    if (words >= 3 && caps >= 0.75 * words) for (let k = lineStart; k < lineEnd; k++) inTitle[k] = true;
    lineStart = lineEnd;
  }
  return inTitle;
}

/** A quotation of four to twenty words: where a story's Title Case headline may be quoted. */
const QUOTED_WORDS = /[“"]([^“”"\n]{12,160})[”"]/g;
/**
 * Adds to the Title Case mask the quoted headlines ('the story, “Children Face Death by Starvation in Northern Nigeria”'),
 * where capitals say nothing about names either.
 */
function quotedTitles(text: string, tokens: Token[], inTitle: boolean[] | null): boolean[] | null {
  if (!text.includes('“') && !text.includes('"')) return inTitle;
  let mask = inTitle;
  // (quotations come in text order: each one's first token is at or after the last one's)
  let first = 0;
  for (const q of text.matchAll(QUOTED_WORDS)) {
    const from = (q.index as number) + 1;
    const to = from + (q[1] as string).length;
    while (first < tokens.length && tokens[first].start < from) first++;
    let last = first;
    while (last < tokens.length && tokens[last].end <= to) last++;
    let words = 0;
    let caps = 0;
    for (let k = first; k < last; k++) {
      if (tokens[k].text.length <= 3) continue;
      words++;
      if (isCapitalised(tokens[k].text)) caps++;
    }
    if (words < 4 || caps < 0.75 * words) continue;
    mask ??= new Array<boolean>(tokens.length).fill(false);
    for (let k = first; k < last; k++) mask[k] = true;
  }
  return mask;
}

/** Last words of a newspaper's name. */
const MEDIA_HEADS = new Set(['times', 'daily', 'post', 'herald', 'journal', 'tribune', 'gazette', 'telegraph', 'observer', 'chronicle', 'weekly', 'courier', 'mirror', 'standard', 'inquirer', 'examiner']);

export function scan(text: string, tokens: Token[]): RawMention[] {
  const out: RawMention[] = [];
  const n = tokens.length;
  const inTitle = quotedTitles(text, tokens, text.includes('\n') ? titleCaseLines(text, tokens) : null);
  let i = 0;
  while (i < n) {
    const tok = tokens[i];
    // The "s" of a possessive is never a name.
    if (tok.key === 's' && i > 0 && /['’]$/.test(text.slice(tokens[i - 1].end, tok.start))) {
      i++;
      continue;
    }
    const g = gazetteerAt(text, tokens, i);
    if (g && !(g.hit?.role === 'surname' && i + 1 < n && isCapitalised(tokens[i + 1].text) && plainGap(text.slice(tok.end, tokens[i + 1].start)) && !gazetteerAt(text, tokens, i + 1))) {
      if (g.outlet) {
        out.push({ start: g.start, end: g.end, canonical: g.outlet.canonical, kind: 'outlet', source: 'gazetteer', first: i, last: g.last, outletKind: g.outlet.kind });
      } else if (g.hit) {
        const h = g.hit;
        // "the China Economic Times": a medium whose name only contains a known one's
        if (h.kind === 'place') {
          let j = g.last;
          while (j < n && j - g.last < 3 && isCapitalised(tokens[j].text) && plainGap(text.slice(tokens[j - 1].end, tokens[j].start))) j++;
          if (j > g.last && MEDIA_HEADS.has(tokens[j - 1].key)) {
            out.push({ start: g.start, end: tokens[j - 1].end, canonical: text.slice(g.start, tokens[j - 1].end).replace(/\s+/g, ' '), kind: 'outlet', source: 'gazetteer', first: i, last: j, outletKind: 'newspaper' });
            i = j;
            continue;
          }
        }
        // "Paris Agreement", "Digital Services Act", "Africa Cup": a law, treaty or event named after an actor
        const named = namedThingEnd(text, tokens, g.last);
        if (named) {
          i = named;
          continue;
        }
        // "Russia's security council", "the Iranian security council": a lower-case generic
        // phrase belonging to someone else is not the gazetteer's body.
        if (tok.folded === tok.key && i > 0 && (/['’]s\s+$/.test(text.slice(Math.max(0, tok.start - 4), tok.start)) || gazetteerAt(text, tokens, i - 1)?.hit?.role === 'demonym')) {
          i = g.last;
          continue;
        }
        // "the South American nation", "Latin American leaders": a continent's adjective, not the United States'
        if (h.role === 'demonym' && i > 0 && /^(?:North|South|Central|Latin)$/.test(tokens[i - 1].text) && plainGap(text.slice(tokens[i - 1].end, tok.start))) {
          i = g.last;
          continue;
        }
        if (g.end < text.length && text.charCodeAt(g.end) === 45 && /^-(?:based|born|bound|headquartered)\b/.test(text.slice(g.end, g.end + 16))) {
          i = g.last; // "London-based": where something sits, not what the claim is about
          continue;
        }
        // "Abu Dhabi Media Group", "Cairo University": a body named after a capital
        const body = h.role === 'capital' ? longerNameAfter(text, tokens, g.last, true) : null;
        if (body && body.kind === 'organization') {
          const end = tokens[body.end - 1].end;
          out.push({ start: g.start, end, canonical: text.slice(g.start, end).replace(/\s+/g, ' '), kind: 'organization', source: 'pattern', first: i, last: body.end });
          i = body.end;
          continue;
        }
        if (h.role === 'capital') {
          out.push({
            start: g.start, end: g.end, canonical: h.city ?? h.canonical, kind: 'place', source: 'gazetteer', first: i, last: g.last,
            capitalOf: h.canonical,
          });
          if (capitalActsAsState(text, tokens, i, g.last, (k) => namesState(text, tokens, k))) out[out.length - 1].canonical = h.canonical;
        } else {
          const longer = (h.role === 'name' || h.role === 'demonym') && h.kind !== 'person' ? longerNameAfter(text, tokens, g.last, h.kind === 'place') : null;
          if (longer && h.kind === 'organization' && isLegalSuffix(tokens, g.last, longer.end)) {
            // "Walt Disney Co", "Salesforce.com Inc": the known company under its own name.
            out.push({ start: g.start, end: tokens[longer.end - 1].end, canonical: h.canonical, kind: h.kind, source: 'gazetteer', first: i, last: longer.end });
            i = longer.end;
            continue;
          }
          // "Khyber Pakhtunkhwa Province": a known province or state under its own name, as reference works give it
          if (longer && longer.kind === 'place' && longer.end === g.last + 1 && UNIT_WORDS_AFTER.has(tokens[g.last].key) && STATE_AND_PROVINCE_NAMES.has(h.canonical) && !US_STATE_NAMES.has(h.canonical)) {
            out.push({ start: g.start, end: tokens[g.last].end, canonical: h.canonical, kind: 'place', source: 'gazetteer', first: i, last: longer.end });
            i = longer.end;
            continue;
          }
          if (longer) {
            const end = tokens[longer.end - 1].end;
            // The known part keeps its canonical spelling: "U.N. Human Rights Office" -> "United Nations Human Rights Office".
            // (but a known name that only lengthens what is written stays as written: "Metropolitan Police Department")
            const written = text.slice(g.start, g.end);
            const canonical = (h.kind === 'organization' && !h.canonical.startsWith(written) ? h.canonical : written) + text.slice(g.end, end).replace(/\s+/g, ' ');
            out.push({ start: g.start, end, canonical, kind: longer.kind, source: 'pattern', first: i, last: longer.end });
            i = longer.end;
            continue;
          }
          if (!(h.kind === 'place' && isDescriptor(text, tokens, g.last, h.role === 'demonym', g.start))) {
            out.push({ start: g.start, end: g.end, canonical: h.canonical, kind: h.kind, source: h.role === 'surname' ? 'surname' : 'gazetteer', first: i, last: g.last });
          }
        }
      }
      i = g.last;
      continue;
    }
    if (!isCapitalised(tok.text)) {
      i++;
      continue;
    }
    // An ALL-CAPS dateline word that is a known place ("SEOUL/TOKYO —").
    if (isAllCaps(tok.text) && tok.text.length > 3 && SINGLE_WORD_PLACES.has(tok.key)) {
      const h = SINGLE_WORD_PLACES.get(tok.key)!;
      out.push({ start: tok.start, end: tok.end, canonical: h.canonical, kind: 'place', source: 'gazetteer', first: i, last: i + 1 });
      i++;
      continue;
    }
    // "i-Télé", "e-Commerce": a capital after a lower-case prefix is part of a word, not a name.
    if (i > 0 && text.slice(tokens[i - 1].end, tok.start) === '-' && tokens[i - 1].text === tokens[i - 1].key && tokens[i - 1].text.length <= 2) {
      i++;
      continue;
    }
    // A run of capitalised words, with connectors between them.
    const run: number[] = [i];
    let j = i + 1;
    while (j < n) {
      const t = tokens[j];
      const gap = text.slice(tokens[j - 1].end, t.start);
      const apostropheName = (gap === "'" || gap === '’') && tokens[j - 1].text.length === 1 && isCapitalised(t.text); // O'Brien
      // "Stephen J. Adler": a middle initial and its period inside a person's name
      const middleInitial = gap === '. ' && tokens[j - 1].text.length === 1 && isCapitalised(tokens[j - 1].text) && j >= 2 && run.length >= 1 && isCapitalised(t.text);
      // "B.K. Loshali": initials written together
      const joinedInitials = gap === '.' && tokens[j - 1].text.length === 1 && t.text.length === 1 && isCapitalised(tokens[j - 1].text) && isCapitalised(t.text);
      const ampersand = (gap === ' & ' || gap === ' + ') && isCapitalised(t.text); // "Johnson & Johnson", "Procter & Gamble", "Bausch + Lomb"
      if (!plainGap(gap) && !apostropheName && !ampersand && !middleInitial && !joinedInitials && !pluralPossessiveBeforeHead(text, tokens, j)) break;
      if (isCapitalised(t.text)) {
        const inner = gazetteerAt(text, tokens, j);
        if (inner) {
          const prevKey = tokens[j - 1].key;
          const singleWordHit = inner.last === j + 1 && !inner.outlet;
          const onlyFirstNames = run.every((k) => FIRST_NAMES.has(tokens[k].key));
          // ("Northern & Shell", "Marks & Spencer": a name joined by an ampersand is one firm's, whatever its second part)
          const absorb = ampersand || (OF_LIKE.has(prevKey) && (prevKey !== 'of' && prevKey !== 'for' || (j >= 2 && (ORG_HEADS.has(tokens[j - 2].key) || PLACE_HEADS.has(tokens[j - 2].key))))) || (singleWordHit && (inner.hit?.role === 'surname' || onlyFirstNames) && inner.hit?.role !== 'demonym') ||
            // "Jeff German", "Mary French": a surname that is also a demonym, after a given name
            (inner.hit?.role === 'demonym' && inner.last === j + 1 && FIRST_NAMES.has(tokens[j - 1].key) && !isCommonWord(tokens[j - 1].key) &&
              run.slice(0, -1).every((k) => TITLE_WORDS.has(tokens[k].key) || ROLE_NOUNS.has(tokens[k].key) || isCommonWord(tokens[k].key)) &&
              !(j + 1 < n && isCapitalised(tokens[j + 1].text) && plainGap(text.slice(tokens[j].end, tokens[j + 1].start)))) ||
            // "Civil Aviation Authority of the Philippines": a body's name goes on after "of the"
            (prevKey === 'the' && j >= 3 && tokens[j - 2].key === 'of' && ORG_HEADS.has(tokens[j - 3].key) && inner.hit?.kind === 'place' && inner.hit.role === 'name') ||
            // "Ariana Afghan Airlines", "Royal Jordanian Airlines": a demonym inside a company's name
            (inner.hit?.role === 'demonym' && inner.last === j + 1 && j + 1 < n && isCapitalised(tokens[j + 1].text) && ORG_HEADS.has(tokens[j + 1].key) && plainGap(text.slice(tokens[j].end, tokens[j + 1].start))) ||
            // "Action Congress", "All Progressives Congress": a known body's generic name ends a longer one
            (singleWordHit && inner.hit?.kind === 'organization' && ORG_HEADS.has(tokens[j].key) && !run.some((k) => gazetteerAt(text, tokens, k))) ||
            (singleWordHit && insideUnknownName(text, tokens, run, j, inner.hit?.role === 'demonym', inner.hit?.kind));
          if (!absorb) break;
          for (let k = j; k < inner.last; k++) run.push(k);
          j = inner.last;
          continue;
        }
        run.push(j);
        j++;
        continue;
      }
      // "Ban Ki-moon": a short lower-case part after a hyphen.
      if (gap === '-' && t.text === t.key && t.text.length <= 5 && !HYPHEN_NOT_NAME.has(t.key) && !/^\d/.test(t.text)) {
        run.push(j);
        j++;
        continue;
      }
      // "Institute of Allergy and Infectious Diseases": "and" only inside an organisation's "X of A and B".
      // ("Minister of Legislative Affairs and Parliamentary Councils X": a portfolio goes on after "and")
      if (t.text === 'and' && j + 1 < n && isCapitalised(tokens[j + 1].text) && plainGap(text.slice(t.end, tokens[j + 1].start)) && ((run.some((k) => ORG_HEADS.has(tokens[k].key)) && run.some((k) => tokens[k].key === 'of' || tokens[k].key === 'for')) || bodyHeadAhead(text, tokens, j + 1) || titleOfPortfolio(tokens, run))) {
        run.push(j);
        j++;
        continue;
      }
      // "Civil Aviation Authority of the Philippines": "of the" and a known place after a body's head
      // ("Council of the European Union", "Organisation of the Petroleum Exporting Countries")
      if (t.text === 'of' && j + 2 < n && tokens[j + 1].text === 'the' && ORG_HEADS.has(tokens[j - 1].key) && isCapitalised(tokens[j + 2].text) &&
        plainGap(text.slice(t.end, tokens[j + 1].start)) && plainGap(text.slice(tokens[j + 1].end, tokens[j + 2].start)) && (gazetteerAt(text, tokens, j + 2)?.hit?.kind ?? 'place') === 'place') {
        run.push(j, j + 1);
        j += 2;
        continue;
      }
      // (not a connector that starts a known name after mere words: "Many al-Shabab militants" is "Many" and
      // Al-Shabaab; "Hamza bin Laden" stays one name)
      if (CONNECTORS.has(t.key) && t.text === t.key && j + 1 < n && isCapitalised(tokens[j + 1].text) && plainGap(text.slice(t.end, tokens[j + 1].start)) && !(gazetteerAt(text, tokens, j)?.hit && run.every((k) => isCommonWord(tokens[k].key)))) {
        run.push(j);
        j++;
        continue;
      }
      break;
    }
    // "Shares of Acme Corp rose": a sentence's first word that counts or groups, not part of the name after "of"
    if (run.length > 2 && LEADING_COLLECTIVES.has(tok.key) && tokens[run[1]].text === 'of' && sentenceInitial(text, tokens, i)) run.splice(0, tokens[run[2]].text === 'the' ? 3 : 2);
    // Drop trailing connectors.
    while (run.length && CONNECTORS.has(tokens[run[run.length - 1]].key) && !isCapitalised(tokens[run[run.length - 1]].text)) run.pop();
    const runEnd = run.length ? run[run.length - 1] + 1 : i + 1;
    if (inTitle && inTitle[i]) {
      i = Math.max(runEnd, i + 1); // only gazetteer names count in a headline
      continue;
    }
    // "Director of Public Affairs", "the Broadcasting Minister": a title with its portfolio, no name
    if (run.length > 1 && (portfolioTitleOnly(tokens, run) || titleOfPortfolio(tokens, run))) {
      i = Math.max(runEnd, i + 1);
      continue;
    }
    const parts = splitAtTitles(tokens, run);
    // ("Strategic Affairs Minister X": the portfolio before the title is part of it)
    if (parts.length === 2 && portfolioBeforeTitle(tokens, parts[0]) && !gazetteerAt(text, tokens, parts[0][0])) parts.shift();
    for (const part of parts) {
      const mention = nameFromRun(text, tokens, part);
      if (mention) out.push(mention);
    }
    i = Math.max(runEnd, i + 1);
  }
  return text.includes('-') ? out.filter((m) => !isPartyDesignation(text, m)) : out;
}

/** "D-Mass.", "(R-Ohio)": a US lawmaker's party and state after the name, no actor of its own. */
const PARTY_DESIGNATION = /^[DRI]-\p{Lu}/u;
const PARTY_LETTER_BEFORE = /(?:^|[\s,(])[DRI]-$/;
function isPartyDesignation(text: string, m: RawMention): boolean {
  const c = text.charCodeAt(m.start);
  return ((c === 68 || c === 82 || c === 73) && text.charCodeAt(m.start + 1) === 45 && PARTY_DESIGNATION.test(text.slice(m.start, m.start + 3))) || (text.charCodeAt(m.start - 1) === 45 && PARTY_LETTER_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start)));
}

/**
 * "Freedonian Prime Minister Rufus Firefly", "Acme Corp Chief Executive Jane Roe": an
 * affiliation, titles, then a person. Split before the titles; the titles go with the person.
 */
function splitAtTitles(tokens: Token[], run: number[]): number[][] {
  if (run.length < 3 || ORG_HEADS.has(tokens[run[run.length - 1]].key)) return [run];
  for (let p = 1; p < run.length - 1; p++) {
    if (!TITLE_WORDS.has(tokens[run[p]].key) || TITLE_WORDS.has(tokens[run[p - 1]].key) || CONNECTORS.has(tokens[run[p - 1]].key)) continue;
    let q = p;
    while (q < run.length && TITLE_WORDS.has(tokens[run[q]].key)) q++;
    if (q < run.length && run.slice(q).every((k) => isCapitalised(tokens[k].text) || CONNECTORS.has(tokens[k].key))) return [run.slice(0, p), run.slice(p)];
  }
  return [run];
}

/** Last words of the group that owns a medium: "FT Group", "Telegraph Media Group" (not "Fox Interactive Media"). */
const CORPORATE_HEADS = new Set(['group', 'holdings', 'plc', 'company', 'corporation', 'inc', 'ltd', 'limited', 'trust', 'networks', 'foundation']);

/** Letters after a person's name: "SC", "QC", "MP", "OBE". */
const POST_NOMINALS = new Set(['SC', 'QC', 'KC', 'MP', 'MEP', 'MSP', 'OBE', 'CBE', 'MBE', 'KBE', 'PhD']);

/** Given names that are also English words ("Bill", "Rod", "Mark"): names only before a surname. */
const WORD_GIVEN_NAMES = new Set(['bill', 'rod', 'mark', 'will', 'grace', 'hope', 'joy', 'faith', 'rose', 'dawn', 'may', 'june', 'april', 'art', 'buck', 'chase', 'cliff', 'dean', 'drew', 'glen', 'grant', 'hunter', 'jack', 'mason', 'miles', 'nick', 'pat', 'ray', 'rich', 'rusty', 'sandy', 'wade', 'warren', 'frank', 'gene', 'guy', 'holly', 'ivy', 'jade', 'ruby', 'amber', 'penny', 'sue', 'tom', 'bob', 'don', 'ron', 'rob', 'ben', 'sam', 'max', 'earl', 'duke', 'king', 'major', 'bishop', 'carter', 'cole', 'lane', 'page', 'reed', 'stone', 'wood', 'brook', 'heath', 'rocky', 'crystal', 'iris', 'lily', 'daisy', 'pearl', 'summer', 'autumn', 'misty', 'sunny', 'bud', 'chip', 'chuck', 'dick', 'doug', 'hank', 'herb', 'jim', 'lou', 'mo', 'ted', 'tim', 'val', 'vic']);

const LETTER_RUN = /\p{L}+/gu;
const LOWERCASE_LAST_WORD = /\s(\p{Ll}+)$/u;
/** Titles that only ever stand before a person's name ("General", "Major", "State" also open organisations' names). */
const PERSON_HONORIFICS = new Set(
  ('mr mrs ms miss dr prof professor sir dame senator sen rep congressman congresswoman governor gov mayor president minister ' +
    'ambassador judge sheikh emir king queen prince princess pope rabbi imam ayatollah colonel col lt sgt sergeant captain capt ' +
    'lieutenant commander admiral chancellor premier spokesman spokeswoman coach').split(' '),
);

const hyphenatedToNext = (text: string, tokens: Token[], r: number[]) =>
  r.length > 1 && r[1] === r[0] + 1 && tokens[r[0]].end + 1 === tokens[r[1]].start && text.charCodeAt(tokens[r[0]].end) === 45 &&
  isCapitalised(tokens[r[1]].text) && !TITLE_WORDS.has(tokens[r[1]].key) && !ROLE_NOUNS.has(tokens[r[1]].key);

/** Turns a run of capitalised tokens into a mention, stripping sentence-initial words and titles. */
/** Token k is joined to the next by an ampersand ("Marks & Spencer"). */
function joinedByAmpersand(text: string, tokens: Token[], k: number): boolean {
  return k + 1 < tokens.length && tokens[k + 1].start - tokens[k].end === 3 && /^ [&+] $/.test(text.slice(tokens[k].end, tokens[k + 1].start));
}

function nameFromRun(text: string, tokens: Token[], run: number[]): RawMention | null {
  let r = run.slice();
  const initial = sentenceInitial(text, tokens, r[0]);
  const lastKey = tokens[r[r.length - 1]].key;
  // "National Institute of Allergy and Infectious Diseases": an organisation head before "of" also counts
  const orgLike = r.length > 1 && (ORG_HEADS.has(lastKey) || r.some((k, q) => q > 0 && q + 1 < r.length && tokens[r[q + 1]].key === 'of' && ORG_HEADS.has(tokens[k].key) && !TITLE_WORDS.has(tokens[k].key)));
  // Sentence-initial ordinary words: "The", "Witnesses", "Security".
  if (r.length > 1 && NAMED_EVENT_HEADS.has(tokens[r[0]].key) && !PLACE_HEADS.has(lastKey) && !ORG_HEADS.has(lastKey)) return null;
  let titled = false;
  if (initial) {
    // ("Rod Hansen said", "Bill Hollenbeck told": a given name that is also a word, before a surname, stays)
    // ("James Markward said": a given name the word list also holds, before a surname that is no word)
    const givenName = r.length === 2 && (WORD_GIVEN_NAMES.has(tokens[r[0]].key) || FIRST_NAMES.has(tokens[r[0]].key)) && !isCommonWord(tokens[r[1]].key) && !gazetteerAt(text, tokens, r[1]);
    // ("Marks & Spencer said": a word joined to the next by an ampersand is part of a firm's name)
    while (!givenName && r.length && !joinedByAmpersand(text, tokens, r[0]) && (isCommonWord(tokens[r[0]].key) || NON_ACTOR_WORDS.has(tokens[r[0]].key)) && !(orgLike && r.length > 1 && !['the', 'a', 'an'].includes(tokens[r[0]].key)) && !hyphenatedToNext(text, tokens, r)) {
      if (TITLE_WORDS.has(tokens[r[0]].key)) titled = true;
      r.shift();
    }
  }
  // "Storm Ciaran", "Operation Iron Swords": named events, not actors
  if (r.length > 1 && NAMED_EVENT_HEADS.has(tokens[r[0]].key) && !PLACE_HEADS.has(lastKey) && !ORG_HEADS.has(lastKey)) return null;
  // Titles and role words in front of a name: "President", "Chief Cabinet Secretary".
  if (!orgLike) {
    // ("Saint-Louis", "Sainte-Foy": a title word joined by a hyphen is part of the name)
    while (r.length && (TITLE_WORDS.has(tokens[r[0]].key) || ROLE_NOUNS.has(tokens[r[0]].key) || leadingConnector(tokens[r[0]])) && !hyphenatedToNext(text, tokens, r)) {
      if (!CONNECTORS.has(tokens[r[0]].key)) titled = true;
      r.shift();
    }
  }
  while (r.length && NON_ACTOR_WORDS.has(tokens[r[r.length - 1]].key)) r.pop();
  // "Ismail Jamie SC", "Jane Roe MP": letters after a person's name are no part of it
  while (r.length > 2 && POST_NOMINALS.has(tokens[r[r.length - 1]].text)) r.pop();
  while (r.length && leadingConnector(tokens[r[0]])) r.shift();
  if (!r.length) return null;
  if (r.every((k) => NON_ACTOR_WORDS.has(tokens[k].key) || TITLE_WORDS.has(tokens[k].key) || ROLE_NOUNS.has(tokens[k].key))) return null;

  // "Vice President for Values and Transparency Vera Jourova": a long title, then the holder's name.
  // "Speaker of the House Mike Johnson": what is left of a title before the name.
  const r0 = r.length ? r[0] : 0;
  if (r0 >= 3 && tokens[r0 - 1].key === 'the' && tokens[r0 - 2].key === 'of' && TITLE_WORDS.has(tokens[r0 - 3].key)) titled = true;
  const titleAt = r.length > 3 ? r.findIndex((k) => TITLE_WORDS.has(tokens[k].key)) : -1;
  if (titleAt >= 0 || (titled && r.length >= 3)) {
    {
      for (let q = Math.max(titleAt + 1, r.length - 3); q < r.length - 1; q++) {
        if (FIRST_NAMES.has(tokens[r[q]].key) && !r.slice(q).some((k) => CONNECTORS.has(tokens[k].key) && tokens[k].key !== 'bin' && tokens[k].key !== 'al' && tokens[k].key !== 'de' && tokens[k].key !== 'van' && tokens[k].key !== 'von')) {
          r = r.slice(q);
          titled = true;
          break;
        }
      }
    }
  }
  const first = r[0];
  const last = r[r.length - 1] + 1;
  const start = tokens[first].start;
  const end = tokens[last - 1].end;
  let canonical = text.slice(start, end).replace(/\s+/g, ' ');

  // An outlet's short name heading an organisation's name: "FT Group" -> "Financial Times Group".
  const outletHead = outletMatchAt(text, tokens, first);
  if (outletHead && outletHead.last < last && last - outletHead.last <= 2 && CORPORATE_HEADS.has(tokens[last - 1].key)) {
    canonical = outletHead.value.entry.canonical.replace(/^The /, '') + text.slice(outletHead.end, end).replace(/\s+/g, ' ');
  }
  // What is left after the titles may be a known name ("President Obama" -> "Obama").
  const known = r.length < run.length ? gazetteerAt(text, tokens, first) : null;
  if (known && known.last === last && known.hit) {
    const h = known.hit;
    return { start, end, canonical: h.role === 'capital' ? h.city ?? h.canonical : h.canonical, kind: h.kind, source: h.role === 'surname' ? 'surname' : 'gazetteer', first, last };
  }
  // "Yalgado Ouedraogo hospital", "Yushu county": a lower-case head makes it a facility or place.
  const next = tokens[last];
  if (next && next.text === next.key && /^[ -]$/.test(text.slice(end, next.start)) && !isAllCaps(tokens[first].text)) {
    const isPlace = PLACE_SUFFIXES.has(next.key);
    if (isPlace || FACILITY_SUFFIXES.has(next.key)) {
      let stop = last + 1;
      // "cafe-restaurant"
      if (stop < tokens.length && text.slice(tokens[stop - 1].end, tokens[stop].start) === '-' && FACILITY_SUFFIXES.has(tokens[stop].key)) stop++;
      const headEnd = tokens[stop - 1].end;
      const head = text.slice(next.start, headEnd).replace(/\p{L}+/gu, (w) => titleCase(w));
      // ("Arunachal Pradesh state", "North Waziristan district": a name of several words is no town's, and reference
      // works give it without the unit)
      if (isPlace && stop === last + 1 && (next.key === 'state' || next.key === 'province' || (next.key === 'district' && COMPASS_WORDS.has(tokens[first].key))) && last - first >= 2) {
        return { start, end: headEnd, canonical, kind: 'place', source: 'pattern', first, last: stop };
      }
      return { start, end: headEnd, canonical: `${canonical}${text.slice(end, next.start)}${head}`, kind: isPlace ? 'place' : 'organization', source: 'pattern', first, last: stop };
    }
  }

  // "AK-47", "F-16": model names, not actors.
  if (/^-\d/.test(text.slice(end, end + 2))) return null;
  // "inter-Korean talks": between the parts of a place, not an actor of its own
  if (/\binter-$/i.test(text.slice(Math.max(0, start - 6), start))) return null;
  // "(META.O)", "(7203.T)": an exchange ticker code
  if (/^\.[A-Z]{1,2}\)/.test(text.slice(end, end + 4)) && text[start - 1] === '(') return null;
  if (r.length === 1) {
    const t = tokens[first];
    if (t.text.length === 1) return null;
    if (/^ \d/.test(text.slice(end, end + 2))) return null; // "Category 4", "Article 5", "Phase 2"
    if (isAllCaps(t.text)) {
      if (NON_ACTOR_WORDS.has(t.key) || t.text.length > 6) return null;
      // ("NEW YORK (AP) —": the rest of an all-capitals dateline)
      if (first > 0 && text.slice(tokens[first - 1].end, start) === ' ' && tokens[first - 1].text.length > 2 && isAllCaps(tokens[first - 1].text)) return null;
      if (first > 0 && /^\d/.test(tokens[first - 1].text) && text.slice(tokens[first - 1].end, start) === ' ') return null; // "737 MAX"
      return { start, end, canonical: t.text, kind: 'organization', source: 'acronym', first, last };
    }
    if (ORG_HEADS.has(t.key) || PLACE_HEADS.has(t.key)) return null; // "Inc", "Coast" left alone
    const prev = first > 0 ? tokens[first - 1] : null;
    // A place: "in Kreminna", "the town of Jiegu", "Qamdo, Xizang"; else a person by given name; else an organisation.
    const townOf = prev?.key === 'of' && first > 1 && PLACE_HEADS.has(tokens[first - 2].key);
    const beforePlace = /^,\s*$/.test(text.slice(end, tokens[last]?.start ?? end)) && gazetteerAt(text, tokens, last)?.hit?.kind === 'place';
    // ("Mr Okafor", "Senator Adeyemi": a single name after an honorific is a person's)
    const honoured = prev !== null && PERSON_HONORIFICS.has(prev.key) && /^\.?[ \t]+$/.test(text.slice(prev.end, start));
    const kind: ActorKind = (prev && prev.key !== 'of' && LOCATIVE.has(prev.key)) || townOf || beforePlace ? 'place' : FIRST_NAMES.has(t.key) || honoured ? 'person' : 'organization';
    return {
      start, end, canonical: t.text, kind, source: 'single', first, last,
      common: isCommonWord(t.key) || ROLE_NOUNS.has(t.key) || TITLE_WORDS.has(t.key),
      initial: sentenceInitial(text, tokens, first),
    };
  }

  // (built by push: one array shape every time, which keeps the optimised code from being thrown away)
  const keys: string[] = [];
  for (const k of r) keys.push(tokens[k].key);
  const lk = keys[keys.length - 1];
  let kind: ActorKind;
  const described = first > 0 && tokens[first - 1].folded === tokens[first - 1].key && ORG_DESCRIPTOR_NOUNS.has(tokens[first - 1].key);
  // ("his ruling ZANU-PF party", "the Likud party": a name before a lower-case organisation noun names it)
  const describedAfter = next !== undefined && next.text === next.key && ORG_NOUNS_AFTER_NAME.has(next.key) && /^[ \t]+$/.test(text.slice(end, next.start));
  if (ORG_HEADS.has(lk) || describedAfter || canonical.includes('&') || canonical.includes(' + ') || described) kind = 'organization';
  else if (PLACE_HEADS.has(lk)) kind = 'place';
  else if ((FIRST_NAMES.has(keys[0]) || (keys.length === 2 && WORD_GIVEN_NAMES.has(keys[0]))) && !keys.includes('of')) kind = 'person';
  else if (titled && keys.length <= 3 && !keys.includes('of') && !keys.includes('the')) kind = 'person'; // "Premier Ivo Sand"
  else if (keys.some((k) => k === 'of' || k === 'for' || k === 'the')) kind = 'organization';
  else if (keys.length <= 4 && !isCommonWord(lk)) kind = 'person';
  else kind = 'organization';
  if (kind === 'place') {
    // Name the place as written, with its head capitalised.
    canonical = canonical.replace(LOWERCASE_LAST_WORD, (_m, w: string) => ` ${titleCase(w)}`);
  }
  // "Activision Blizzard Inc": an unknown company under its name without the legal form.
  // ("Dow Jones & Co Inc", "Tokyo Electric Power Co.": "Company" and "Corporation" are part of the name, written out)
  // "DSV A/S", "Norsk Hydro ASA": Nordic legal forms ("A/S" ends the run at its slash)
  if (r.length > 1 && ((lk === 'a' && text.startsWith('/S', end)) || NORDIC_LEGAL_FORMS.has(tokens[r[r.length - 1]].text))) {
    canonical = canonical.replace(/\s+\S+$/, '');
    kind = 'organization';
  } else if (kind === 'organization' && r.length > 1 && LEGAL_FORMS.has(lk)) {
    let n = r.length;
    while (n > 1 && LEGAL_FORMS.has(tokens[r[n - 1]].key) && !LEGAL_WORDS[tokens[r[n - 1]].key]) {
      canonical = canonical.replace(/,?\s+\S+$/, '');
      n--;
    }
    const word = LEGAL_WORDS[tokens[r[n - 1]].key];
    if (word && n > 1) canonical = canonical.replace(/,?\s+\S+$/, ` ${word}`);
  }
  return { start, end, canonical, kind, source: 'pattern', first, last };
}

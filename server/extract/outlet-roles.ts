// Decides whether a noun phrase in an attribution (a subject, the object of "told", the
// complement of "according to") designates a news medium, using the outlet gazetteer plus
// rules for outlets it does not know: "Israeli broadcaster Kan", "the Kyiv Independent",
// "state news agency KCNA", "Axios reporter Jane Doe" (outlet + speaker), "state media".
import { lookupOutlet, OUTLETS, type OutletEntry } from './lexicon/outlets.js';
import { COUNTRIES, DEMONYMS } from './lexicon/places.js';
import { ORGANIZATIONS } from './lexicon/organizations.js';
import { PEOPLE } from './lexicon/people.js';
import { hasCapital, singleSpaced, spaceSeparatedWords, startsWithCapital, startsWithLowercase } from './chars.js';
import { isMediumStaff, isMediumWork } from './medium-staff.js';

export interface OutletMention {
  start: number;
  end: number;
  mention: string;
  entry: OutletEntry;
}

export interface OutletRole {
  outlet: string;
  mention: string;
  /** a journalist named with the outlet ("Axios reporter Jane Doe"), else null */
  speaker: string | null;
}

/** Words that may surround an outlet name without changing who is reporting. */
const DESCRIPTORS = new Set([
  'the', 'a', 'an', 'news', 'agency', 'agencies', 'newspaper', 'newspapers', 'daily', 'paper', 'broadcaster', 'network', 'channel',
  'tv', 'television', 'radio', 'outlet', 'publication', 'publisher', 'magazine', 'weekly', 'website', 'site', 'service',
  'wire', 'public', 'state', 'state-run', 'state-owned', 'state-controlled', 'state-backed', 'official', 'rival', 'business',
  'financial', 'independent', 'online', 'local', 'national', 'international', 'private', 'leading', 'major', 'influential',
  'conservative', 'liberal', 'tabloid', 'report', 'reports', 'reporting', 'investigation', 'story', 'article', 'analysis',
  'by', 'in', 'from', 'of', 'on', 'issued', 'published', 'carried', 'aired', 'broadcast', 'new', 'recent', 'latest',
  'exclusive', 'earlier', 'previous', 'media', 'press', 'daily', 'broadsheet', 'statement', 'interview', 'with', 'an',
  'outlets', 'citing', 'evening', 'morning', 'sunday', 'newswire', 'portal', 'station', 'english-language', 'arabic-language',
  'pan-arab', 'satellite', 'cable', 'its', 'their', 'own', 'translation', 'transcript', 'podcast', 'programme', 'program', 'show',
  'his', 'her', 'blog', 'newsletter', 'column', 'editorial', 'editorials', 'op-ed', 'commentary', 'essay', 'piece',
  'headline', 'headlines', 'front-page', 'edition', 'editions', 'cover',
  'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'overnight', 'today', 'yesterday', 'separate',
  'initial', 'original', 'first', 'second', 'detailed', 'lengthy', 'brief', 'week', 'last', 'this', 'that', 'governmental',
  // topics of a medium: "French sports paper L'Equipe", "tech news site X"
  'sports', 'sport', 'football', 'soccer', 'tech', 'technology', 'entertainment', 'celebrity', 'music', 'science', 'economic',
  'regional', 'provincial', 'city', 'community', 'trade', 'industry', 'specialist', 'gossip', 'investigative', 'health',
  'journal', 'journals', 'top', 'sister',
  // ("US media organisation Radio Free Europe")
  'organisation', 'organization',
  // ownership written as two words: "the privately owned Daily Star", "the semiofficial Fars"
  'privately', 'owned', 'run', 'semiofficial', 'government-owned', 'government-run', 'quasi-official', 'hardline', 'reformist',
  // articles of other languages before a name the gazetteer lists without them ("Il Corriere dello Sport")
  'il', 'lo', 'la', 'le', 'el', 'der', 'die', 'das',
]);
/** Adjectives of media ownership and stance: "semi-official", "Beirut-based", "Kremlin-friendly", "pro-government". */
const MEDIA_ADJECTIVE = /^(?:semi-?official|quasi-?official|pro-[\p{L}-]+|anti-[\p{L}-]+|opposition|hardline|reformist|privately-owned|privately|government-run|government-owned|popular|prominent|widely-read|mass-circulation|respected|well-known|leading|[\p{L}.]+-(?:based|owned|run|funded|backed|affiliated|controlled|friendly|leaning|aligned|language|linked|sponsored|operated|supported|allied|oriented|leaning))$/iu;
const REPORTER_WORDS = new Set([
  'reporter', 'reporters', 'correspondent', 'correspondents', 'journalist', 'journalists', 'editor', 'columnist',
  'anchor', 'host', 'writer', 'contributor', 'commentator', 'presenter', 'bureau', 'chief', 'senior', 'political',
  'diplomatic', 'military', 'security', 'defense', 'defence', 'white', 'house', 'investigative', 'foreign', 'affairs',
  'economics', 'business', 'national', 'chief', 'deputy', 'managing', 'executive', 'news', 'the', 'a', 'an',
  'witness', 'photographer', 'cameraman', 'camerawoman', 'stringer', 'crew',
]);
const MEDIA_NOUNS = 'news agency|news service|newswire|wire service|broadcaster|public broadcaster|newspaper|daily|paper|tabloid|weekly|magazine|channel|network|television|TV|radio|outlet|news outlet|news site|news website|website|news portal|portal|station|radio station|TV station|TV channel|television channel|agency|blog|news blog|newsletter|podcast|publication';
const MEDIA_NOUN_SET = new Set(MEDIA_NOUNS.toLowerCase().split('|'));
const MEDIA_NOUN_TAIL = new RegExp(`\\s+(?:${MEDIA_NOUNS.toLowerCase()})$`, 'u');
/** Last words typical of newspaper and broadcaster names. */
const NAME_TAILS = new Set([
  'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'news', 'daily', 'independent', 'telegraph', 'chronicle',
  'observer', 'express', 'mirror', 'star', 'mail', 'monitor', 'standard', 'sun', 'globe', 'inquirer', 'examiner',
  'courier', 'dispatch', 'bulletin', 'register', 'review', 'reporter', 'press', 'radio', 'tv', 'television', 'broadcasting',
  'insider', 'today', 'week', 'weekly', 'magazine', 'shimbun', 'ilbo', 'nachrichten', 'zeitung', 'allgemeine', 'journal',
  'informer', 'leader', 'voice', 'beacon', 'sentinel', 'record', 'guardian', 'citizen', 'nation', 'statesman', 'pravda',
  'dealer', 'plaindealer', 'enquirer', 'courant', 'ledger', 'advertiser', 'advocate', 'gleaner', 'argus', 'clarion',
  'recorder', 'telegram', 'examiner', 'tribune', 'dispatch', 'chronicle', 'bee', 'picayune', 'democrat', 'patriot',
  'echo', 'mercury', 'messenger', 'pioneer', 'spectator', 'banner', 'bugle',
]);

/** A newspaper's last name word ("the Plaindealer", "the Ledger"): a short form of a name used earlier. */
/** "Democrat-Gazette", "Herald-Leader", "Republican-American": two capitalised words joined, one of them a paper's tail */
const HYPHENATED_TAILS = new Set(['american', 'republican', 'democrat', 'constitution', 'telegram', 'picayune', 'enterprise', 'miner', 'intelligencer', 'appeal', 'eagle', 'bee', 'union', 'tribune', 'dispatch']);
function hasNewspaperTail(word: string): boolean {
  const lower = word.toLowerCase();
  if (NAME_TAILS.has(lower)) return true;
  const parts = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(word) ? lower.split('-') : [];
  return parts.length === 2 && parts.some((p) => NAME_TAILS.has(p) || HYPHENATED_TAILS.has(p));
}

/** "Gazette", "Republican-American": a word that names a paper on its own after "the" */
export function namesPaperAlone(word: string): boolean {
  // (not the messaging platform: "on the Telegram channel")
  return (isNewspaperTail(word) && word !== 'Telegram') || (word.includes('-') && hasNewspaperTail(word));
}

export function isNewspaperTail(word: string): boolean {
  return NAME_TAILS.has(word.toLowerCase()) && !/^(?:news|radio|tv|television|broadcasting|today|week|nation|voice|leader|record|review|press|star|sun|mail|guardian|citizen|insider|independent|express|mirror|standard|daily|weekly|patriot)$/i.test(word);
}
const NATIONAL_BROADCASTING = /^(?:the\s+)?(\p{Lu}\p{Ll}+)\s+(television|radio)$/u;
const STATE_MEDIA = /\b(state(?:-run|-owned|-controlled)? (?:media|television|TV|news agency|broadcaster|news|radio|outlets?))\b/i;
// (looked up lower-cased: "the TV channel" is written here as it is read)
const ANAPHORS = new Set([
  'the report', 'report', 'the reports', 'that report', 'this report', 'the newspaper', 'the paper', 'the daily', 'the agency',
  'the news agency', 'the broadcaster', 'the network', 'the channel', 'the outlet', 'the news outlet', 'the publication',
  'the magazine', 'the website', 'the site', 'the station', 'the wire service', 'the tabloid', 'the weekly', 'the article',
  'the story', 'the news site', 'the newspaper report', 'the media outlet', 'the outlet’s report', "the outlet's report",
  'the broadsheet', 'the state broadcaster', 'the state news agency', 'the state media', 'the public broadcaster',
  'the blog', 'the news website', 'the TV station', 'the television station', 'the radio station', 'the TV channel',
  'the television channel', 'the news channel', 'the stories', 'the articles', 'the news service', 'the newswire',
  'the programme', 'the program', 'the podcast', 'the newsletter', 'the medium', 'the radio', 'the radio network', 'the television network', 'the TV network',
  // a journalist's own medium: "German had reported for months, his newspaper said"
  'his newspaper', 'her newspaper', 'his paper', 'her paper', 'his station', 'her station', 'his network', 'her network',
  'his publication', 'her publication', 'his outlet', 'her outlet', 'his news outlet', 'her news outlet', 'his employer', 'her employer',
].flatMap((a) => {
  // ("the same outlet", "the same newspaper": the medium just named)
  const lower = a.toLowerCase();
  return lower.startsWith('the ') && !lower.includes('report') && !lower.includes('stor') && !lower.includes('article') ? [lower, `the same ${lower.slice(4)}`] : [lower];
}));

/** What an outlet may own that speaks: "Bloomberg's sources close to the talks", "the paper's correspondents". */
/** "Paris correspondent", "Middle East bureau chief", "chief political editor": a medium's staff member, unnamed */
const OWNED_STAFF = /^(?:(?:[\p{Ll}-]+|\p{Lu}[\p{L}.-]*)\s+){0,3}(?:correspondent|reporter|journalist|editor|columnist|anchor|commentator|presenter|host|writer|bureau chief|analyst)s?$/u;
const TRAILING_WEEKDAY = /\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** The role of what follows the first `at` characters of phrase (its mentions moved with it). */
function roleAfter(phrase: string, at: number, mentions: OutletMention[], context: string | (() => string)): OutletRole | null {
  const moved: OutletMention[] = [];
  for (const m of mentions) if (m.start >= at) moved.push({ ...m, start: m.start - at, end: m.end - at });
  return computeOutletRole(phrase.slice(at), moved, context);
}
/** "The Aug. 12 edition of ", "Sunday's issue of ", "the latest episode of ": a medium's edition, before its name */
const EDITION_OF = /^(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]his|[Tt]hat|[Ll]ast|[Ll]atest|[Nn]ew|[Oo]nline|[Pp]rint|[Ww]eekend|[Mm]orning|[Ee]vening)\s+|[\p{Lu}][\p{L}.]*\.?\s+\d{1,2}\s+|\d{1,2}\s+[\p{Lu}][\p{L}.]*\s+|[\p{Lu}][\p{L}]*['’]s\s+)*(?:edition|issue|episode|front\s+page|cover)\s+of\s+/u;
/** "sources at ", "a source inside ", "staff at ": people of an organisation named after them */
const CALL_SIGN_WITH_BAND = /^[KW][A-Z]{2,3}-(?:TV|DT|FM|AM)$/;
const NEWS_PARTNERS_AT = /^(?:our|its|their|the)\s+(?:news\s+|media\s+)?partners?\s+(?:at|from)\s+/iu;
const PEOPLE_INSIDE = /^(?:(?:a|an|one|two|three|several|some|many|unnamed|anonymous)\s+)?(?:sources?|insiders?|staff|employees?|people|journalists?|reporters?)\s+(?:at|inside|within)\s+/iu;
const POSSESSED_SOURCE = /^(?:(?:own|unnamed|anonymous|several|two|three|many|multiple|[\p{Ll}-]+)\s+){0,2}(?:sources?|insiders?|correspondents?|reporters?|journalists?)(?:\s+.*)?$/u;

const COUNTRY_DEMONYMS: [RegExp, string][] = [
  [/\bNorth Korea(?:n)?\b|\bPyongyang\b|\bDPRK\b/, 'North Korean'],
  [/\bSouth Korea(?:n)?\b|\bSeoul\b/, 'South Korean'],
  [/\bChin(?:a|ese)\b|\bBeijing\b/, 'Chinese'],
  [/\bRussia(?:n)?\b|\bMoscow\b|\bKremlin\b/, 'Russian'],
  [/\bIran(?:ian)?\b|\bTehran\b/, 'Iranian'],
  [/\bSyria(?:n)?\b|\bDamascus\b/, 'Syrian'],
  [/\bEgypt(?:ian)?\b|\bCairo\b/, 'Egyptian'],
  [/\bSaudi\b|\bRiyadh\b/, 'Saudi'],
  [/\bTurk(?:ey|ish|iye)\b|\bAnkara\b/, 'Turkish'],
  [/\bVietnam(?:ese)?\b|\bHanoi\b/, 'Vietnamese'],
  [/\bCuba(?:n)?\b|\bHavana\b/, 'Cuban'],
  [/\bBelarus(?:ian)?\b|\bMinsk\b/, 'Belarusian'],
  [/\bVenezuela(?:n)?\b|\bCaracas\b/, 'Venezuelan'],
  [/\bIraq(?:i)?\b|\bBaghdad\b/, 'Iraqi'],
  [/\bQatar(?:i)?\b|\bDoha\b/, 'Qatari'],
  [/\bIsrael(?:i)?\b/, 'Israeli'],
  [/\bUkrain(?:e|ian)\b|\bKyiv\b/, 'Ukrainian'],
  [/\bPakistan(?:i)?\b|\bIslamabad\b/, 'Pakistani'],
  [/\bAfghan(?:istan)?\b|\bKabul\b/, 'Afghan'],
  [/\bMyanmar\b|\bBurm(?:a|ese)\b/, 'Myanmar'],
  [/\bEritrea(?:n)?\b/, 'Eritrean'],
  [/\bLaos\b|\bLao\b/, 'Lao'],
  [/\bSudan(?:ese)?\b/, 'Sudanese'],
  [/\bLibya(?:n)?\b/, 'Libyan'],
  [/\bAlgeria(?:n)?\b/, 'Algerian'],
  [/\bEthiopia(?:n)?\b/, 'Ethiopian'],
  [/\bNicaragua(?:n)?\b/, 'Nicaraguan'],
  [/\bThai(?:land)?\b/, 'Thai'],
  [/\bJapan(?:ese)?\b|\bTokyo\b/, 'Japanese'],
  [/\bIndia(?:n)?\b|\bNew Delhi\b/, 'Indian'],
];

const COUNTRY_DEMONYMS_G: [RegExp, string][] = COUNTRY_DEMONYMS.map(([re, name]) => [new RegExp(re.source, 'g'), name]);
const words = spaceSeparatedWords;
const isCap = (w: string) => /^[\p{Lu}\p{N}]/u.test(w);
/** Words after a medium's name without a closing "of <country or capital>". */
// ("El Tiempo in Honduras": "in" the country too)
const withoutSeat = (ws: string[]): string[] => {
  const of = Math.max(ws.lastIndexOf('of'), ws.lastIndexOf('in'));
  return of >= 0 && of >= ws.length - 3 && of < ws.length - 1 && isCountryOrCapital(ws.slice(of + 1).join(' ')) ? ws.slice(0, of) : ws;
};
const stripPossessive = (w: string) => w.replace(/['’]s$/u, '');
/** Capitalised adjectives of nationality ("Israeli", "Chinese", "Saudi-owned"). */
/** Demonyms of the country gazetteer ("Israeli", "French"), which a person's name never is. */
const DEMONYM_WORDS = DEMONYMS;
const DEMONYM_SHAPED = /^\p{Lu}[\p{L}.-]*(?:an|ian|ese|ish|i|ch|ic|ean|-based|-owned|-run|-funded)$/u;

// ("Kazakh", "Slovak", "Uzbek": the lexicon's demonyms of any shape)
export const isDemonymLike = (w: string): boolean => DEMONYM_SHAPED.test(w) || DEMONYM_WORDS.has(w) || /^(?:US|UK|EU|U\.S\.|U\.K\.|Arab|Thai|Greek|Swiss|Dutch|Czech|Kurdish|British|Israeli)$/u.test(w);

/** The kind of medium a descriptor names, for finding the outlet it refers back to. */
export type MediumKind = 'newspaper' | 'agency' | 'broadcaster' | 'any';

/** "editorial board", "investigations team", "fact-checking unit": a medium's own desk, which speaks as the medium */
const OWNED_DESK = /^(?:editorial\s+(?:board|team|page|staff)|editors|newsroom|(?:[\p{Ll}-]+\s+){0,2}(?:team|unit|desk)|(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:blog|column|podcast|newsletter|programme|program|show|section|supplement))$/u;
const ANAPHOR_HEADS: [RegExp, MediumKind][] = [
  [/^(?:news agency|agency|news service|wire service|newswire|wire)$/i, 'agency'],
  [/^(?:newspaper|daily|paper|tabloid|broadsheet|weekly|magazine)$/i, 'newspaper'],
  [/^(?:broadcaster|public broadcaster|network|channel|station|TV channel|TV station|television channel|television station|radio station|radio|radio network|television network|TV network|news channel|programme|program)$/i, 'broadcaster'],
  [/^(?:outlet|news outlet|media outlet|medium|publication|news site|news website|website|site|news portal|portal|media group|podcast|newsletter)$/i, 'any'],
];
const DESCRIPTOR_ANAPHOR = /^the\s+((?:[\p{L}.'’-]+\s+){1,4}?)((?:news|public|TV|television|radio|media|wire)\s+)?(agency|service|newswire|wire|newspaper|daily|paper|tabloid|broadsheet|weekly|magazine|broadcaster|network|channel|station|outlet|publication|site|website|portal|group)$/iu;
/** Lower-case words that make a noun phrase something other than a reference back ("the first newspaper to", "the same paper"). */
/** what may describe an agency that is a medium: "the state-run agency", "the semi-official agency" */
const AGENCY_OF_MEDIA = /^(?:state|state-run|state-owned|state-controlled|official|semi-?official|quasi-?official|government-run|news|wire|press|photo|private|privately-owned|independent|local|national|international|regional|leading|major|main|[\p{L}]+-based|[\p{L}]+-language|pro-[\p{L}-]+)$/u;
const NOT_DESCRIPTOR = /^(?:first|second|third|last|next|only|other|another|same|such|rival|competing|one|two|three|several|many|some|its|his|her|their|our|my|of|and|or|to|for|in|on|with|by|at|from|that|which|who)$/i;

const LOWERCASE_POSSESSIVE = /\p{Ll}['’]s$/u;
/** "Qatar-based", "state-run" with a capital: a compound modifier */
const CAPITALISED_COMPOUND = /^\p{Lu}[\p{L}.-]*-(?:based|owned|run|funded|backed|controlled|language)$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * "the Canadian daily", "the Hong Kong-based newspaper", "the state-run agency", "the business daily":
 * a description of a medium named before, with no name of its own. Returns the kind of medium it describes.
 */
export function descriptorAnaphor(np: string): { kind: MediumKind; demonym: string | null } | null {
  // (a description starts with "the": a phrase that starts with another ASCII letter or mark is turned away)
  const c = np.charCodeAt(0);
  if (c < 128 && c !== 116 && c !== 84 && !ANAPHOR_SPACE[c]) return null;
  const m = DESCRIPTOR_ANAPHOR.exec(singleSpaced(np).trim());
  if (!m) return null;
  const mods = words(m[1] as string);
  let demonym: string | null = null;
  for (let i = 0; i < mods.length; i++) {
    const w = mods[i] as string;
    if (NOT_DESCRIPTOR.test(w)) return null;
    // "the association's website": a body's own medium, not a reference back to a news medium
    if (LOWERCASE_POSSESSIVE.test(w)) return null;
    if (startsWithLowercase(w)) continue;
    // "Hong Kong-based": capitalised words of a place before a hyphenated ownership word
    if (CAPITALISED_COMPOUND.test(w)) continue;
    if (mods.slice(i + 1).some((x) => CAPITALISED_COMPOUND.test(x)) && CAPITALISED_WORD.test(w)) continue;
    if (countryWords().has(w)) { demonym ??= w; continue; }
    // "South Korean", "New Zealand", "Sri Lankan": a capitalised word before a country word
    if (CAPITALISED_WORD.test(w) && i + 1 < mods.length && countryNameTokens().has(`${w} ${mods[i + 1]}`)) { demonym ??= `${w} ${mods[i + 1]}`; i++; continue; }
    return null;
  }
  const head = `${m[2] ?? ''}${m[3]}`.trim();
  // ("the border agency", "the space agency": a body's agency, unless its modifiers are a medium's)
  if (/^agency$/i.test(head) && mods.some((w) => startsWithLowercase(w) && !AGENCY_OF_MEDIA.test(w))) return null;
  // "the official China News Service": a country word and a capitalised head make a name the gazetteer knows
  if (demonym && startsWithCapital(head) && lookupOutlet(`${demonym} ${head}`)) return null;
  const kind = ANAPHOR_HEADS.find(([re]) => re.test(head))?.[1] ?? (/^(?:TV|television|radio)\s/i.test(head) ? 'broadcaster' : /^news\s/i.test(head) ? 'any' : null);
  if (!kind) return null;
  return { kind, demonym };
}

let countryNameList: string[] | null = null;
/** Every country's names, demonyms and capitals. */
function allCountryNames(): string[] {
  return (countryNameList ??= COUNTRIES.flatMap((c) => [c.canonical, ...c.aliases, ...c.demonyms, ...c.capitals]));
}

let countryWordSet: Set<string> | null = null;
/** Demonyms, country names and capitals ("Canadian", "Japan", "Moscow"), "Arab", "Gulf". */
function countryWords(): Set<string> {
  if (countryWordSet) return countryWordSet;
  const set = new Set<string>(['Arab', 'Gulf', 'Western', 'European', 'African', 'Asian', 'Latin', 'Kurdish', 'Palestinian', 'Hong', 'Kong', 'Scottish', 'Welsh', 'English', 'Catalan', 'Basque', 'Flemish']);
  for (const n of allCountryNames()) if (!/\s/.test(n)) set.add(n);
  return (countryWordSet = set);
}

let countryPairSet: Set<string> | null = null;
/** Two-word country names and demonyms: "South Korean", "New Zealand", "Sri Lankan". */
function countryNameTokens(): Set<string> {
  countryPairSet ??= new Set(allCountryNames().filter((n) => n.split(' ').length === 2));
  return countryPairSet;
}

/** The kind of medium a bare anaphor names ("the station", "the newspaper", "her network"), or null. */
export function anaphorKind(np: string): MediumKind | null {
  const head = np.replace(/\s+/g, ' ').trim().replace(/^(?:the|his|her|its|their)\s+/i, '').replace(/^state\s+/i, '');
  return ANAPHOR_HEADS.find(([re]) => re.test(head))?.[1] ?? null;
}

/** Whether an outlet of a gazetteer kind (or one named only in the text) fits a descriptor's kind. */
export function kindFits(kind: MediumKind, outletKind: OutletEntry['kind'] | null): boolean {
  if (kind === 'any' || !outletKind) return true;
  if (kind === 'agency') return outletKind === 'agency' || outletKind === 'state-media';
  if (kind === 'newspaper') return outletKind === 'newspaper' || outletKind === 'magazine' || outletKind === 'online';
  return outletKind === 'broadcaster' || outletKind === 'state-media';
}

/** The medium kind a mention's own words say ("the daily Kommersant", "Rossiya 1 TV"), or null. */
export function kindInMention(mention: string): OutletEntry['kind'] | null {
  if (/\b(?:agency|wire|newswire)\b/i.test(mention)) return 'agency';
  if (/\b(?:newspaper|daily|paper|tabloid|broadsheet|weekly|Times|Post|Journal|Herald|Tribune|Gazette)\b/i.test(mention)) return 'newspaper';
  if (/\b(?:broadcaster|TV|television|radio|channel|network|station)\b/i.test(mention)) return 'broadcaster';
  return null;
}

export function isOutletAnaphor(np: string): boolean {
  // (most phrases are turned away by their first letter, which no anaphor starts with)
  const c = np.charCodeAt(0);
  if (c < 128 && !ANAPHOR_FIRSTS[c]) return false;
  const lower = singleSpaced(np.toLowerCase()).trim();
  // ("the confidential report", "the new article": a report described by one adjective is still the report)
  return ANAPHORS.has(lower) || (DESCRIBED_REPORT.test(lower) && ANAPHORS.has(lower.replace(DESCRIBED_REPORT, 'the $1')));
}
// ("the Dec 12 story", "the Sunday report": a report named by its date is still the report)
const DESCRIBED_REPORT = /^the (?:confidential|latest|new|original|earlier|initial|full|secret|leaked|detailed|lengthy|exclusive|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{4}) (report|article|story)$/;
/** The ASCII code units an anaphor may start with as written: its first letter in either case, and white space. */
const ANAPHOR_FIRSTS = new Uint8Array(128);
/** The ASCII white space (\s), which a phrase may start with before its first word. */
const ANAPHOR_SPACE = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (/\s/.test(String.fromCharCode(c))) ANAPHOR_FIRSTS[c] = ANAPHOR_SPACE[c] = 1;
for (const a of ANAPHORS) for (const ch of [a[0]!.toLowerCase(), a[0]!.toUpperCase()]) if (ch.charCodeAt(0) < 128) ANAPHOR_FIRSTS[ch.charCodeAt(0)] = 1;

/** "state-run news agency", "official news agency", "state news agency": a state's own agency, unnamed */
const AGENCY_OF_A_STATE = /\b(?:state|state-run|state-owned|state-controlled|official|government|government-run|national)\s+(?:news\s+)?agency$/i;
/** Each state's own news agency, as the gazetteer names it (states with one agency the phrase can only mean). */
const NATIONAL_AGENCIES: [country: string, agency: string][] = [
  ['Iran', 'IRNA'], ['Syria', 'Syrian Arab News Agency'], ['North Korea', 'Korean Central News Agency'], ['Egypt', 'Middle East News Agency'],
  ['China', 'Xinhua'], ['Saudi Arabia', 'Saudi Press Agency'], ['United Arab Emirates', 'Emirates News Agency'], ['Qatar', 'Qatar News Agency'],
  ['Kuwait', 'Kuwait News Agency'], ['Jordan', 'Petra News Agency'], ['Vietnam', 'Vietnam News Agency'], ['Bahrain', 'Bahrain News Agency'],
  ['Oman', 'Oman News Agency'], ['Iraq', 'Iraqi News Agency'], ['Algeria', 'Algeria Press Service'], ['Morocco', 'Maghreb Arab Press'],
  ['Tunisia', 'Tunis Afrique Presse'], ['Libya', 'Libyan News Agency'], ['Sudan', 'Sudan News Agency'], ['Ethiopia', 'Ethiopian News Agency'],
  ['Cuba', 'Prensa Latina'], ['Belarus', 'BelTA'], ['Azerbaijan', 'Azertac'], ['Kazakhstan', 'Kazinform'], ['Laos', 'KPL'],
  ['Cambodia', 'Agence Kampuchea Presse'], ['Philippines', 'Philippine News Agency'], ['Bangladesh', 'Bangladesh Sangbad Sangstha'],
  ['Pakistan', 'Associated Press of Pakistan'], ['Afghanistan', 'Bakhtar News Agency'], ['Mongolia', 'Montsame'], ['Ukraine', 'Ukrinform'],
  ['Nigeria', 'News Agency of Nigeria'], ['Kenya', 'Kenya News Agency'], ['Ghana', 'Ghana News Agency'], ['Palestine', 'Wafa'],
];
let nationalAgencyByCountry: Map<string, string> | null = null;
/** The state's own agency a phrase names by its owner ("Iran's", "North Korea's") or demonym ("the Syrian"), when the gazetteer lists it. */
function nationalAgencyOf(phrase: string): string | null {
  nationalAgencyByCountry ??= new Map(NATIONAL_AGENCIES.filter(([, a]) => lookupOutlet(a)).map(([c, a]) => [c, lookupOutlet(a)!.canonical]));
  const owner = /^(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})['’]s?\s/u.exec(phrase)?.[1];
  const byOwner = owner ? COUNTRIES.find((c) => c.canonical === owner || c.aliases.includes(owner)) : undefined;
  const demonym = byOwner ? null : words(phrase).find((w) => isDemonymLike(w));
  const country = byOwner ?? (demonym ? COUNTRIES.find((c) => c.demonyms.includes(demonym)) : undefined);
  return country ? nationalAgencyByCountry.get(country.canonical) ?? null : null;
}

/** The demonym of the country a passage is about, for naming "state media". */
export function stateMediaName(np: string, context: string | (() => string)): string {
  const medium = STATE_MEDIUM_WORD.exec(np);
  const kind = !medium ? 'media' : /^radio$/i.test(medium[1] as string) ? 'radio' : 'television';
  return stateMediaOf(np, context).replace(/ state media$/, ` state ${kind}`).replace(/^state media$/, `state ${kind}`);
}
/** "state radio", "state-run TV": the medium word of a state medium. */
const STATE_MEDIUM_WORD = /\bstate(?:-run|-owned|-controlled)?\s+(radio|television|TV)\b/i;

/** "Israel's ", "the BBC's ": a capitalised owner inside a phrase */
const CAPITALISED_OWNER_INSIDE = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})['’]s?\s/u;
const LETTER = /\p{L}/u;

function stateMediaOf(np: string, context: string | (() => string)): string {
  const ctx = typeof context === 'string' ? context : context();
  // ("North Korean state media": a compass word before the demonym is part of it)
  const compass = /\b(North|South|East|West|Central|Saudi)\s+(\p{Lu}\p{Ll}+)\b/u.exec(np);
  if (compass && isDemonymLike(compass[2] as string)) return `${compass[1]} ${compass[2]} state media`;
  for (const w of words(np)) if (isDemonymLike(w) && !/-/.test(w) && !/['’]s$/.test(w)) return `${stripPossessive(w)} state media`;
  // "Iran's state radio", "Pyongyang's state media": the owner's own demonym (a capital stands for its state)
  const owner = CAPITALISED_OWNER_INSIDE.exec(np);
  const country = owner ? COUNTRIES.find((c) => c.canonical === owner[1] || c.aliases.includes(owner[1] as string) || c.capitals.includes(owner[1] as string)) : undefined;
  if (country?.demonyms[0]) return `${country.demonyms[0]} state media`;
  let best: { index: number; name: string } | null = null;
  for (const [g, name] of COUNTRY_DEMONYMS_G) {
    g.lastIndex = 0;
    let m: RegExpExecArray | null;
    let last = -1;
    while ((m = g.exec(ctx))) last = m.index;
    if (last >= 0 && (!best || last > best.index)) best = { index: last, name };
  }
  if (best) return `${best.name} state media`;
  // any other state the passage names last ("Myanmar state media", "Belarusian state media")
  let latest: { index: number; country: (typeof COUNTRIES)[number] } | null = null;
  for (const c of COUNTRIES) {
    for (const name of [c.canonical, ...c.aliases, ...c.demonyms]) {
      if (name.length < 4) continue;
      const at = ctx.lastIndexOf(name);
      if (at >= 0 && (at === 0 || !LETTER.test(ctx[at - 1] as string)) && !LETTER.test(ctx[at + name.length] ?? '') && (!latest || at > latest.index)) latest = { index: at, country: c };
    }
  }
  if (!latest) return 'state media';
  const adjective = ATTRIBUTIVE_COUNTRY_NAMES.has(latest.country.canonical) ? latest.country.canonical : latest.country.demonyms[0] ?? latest.country.canonical;
  return `${adjective} state media`;
}
/** States whose own name, not a demonym, usually stands before "state media". */
const ATTRIBUTIVE_COUNTRY_NAMES = new Set(['Myanmar', 'Hong Kong', 'Sri Lanka', 'Eritrea']);

/**
 * The outlet role of a noun phrase, or null when it is not a news medium speaking.
 * `mentions` are the gazetteer mentions inside the phrase, with offsets relative to it.
 */
const roleCache = new Map<string, OutletRole | null>();
/** the same for phrases without mentions, keyed by the phrase alone */
const bareRoleCache = new Map<string, OutletRole | null>();

/** `context` (the passage around the phrase) is only read to name "state media". */
export function outletRole(np: string, mentions: OutletMention[], context: string | (() => string)): OutletRole | null {
  // the answer depends on the phrase and its gazetteer mentions; "state media" also on the context
  if (/\bstate\b/i.test(np)) return computeOutletRole(np, mentions, context);
  // (a phrase without mentions, the common case, is its own key: no string to build and hash)
  if (mentions.length === 0) return remembered(bareRoleCache, np, np, mentions, context);
  // (np, NUL, then "start:end:canonical" of each mention joined by commas; built without an array per call)
  let key = `${np}\u0000`;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as OutletMention;
    key += `${i ? ',' : ''}${m.start}:${m.end}:${m.entry.canonical}`;
  }
  return remembered(roleCache, key, np, mentions, context);
}

function remembered(cache: Map<string, OutletRole | null>, key: string, np: string, mentions: OutletMention[], context: string | (() => string)): OutletRole | null {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const role = computeOutletRole(np, mentions, context);
  if (cache.size > 50_000) cache.clear();
  cache.set(key, role);
  return role;
}

const CAPITALISED_POSSESSIVE = /^\p{Lu}[\p{L}.-]*['’]s?$/u;
const INITIALISM = /^(?:\p{Lu}\.?){2,4}$/u;

/**
 * 'the Sunday paper "Domingo"', 'Radio "Sputnik"': quotation marks around a medium's name are no part of it (read
 * as blanks, so the mentions' offsets hold).
 */
function computeOutletRole(np: string, mentions: OutletMention[], context: string | (() => string)): OutletRole | null {
  // ("the ship tracking website VesselFinder", "Flightradar24", "the monitoring group NetBlocks": data services and
  // monitors report figures, they are no news media)
  if (DATA_SERVICE.test(np)) return null;
  if (!QUOTED_NAME.test(np) || PROGRAMME_TITLE.test(np)) return outletRoleOfPhrase(np, mentions, context);
  const role = outletRoleOfPhrase(np.replace(QUOTE_AROUND_NAME, ' '), mentions, context);
  return role && { outlet: squeeze(role.outlet), mention: squeeze(role.mention), speaker: role.speaker === null ? null : squeeze(role.speaker) };
}
/** Tracking, monitoring and market-data services (by name or description), which the annotation rules keep apart from news media */
const DATA_SERVICE = /(?:^|[\s'’"“])(?:MarineTraffic|Marine Traffic|VesselFinder|MyShipTracking|Flightradar24|FlightRadar24|FlightAware|ADS-B Exchange|Kpler|Vortexa|TankerTrackers|Downdetector|NetBlocks|Worldometers?|Statista|Similarweb|Sensor Tower|Cirium|Dealogic|PitchBook|Crunchbase|Chainalysis|CoinGecko|CoinMarketCap|Glassnode)(?![\p{L}\p{N}])|(?:ship|vessel|flight|aircraft|tanker|maritime)[ -]tracking|tracking[ \t]+(?:website|site|service|data|firm|platform|app)|(?:monitoring|analytics|market[ -]data)[ \t]+(?:group|firm|website|site|service|platform|provider|company)/iu;
const QUOTED_NAME = /\s["“]\p{Lu}/u;
/** 'NPR's health blog "Shots"': the title of a medium's programme or column after its media noun */
const PROGRAMME_TITLE = /(\s(?:blog|show|programme|program|column|podcast|newsletter))\s+["“‘][^"”’]{1,40}["”’]?$/u;
const QUOTE_AROUND_NAME = /["“](?=\p{Lu})|(?<=[\p{L}\p{N}.])["”]/gu;
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

function outletRoleOfPhrase(np: string, mentions: OutletMention[], context: string | (() => string)): OutletRole | null {
  // "NPR's health blog "Shots"": the title of a medium's programme or column after its media noun
  // ("told news outlet Varlamov.ru Monday that C": the day after the name is no part of it)
  // ("The Mail on Sunday reports": a weekday that ends a listed name is part of it)
  const trimmed = np.trim().replace(PROGRAMME_TITLE, '$1');
  const phrase = mentions.some((m) => m.end >= trimmed.length) ? trimmed : trimmed.replace(TRAILING_WEEKDAY, '');
  if (!phrase) return null;
  // "sources at the Dozhd television channel", "people inside Reuters": the medium's people, who speak through it
  const insiders = PEOPLE_INSIDE.exec(phrase);
  if (insiders) {
    const inner = roleAfter(phrase, insiders[0].length, mentions, context);
    if (inner && !inner.speaker) return { outlet: inner.outlet, mention: inner.mention, speaker: phrase };
  }
  // ("The Oregonian/OregonLive": a paper and its website, joined by a slash)
  const slash = phrase.indexOf('/');
  if (slash > 0 && mentions.some((m) => m.end === slash) && /^\/\p{Lu}[\p{L}\p{N}.]*$/u.test(phrase.slice(slash))) {
    return outletRoleOfPhrase(phrase.slice(0, slash), mentions.filter((m) => m.end <= slash), context);
  }
  // ("our news partners at KSLA-TV report": a partner medium, itself the reporter)
  const partners = NEWS_PARTNERS_AT.exec(phrase);
  if (partners) {
    const inner = roleAfter(phrase, partners[0].length, mentions, context);
    if (inner && !inner.speaker) return inner;
  }
  // "The Aug. 12 edition of Star magazine", "Sunday's issue of the Observer": the medium itself
  const edition = phrase.includes(' of ') ? EDITION_OF.exec(phrase) : null;
  if (edition) {
    const inner = roleAfter(phrase, edition[0].length, mentions, context);
    if (inner && !inner.speaker) return inner;
  }
  // "British Broadcasting Corporation (BBC)", "Agence France-Presse (AFP)": a name with its initials in brackets
  // (the bracket only restates the name before it: the role is that name's)
  if (mentions.length >= 1 && (phrase.charCodeAt(phrase.length - 1) === 41 || phrase.charCodeAt(phrase.length - 1) === 93)) {
    const bracket = /\s*[([](\p{Lu}[\p{Lu}\p{N}.&-]{1,9})[)\]]$/u.exec(phrase);
    const head = bracket ? mentions.filter((m) => m.end <= bracket.index) : [];
    const inner = bracket ? mentions.filter((m) => m.start > bracket.index) : [];
    if (bracket && head.length && inner.every((m) => m.entry === (head[head.length - 1] as OutletMention).entry)) {
      return computeOutletRole(phrase.slice(0, bracket.index), head, context);
    }
  }
  if (mentions.length >= 1) {
    let m = mentions[mentions.length - 1] as OutletMention;
    // ("Dallas station WFAA-TV": a listed call sign with its broadcast suffix is the station, named as written)
    const suffix = m.entry.kind === 'broadcaster' && BARE_CALL_SIGN.test(m.mention) ? CALL_SIGN_SUFFIX.exec(phrase.slice(m.end)) : null;
    if (suffix) m = { start: m.start, end: m.end + suffix[0].length, mention: m.mention + suffix[0], entry: { ...m.entry, canonical: m.mention + suffix[0], aliases: [] } };
    let before = words(phrase.slice(0, m.start));
    // "North Korea's state news agency KCNA": a capitalised owner of several words before its possessive
    const owner = before.findIndex((w) => CAPITALISED_POSSESSIVE.test(w) && /['’]/u.test(w));
    if (owner > 0 && before.slice(0, owner).every((w) => startsWithCapital(w) || /^(?:the)$/i.test(w))) before = before.slice(owner);
    // ("the country's official Korean Central News Agency": a state named again by a common noun owns it the same way)
    const nounOwner = before.findIndex((w) => OWNING_STATE_NOUN.test(w));
    // ("a report by the country's national news wire Antara": after the words of a report by it)
    if (nounOwner >= 0 && before.slice(0, nounOwner).every((w) => /^(?:the|its)$/i.test(w) || DESCRIPTORS.has(w.toLowerCase()))) before = before.slice(nounOwner + 1);
    // ("Africanews.com": the medium by its domain)
    if (/^\.(?:com|net|org|info)$/.test(phrase.slice(m.end))) return { outlet: m.entry.canonical, mention: phrase, speaker: null };
    // ("The Sunday Times of London": the seat of the medium after its name only tells which one it is)
    let after = withoutSeat(words(phrase.slice(m.end)));
    // ("the Mash Telegram channel": the medium's own channel on the platform is the medium)
    if (after.length === 2 && after[0] === 'Telegram' && after[1] === 'channel') after = after.slice(1);
    // "China's official Xinhua news agency": a possessive place or owner before the name describes it
    // "ROK national news agency Yonhap": a country code before the name describes it too
    // "South Korean", "Saudi Arabian": a compass or first word of a two-word demonym describes too
    // ("the Hong Kong-based South China Morning Post": the first words of a place before "-based" describe too)
    before = before.filter((w, i) => !(/^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Saudi|New|Sri|Costa|Puerto|Sierra|Burkina)$/.test(w) && isDemonymLike(before[i + 1] ?? '')) &&
      !(isCap(w) && /^\p{Lu}[\p{L}]*-/u.test(before[i + 1] ?? '') && MEDIA_ADJECTIVE.test(before[i + 1] ?? '')));
    const rest = [...before.filter((w) => (!CAPITALISED_POSSESSIVE.test(w) || !/['’]/u.test(w)) && !INITIALISM.test(w)), ...after].map((w) => stripPossessive(w.replace(/[,;:()"“”‘«»„]/g, '')).replace(/^['’]+|['’]+$/g, ''));
    const plainDescriptor = (w: string) => !w || DESCRIPTORS.has(w.toLowerCase()) || MEDIA_NOUN_SET.has(w.toLowerCase()) || MEDIA_ADJECTIVE.test(w);
    const allDescriptors = rest.every((w) => plainDescriptor(w) || isDemonymLike(w));
    // "ESPN's Adrian Wojnarowski": capitalised words owned by the outlet are a person, even when they look like demonyms
    const owned = after.filter((w) => !/^['’]s?$/.test(w));
    const ownedName = /^['’]s?\s/.test(phrase.slice(m.end)) && before.every((w) => /^the$/i.test(w)) && owned.length >= 2 && owned.length <= 4 &&
      owned.every((w) => isCap(w)) && owned.some((w) => !plainDescriptor(stripPossessive(w)) && !DEMONYM_WORDS.has(w)) &&
      !/^(?:Service|Bureau|Desk|Edition|Unit|Team|Channel|Programme|Program|Show|Podcast|Online|Website|Network|Radio|Television|TV)$/.test(owned[owned.length - 1] as string);
    if (allDescriptors && !ownedName) return { outlet: m.entry.canonical, mention: m.mention, speaker: null };
    // "the BBC programme Newsnight", "CBS program 60 Minutes": the medium's programme, named after it
    if (after.length >= 2 && after.length <= 5 && /^(?:programme|program|show|podcast|bulletin|series)$/i.test(after[0] as string) &&
        after.slice(1).every((w) => isCap(w) || /^(?:of|the|and)$/.test(w)) && before.every((w) => plainDescriptor(w) || isDemonymLike(w))) {
      return { outlet: m.entry.canonical, mention: m.mention, speaker: null };
    }
    // "Aussie magazine Woman's Day", "celebrity weekly Grazia": any modifier of a media noun right before the name
    // ("the widely circulated official publication The Dawn": up to four words before the noun)
    if (!after.length && before.length >= 2 && before.length <= 5 && MEDIA_NOUN_SET.has((before[before.length - 1] as string).toLowerCase()) && !/['’]/u.test(before.join(' '))) {
      return { outlet: m.entry.canonical, mention: m.mention, speaker: null };
    }
    // "Axios reporter Jane Doe", "the FT's Jane Doe", "NYT correspondent Jane Doe"
    const reporterIdx = after.findIndex((w) => REPORTER_WORDS.has(w.toLowerCase()) && !['the', 'a', 'an', 'news'].includes(w.toLowerCase()));
    const possessive = /^['’]s?(?=\s)/.test(phrase.slice(m.end));
    if (possessive && before.every((w) => DESCRIPTORS.has(w.toLowerCase()))) {
      // "Bloomberg's sources close to the situation", "the BBC's Jane Doe in the capital"
      const owned = phrase.slice(m.end).replace(/^['’]s?\s+/u, '').replace(/\s+(?:in|at|from|on)\s+(?:the\s+)?\S+(?:\s+\S+)?$/u, '').trim();
      if (POSSESSED_SOURCE.test(owned) || OWNED_STAFF.test(owned)) return { outlet: m.entry.canonical, mention: m.mention, speaker: owned };
      // "the Post's editorial board", "the BBC's verification team", "WSJ's Digits blog": the medium speaking through its own
      // staff as a body, or through a blog or programme of its own
      if (OWNED_DESK.test(owned)) return { outlet: m.entry.canonical, mention: m.mention, speaker: null };
      const ow = words(owned);
      if (ow.length >= 2 && ow.length <= 4 && ow.every((w) => isCap(w) && !REPORTER_WORDS.has(w.toLowerCase()))) {
        return { outlet: m.entry.canonical, mention: m.mention, speaker: owned };
      }
    }
    if ((reporterIdx >= 0 || possessive) && before.every((w) => DESCRIPTORS.has(w.toLowerCase()))) {
      const nameWords = after.filter((w) => isCap(w) && !REPORTER_WORDS.has(w.toLowerCase()) && !/^['’]s$/.test(w));
      if (nameWords.length >= 1 && nameWords.length <= 4 && isCap(after[after.length - 1] ?? '')) {
        return { outlet: m.entry.canonical, mention: m.mention, speaker: nameWords.join(' ').replace(/^['’]s\s*/, '') };
      }
      // "the Wikinews reporter", "a BBC correspondent": the medium's unnamed journalist
      if (!nameWords.length && reporterIdx >= 0 && after.every((w) => REPORTER_WORDS.has(w.toLowerCase()) || /^(?:own|local|senior|chief|political|foreign|special|veteran)$/i.test(w))) {
        return { outlet: m.entry.canonical, mention: m.mention, speaker: phrase };
      }
    }
    // "Reuters witnesses near the scene", "one of the Bloomberg reporters": the medium's people, who speak through it
    if (!possessive && mentions.length === 1 && isMediumStaff(phrase.slice(0, m.start), after)) {
      return { outlet: m.entry.canonical, mention: m.mention, speaker: phrase };
    }
    // "A Sydney Morning Herald rugby column", "a New York Times opinion piece": the medium's own work
    if (!possessive && mentions.length === 1 && isMediumWork(phrase.slice(0, m.start), after)) {
      return { outlet: m.entry.canonical, mention: m.mention, speaker: null };
    }
    return null;
  }
  const unseen = unseenOutlet(phrase, context);
  // ("the TV channel", "the radio station": a medium word is no name; the phrase refers back)
  return unseen && BARE_MEDIUM_WORD.test(unseen.outlet) ? null : unseen;
}

const DESCRIPTOR_THEN_NAME = new RegExp(
  `^(?:the\\s+|a\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:${MEDIA_NOUNS})\\s+((?:\\p{Lu}[\\p{L}\\p{N}.'’&-]*)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}.'’&-]*|\\d+|al|el|de|du|la|le|di|des|of|the))*)$`,
  'iu',
);
/** Media nouns that begin no medium's name: "Tabloid X", "Broadcaster X" at a sentence's start describe X. */
const SENTENCE_DESCRIPTOR = /^(?:Tabloid|Broadcaster|Newspaper|Magazine|Outlet|Publication|Website|Portal|Broadsheet)$/;
const NEWS_AGENCY_END = /\s[Nn]ews\s+[Aa]gency$/;
const NAME_THEN_MEDIA = new RegExp(
  `^(?:the\\s+)?((?:\\p{Lu}[\\p{L}\\p{N}.'’&-]*|\\p{N}+[+\\p{L}][\\p{L}\\p{N}+]*)(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}.'’&-]*|al|el|de|of))*)\\s+(?:${MEDIA_NOUNS}|Radio|Television)$`,
  'u',
);

/** "U.S.-based", "London-based": where a medium is, describing it */
const PLACE_BASED = /^\p{Lu}[\p{L}.]*-based$/u;

/** The gazetteer outlet a name is, but not one it merely ends with ("China Economic Times" is not "The Times"). */
function knownOutlet(name: string): OutletEntry | null {
  // ("South African radio": a demonym without "the" before a media word describes the medium, it names no "The South African")
  if (DEMONYM_WORDS.has(name)) return null;
  const known = lookupOutlet(name);
  if (!known) return null;
  const fold = (x: string) => x.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').trim();
  const names = [known.canonical, ...known.aliases].map(fold);
  const ws = words(name.replace(/^the\s+/i, ''));
  for (let i = 0; i < ws.length; i++) {
    if (names.includes(fold(ws.slice(i).join(' ')))) {
      // what precedes the alias must describe it, not be part of a longer name
      return ws.slice(0, i).every((w) => isDemonymLike(w) || /['’]s$/u.test(w) || DESCRIPTORS.has(w.toLowerCase()) || PLACE_BASED.test(w)) ? known : null;
    }
  }
  return known;
}

/** "Ansa" before "news agency": a one-word name the gazetteer lists in capitals only (ANSA), written as a word. */
function listedInCapitals(name: string): OutletEntry | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(name)) return null;
  const upper = name.toUpperCase();
  const known = lookupOutlet(upper);
  return known && (known.canonical === upper || known.aliases.includes(upper)) ? known : null;
}

/** The gazetteer outlet listed by exactly this name (any case): "Saba News Agency" for "Saba news agency". */
function listedAs(name: string): OutletEntry | null {
  const known = lookupOutlet(name);
  const fold = (x: string) => x.toLowerCase().replace(/^the\s+/, '');
  return known && [known.canonical, ...known.aliases].some((n) => fold(n) === fold(name)) ? known : null;
}

let outletNames: { key: string; canonical: string }[] | null = null;

/** A gazetteer outlet whose name differs by one typo from a long name ("The Associate Press"). */
function nearOutlet(name: string): string | null {
  const key = name.toLowerCase().replace(/^the\s+/, '');
  if (key.length < 10) return null;
  outletNames ??= OUTLETS.flatMap((o) => [o.canonical, ...o.aliases].map((n) => ({ key: n.toLowerCase().replace(/^the\s+/, ''), canonical: o.canonical })));
  for (const o of outletNames) if (Math.abs(o.key.length - key.length) <= 1 && editDistanceAtMostOne(o.key, key)) return o.canonical;
  return null;
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const TWO_CAPITALISED_WORDS = /^\p{Lu}\S*\s+\p{Lu}/u;
/** "Qatar's ": a capitalised owner leading a phrase */
const LEADING_OWNER = /^(\p{Lu}[\p{L}.-]*)['’]s\s+(?=\S)/u;
/** "country's", "nation's": a state referred to again by a common noun, as the owner of its media */
const OWNING_STATE_NOUN = /^(?:country|nation|state|kingdom|republic|island|regime|government)['’]s$/i;
const LOWERCASE_LEAD = /^(?:\p{Ll}[\p{L}-]*\s+)+/u;
const CAPITAL_OR_DIGIT_FIRST = /^\p{Lu}|^\d/u;
const CAPITALISED_HEAD_WORD = /(?:^|\s)(\p{Lu}[\p{Ll}]+)\s+$/u;
const NAME_THEN_LOWERCASE_WORDS = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:\p{Ll}[\p{L}-]*\s+)*\p{Ll}[\p{L}-]*\s*$/u;
const LOWERCASE_END = /\p{Ll}\s*$/u;
const LOWERCASE_HYPHENATED_WORD = /^\p{Ll}[\p{Ll}-]+$/u;

/** "the state-run ", "the private ": lower-case words opening a phrase before a capital or a digit (1: the words) */
const LOWERCASE_DESCRIPTORS_LEAD = /^(?:[Tt]he\s+)?((?:\p{Ll}[\p{L}-]*\s+){1,3})(?=[\p{Lu}\p{N}])/u;
/** a media noun that names nothing but a medium: "newspaper", "television" (not "agency", "service", "station") */
const MEDIUM_NOUN_END = /\s(?:newspaper|daily|paper|tabloid|weekly|magazine|television|TV|radio|broadcaster|channel|news agency|news site|news website|website)$/u;
const isLowercaseDescriptor = (w: string) => w === 'the' || (w !== 'a' && w !== 'an' && DESCRIPTORS.has(w)) || MEDIA_ADJECTIVE.test(w);

function unseenOutlet(phrase: string, context: string | (() => string)): OutletRole | null {
  // ("the state-run Herald newspaper", "the private Tolo television": lower-case descriptors before a name and a plain media noun)
  const described = MEDIUM_NOUN_END.test(phrase) ? LOWERCASE_DESCRIPTORS_LEAD.exec(phrase) : null;
  const undescribed = described && described[1]!.trim().split(/\s+/).every(isLowercaseDescriptor) ? phrase.slice(described[0].length) : null;
  // ("Iran's state-run news agency", "the Syrian state news agency", "China's official news agency": the state's own
  // news agency, by its name)
  const agency = AGENCY_OF_A_STATE.test(phrase) ? nationalAgencyOf(phrase) : null;
  if (agency) return { outlet: agency, mention: phrase.replace(/^the\s+/i, ''), speaker: null };
  // every rule below needs a capitalised name or "state ..."
  if (!hasCapital(phrase.slice(1)) && !/\bstate\b/i.test(phrase) && !TWO_CAPITALISED_WORDS.test(phrase) && !NAME_THEN_MEDIA.test(phrase) && !undescribed) return null;
  // "Peru's official Andina news agency": the owner's possessive is not part of the name
  // (only a state, a capital or a region owns a medium this way; "Woman's Weekly" is a name)
  const ownerMatch = LEADING_OWNER.exec(phrase);
  const owner = ownerMatch && (isCountryOrCapital(ownerMatch[1] as string) || PLACE_OWNERS.has(ownerMatch[1] as string) || /\bstate\b/i.test(phrase)) ? ownerMatch : null;
  if (owner && !/['’]s\s*$/u.test(phrase) && STATE_MEDIA.test(phrase)) {
    const sm = STATE_MEDIA.exec(phrase) as RegExpExecArray;
    return { outlet: stateMediaName(phrase, context), mention: sm[1] as string, speaker: null };
  }
  if (owner && !/['’]s\s*$/u.test(phrase)) return unseenOutlet(phrase.slice(owner[0].length).replace(/^(?:(?:official|semi-?official|state-run|state-owned|independent|public|private|leading)\s+)+/i, ''), context);
  const stateMedia = STATE_MEDIA.exec(phrase);
  // "Bulgarian television", "French radio": a nation's broadcasting named by its medium
  const national = NATIONAL_BROADCASTING.exec(phrase);
  if (national && DEMONYM_WORDS.has(national[1] as string)) {
    return { outlet: `${national[1]} ${(national[2] as string).toLowerCase()}`, mention: phrase.replace(/^the\s+/i, ''), speaker: null };
  }
  const ws = words(phrase);
  // descriptor + name: "Israeli broadcaster Kan", "state news agency KCNA", "the newspaper Le Figaro"
  const dn = DESCRIPTOR_THEN_NAME.exec(phrase);
  if (dn && dn[1]) {
    let head = phrase.slice(0, dn.index + phrase.length - dn[1].length);
    // ("the Daily Courier newspaper": a lower-case media word after the name is not part of it)
    let name = dn[1].replace(MEDIA_NOUN_TAIL, '').replace(/^the\s+/i, '');
    // ("television station KHBS": lower-case media words are descriptors, not the name)
    const lowerLead = LOWERCASE_LEAD.exec(name);
    if (lowerLead && name.length > lowerLead[0].length) { head += lowerLead[0]; name = name.slice(lowerLead[0].length); }
    if (!CAPITAL_OR_DIGIT_FIRST.test(name)) name = '';
    // "the Daily Courier", "Radio Farda": a capitalised media word right before the name is part of it
    const capHead = CAPITALISED_HEAD_WORD.exec(head);
    // ("Tabloid Ekstrabladet", "Broadcaster Kan" opening a sentence: a plain descriptor, not part of the name)
    if (capHead && MEDIA_NOUN_SET.has((capHead[1] as string).toLowerCase()) && !isDemonymLike(capHead[1] as string) && !SENTENCE_DESCRIPTOR.test(capHead[1] as string)) {
      name = `${capHead[1]} ${name}`;
      head = head.slice(0, capHead.index + (capHead[0].length - capHead[0].trimStart().length));
    }
    const headWords = words(head);
    // "technology website Recode", "financial news site X": a topic word before an unambiguous media noun
    const plainMedium = /(?:website|site|newspaper|paper|daily|broadcaster|magazine|outlet|tabloid|portal|newswire|weekly|station|channel)\s*$/i.test(head);
    // ("Fort Smith television station KHBS": a place before a lower-case media noun describes the medium)
    const placeBefore = NAME_THEN_LOWERCASE_WORDS.test(head) && LOWERCASE_END.test(head);
    if (name && headWords.every((w) => (placeBefore && startsWithCapital(w)) || DESCRIPTORS.has(w.toLowerCase()) || isDemonymLike(w) || MEDIA_NOUN_SET.has(w.toLowerCase()) || /^(?:state|public|private|official|Sunday|Saturday|Monday|Tuesday|Wednesday|Thursday|Friday)$/i.test(w) || (plainMedium && LOWERCASE_HYPHENATED_WORD.test(w)))) {
      const known = knownOutlet(name);
      return { outlet: known?.canonical ?? name, mention: name, speaker: null };
    }
  }
  if (stateMedia) return { outlet: stateMediaName(phrase, context), mention: stateMedia[1] as string, speaker: null };
  // name + media noun: "the Asahi Shimbun newspaper", "Kommersant daily"
  // ("the state-run Herald newspaper", "the private Tolo television": lower-case descriptors before the name)
  // ("the Amaq News Agency": the agency's own capitals read like the media noun)
  const agencyPhrase = phrase.endsWith(' News Agency') ? `${phrase.slice(0, -12)} news agency` : phrase;
  const nm = NAME_THEN_MEDIA.exec(agencyPhrase) ?? (undescribed ? NAME_THEN_MEDIA.exec(undescribed) : null);
  // ("the Beirut-based Al Masdar news agency": descriptors before the name are not part of it)
  const nmWords = nm?.[1] ? words(nm[1]) : [];
  let lead = 0;
  // ("a Turkish news agency": an unnamed medium, described by its country alone)
  while (lead < nmWords.length - 1 && (/^(?:the|a|an)$/i.test(nmWords[lead] as string) || isDemonymLike(nmWords[lead] as string) || MEDIA_ADJECTIVE.test(nmWords[lead] as string))) lead++;
  // ("ANTARA's website": the owner of the medium's site is the medium)
  let nmName = nmWords.slice(lead).join(' ').replace(/['’]s?$/u, '');
  // ("The news service": a sentence-initial article is no name)
  if (/^(?:the|a|an|this|that)$/i.test(nmName)) nmName = '';
  // ("Suhail TV", "Dunya News": a one-word name keeps its TV or News)
  const brandTail = nm ? /\s(TV|News|Radio|Television)$/.exec(phrase) : null;
  // ("Voice Of Lagos Radio": a capitalised "Radio" or "Television" ends the name of any length)
  if (brandTail && (nmWords.length - lead === 1 || brandTail[1] === 'Radio' || brandTail[1] === 'Television')) nmName = `${nmName} ${brandTail[1]}`;
  // ("the County Emergency Management agency", "the Border Protection agency": a public body's field before "agency" is no medium)
  const publicBody = nm && /\s(?:agency|service)$/i.test(phrase) && PUBLIC_FIELD.test(nmWords[nmWords.length - 1] ?? '');
  if (nm && nmName && !publicBody && !isDemonymLike(nmWords[lead] ?? '') && (lead === 0 || isCap(nmWords[lead] ?? ''))) {
    // "the Saba news agency", "the Amaq News Agency": an agency is named with its "News Agency" (as listed, if it is)
    if (NEWS_AGENCY_END.test(phrase)) {
      // ("the Fars News agency": the name's own "News" is not written twice)
      const agency = / News$/.test(nmName) ? `${nmName} Agency` : `${nmName} News Agency`;
      const listed = listedAs(agency) ?? knownOutlet(nmName) ?? listedInCapitals(nmName);
      return { outlet: listed?.canonical ?? agency, mention: phrase.replace(/^the\s+/i, ''), speaker: null };
    }
    const known = knownOutlet(nmName);
    return { outlet: known?.canonical ?? nmName, mention: phrase.replace(/^the\s+/i, ''), speaker: null };
  }
  // "Africanews.com", "the Albanian indexonline.net website": a news site named by its domain
  const domain = /^(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?([A-Za-z][\w-]*)(\.(?:com|net|org|info|co\.uk|com\.au|co\.za|ng|in|pk|ke|ge|rs|al|ua|ru))(?:\s+(?:website|site|portal|news site|news website))?$/u.exec(phrase);
  if (domain) {
    const known = lookupOutlet(domain[1] as string);
    return { outlet: known?.canonical ?? `${domain[1]}${domain[2]}`, mention: phrase, speaker: null };
  }
  // ("KSLA-TV", "WDEL-AM": a call sign with its band is a station)
  if (CALL_SIGN_WITH_BAND.test(phrase)) return { outlet: phrase, mention: phrase, speaker: null };
  // a newspaper-shaped name: "the Kyiv Independent", "The Jakarta Post"
  const name = phrase.replace(/^the\s+/i, '');
  const nws = words(name);
  if (nws.length >= 2 && nws.length <= 5 && nws.every((w) => isCap(w) || /^(?:of|de|al|el|the|and|&)$/.test(w)) &&
      hasNewspaperTail(nws[nws.length - 1] as string) && /^the\s/i.test(phrase) && !(countryWords().has(nws[0] as string) && TAILS_OF_NON_PAPERS.test(nws[nws.length - 1] as string))) {
    return { outlet: nearOutlet(name) ?? `The ${name}`, mention: phrase, speaker: null };
  }
  // "<Outlet> reporter Jane Doe" for an outlet the gazetteer lacks
  const ri = ws.findIndex((w) => /^(?:reporter|correspondent|journalist|editor|columnist)$/i.test(w));
  if (ri >= 1 && ri < ws.length - 1) {
    const outletWords = ws.slice(0, ri).filter((w) => w.toLowerCase() !== 'the');
    const nameWords = ws.slice(ri + 1);
    if (outletWords.length >= 1 && outletWords.length <= 3 && outletWords.every(isCap) && !outletWords.some(isDemonymLike) &&
        nameWords.length <= 4 && nameWords.every(isCap)) {
      return { outlet: outletWords.join(' '), mention: outletWords.join(' '), speaker: nameWords.join(' ') };
    }
  }
  void context;
  return null;
}

/** After a country or city ("the Kenya Post", "the Israel Union"), tails that name postal services, parties and peoples, not papers ("the Kabul Times" is one). */
const TAILS_OF_NON_PAPERS = /^(?:Post|Nation|Union|Citizen|Voice|Leader|Patriot|Democrat|Republican|Record|Pioneer|Advocate|Guardian|Messenger|Spectator|Banner|Beacon|Sentinel)$/;
/** The field of a public body named before "agency" or "service": "Emergency Management agency", "Border Protection service". */
const PUBLIC_FIELD = /^(?:Management|Protection|Security|Safety|Health|Development|Enforcement|Intelligence|Energy|Environment|Environmental|Regulatory|Revenue|Customs|Tax|Transport|Transportation|Space|Defense|Defence|Emergency|Emergencies|Disaster|Atomic|Nuclear|Food|Drug|Drugs|Medicines|Maritime|Aviation|Border|Immigration|Statistics|Statistical|Planning|Investment|Procurement|Weather|Meteorological|Geological|Fisheries|Forestry|Water|Housing|Employment|Welfare|Pensions|Prisons?|Probation|Audit|Competition|Consumer|Financial|Banking|Insurance|Trade|Export|Road|Roads|Highways?|Rail|Railways?|Police|Fire|Rescue|Park|Parks|Wildlife|Agriculture|Agricultural|Education|Research|Cyber|Cybersecurity|Counterterrorism|Anti-Corruption|Anticorruption)$/;

/** Last words of broadcaster and channel names: "BT Sport", "Sky News", "Radio Free Asia" has its own entry. */
const CHANNEL_TAILS = new Set(['sport', 'sports', 'tv', 'fm', 'radio', 'news', 'channel', 'television', 'broadcasting', 'media', 'online', 'live', 'one', '24']);

/** "Channel 5", "Radio 4 television" (1: the name without its lower-case medium noun) */
const NUMBERED_CHANNEL = /^((?:Channel|Radio|TV|Canal|Kanal|Antenna|Antena|Rai)\s+\d{1,3})(?:\s+(?:television|TV|radio|channel))?$/u;
/** "NTV", "RFM": a broadcaster's capitals ending in TV or FM */
const CALL_SIGN_CHANNEL = /^\p{Lu}{1,6}(?:TV|FM)$/u;

/**
 * An unknown name in a medium's place (the object of "told", "speaking to X"): "MUTV", "BT Sport".
 * Only names shaped like a channel: an acronym ending in TV/FM, or capitalised words ending in a channel word.
 */
export function mediumNameRole(np: string): OutletRole | null {
  const name = np.trim().replace(/^the\s+/i, '').replace(/\.$/, '');
  // "Channel 5 television", "Radio 4": a medium noun and its number name a channel
  const numbered = NUMBERED_CHANNEL.exec(name);
  if (numbered) return { outlet: numbered[1] as string, mention: name, speaker: null };
  const ws = words(name);
  if (!ws.length || ws.length > 4 || !ws.every((w) => /^[\p{Lu}\p{N}][\p{L}\p{N}&.+-]*$/u.test(w))) return null;
  const last = ws[ws.length - 1] as string;
  if (ws.length === 1 ? CALL_SIGN_CHANNEL.test(last) : CHANNEL_TAILS.has(last.toLowerCase()) && !isDemonymLike(ws[0] as string)) {
    return { outlet: name, mention: name, speaker: null };
  }
  return null;
}

let knownActorNames: Set<string> | null = null;
/** Names the organisation and people gazetteers know: never an unfamiliar outlet. */
export function isKnownActorName(name: string): boolean {
  knownActorNames ??= new Set([...ORGANIZATIONS, ...PEOPLE].flatMap((e) => [e.canonical, ...e.aliases]));
  return knownActorNames.has(name) || knownActorNames.has(name.replace(/^the\s+/i, ''));
}

let countryNameSet: Set<string> | null = null;
/** "Russia", "South Korea", "Moscow": a state or its capital, as the owner in "Russia's RBC". */
/** Places and bodies that own media in "X's Y" besides states and capitals. */
const PLACE_OWNERS = new Set(['Britain', 'America', 'Europe', 'Africa', 'Asia', 'Gaza', 'Kremlin', 'Hezbollah', 'Hamas', 'Iran', 'Scotland', 'Wales', 'England', 'Catalonia', 'Quebec', 'Kurdistan', 'Taiwan', 'Palestine', 'Crimea', 'Donbas', 'Hong', 'Kong', 'Texas', 'California', 'Florida', 'Ontario', 'Bavaria']);
export function isCountryOrCapital(name: string): boolean {
  countryNameSet ??= new Set(COUNTRIES.flatMap((c) => [c.canonical, ...c.aliases, ...c.capitals]));
  return countryNameSet.has(name);
}

const CAPITALISED_NAME = String.raw`\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|\d+))*`;
const COUNTRY_POSSESSIVE_NAME = new RegExp(String.raw`^(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})['’]s\s+(${CAPITALISED_NAME})$`, 'u');
/** words that name a state's or a society's body, never a medium */
const BODY_WORD = /^(?:Ministry|Ministries|Department|Office|Council|Committee|Command|Army|Navy|Police|Forces|Force|Government|Parliament|Court|Commission|Embassy|Agency|Authority|Bureau|Guard|Guards|Prosecutor|Presidency|Cabinet|Senate|Assembly|Bank|Party|Union|Federation|Association|Institute|University|Ministry's|Directorate|Administration|Secretariat|Congress|Chamber)$/u;
const CHANNEL_SHAPED = new RegExp(String.raw`^(?:the\s+)?((?:${CAPITALISED_NAME}\s+)?(?:\p{Lu}[\p{L}\p{N}&.-]*\s+)?(?:TV|Television|Radio|News|Channel|FM)|Channel\s+\d+|\p{Lu}{1,5}(?:TV|FM)|[KW][A-Z]{2,3}-(?:TV|FM|AM|DT))$`, 'u');
/** "WFAA", and "-TV" after it */
const BARE_CALL_SIGN = /^[KW][A-Z]{2,3}$/;
const CALL_SIGN_SUFFIX = /^-(?:TV|FM|AM|DT)(?![\p{L}\p{N}])/u;
const BARE_MEDIUM_WORD = /^(?:TV|Television|Radio|News|Channel|FM)$/;

/**
 * An outlet the gazetteer does not know, named where a medium speaks: "Russia's RBC reported",
 * "Rossiya TV said". `reporting` says the cue is a verb of reporting with clause content
 * ("reported that ...", "according to"), which a country's possessive needs.
 */
export function unfamiliarOutletName(np: string, reporting: boolean): OutletRole | null {
  // (a pure function of the phrase, asked about every clause's subject: answers are kept; callers only read them)
  const cache = reporting ? unfamiliarWhenReporting : unfamiliarElse;
  const known = cache.get(np);
  if (known !== undefined) return known;
  const role = computeUnfamiliarOutletName(np, reporting);
  if (cache.size > 50_000) cache.clear();
  cache.set(np, role);
  return role;
}
const DOMAIN_NAME = /^(?:the\s+)?(?:www\.)?(\p{L}[\p{L}\d-]*)\.(?:com|co\.uk|net|org|eu|info|news|tv|co\.za|com\.au|co\.in|co\.nz|ie|in|ng|de|fr|es|it|ru|ua|by|kz|ge|am|az|rs|ba|hr|al|pl|cz|sk|hu|ro|bg|gr|tr|il|pk|bd|lk|np|ke|ug|tz|gh|jp|kr|cn|tw|hk|sg|my|ph|id|vn|th|br|ar|mx|cl|pe|ve|nl|be|ch|at|se|no|dk|fi|pt)$/iu;
const NEWS_STEM = /(?:news|sports?|times|post|daily|herald|press|tribune|journal|gazette|mail|express|insider|report|wire|media|tv|radio|today|observer|chronicle|telegraph|mirror|guardian|standard|star|football|calcio)/i;
let joinedNames: Map<string, OutletEntry> | null = null;
/** Gazetteer names lower-cased without spaces or a leading "the" ("skysports", "washingtonpost"), built on first use. */
function outletByJoinedName(): Map<string, OutletEntry> {
  if (joinedNames) return joinedNames;
  joinedNames = new Map();
  for (const e of OUTLETS) for (const n of [e.canonical, ...e.aliases]) {
    const k = n.toLowerCase().replace(/^the\s+/, '').replace(/[\s'’-]+/g, '');
    if (k.length >= 4 && !joinedNames.has(k)) joinedNames.set(k, e);
  }
  return joinedNames;
}
const unfamiliarWhenReporting = new Map<string, OutletRole | null>();
const unfamiliarElse = new Map<string, OutletRole | null>();

function computeUnfamiliarOutletName(np: string, reporting: boolean): OutletRole | null {
  const phrase = np.replace(/\s+/g, ' ').trim();
  if (isKnownActorName(phrase) || DATA_SERVICE.test(phrase)) return null;
  // "Politico.eu", "Skysports.com": a domain whose name is an outlet's or says news (not "Amazon.com")
  const domain = phrase.includes('.') ? DOMAIN_NAME.exec(phrase) : null;
  if (domain) {
    // ("Skysports.com": a gazetteer name written without its spaces)
    const known = outletByJoinedName().get((domain[1] as string).toLowerCase());
    if (known) return { outlet: known.canonical, mention: phrase, speaker: null };
    // ("..., Sanook.com reported": a site that reports is a news site)
    return NEWS_STEM.test(domain[1] as string) || reporting ? { outlet: phrase, mention: phrase, speaker: null } : null;
  }
  const channel = CHANNEL_SHAPED.exec(phrase);
  // ("News reports still run higher": a medium word alone names no medium)
  if (channel && !BARE_MEDIUM_WORD.test(channel[1] as string)) {
    const name = channel[1] as string;
    const first = words(name)[0] as string;
    if (!countryWords().has(first) && !isKnownActorName(name)) {
      // "Rai TV": a gazetteer outlet with its medium word
      const stem = name.replace(/\s+(?:TV|Television|Radio|News|Channel|FM)$/, '');
      const known = stem !== name ? lookupOutlet(stem) : null;
      const exact = known && [known.canonical, ...known.aliases].includes(stem) ? known.canonical : null;
      return { outlet: exact ?? name, mention: name, speaker: null };
    }
  }
  if (!reporting) return null;
  const owned = COUNTRY_POSSESSIVE_NAME.exec(phrase);
  if (owned && isCountryOrCapital(owned[1] as string)) {
    const name = owned[2] as string;
    const ws = words(name);
    // ("Azerbaijan's Defense Ministry reported": a state's body is no medium)
    if (ws.length <= 4 && !isKnownActorName(name) && !countryWords().has(ws[0] as string) && !isCountryOrCapital(name) && !REPORTER_WORDS.has((ws[ws.length - 1] as string).toLowerCase()) && (!ws.some((w) => BODY_WORD.test(w)) || /\bNews Agency$/.test(name))) {
      return { outlet: knownOutlet(name)?.canonical ?? name, mention: name, speaker: null };
    }
  }
  return null;
}

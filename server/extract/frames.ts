// Small grammar pieces of reporting clauses, as sticky regexes matched at a position:
// what may follow a cue before the content starts (dates, "in a statement", "citing X,"),
// the objects of "told", and the adverbials that open a sentence.
import { DATE_PHRASE } from './dates.js';

const sticky = (source: string, flags = 'iuy') => new RegExp(source, flags);

/** Whitespace then a date phrase: " on Sunday", " last night", " a week ago" (not "Friday’s strikes": a day that owns a noun). */
// ("on Sept. 12", "Dec 27": a month abbreviated, with or without its period)
export const DATE_AT = sticky(String.raw`[ \t]*,?[ \t]*(?:${DATE_PHRASE.source}|(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+\d{1,2}(?:,[ \t]*\d{4})?(?![\d\p{L}])|(?:on[ \t]+)?(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?(?![\d\p{L}]))(?![’']s(?![\p{L}]))`);

/** Whitespace then a clock time: " at 7:50 p.m.", " at 10am local time". */
export const CLOCK_AT = sticky(String.raw`[ \t]*,?[ \t]*at[ \t]+\d{1,2}(?:[:.]\d{2})?[ \t]*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|hrs|h)(?:[ \t]+(?:local[ \t]+time|GMT|UTC|\(\d{3,4}[ \t]*GMT\)))?(?![\p{L}])`);

/**
 * The first words DATE_AT can start with (after blanks and a comma), in lower case: the words that open
 * DATE_PHRASE's alternatives and the month names. (Its regex is long: most places are turned away by
 * their first word before it runs.)
 */
const DATE_FIRST_WORDS = new Set([
  'on', 'last', 'this', 'since', 'by', 'early', 'late', 'earlier', 'later', 'in', 'past', 'yesterday', 'today', 'tonight',
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'ten',
  'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Whether DATE_AT may match at pos: false only where its first word cannot start a date (a word with a non-ASCII letter is always tried). */
export function mayBeDateAt(text: string, pos: number): boolean {
  let i = pos;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  if (text.charCodeAt(i) === 44) {
    i++;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  }
  const s = i;
  for (;;) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    i++;
  }
  if (i < text.length && text.charCodeAt(i) > 127) return true;
  return i > s && DATE_FIRST_WORDS.has(text.slice(s, i).toLowerCase());
}

/** Adverbs that may follow the cue: "reported further", "said again". */
export const ADVERB_AT = sticky(String.raw`[ \t]+(?:on[ \t]+(?:the[ \t]+)?condition[ \t]+of[ \t]+anonymity|(?:by|via|over)[ \t]+(?:tele)?phone|(?:by|via)[ \t]+(?:e-?mail|text(?:[ \t]+message)?|video(?:[ \t]+(?:link|call))?|WhatsApp|Zoom|Skype)|over[ \t]+the[ \t]+(?:tele)?phone|in[ \t]+a[ \t]+(?:tele)?phone[ \t]+interview|anonymously|on background|further|also|again|later|earlier|separately|previously|publicly|privately|repeatedly|recently|explicitly|bluntly|flatly|simply|on Twitter|on X|on Telegram|on Facebook|on Instagram|on social media|online|in part|in full|in English|in Arabic|in French|once[ \t]+again|several[ \t]+times|many[ \t]+times|twice|once[ \t]+more|(?!(?:only|family|rally|ally|supply|reply|apply|daily|weekly|monthly|yearly|early|likely|holy|ugly|italy|july|bully|belly|jelly|assembly|anomaly|homily|lily|folly|fly|july)(?![\p{L}]))\p{Ll}{3,}ly(?=[ \t]*(?:[,.;:!?"“]|that(?![\p{L}])|$)))(?![\p{L}])`);

/** " in a statement", " in a televised address", " in his nightly video address", " at a news conference". */
export const SETTING_AT = sticky(
  String.raw`[ \t]*,?[ \t]*(?:in|at|during|on|via|through)[ \t]+(?:(?:a|an|the|his|her|its|their|one|another)[ \t]+(?:[\p{L}-]+[ \t]+){0,4}?|(?=(?:comments|remarks|statements|interviews|posts)[ \t]))` +
  String.raw`(?:statement|statements|address|interview|speech|response|reply|answer|briefing|conference|post|posts|tweet|message|letter|report|broadcast|video|meeting|session|hearing|release|op-ed|column|article|blog|communiqu[eé]|note|filing|email|e-mail|call|appearance|remarks|comments|podcast|documentary|investigation|dispatch|bulletin|programme|program|show|story|editorial|piece|essay|commentary|transcript|translation|book|memoir|thread|livestream|speech|document|documents|memo|rally|rallies|event|ceremony|summit|forum|gathering|debate|visit|protest|vigil|funeral|dinner|lunch|luncheon|festival)s?` +
  String.raw`(?:[ \t]+(?:carried|published|aired|broadcast|posted|released|issued|shared|given|granted|quoted|cited|run|reported|printed|provided|sent|emailed|e-mailed|supplied|delivered|read|received|obtained|seen|reviewed|viewed|(?:that|which)[ \t]+(?:aired|ran|was[ \t]+(?:aired|broadcast|published)))?(?:[ \t]+(?:on[ \t]+)?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|today|yesterday|overnight))?[ \t]*(?:by|with|on|to|in|from|for)[ \t]+(?:(?:[^,.;:"“”]|\.(?=[\p{L}-])){1,60}?))?` +
  // ("in an interview published Tuesday", "in a report aired on Sunday": the work's own date, no agent)
  String.raw`(?:[ \t]+(?:published|aired|broadcast|posted|released|printed)(?:[ \t]+(?:on[ \t]+)?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|today|yesterday|overnight|(?:last|this|earlier[ \t]+this)[ \t]+(?:week|month)))?)?` +
  // ("with Bloomberg in November": a month or a year after the agent is a date, not part of its name)
  String.raw`(?=[ \t]*(?:,|\.(?![\p{L}\p{N}-])|;|:|"|“|$|[ \t]+that\b|[ \t]+(?:on|last|this|earlier|yesterday|today)\b|[ \t]+in[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b))`,
);

/** Social platforms: where anyone posts, never a medium that reports. */
const PLATFORM_NAMES = String.raw`X|Twitter|Telegram|Facebook|Instagram|TikTok|YouTube|Truth Social|Weibo|WeChat|Threads|Bluesky|LinkedIn|Reddit|social media`;
/** A platform account as a setting's agent: "its Telegram channel", "his X account", "Facebook". */
export const PLATFORM_ACCOUNT = new RegExp(String.raw`^(?:(?:his|her|its|their|the)[ \t]+(?:official[ \t]+)?)?(?:${PLATFORM_NAMES})(?:[ \t]+(?:account|channel|page|feed|profile))?$`, 'u');

/** Platforms and channels (not outlets): " on the social media app Telegram", " on X", " on the Telegram channel", " on its website". */
export const PLATFORM_AT = sticky(
  String.raw`[ \t]*,?[ \t]*(?:on|via|in)[ \t]+(?:the[ \t]+)?(?:(?:social[ \t]+media|messaging|microblogging)[ \t]+(?:app|platform|site|network|account|channel)[ \t]+)?(?:(?:${PLATFORM_NAMES})(?:[ \t]+(?:account|channel|page|feed|profile|app))?|(?:his|her|its|their|the)[ \t]+(?:official[ \t]+)?(?:[\p{L}-]+[ \t]+)?(?:website|account|page|channel|feed|blog))(?![\p{L}])(?:,?[ \t]+(?:formerly known as|formerly)[ \t]+Twitter)?`,
);

/** " to reporters", " to journalists", " to the media" (after "said"). */
export const TO_AUDIENCE_AT = sticky(String.raw`[ \t]+to[ \t]+(?:reporters|journalists|the media|the press|lawmakers|legislators|parliament|supporters|the crowd|a crowd|students|the audience|an audience|parliamentarians|senators|congress)(?![\p{L}])`);

/**
 * A place that closes the sentence after the cue or its object: " in Mumbai", " in state capital Lagos", " from Geneva",
 * " in the commercial capital Dar es Salaam", " in the capital", " in the northern city".
 */
export const CLOSING_PLACE_AT = sticky(
  String.raw`[ \t]+(?:in|from)[ \t]+(?:(?:(?:the[ \t]+)?(?:\p{L}[\p{L}-]*[ \t]+){0,2}?(?:capital|city|town|village|province|region|district)(?:[ \t]+of)?(?:[ \t]+(?=\p{Lu})|(?![\p{L}])))|the[ \t]+(?=\p{Lu}))?(?:\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:es[ \t]+|de[ \t]+|al[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,3})?`,
  'uy',
);

/** The object of "told"/"informed" when it is an audience rather than a medium. */
export const AUDIENCE_OBJECT_AT = sticky(
  String.raw`[ \t]+(?:reporters|journalists|the media(?![ \t]+(?:outlet|organi[sz]ation))|the press|lawmakers|legislators|parliament|senators|congress|congressmen|supporters|parliamentarians|delegates|members|residents|investigators|the court|a court|the jury|a jury|the committee|a committee|the council|a news conference|a press conference|a briefing|a news briefing|a press briefing|a meeting|a rally|a gathering|a summit|an audience|the audience|the crowd|a crowd|students|him|her|them|us|me|you|(?:local|foreign|international|western|Western)[ \t]+(?:reporters|journalists|media|press))(?![\p{L}])`,
);

/** A capitalised object of "told": "the Kremlin", "Parliament", "President Biden"; a channel's number after it ("Channel 5 television"). */
export const NAMED_OBJECT_AT = sticky(
  String.raw`[ \t]+(?:the[ \t]+)?[«„]?\p{Lu}[\p{L}\p{N}.'’&-]*(?:(?<!\p{Ll}{2}\.)[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?\p{Lu}[\p{L}\p{N}.'’&-]*){0,5}(?:[»“](?=[ \t,.;]))?(?:[ \t]+\p{N}{1,3}(?=[ \t]+(?:television|TV|radio|channel|news|News)(?![\p{L}])|[ \t]*[,.;]|[ \t]+(?:that|on|in|last|this|earlier)[ \t]))?`,
  'uy',
);

/** ", citing sources familiar with the matter," and " quoting a senior official". */
export const CITING_AT = sticky(
  // ("citing Lopez, 45, that C": an age in apposition belongs to the source)
  String.raw`[ \t]*,?[ \t]*(citing|quoting|with reference to|referring to)[ \t]+([^,.;:"“]{2,120}?(?:,[ \t]*\d{1,3}(?=[ \t]*,))?)(?=[ \t]*,|[ \t]+that\b|[ \t]*\.|[ \t]*;|[ \t]*$)`,
);

/** Leading adverbials of a sentence that are not part of the claim or subject. */
export const LEADING_ADVERBIAL = /^(?:(?:on|last|this|that|next|early|late|earlier|later)\s+(?:\p{L}+\s+){0,2}?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|morning|evening|night|week|month|year)(?:\s+(?:morning|afternoon|evening|night))?|(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|many)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:later|earlier|before|after)|however|indeed|of course|yes|no|notably|nevertheless|nonetheless|similarly|likewise|again|once again|besides|in particular|in other words|after all|at the same time|by contrast|in contrast|on the other hand|having said that|that said|that being said|meanwhile|separately|instead|moreover|firstly|secondly|thirdly|finally|lastly|first|second|third|in turn|in short|in fact|in addition|for its part|for his part|for her part|for their part|furthermore|additionally|in addition|still|also|but|and|yet|now|today|yesterday|earlier|later|previously|back(?:\s+(?:in|at|on)(?:\s+[^\s,]+){1,4}?|\s+home)?|elsewhere|overseas|abroad|overall|in total|in all|altogether|so far|thus far|for now|at first|in the meantime|at the time|specifically|separately|initially|originally|eventually|ultimately|currently|recently|consequently|accordingly|otherwise|interestingly|importantly|crucially|significantly|unfortunately|fortunately|surprisingly|ironically|apparently|reportedly|allegedly|in a statement|in a separate statement|in (?:an|a) (?:interview|statement|post|speech|address)(?:\s+[^\s,]+){0,5}?)\s*,\s*|^(?:but|and|yet|so)\s+(?=according\s+to\s)/iu;

/** Timestamps, datelines and update tags at the start of a line: "11:10 p.m.: ", "SEOUL/TOKYO — ", "GAZA (Reuters) - ",
 * "BISHKEK (UrduPoint News / Sputnik - 24th July, 2021) ". */
export const LINE_PREFIX = /^(?:(?:\p{Lu}{3,}(?:[ \t]+\p{Lu}{2,}){0,2}(?:,[ \t]*\p{Lu}[\p{L}.]*)?[ \t]*(?:\([^)]{1,40}\))?[ \t]*:[ \t]+(?=\p{Lu}))|(?:\p{Lu}{3,}(?:[ \t]+\p{Lu}{2,}){0,2}[ \t]*\((?=[^)\n]*(?:\d|\/|News|Agency|Press))[^)\n]{3,70}\)[ \t]+(?=\p{Lu}))|(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[:\-–—]\s*)|(?:\p{Lu}{2}[\p{Lu}\s/.'-]{0,40}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+[\p{Lu}\d][\p{L}\d.]*){0,2})?\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s*(?!(?:TV|FM|AM|DT)(?![\p{L}])))|(?:\p{Lu}\p{Ll}+(?:[ /]\p{Lu}\p{Ll}+){0,2}\s*(?:\([^)]{1,40}\))?\s+[—–]\s+)|(?:\(\p{L}[^)]{0,30}\)\s*[-–—]+\s*)|(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\([^)]{1,40}\)\s*[-–—]+\s*)|(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2}\s+(?=\p{Lu}\p{Ll}+\s))|(?:\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2},[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*\([^)]{1,40}\)[ \t]*(?:[-–—:][ \t]*)?(?=\p{Lu}))|(?:(?:UPDATE|Update|BREAKING|Breaking|WATCH|Watch|LIVE|Live|EXCLUSIVE|Exclusive|ANALYSIS|Analysis|FACTBOX|Factbox|EXPLAINER|Explainer|INSIGHT|Insight|OPINION|Opinion|BREAKING NEWS|Breaking News)(?:\s*\d+)?\s*[:\-–—]\s*))/u;

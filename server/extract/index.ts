// extract(article): the attributions of one article — who reported what, on whose word,
// about whom. Pure: text in, records out. Sentences are read in order; each reporting
// clause becomes a record once its speaker and outlet are resolved against what the
// article said before (anaphora like "the report", "the source", "he", "It").
import { createActorResolver, type ActorResolver } from './actors/index.js';
import { AsciiWordBits, hasCapital, hasSplitWord, isBlankAt, isSpaceAt, spaceSeparatedWords, startsWithCapital } from './chars.js';
import { clausesOf, contentStartOf, type Clause, type SentenceContext } from './clauses.js';
import { workInWhichMedium } from './report-in-which.js';
import { OUTLET_ONLY_VERBS } from './cues.js';
import { resolveDate } from './dates.js';
import { isCommonWord } from './lexicon/common-words.js';
import { findOutletMentions, listedInOtherCapitals, outletByBrandWord, lookupOutlet, type OutletEntry, type OutletKind } from './lexicon/outlets.js';
import { callSignOutlet } from './call-sign.js';
import { anaphorKind, descriptorAnaphor, isNewspaperTail, namesPaperAlone, isOutletAnaphor, kindFits, kindInMention, isCountryOrCapital, isKnownActorName, mediumNameRole, outletRole, unfamiliarOutletName, type MediumKind, type OutletMention, type OutletRole } from './outlet-roles.js';
import { withLongerTitle } from './article-titles.js';
import { withBroadcastSuffix } from './broadcast-suffix.js';
import { countrySense, withCountrySense } from './country-sense.js';
import { qualifySharedTitles } from './shared-titles.js';
import { withEarlierFullName } from './short-title.js';
import { numberedChannelMentions } from './numbered-channels.js';
import { describedMediaMentions } from './described-media.js';
import { coordinatedTitleMentions } from './coordinated-titles.js';
import { listedSpelling } from './listed-spelling.js';
import { isCreditLine } from './credit-line.js';
import { carriedOutlet, headOf, introducedIn, type DiscourseScene } from './discourse-outlet.js';
import { relationsOf } from './relations.js';
import { splitSentences, unwrapLines, type Span } from './sentences.js';
import type { Article, Attribution, Extraction, Relation } from './types.js';
import { genderOf } from './pronouns.js';
import { namesOwnStaff } from './own-staff.js';
import { journalistTitleBefore, MEDIUM_ON_STATEMENT_BY, SOURCES_FOR_MEDIUM, WORK_IN_MEDIUM } from './medium-staff.js';
import { citerOfRelative } from './cited-relative.js';
import { carrierOfClaimNoun } from './carried-claims.js';
import { sourcesCitedIn } from './cited-after.js';
import { namedInReport, isWorkAs } from './named-in-report.js';
import { matchQuoteMarks } from './quote-marks.js';
import { mediumCalled } from './medium-called.js';
import { resolveForwardReports, type ForwardScene } from './forward-report.js';
import { isReportedAct } from './reported-act.js';
import { capitalInitials, looksLikeInitialism, mediumByInitials } from './initialism.js';
import { readAustralianPolice } from './australian-police.js';

export type { Article, Attribution, Extraction, Relation } from './types.js';

interface Discourse {
  lastOutlet: { outlet: string; mention: string } | null;
  /** the last outlet that itself reported (subject or "according to"), not one that was told something */
  lastReporter: { outlet: string; mention: string } | null;
  /** outlet of the last record that relied on an unnamed source */
  lastSourcedOutlet: string | null;
  lastOutletSentence: number;
  lastSubjectWasOutlet: boolean;
  lastPerson: string | null;
  lastSpeaker: string | null;
  lastRecord: number | null;
}

/** A clause's role with what its frame cites and the medium it names. */
type SentenceRole = Role & { cited: string | null; medium: { outlet: string; mention: string } | null };

interface Role {
  outlet: string | null;
  outletMention: string | null;
  speaker: string | null;
  /** the subject names a news medium */
  isOutlet: boolean;
  skip?: boolean;
  /** further outlets of a coordinated subject ("L'Equipe and Bild") */
  also?: { outlet: string; mention: string }[];
}

/** A finite verb somewhere in a claim: it is a clause, not a noun phrase ("Sports Business Journal's report"). */
const CLAUSE_VERB = /(?:^|\s)(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|\p{Ll}{2,}ed|\p{Ll}{3,}s)(?![\p{L}'’])/u;
/** The subject of a content clause: a noun phrase up to its auxiliary ("the players' union was planning"). */
const CONTENT_SUBJECT = /^((?:the\s+)?\p{Lu}[^,;:"“”]{1,60}?|the\s+[^,;:"“”]{2,60}?)\s+(?:was|were|is|are|had|has|have|would|will|could)\s/u;
const CLOSING_MARK_OPENING = /(^|[\s(])”(?=[\p{L}\d])/gu;
const DOUBLED_APOSTROPHE_OPENING = /(^|[\s(])''(?=[\p{L}\d])/gu;
const DOUBLED_APOSTROPHE_CLOSING = /(?<=[\p{L}\d.,!?])''(?=[\s.,;:!?)]|$)/gu;
/** A medium's name as a reporting subject: capitalised words, an elided article ("L'Est", "D'Italia"), small particles between. */
const UNFAMILIAR_REPORTER_NAME = /^(?:the\s+)?(?:\p{Lu}['’])?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:(?:de|del|della|di|du|des|la|le|el|al|of|the)\s+)?(?:\p{Lu}['’])?\p{Lu}[\p{L}\p{N}.&'’-]*){0,3}$/u;

// (the mark first, then the letter before it: a regex that opens with the lookbehind tries it at every character)
const MISUSED_APOSTROPHE = /‘(?<=\p{L}‘)(?=s(?![\p{L}])|t(?![\p{L}])|\p{Ll})/gu;
const INFERENCE_SUBJECT = /^(?:the|this|that|these|those|a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|data|figures|numbers|evidence|document|documents|move|decision|study|studies|findings|results|research|survey|poll|polls|filing|wording|language|timing|letter|records?)$/iu;
const JOURNALIST_OF = /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*){0,3})['’]s?\s+(?:(?:reporter|correspondent|journalist|host|anchor|editor|columnist|writer|presenter|insider)\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,2}$/u;
const JOURNALIST_APPOSITIVE = /^[ \t]*,[ \t]*((?:the[ \t]+)?\p{Lu}[\p{L}\p{N}.&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.&-]*){0,4})['’]s?[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:editor|correspondent|reporter|journalist|columnist|anchor|host|presenter|analyst|commentator|writer)[ \t]*,/u;
/** ", a political correspondent for El País,": a journalist's title and the medium it is held at */
const JOURNALIST_FOR_APPOSITIVE = /^[ \t]*,[ \t]*(?:(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:correspondent|reporter|journalist|editor|columnist|anchor|host|presenter|commentator|writer|contributor|producer)[ \t]+(?:for|at|with|of)|who[ \t]+(?:works|worked|writes|wrote|reports|reported|covers[ \t]+[^,;:]{1,30}?)[ \t]+for)[ \t]+([^,;:"“()]{2,60}?)[ \t]*,/u;
/** "a reporter", "the paper's Moscow correspondent", "a senior editor": a journalist named by a title */
const JOURNALIST_NOUN_PHRASE = /^(?:a|an|the|one)\s+(?:[\p{L}-]+\s+){0,3}?(?:correspondent|reporter|journalist|editor|columnist|anchor|host|presenter|commentator|writer|contributor|producer)s?$/iu;
/** "<journalist> for|of|at|with <medium>" */
const JOURNALIST_OF_MEDIUM = /^(.+?)\s+(?:for|of|at|with|from)\s+((?:the\s+)?\S.*)$/u;
const EVIDENCE_SUBJECT = /(?:^|\s)(?:figures|data|documents?|records?|footage|videos?|images?|photos?|photographs?|pictures?|polls?|surveys?|study|studies|statistics|estimates|results|tests?|analysis|analyses|research|report|reports|reporting|investigations?|reviews?|coverage|drafts?|letters?|messages?|memo|emails?|files?|filings?|papers|minutes|transcripts?|logs?|tallies|tally|count|numbers|evidence|satellite imagery|imagery|maps?|charts?|information|intelligence|correspondence|recordings?|audio|testimony|accounts?|calculations?|projections?)$/iu;
/** " seen by Reuters", " obtained by the BBC": a participle after a document's noun naming who has it */
const SEEN_BY_TAIL = /\s+(?:seen|obtained|reviewed|viewed|verified|examined|leaked|published|released|shared|sent|filed|compiled|gathered|collected|analy[sz]ed|aired|broadcast)\s+(?:by|to)\s.*$/i;
/** "X published an investigation", "X has aired a report": a medium putting out its own work (the subject, then the verb) */
const PUBLISHED_WORK = /^((?:The\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s\s+(?:edition|issue)\s+of\s+)?(?:(?:daily|weekly|newspaper|magazine|broadcaster|news\s+agency|agency|tabloid|website|news\s+site)\s+){0,2}\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})(?:,[^,;:"“”]{3,80},)?\s+(?:(?:has|had|have|also|first|then|later|earlier)\s+)?(?:published|ran|aired|broadcast|released|carried|printed|posted|publishes|runs|airs)\s+(?:(?:an?|its|the|their)\s+)(?:[\p{L}-]+\s+){0,3}?(?:investigation|investigative report|report|story|article|exposé|expose|interview|documentary|series|analysis|piece|feature|leaked|documents|dossier|transcript|recording|footage|video)(?![\p{L}])/u;
/** The works MEDIUM_PUT_OUT_WORK's medium put out. */
const PUT_OUT_WORKS = ['article', 'report', 'story', 'piece', 'editorial', 'item', 'column', 'commentary', 'interview', 'investigation', 'feature', 'segment'];
const PUT_OUT_WORK_SET = new Set(PUT_OUT_WORKS);
/** "The paper had published an unsigned article": a subject that is a medium and the work it put out (1: the medium) */
const MEDIUM_PUT_OUT_WORK = new RegExp(String.raw`^((?:the|The)\s+[\p{L}-]+(?:\s+(?!(?:has|had|have|also|then|later|earlier|previously)\s)[\p{L}-]+)?|\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})\s+(?:(?:has|had|have|also|then|later|earlier|previously)\s+)*(?:published|ran|carried|printed|aired|broadcast|posted)\s+(?:an?|its|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:${PUT_OUT_WORKS.join('|')})$`, 'u');
/** Whether s's last word (after white space) is one of PUT_OUT_WORKS, as MEDIUM_PUT_OUT_WORK's match needs. */
function endsWithPutOutWork(s: string): boolean {
  let i = s.length;
  while (i > 0 && !isSpaceAt(s, i - 1)) i--;
  return i > 0 && PUT_OUT_WORK_SET.has(s.slice(i));
}
/** "The daily ", "Thursday's edition of daily newspaper ": lower-case words (and a day's edition) before a medium's name */
const DESCRIBED_MEDIUM_LEAD = /^(?:(?:The|the)\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)['’]s\s+(?:edition|issue)\s+of\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,4}$/u;
/** "An update on the casualties published in M": a text (1) and the medium that published, aired or carried it (2). */
const PUT_OUT_IN_MEDIUM = /^((?:an?|the|its|this)\s.+?|(?:information|data|figures|details|documents|reports|footage|images|photos|videos|excerpts|transcripts)(?:\s.+?)?)\s+(?:published|carried|printed|aired|broadcast|posted|run)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))?\s+)?(?:in|by|on)\s+(.+)$/iu;
/** One capitalised word: "Beta" */
const ONE_NAME_WORD = /^\p{Lu}[\p{L}-]{2,}$/u;
/** ", which it has alleged ", ", who they say ": a relative clause's own frame, its pronoun subject before the cue */
const RELATIVE_PRONOUN_FRAME = /,[ \t]*(?:which|who|that)[ \t]+(?:it|he|she|they|we)[ \t]+(?:(?:has|had|have)[ \t]+)?$/u;
/** "EU diplomats", "two senior officials": a group of people, which "it" cannot refer to */
const PLURAL_GROUP_END = /(?:^|\s)\p{Ll}{3,}(?<!ss|us|is|ews)s$/u;
/** "the newspaper", "her station": a medium referred to by its kind, named earlier in narration */
const MEDIUM_NOUN_ANAPHOR = /^(?:the|his|her)\s+(?:newspaper|paper|daily|weekly|tabloid|broadsheet|news agency|agency|news service|newswire|programme|program|podcast|newsletter|broadcaster|network|channel|magazine|publication|news outlet|media outlet|news site|news website|website|site|outlet|station|article|radio|medium)$/i;
/** Labels that open a line of a news item: "Source:", "Quote:", "Details:", "Background:". */
const ITEM_LABEL = /^(Source|Quote|Details|Background|Context)\s*:\s*/;

/** The first sentence of the quotation opening at `open` (without its quotation marks). */
function firstQuotedSentence(text: string, open: number, end: number): Span | null {
  const close = text.slice(open + 1, end).search(/["”]/);
  const inner = close < 0 ? end : open + 1 + close;
  const stop = /[.!?](?=\s+["“\p{Lu}])/u.exec(text.slice(open + 1, inner));
  const e = stop ? open + 1 + stop.index + 1 : inner;
  return e > open + 1 ? { start: open + 1, end: e } : null;
}

// (a head is letters only; the same few heads come back in every article)
const headRegexes = new Map<string, RegExp>();
/** `\bhead`, as a regex, built once per head. */
function headRegex(head: string): RegExp {
  let re = headRegexes.get(head);
  if (!re) {
    if (headRegexes.size >= 1000) headRegexes.clear();
    headRegexes.set(head, (re = new RegExp(String.raw`\b${head}`, 'u')));
  }
  return re;
}
const UNNAMED_MEDIA = /\b(?:media|outlets|newspapers|press|reports|broadcasters|tabloids)$/i;
const lastWordOf = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);
const OBJECT_PRONOUN = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);
/** "her manager, ", "Marie's spokesman, ": a description and its comma before the name it describes */
const DESCRIPTION_BEFORE_NAME = /^(?:the|a|an|his|her|its|their|\p{Lu}[\p{L}.'’-]*['’]s?)[ \t][^,;:"“”]{1,50},[ \t]*$/u;
/** "OUTLET reported that S said/warned/claims C" is S's claim as the outlet reports it, except where S only holds an opinion. */
const NESTED_SKIP_LEMMAS = new Set(['suggest', 'believe', 'speculate', 'think', 'fear', 'hope', 'expect']);
/** Verbs of opinion that a reporting clause around them owns ("X suggested C, the report said"). */
const HEDGE_LEMMAS = new Set(['suggest', 'believe', 'speculate']);
/** "the Portuguese", "the Frenchman", "the 45-year-old", "the veteran": a description of the last person quoted. */
const EPITHET = /^the\s+(?:\p{Lu}\p{Ll}+(?:ese|ian|ean|an|ish|ch|i)|\p{Lu}\p{Ll}+(?:man|woman)|\d+-year-old(?:\s+\p{Ll}{3,})?|veteran|former\s+\p{Ll}+)$/u;
/** One unnamed person: "a senior official", "an officer close to the inquiry", "one resident". */
/** Nouns of an unnamed person's role or rank ("a former colonel", "a local farmer", "the nurse"). */
const PERSON_ROLE_NOUNS = 'official|spokes(?:man|woman|person)|officer|source|resident|witness|eyewitness|diplomat|aide|insider|executive|lawyer|doctor|nurse|soldier|worker|employee|analyst|expert|member|person|man|woman|commander|investigator|negotiator|lawmaker|teacher|student|survivor|relative|neighbou?r|fighter|activist|medic|paramedic|firefighter|policeman|policewoman|colonel|general|captain|major|lieutenant|sergeant|corporal|admiral|commandant|monk|priest|farmer|villager|shopkeeper|driver|pilot|engineer|refugee|migrant|protester|demonstrator|guard|mother|father|defector|veteran';
const UNNAMED_PERSON = new RegExp(String.raw`^(?:a|an|one|another)\s+(?:[\p{L}.-]+\s+){0,3}?(?:${PERSON_ROLE_NOUNS})(?:\s+(?:with|from|in|at|of|for|close|familiar|who|briefed)\s.*)?$`, 'iu');
/** "The colonel", "the former nurse": a definite description of one unnamed person. */
const DEFINITE_PERSON = new RegExp(String.raw`^the\s+(?:[\p{Ll}-]+\s+){0,2}(?:${PERSON_ROLE_NOUNS})$`, 'iu');
/** "a former colonel", "an elderly farmer" inside a sentence: an unnamed person introduced by description (global). */
const DESCRIBED_PERSON_G = new RegExp(String.raw`(?<![\p{L}])(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${PERSON_ROLE_NOUNS})(?![\p{L}])`, 'giu');
/** The body-noun alternative of OWN_BODY_SUBJECT: "the company", "The state ministry". */
/** "an engineer familiar with the plans", "a banker close to the deal": a person by trade, unnamed (beyond UNNAMED_PERSON's nouns) */
const UNNAMED_PROFESSIONAL = /^(?:an?|one|another)\s+(?:[\p{L}-]+\s+){0,3}?(?:engineer|manager|director|banker|trader|adviser|advisor|staffer|consultant|economist|scientist|researcher|professor|academic|journalist|reporter|player|coach|agent|partner|investor|associate|colleague|friend|minister|politician|lobbyist|accountant|auditor|pilot|driver|guard)s?(?![\p{L}])/iu;

/** what a platform's company does as a speaker (it "reports", "shows", "posts" nothing of its own) */
const PLATFORM_SPEECH_LEMMAS = new Set(['tell', 'say', 'state', 'announce', 'confirm', 'deny', 'add', 'explain', 'insist', 'acknowledge', 'admit']);

const BODY_NOUN_PHRASE = /^[Tt]he\s+(?:[\p{Ll}-]+\s+)?\p{Ll}+$/u;
/** A group of people opening a sentence, then its verb: "The residents were", "Many farmers have". */
const PLURAL_GROUP_SUBJECT = /^((?:The|Many|Some|Most|Local|Several)\s+(?:[\p{Ll}-]+\s+){0,2}(?:residents|workers|farmers|parents|families|villagers|protesters|protestors|students|teachers|doctors|nurses|officials|witnesses|survivors|neighbours|neighbors|activists|investors|analysts|experts|scientists|researchers|lawmakers|voters|fans|players|passengers|drivers|employees|staff|police|soldiers|fighters|rebels|critics|supporters|opponents|organisers|organizers|victims|relatives|locals|shopkeepers|traders|owners|tenants|patients|refugees|migrants|prisoners|inmates))\s+(?:were|are|had|have|did|do|\p{Ll}{3,}ed)(?![\p{L}])/u;
/** A body named at the start of a sentence, then its verb: "The firm expects", "Acme Corp will". */
const OWN_BODY_SUBJECT = /^((?:The|the)\s+(?:[\p{L}-]+\s+)?(?:company|firm|group|ministry|department|government|agency|bank|airline|council|party|union|club|team|army|military|court|board|commission|committee|organi[sz]ation|charity|university|hospital|network|carrier|manufacturer|maker|retailer|insurer|lender|regulator|authority|office|embassy|administration|league|federation|association|institute|foundation|fund|operator|utility|school|district|city|county|state|agency|service|startup|corporation|business|brand|studio|publisher|developer)|\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})\s+(?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had|plans|expects|intends|wants|hopes|aims|\p{Ll}{3,}(?:s|ed))(?![\p{L}])/u;
/** "the official", "the spokesman", "the former minister": a role noun that may refer back to the person who spoke last. */
const ROLE_ANAPHOR = /^the\s+(?:former\s+|veteran\s+)?(official|minister|spokesman|spokeswoman|spokesperson|governor|mayor|senator|lawyer|attorney|president|chairman|chairwoman|director|commander|ambassador|envoy|diplomat|prosecutor|judge|coach|manager|executive|founder|leader|premier|chancellor|secretary|officer|captain|chief|lawmaker|legislator|activist|politician)$/i;
/** Words of an office: what makes a person "the official". */
const OFFICE_WORD = /\b(?:governor|minister|mayor|spokes(?:man|woman|person)|secretary|director|chief|commissioner|official|ambassador|president|chairman|chairwoman|commander|general|prosecutor|deputy|senator|envoy|administrator|inspector|superintendent|head)\b/i;
const NOT_EPITHET = /\b(?:Taliban|Vatican|Kremlin|Pentagon|Republican|Republicans|Democrat|Democrats|Lebanese Army|Sudan)\b/;
const TITLE_WORDS = /^(?:President|Prime|Minister|Secretary|General|Chief|Director|Spokesman|Spokeswoman|Spokesperson|Senator|Sen\.|Governor|Gov\.|Mayor|King|Queen|Prince|Princess|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Deputy|Foreign|Defense|Defence|Interior|Finance|Health|Cabinet|Chancellor|Ambassador|Envoy|Commander|Colonel|Col\.|Gen\.|Lt\.|Judge|Justice|Pope|Sheikh|Emir|Vice|Former|former|Premier|Representative|Rep\.|Attorney|Speaker|Leader|Head|CEO|Chairman|Chairwoman|Chair|Officer|Witness|Lieutenant|Major|Captain|Sergeant|Admiral|Professor|Prof\.|Senior|Acting|Interim|State|Foreign|UN|U\.N\.|US|U\.S\.|EU|UK|National|Security|Adviser|Advisor|Analyst|Reporter|Journalist|Correspondent|Editor|Coach|Manager|Boss|Striker|Midfielder|Defender|Goalkeeper|Captain|Founder|Owner|Executive|Spokesperson|Minister)$/;
const ANONYMOUS = /\b(?:sources?|officials?|people|person|diplomats?|witness(?:es)?|analysts?|residents?|someone|insiders?|aides?|experts?|observers?|critics?|investigators?|authorities|police|officers?|spokes(?:man|woman|person)|reports?|media)\b/i;
// ("A statement by X, the government said the newspaper ...": a clause, no appositive, when a verb comes before the noun)
const MEDIA_APPOSITIVE = /^\s*,\s*(?:a|an|the)\s+(?:(?!(?:said|says|told|tells|reported|reports|claimed|claims|added|adds|stated|states|wrote|writes)\s)[\p{L}-]+\s+){0,3}?(?:news outlet|outlet|newspaper|news agency|news site|news website|website|news portal|portal|blog|broadcaster|daily|weekly|magazine|tabloid|news service|wire service|television channel|TV channel|TV station|television station|radio station|news channel|channel|network|publication)\b(?![ \t]+(?:(?:has|had|also|later)[ \t]+)?(?:reported|reports|said|says|wrote|writes|added|adds|claimed|claims|stated|states|noted|notes|revealed|reveals|learned|learnt|understands|quoted|quotes|cited|cites)(?![\p{L}]))/iu;
const STATEMENT_NOUN = /^(?:a|an|the|this|that)\s+(?:[\p{L}-]+\s+)?(?:note|statement|warning|message|communiqu[eé]|letter|post|notice|announcement)$/iu;
/** "released a formal statement to ", "gave an interview to the ": a statement handed to the medium named next */
const STATEMENT_GIVEN_TO = /(?:^|\s)(?:gave|released|issued|sent|provided|emailed|granted)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+)?(?:statement|comments?|interview|response|reply)\s+to\s+(?:the\s+)?$/u;
/** "its sources", "their own unnamed sources": a possessive determiner before a medium's informants */
/** Subject words that name no speaker: "I", "we", "you", "there", "here" (lower case). */
const NO_SPEAKER_WORDS = new Set(['i', 'we', 'you', 'us', 'me', 'there', 'here']);
/** s starts with one of the lower-case ASCII letters, in either case: a test before a case-insensitive regex anchored on them. */
const startsWithLetter = (s: string, a: string, b: string = a): boolean => {
  const c = s.charCodeAt(0) | 0x20;
  return c === a.charCodeAt(0) || c === b.charCodeAt(0);
};
/** /^[ \t]*,/ on text[from, end): a comma after blanks, as an appositive after a subject opens. */
function commaAfterBlanks(text: string, from: number, end: number): boolean {
  let q = from;
  while (q < end && isBlankAt(text, q)) q++;
  return q < end && text.charCodeAt(q) === 44;
}
const OWN_SOURCES = /^(?:its|their)\s+(?:(?:own|unnamed|anonymous|several|two|three)\s+)?(?:sources?|informants?)$/iu;
const DEFINITE_SOURCE = /^(?:the|these|those|this|that|both|one of the|two of the)\s+(?:[\p{L}-]+\s+)?(?:sources?|officials?|people|person|diplomats?|insiders?|aides?|interlocutors?)$/iu;

/** "The White House did not ...": a named body as the subject of a sentence. */
const BODY_SUBJECT = /^(?:The\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+(?:did|does|has|had|is|was|were|have|declined|refused|would|will|could)\b/u;

/** "said in a statement", "said in its statement": the setting of an organisation's own statement. */
const OWN_STATEMENT_AFTER = /^[ \t]*,?[ \t]*(?:(?:on|late|early|last)[ \t]+\p{L}+[ \t]+)?in[ \t]+(?:a|an|its|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?statement(?![\p{L}])/u;
/** "it could not independently verify", "it was unable to confirm": what a medium says of its own checking */
const OWN_VERIFICATION_NOTE = /^(?:it|we)[ \t]+(?:(?:could|can|was|were|has|had|have)[ \t]*(?:not|n['’]t)|(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+unable[ \t]+to)[ \t]+(?:(?:independently|immediately|yet)[ \t]+)*(?:verify|confirm|authenticate|corroborate|reach|contact)(?![\p{L}])/iu;
/** What a medium could not verify, with nothing said of it: "the report", "these claims", "it", "the footage independently" */
const VERIFIED_THING = /^(?:[ \t]+(?:the|these|this|those|its|their|such|any|all|either|each)[ \t]+(?:(?!(?:is|are|was|were|had|has|have|will|would|could|can|may|might|did|does)[ \t.,])[\p{L}-]+[ \t]+){0,3}?(?!(?:is|are|was|were|had|has|have|will|would|could|can|may|might|did|does)(?![\p{L}]))\p{L}+|[ \t]+(?:it|them|this|that|him|her|those|these))?(?:[ \t]+(?:independently|immediately|yet|separately|either))?[ \t]*[.,;]?[ \t]*$/u;
/** "its quarterly revenue rose", "their annual profit": a company's own business results */
const OWN_BUSINESS_CLAIM = /^(?:its|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:revenues?|profits?|losses|loss|earnings|sales|subscribers|subscriptions|dividends?|income|margins?|results|turnover|share[ \t]+price|workforce|headcount)(?![\p{L}])/iu;
/** "In a statement, the Times said": the same setting leading the sentence. */
const OWN_STATEMENT_BEFORE = /^[ \t]*(?:\p{L}+[ \t]+\p{L}+,[ \t]*)?In[ \t]+(?:a|an|its)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?statement[ \t]*,[ \t]*$/u;
/** The people or pages of a medium, then its name: "the editor of The Times", "the opinion pages of Le Monde". */
const MEDIUM_PAGES_OF = /^(?:the\s+)?(?:editors?|letters\s+(?:page|editor)|(?:opinion|comment|op-ed|editorial)\s+(?:pages?|section)|(?:(?:online|print|web|digital|Sunday|weekend|morning|evening|latest|English|English-language)\s+)?(?:website|web\s+site|site|edition|front\s+page|pages|podcast|app))\s+of\s+((?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}.*)$/u;
/** "Interviewed on BBC Radio 4's Today programme,", "In an interview with CNN,": a medium framing what follows. */
const INTERVIEW_FRAME = /^(?:Interviewed[ \t]+(?:on|by)|In[ \t]+(?:an|a|his|her|their)[ \t]+(?:[\p{L}-]+[ \t]+)?interview[ \t]+(?:with|on|to)|(?:Speaking|Talking)[ \t]+(?:exclusively[ \t]+)?(?:to|with|on))[ \t]+([^,]{2,60}),/u;
/** A media noun with no name: "paper", "a newspaper", "TV station", "state broadcaster" (1: the noun). */
const BARE_MEDIUM_NOUN = /^(?:(?:a|an|the)\s+)?(?:(?:state|local|national|public|[\p{Lu}][\p{Ll}]+(?:an|ian|ese|ish|i|ch))\s+)?(paper|newspaper|daily|weekly|tabloid|magazine|news agency|agency|broadcaster|TV|television|TV station|TV channel|television station|radio|radio station|station|channel|network|website|news site|outlet)$/u;
/** "... on what Peskov", "whatever the minister": the subject of a free relative ("what Peskov had said"). */
const FREE_RELATIVE_SUBJECT = /(?:^|\s)what(?:ever)?\s+(?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+$/iu;
/** "implementing a prior accord", "officially implementing the ...": a gerund and its object, which is no speaker ("leading figure Jane Roe" is one). */
const GERUND_PHRASE = /^(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ing\s+(?:a|an|the|its|his|her|their|this|that|these|those)\s/u;
/** "in an interview published Monday", "in a telephone interview": an interview that names no medium. */
const UNNAMED_INTERVIEW = /(?:^|[\s,])in[ \t]+(?:an|a)[ \t]+(?:[\p{L}-]+[ \t]+)?interview(?![\p{L}])(?![ \t]+(?:with|to|on|by|in|for)[ \t])/u;
/** "interview with Newsweek magazine and The Washington Post if": the media interviewing (1). */
const INTERVIEW_WITH_MEDIA = /(?:^|[\s,])interview[ \t]+with[ \t]+((?:the[ \t]+)?\p{Lu}[^,;:"“]{1,60}?)(?=[ \t]+(?:if|whether|about|on|that|published|aired|last|this|in)[ \t]|[ \t]*[,.;:])/u;
/** "In the interview,", "during the same interview": an interview referred back to (1). */
const THE_INTERVIEW = /(?:^|[\s,])(?:[Ii]n|[Dd]uring|[Ff]rom|[Tt]hroughout)[ \t]+(the[ \t]+(?:same[ \t]+|latest[ \t]+|recent[ \t]+|wide-ranging[ \t]+|lengthy[ \t]+)?interview)(?![\p{L}]|[ \t]+(?:with|to|on|in|by)[ \t])/u;
/** "multiple outlets including ", "several media, among them ": unnamed media, then the ones named */
/** "a survey by the Economist", "a new analysis from Reuters": a work and its author */
const MEDIUM_WORK_BY = /^(?:a|an|the)\s+(?:(?:new|recent|separate|latest|joint|exclusive)\s+)?(?:survey|poll|analysis|investigation|review|tally|count|examination|reporting)\s+(?:by|from)\s+(\S.*)$/iu;
/** "an interview (that) the minister gave to Die Welt": the interviewee, then the medium */
const INTERVIEW_GIVEN_TO = /^(?:an?|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?interview\s+(?:(?:that|which)\s+)?(.{2,60}?)\s+(?:gave|granted|(?:had|has)\s+(?:given|granted))\s+(?:to\s+)?(\S.*)$/iu;
/** "several newspapers", "other media": media not named */
// ("several Israeli media outlets": up to two words before the plural media noun)
const MEDIA_GROUP = /^(?:(?:multiple|several|many|other|some|various|numerous|two|three|four|a\s+number\s+of)\s+)?(?:[\p{L}-]+\s+){0,2}(?:outlets|media|news\s+organi[sz]ations|newspapers|publications|broadcasters)$/iu;
/** ", including Le Figaro and Le Monde," before the verb */
const INCLUDING_APPOSITIVE = /^,[ \t]*(?:including|among them|such as)[ \t]+([^;:"“()]+?)[ \t]*,[ \t]*(?=\p{Ll})/u;
const MEDIA_INCLUDING = /^(?:(?:multiple|several|many|other|some|various|numerous|two|three|four|a\s+number\s+of)\s+)?(?:[\p{L}-]+\s+){0,2}(?:outlets|media|news\s+organi[sz]ations|newspapers|publications|broadcasters|reports)\s*,?\s+(?:including|among them|such as)\s+/iu;
/** " and other media", ", and several other news outlets": unnamed media coordinated after the named ones */
const OTHER_MEDIA_TAIL = /\s*,?\s+and\s+(?:(?:several|many|some|various|numerous|a\s+few|a\s+number\s+of)\s+)?other\s+(?:[\p{L}-]+\s+){0,2}?(?:media|outlets|newspapers|dailies|agencies|broadcasters|channels|networks|publications|websites|sites|magazines|tabloids|reports)(?:\s+outlets)?$/iu;
/** " news websites", " television stations": a plural media noun, perhaps after a lower-case kind, ending the phrase */
const PLURAL_MEDIA_TAIL = /\s+(?:(?:\p{Ll}[\p{L}-]*|TV)\s+)?(?:newspapers|dailies|websites|sites|channels|broadcasters|networks|outlets|agencies|magazines|tabloids|stations)$/u;
const NON_STATEMENT = /^[^,;]{0,80}?\b(?:declined to comment|refused to comment|declined to elaborate|could not be reached|did not (?:immediately )?(?:respond|reply|return)|was not available for comment)\b[^;]{0,80}$/i;
/** What every match of NON_STATEMENT holds (as a literal alternation V8 finds several times faster than a word-by-word scan finds the words) */
const NON_STATEMENT_GATE = /(?:could|did|was) not|declined|refused/i;
// (bits of the words between spaces that mediumInPhraseRole's tests look for: a phrase without a test's words as
// ASCII words fails that test, so it is skipped)
const BY_ON_IN = 1;
const QUOTING_CITING = 2;
const WHO_THAT = 4;
const FOR_OF_AT_WITH_FROM = 8;
const ON_ABOUT = 16;
const BY_FROM = 32;
const GAVE_GIVEN_GRANTED = 64;
const TO_IN_WITH = 128;
const IN_PHRASE_WORDS = new AsciiWordBits([
  ['by', BY_ON_IN | BY_FROM], ['on', BY_ON_IN | ON_ABOUT], ['in', BY_ON_IN | TO_IN_WITH], ['quoting', QUOTING_CITING], ['citing', QUOTING_CITING],
  ['who', WHO_THAT], ['that', WHO_THAT], ['for', FOR_OF_AT_WITH_FROM], ['of', FOR_OF_AT_WITH_FROM], ['at', FOR_OF_AT_WITH_FROM],
  ['with', FOR_OF_AT_WITH_FROM | TO_IN_WITH], ['from', FOR_OF_AT_WITH_FROM | BY_FROM], ['about', ON_ABOUT], ['gave', GAVE_GIVEN_GRANTED],
  ['given', GAVE_GIVEN_GRANTED], ['granted', GAVE_GIVEN_GRANTED], ['to', TO_IN_WITH],
]);

function nameOf(speaker: string): string {
  // (asked for the same speakers again and again: answers are kept)
  const known = nameCache.get(speaker);
  if (known !== undefined) return known;
  const name = nameOfUncached(speaker);
  if (nameCache.size > 50_000) nameCache.clear();
  nameCache.set(speaker, name);
  return name;
}
const nameCache = new Map<string, string>();

function nameOfUncached(speaker: string): string {
  const words = spaceSeparatedWords(speaker.replace(/[,()]/g, ' '));
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] as string;
    if (startsWithCapital(w) && !TITLE_WORDS.test(w) && !/['’]s$/.test(w)) out.unshift(w);
    else if (out.length) break;
  }
  return out.join(' ') || speaker;
}

/** What clean() would change: white space other than single spaces, or white space or punctuation at an end. */
const NEEDS_CLEANING = /[^\S ]| {2}|^[\s,;:"“”«»„]|[\s,;:"“”«»„]$/;

function clean(text: string, span: Span | null): string | null {
  if (!span) return null;
  // (the clause loop asks about the same subject again and again: the last answer is kept)
  if (span.start === cleanedStart && span.end === cleanedEnd && text === cleanedText) return cleaned;
  cleanedText = text;
  cleanedStart = span.start;
  cleanedEnd = span.end;
  const raw = text.slice(span.start, span.end);
  if (!NEEDS_CLEANING.test(raw)) return (cleaned = raw || null);
  const s = raw.replace(/\s+/g, ' ').trim().replace(/^[,;:"“”«»„]+|[,;:"“”«»„]+$/g, '').trim();
  return (cleaned = s || null);
}
/** The mentions (sorted by start) inside start..end, with offsets relative to start. */
function mentionsBetween(mentions: OutletMention[], start: number, end: number): OutletMention[] {
  const out: OutletMention[] = [];
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as OutletMention).start < start) lo = mid + 1; else hi = mid;
  }
  for (let i = lo; i < mentions.length && (mentions[i] as OutletMention).start < end; i++) {
    const m = mentions[i] as OutletMention;
    if (m.end <= end) out.push({ start: m.start - start, end: m.end - start, mention: m.mention, entry: m.entry });
  }
  return out;
}

/** "A, B and C" -> the spans of A, B and C. */
function splitCoordination(text: string, span: Span): Span[] {
  const raw = text.slice(span.start, span.end);
  // (most phrases hold no separator: one part, without the regex and its arrays)
  if (!raw.includes(',') && !raw.includes('&') && !raw.includes('and') && !raw.includes(' as well as ')) return span.end > span.start ? [{ start: span.start, end: span.end }] : [];
  const parts: Span[] = [];
  // ("Aftonbladet and Expressen as well as public broadcaster Swedish Radio")
  const re = /\s*(?:,\s*and\s+|,\s*|\s+and\s+|\s+as\s+well\s+as\s+|\s*&\s*)/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    parts.push({ start: span.start + last, end: span.start + m.index });
    last = m.index + m[0].length;
  }
  parts.push({ start: span.start + last, end: span.end });
  return parts.filter((p) => p.end > p.start);
}

/** raw is the publisher's initials ("PW" for Publishers Weekly) and no outlet of its own. */
function isAcronymOf(raw: string, initials: string): boolean {
  return initials.length >= 2 && raw === initials && !lookupOutlet(raw);
}

/** What the clause reader sees of the article: its text and the gazetteer mentions by start. */
class ArticleContext implements SentenceContext {
  readonly text: string;
  private readonly mentionByStart: Map<number, OutletMention>;

  constructor(text: string, mentionByStart: Map<number, OutletMention>) {
    this.text = text;
    this.mentionByStart = mentionByStart;
  }

  outletAt(pos: number): { start: number; end: number } | null {
    const m = this.mentionByStart.get(pos) ?? this.mentionByStart.get(pos - 4);
    if (m && m.start <= pos + 4 && m.end > pos) return { start: m.start, end: m.end };
    const t = this.mentionByStart.get(pos + 4);
    if (t && /^the /i.test(this.text.slice(pos, pos + 4))) return { start: pos, end: t.end };
    // '"Interfax"', 'the "Financial Times"': a name in quotation marks, the closing mark included
    const open = this.text[pos] === '"' || this.text[pos] === '“' ? 1 : /^the ["“]/i.test(this.text.slice(pos, pos + 5)) ? 5 : 0;
    const quoted = open ? this.mentionByStart.get(pos + open) : undefined;
    if (quoted) return { start: pos, end: quoted.end + (this.text[quoted.end] === '"' || this.text[quoted.end] === '”' ? 1 : 0) };
    return null;
  }
}

/** The article's actor resolver, built on first use. */
function lazyActorResolver(text: string, title: string): () => ActorResolver {
  let resolver: ActorResolver | null = null;
  // (returned unnamed: under keepNames a named closure costs a defineProperty per article)
  return () => (resolver ??= createActorResolver(text, title));
}

/**
 * The function itself. extract() makes its per-article helpers through it: under tsx's keepNames a
 * closure assigned to a name is wrapped in a call that sets its name (a defineProperty), one per helper per article;
 * one made through a call is left unnamed.
 */
const unnamed = <F>(f: F): F => f;

/** name has the (lower-case) word w among its words */
function hasWord(name: string, w: string): boolean {
  return hasSplitWord(name.toLowerCase(), w);
}

/** "so X", "and X", "but X", "then X", "yet X", "or X" -> "X" (the first letter checked before the regex runs) */
function withoutLeadingConjunction(s: string | null): string | null {
  if (s === null) return null;
  const c = s.charCodeAt(0) | 0x20;
  if (c !== 0x73 && c !== 0x61 && c !== 0x62 && c !== 0x74 && c !== 0x79 && c !== 0x6f) return s;
  return s.replace(/^(?:so|and|but|then|yet|or)\s+/i, '');
}
let cleanedText = '';
let cleanedStart = -1;
let cleanedEnd = -1;
let cleaned: string | null = null;

// (the regexes of extract's helpers, built once: under tsx a \p{…} literal inside a function is a new RegExp on every call)
/** "the Post": the article and one capitalised word */
const THE_ONE_NAME = /^[Tt]he\s+(\p{Lu}[\p{L}-]+)$/u;
const THE_PREFIX = /^[Tt]he\s+/;
const LAST_WORD = /[\p{L}-]+$/u;
/** a capitalised word after a space, or a domain name ("indexonline.net") */
const NAME_OR_DOMAIN_INSIDE = /\s\p{Lu}|[a-z]\.[a-z]{2,4}\b/u;
/** " also reported", " says": a finite verb right after a sentence's subject */
const FINITE_VERB_AFTER_SUBJECT = /^\s+(?:(?:also|later|then|further|has|had|have)\s+)?(?:\p{Ll}+(?:ed|s)|ran|wrote|said|broke)\b/u;
/** The rest of a closing frame, then ", and" and a clause's subject: " on Thursday, and " before "he is considering ...". */
const FRAME_THEN_AND_CLAUSE = /^[^,;:"“”.!?]{0,40},[ \t]+and[ \t]+(?=(?:the|a|an|he|she|it|they|we|his|her|its|their|this|there|\p{Lu})(?![\p{L}]))/u;
/** How, where or when someone spoke to a medium, after its name: " via telephone from Goma", " by phone on Friday", " earlier". */
const SPOKEN_TO_TAIL = /(?:[ \t]+(?:(?:by|via|over)[ \t]+(?:the[ \t]+)?(?:tele)?phone|(?:by|via)[ \t]+(?:e-?mail|video(?:[ \t]+link)?|text(?:[ \t]+message)?|satellite[ \t]+phone)|on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last[ \t]+(?:week|month|year|night)|earlier(?:[ \t]+this[ \t]+(?:week|month|year))?|exclusively|in[ \t]+an?[ \t]+(?:(?:telephone|phone|exclusive)[ \t]+)?interview|from[ \t]+[^,;:]{2,60}))+$/u;
/** ", published by the Guardian on Friday,": an appositive naming who published a report */
const PUBLISHED_BY_APPOSITIVE = /^[ \t]*,[ \t]*(?:which[ \t]+was[ \t]+)?(?:first[ \t]+)?(?:published|released|aired|broadcast|carried|run|printed|reported|compiled|obtained|seen)[ \t]+(?:(?:on|late|early)[ \t]+\p{L}+[ \t]+)?(?:by|in|on)[ \t]+([^,;:"“]{2,60}?)(?:[ \t]+(?:on|last|this|earlier)[ \t]+\p{L}+)?[ \t]*,/u;
/** "the Journal", "the Times' report": a medium by the last word of its name */
const SHORT_OUTLET_NAME = /^[Tt]he\s+(\p{Lu}[\p{L}-]+)(?:['’]s)?(?:\s+(?:report|reports|story|article|newspaper|daily|paper|piece|investigation|analysis|editorial))?$/u;
/** "the Journal's Ann Lee", "the Post's chief correspondent Ann Lee" (1: the medium's one word, 2: the journalist) */
const SHORT_OUTLET_JOURNALIST = /^[Tt]he\s+(\p{Lu}[\p{L}-]+)['’]s?\s+(?:(?:[\p{Ll}-]+\s+){0,3}?)(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})$/u;
/** "Germany's ", "the BBC's ": a capitalised owner before the names */
const CAPITALISED_OWNER = /^(?:the\s+)?\p{Lu}[\p{L}.-]*['’]s\s+/u;
/** "a report in the Corriere della Sera on Sunday", "an online report by the official Dalian Daily" */
const REPORT_IN_OUTLET = /^(?:[Aa]|[Aa]n|[Tt]he)\s+(?:(?:new|recent|separate|earlier|latest|online|exclusive|front-page|lengthy|brief|detailed|televised|broadcast|published)\s+){0,2}(?:report|story|article)\s+(?:in|by|from|on)\s+((?:the\s+)?(?:(?:official|semi-?official|state-run|state-owned|state|local|national|private|independent|pro-government|opposition)\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|de|del|di|la|le|el|dello|della))*)(?:\s+(?:on|last|this|earlier)\s+\p{L}+)?$/u;
/** "A report by the Slovak daily SME on Monday": any phrase after a report's preposition (1), before a time */
const REPORT_IN_PHRASE = /^(?:[Aa]|[Aa]n|[Tt]he)\s+(?:(?:new|recent|separate|earlier|latest|online|exclusive|front-page)\s+){0,2}(?:report|story|article)\s+(?:in|by|from)\s+(.{3,80}?)(?:\s+(?:on|last|this|earlier)\s+\p{L}+)?$/u;
/** "The Daily Courier's report", "the Kabul Times' latest story", "ANTARA's website": the owner (1) of a report or a website */
const OWNED_REPORT = /^(.{2,60}?)['’]s?\s+(?:(?:new|latest|recent|earlier|own|exclusive|front-page|official)\s+)?(?:report|story|article|website|web\s+site|site|online\s+edition)(?:\s+(?:on|last|this|earlier)\s+\p{L}+)?$/u;
/** The last word of a body's name that publishes reports but is no medium: "Human Rights Watch", "the World Bank", "Amnesty International". */
const REPORTING_BODY_HEAD = /\s(?:Watch|International|Fund|Bank|Institute|Institution|Foundation|Council|Commission|Ministry|Department|Organi[sz]ation|Union|Association|University|College|Office|Committee|Court|Police|Army|Forces|Government|Federation|League|Alliance|Coalition|Society|Trust|Bureau|Authority|Board|Cent(?:er|re)|Corporation|Company|Inc|Ltd|Plc|Panel|Programme|Program|Initiative|Project|Forum)$/u;
/** "Dalsoor's sources", "the Post's own sources" (1: the owner) */
const OWNER_OF_SOURCES = /^((?:the\s+)?\p{Lu}[^,;:'’]{0,40}?)['’]s\s+(?:(?:own|unnamed|anonymous|several|two|three|many|multiple|security|military|government|official|senior|local|diplomatic|intelligence)\s+){0,2}(?:sources?|insiders?)$/u;
/** "Al Arabiya's preliminary data", "the BBC's own tally" (group 1: the owner) */
const MEDIUM_OWN_FIGURES = /^((?:the\s+)?\p{Lu}[^,;:]{0,40}?)['’]s\s+(?:(?:own|preliminary|latest|new|initial|running|exclusive)\s+)?(?:data|figures|information|tally|count|estimates?|calculations?)$/u;
/** "information shared by M", "data compiled by M", "a poll commissioned by M", "a survey for M" (group 1: M). */
const MATERIAL_OF_MEDIUM = /^(?:(?:a|an|the|new|further|additional|latest)\s+)?(?:information|details|data|figures|(?:opinion\s+)?polls?|surveys?)\s+(?:(?:shared|provided|released|published|obtained|seen|gathered|compiled|reviewed|analy[sz]ed|commissioned|conducted|carried\s+out)\s+(?:by|for)|for)\s+(\S.{1,60})$/iu;
/** "The latest issue of the Chinese-language ", "the weekly ": what stands before a medium's name the gazetteer lacks */
const ISSUE_AND_DESCRIPTION_BEFORE_NAME = /^(?:(?:[Tt]he|[Ii]ts|[Tt]his|[Ll]ast|[Ll]atest|[Nn]ew|[\p{Lu}][\p{L}]*['’]s)\s+)*(?:(?:edition|issue|episode)\s+of\s+)?(?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?:[\p{L}]+-(?:language|based|owned|run)|\p{Ll}+)\s+)*(?=\p{Lu})/u;
/** "ARY citing sources", "the Financial Times with reference to four sources": a medium (1), then the source it cites (2) */
const SUBJECT_CITING = /^(?:also\s+)?(\S.{0,60}?),?\s+(?:citing|quoting|with\s+reference\s+to)\s+(\S.{1,80})$/iu;
/** "multiple media reports originating with ESPN": reports that began with a medium are its own */
const REPORTS_ORIGINATING = /^(?:(?:multiple|several|some|many|various|numerous|recent|earlier|the|media|news|press)\s+)*reports?\s+originating\s+(?:with|from|at)\s+(\S.{1,60})$/iu;
/** "the two papers", "both newspapers", "the two agencies": two media referred back to together */
const TWO_MEDIA_ANAPHOR = /^(?:the\s+two|both(?:\s+the)?)\s+(?:papers|newspapers|dailies|outlets|agencies|news\s+agencies|broadcasters|networks|channels|magazines|publications|websites)$/iu;
/** The last two distinct media named before `pos`, the earlier first, or null. */
function lastTwoMediaBefore(mentions: OutletMention[], pos: number): [OutletMention, OutletMention] | null {
  let last: OutletMention | null = null;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as OutletMention;
    if (m.end > pos) continue;
    if (!last) last = m;
    else if (m.entry.canonical !== last.entry.canonical) return [m, last];
  }
  return null;
}
/** the last word without a plural ending */
const LAST_WORD_STEM = /(\p{L}+?)(?:es|s)?$/u;
/** one to three capitalised words, not starting with "The" */
const SHORT_PROPER_NAME = /^(?!The\s)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u;
/** "Journal", "the Journal" */
const ONE_CAPITALISED_WORD = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}-]+)$/u;
/** "the Kyiv Independent": up to four capitalised words */
const CAPITALISED_NAME = /^(?:the\s+)?\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}$/u;
/** '” and “A': two quotations joined by "and" */
const TWO_QUOTES_JOINED = /[”"]\s+and\s+[“"](?=\p{Lu})/u;
const SENTENCE_END_BEFORE_CAPITAL = /[.!?](?=\s+\p{Lu})/u;
/** a title made of an article and one word: "O Globo", "Le Monde", "Die Welt" (1: the word) */
const ARTICLE_TITLE = /^(?:O|A|Os|As|Le|La|Les|El|Los|Las|Il|Lo|Der|Die|Das|De|Het|Het|Ha)\s+(\p{Lu}[\p{L}-]+)$/u;
/** up to three capitalised words */
/** up to three lower-case words right before a name ("local television station ") */
const INTRODUCING_WORDS = /(?:^|[^\p{L}-])((?:[\p{Ll}-]+[ \t]+){1,3})$/u;
const SHORT_CAPITALISED_NAME = /^\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,2}$/u;

export function extract(article: Article): Extraction {
  const original = typeof article.text === 'string' ? article.text : '';
  if (!original.trim()) return { attributions: [], relations: [] };
  // hard-wrapped lines are read as running text; claims are cut from the original
  // (a left quote used as an apostrophe, "the Post‘s", is read as one; same length, so offsets hold)
  // (Windows and old Mac line ends, "\r\n" and "\r", are read as "\n"; same length)
  const lineFed = original.includes('\r') ? original.replace(/\r\n?/g, (end) => (end.length === 2 ? ' \n' : '\n')) : original;
  const unwrapped = unwrapLines(lineFed);
  const apostrophes = unwrapped.includes('‘') ? unwrapped.replace(MISUSED_APOSTROPHE, '’') : unwrapped;
  // (a closing mark used to open a quotation, '”We deny it,” it said', is read as an opening one; same length)
  const opened = apostrophes.includes('”') ? apostrophes.replace(CLOSING_MARK_OPENING, '$1“') : apostrophes;
  // (two apostrophes used as a quotation mark, "''We will go,'' he said", are read as one; same length: a blank takes the other's place)
  const undoubled = opened.includes("''") ? opened.replace(DOUBLED_APOSTROPHE_OPENING, '$1 "').replace(DOUBLED_APOSTROPHE_CLOSING, '" ') : opened;
  // ('“C1," S said. "C2.”': straight marks that pair with curly ones are read as curly; same length)
  const text = matchQuoteMarks(undoubled);
  // (filled by a loop, not filter().map(): the arrays those builtins return do not always share one hidden
  // class, and when the class changed the optimised extract() was thrown away and compiled again)
  const mentions: OutletMention[] = [];
  for (const m of findOutletMentions(text)) if (!insideLongerName(text, m.start)) mentions.push(withEarlierFullName(mentions, withCountrySense(text, withBroadcastSuffix(text, withLongerTitle(text, m)))));
  // ("Channels 12 and 13": numbered channels the gazetteer's scan passes over, in start order with the rest)
  // ("TMZ and Variety": a title read only after "the", coordinated with a medium)
  for (const m of [...numberedChannelMentions(text), ...coordinatedTitleMentions(text, mentions)]) insertMention(mentions, m);
  // ("local newspaper Expreso": an unlisted medium after its media noun, for "the paper" to refer back to; the
  // clause reader and the roles of phrases keep to the mentions above)
  const described = describedMediaMentions(text, mentions);
  const referable = described.length ? mentions.slice() : mentions;
  for (const m of described) insertMention(referable, m);
  const mentionByStart = new Map<number, OutletMention>();
  for (const m of mentions) mentionByStart.set(m.start, m);

  const ctx: SentenceContext = new ArticleContext(text, mentionByStart);
  const actors = lazyActorResolver(text, typeof article.title === 'string' ? article.title : '');

  const d: Discourse = {
    lastOutlet: null, lastReporter: null, lastSourcedOutlet: null, lastOutletSentence: -10, lastSubjectWasOutlet: false,
    lastPerson: null, lastSpeaker: null, lastRecord: null,
  };
  const records: Attribution[] = [];
  const recordSentence = new Map<number, number>();
  const recordReporter: boolean[] = [];
  const recordSubject: (string | null)[] = [];
  const seenOutlets = new Set<string>();

  const recordClauses: { clause: Clause; sentence: number }[] = [];
  const relations: Relation[] = [];
  const sentences = splitSentences(text);

  const publisherName = (article.publisher ?? '').replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const publisherListing = publisherName ? listedPublisher(publisherName) : null;
  /** "the Post", "the Plaindealer": an outlet named in full earlier (a record, a mention, a newspaper-shaped name) or the publisher. */
  const shortOutlet = unnamed((word: string, pos: number): string | null => {
    const w = word.toLowerCase();
    const seen = [...seenOutlets].reverse().find((name) => hasWord(name, w));
    if (seen) return seen;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i] as OutletMention;
      if (m.start < pos && hasWord(m.entry.canonical, w)) return m.entry.canonical;
    }
    if (isNewspaperTail(word)) {
      const before = text.slice(Math.max(0, pos - 3000), pos);
      const re = new RegExp(String.raw`\b[Tt]he\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})\b`, 'gu');
      let m: RegExpExecArray | null;
      let last: string | null = null;
      while ((m = re.exec(before))) last = m[1] as string;
      if (last) return last;
    }
    if (publisherName && hasWord(publisherName, w)) {
      const own = publisherListing?.canonical ?? publisherName;
      // ("the ABC" in an Australian story on an "ABC News" page)
      return countrySense(text, own, word)?.outlet ?? own;
    }
    // ("The Gazette reports", "the Republican-American reports": a paper the story names by its tail alone)
    return namesPaperAlone(word) ? `The ${word}` : null;
  });
  /** "Globo": the outlet named before pos whose name is an article and this word ("O Globo", "Le Monde", "Der Spiegel"). */
  // (preferred to a gazetteer medium of that one word: "Globo" after "O Globo" is the newspaper, not TV Globo)
  // (no closure made per call: a named inner function costs a defineProperty each time under tsx)
  const titleWithArticle = unnamed((word: string, pos: number): string | null => {
    const seen = [...seenOutlets];
    for (let i = seen.length - 1; i >= 0; i--) if (articleTitleWord(seen[i] as string) === word) return seen[i] as string;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i] as OutletMention;
      if (m.start < pos && articleTitleWord(m.entry.canonical) === word) return m.entry.canonical;
    }
    return null;
  });
  /** "Edge Review" after "The Edge Review, a digital magazine, said": a medium's name the story's records gave before, without its article. */
  // (its initials, "the SMH", are outletByInitials')
  const outletNamedAgain = unnamed((raw: string): string | null => {
    if (!seenOutlets.size || !CAPITALISED_NAME.test(raw)) return null;
    const name = foldedName(raw);
    for (const seen of seenOutlets) {
      let folded = foldedSeen.get(seen);
      if (folded === undefined) foldedSeen.set(seen, folded = foldedName(seen));
      if (folded === name) return seen;
    }
    return null;
  });
  /** a seen outlet's folded name, computed once */
  const foldedSeen = new Map<string, string>();
  /** The medium last named before pos (within a few paragraphs): a gazetteer mention or a newspaper-shaped name. */
  const outletNamedBefore = unnamed((pos: number, agency: boolean): string | null => {
    for (let i = referable.length - 1; i >= 0; i--) {
      const m = referable[i] as OutletMention;
      if (m.start >= pos) continue;
      if (pos - m.start > 1500) break;
      if (!agency || m.entry.kind === 'agency' || m.entry.kind === 'state-media' || /agency|press|news|wire/i.test(m.entry.canonical)) return m.entry.canonical;
    }
    if (agency) return null;
    const before = text.slice(Math.max(0, pos - 1500), pos);
    const re = /\b[Tt]he\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(\p{Lu}[\p{L}-]+))\b/gu;
    let m: RegExpExecArray | null;
    let last: string | null = null;
    while ((m = re.exec(before))) if (isNewspaperTail(m[2] as string)) last = m[1] as string;
    // "told the newspaper" in the newspaper's own article
    if (!last && publisherName) {
      const known = publisherListing;
      if (known && known.kind !== 'agency') return known.canonical;
      const tail = publisherName.split(/\s+/).pop() ?? '';
      if (isNewspaperTail(tail)) return publisherName;
    }
    return last;
  });

  /** "ToI" after "The Times of India": a medium named before pos by its initials (one the gazetteer or the actor lists do not know). */
  const outletByInitials = unnamed((written: string, pos: number): string | null => {
    const raw = written.replace(THE_PREFIX, '');
    if (!looksLikeInitialism(raw) || lookupOutlet(raw) || isKnownActorName(raw) || isCountryOrCapital(raw)) return null;
    const named: string[] = [...seenOutlets].reverse();
    for (let i = mentions.length - 1; i >= 0; i--) if ((mentions[i] as OutletMention).start < pos) named.push((mentions[i] as OutletMention).entry.canonical);
    return mediumByInitials(raw, named);
  });
  /** "PW" in a Publishers Weekly article: the publisher by its initials. */
  const publisherInitials = capitalInitials(publisherName);
  /** An outlet that published, ran or carried a report in the two sentences before. */
  const publishedBy = unnamed((pos: number, sentenceIdx: number): string | null => {
    const from = (sentences[Math.max(0, sentenceIdx - 2)] as Span).start;
    const ms = mentionsBetween(mentions, from, pos);
    for (let i = ms.length - 1; i >= 0; i--) {
      const m = ms[i] as OutletMention;
      if (/^\s+(?:(?:has|had|also|first|on\s+\p{L}+)\s+)*(?:published|ran|carried|released|aired|broadcast|put out)\s+(?:a|an|its|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:report|story|article|investigation|exclusive)\b/u.test(text.slice(from + m.end, from + m.end + 80))) return m.entry.canonical;
    }
    return null;
  });
  /** "local television station KTNV": the kind the words right before an unlisted medium's name give it, where it was named before pos. */
  const introducedKind = unnamed((name: string, pos: number): OutletKind | null => {
    const at = text.lastIndexOf(name, pos);
    if (at < 0) return null;
    const words = INTRODUCING_WORDS.exec(text.slice(Math.max(0, at - 40), at));
    return words ? kindInMention(words[1] as string) : null;
  });
  /** "the Canadian daily", "the state-run agency": the latest outlet before pos of that kind, else the publisher. */
  const describedOutletBefore = unnamed((pos: number, kind: MediumKind, withPublisher = true): string | null => {
    let best: { at: number; outlet: string } | null = null;
    for (let i = referable.length - 1; i >= 0; i--) {
      const m = referable[i] as OutletMention;
      if (m.start >= pos || !kindFits(kind, m.entry.kind)) continue;
      best = { at: m.start, outlet: m.entry.canonical };
      break;
    }
    for (let i = records.length - 1; i >= 0; i--) {
      const r = records[i] as Attribution;
      if (!r.outlet || r.sentenceStart >= pos || (best && r.sentenceStart <= best.at)) continue;
      if (!kindFits(kind, lookupOutlet(r.outlet)?.kind ?? kindInMention(r.outletMention ?? '') ?? introducedKind(r.outlet, pos))) continue;
      best = { at: r.sentenceStart, outlet: r.outlet };
      break;
    }
    if (best) return best.outlet;
    if (!publisherName || !withPublisher) return null;
    const known = publisherListing;
    return kindFits(kind, known?.kind ?? null) ? known?.canonical ?? publisherName : null;
  });

  /** "the station" when the last medium was a newspaper: the latest medium named before pos of the kind the noun names */
  const ofAnaphorKind = unnamed((raw: string, antecedent: string, pos: number): string => {
    const kind = anaphorKind(raw);
    if (!kind || kind === 'any') return antecedent;
    const known = lookupOutlet(antecedent)?.kind ?? introducedKind(antecedent, pos);
    if (!known || kindFits(kind, known)) return antecedent;
    return describedOutletBefore(pos, kind, false) ?? antecedent;
  });
  /** The last medium of the anaphor's kind named at a line's start after sentence `since` and before pos, or null. */
  const mediumNamedAfterSentence = unnamed((since: number, pos: number, anaphor: string): string | null => {
    const from = (sentences[since] as Span | undefined)?.end ?? 0;
    const kind = anaphorKind(anaphor) ?? 'any';
    for (let i = referable.length - 1; i >= 0; i--) {
      const m = referable[i] as OutletMention;
      if (m.start >= pos) continue;
      if (m.start < from) return null;
      // (only a name that opens its line, as a digest's heading does: one named in passing in a sentence, "since
      // another paper, El Nuevo Diario, closed", leaves "the newspaper" with the medium the story is about)
      if (kindFits(kind, m.entry.kind) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.start - 8), m.start))) return m.entry.canonical;
    }
    return null;
  });
  /** anaphor as written (lower case) -> the medium it last referred to, and in which sentence */
  const lastAnaphor = new Map<string, { outlet: string; sentence: number }>();
  /** "the newspaper", "the report", "the agency": the medium it refers back to, or null. */
  const anaphorOutlet = unnamed((raw: string, pos: number, sentenceIdx: number): string | null => {
    // "The report said ... the Globe reported ... the report added": the same words refer to the same medium
    const key = raw.toLowerCase();
    const same = lastAnaphor.get(key);
    // ("VEDOMOSTI ... the paper writes C1. KOMMERSANT ... the paper writes C2": a medium named since the one
    // referred to last is the one "the paper" now means)
    const since = same && sentenceIdx - same.sentence <= 4 ? same.sentence : d.lastReporter || d.lastOutlet ? d.lastOutletSentence : -1;
    const newer = since >= 0 && MEDIUM_NOUN_ANAPHOR.test(raw) ? mediumNamedAfterSentence(since, pos, raw) : null;
    if (newer) {
      lastAnaphor.set(key, { outlet: newer, sentence: sentenceIdx });
      return newer;
    }
    if (same && sentenceIdx - same.sentence <= 4) { same.sentence = sentenceIdx; return same.outlet; }
    const antecedent = d.lastReporter ?? d.lastOutlet;
    if (antecedent) {
      const outlet = ofAnaphorKind(raw, antecedent.outlet, pos);
      lastAnaphor.set(key, { outlet, sentence: sentenceIdx });
      return outlet;
    }
    // "The newspaper said" when the medium was only named in narration before
    const named = MEDIUM_NOUN_ANAPHOR.test(raw) ? outletNamedBefore(pos, /agency|service|wire/i.test(raw)) : null;
    if (named) return named;
    // "The Guardian published an investigation on Sunday. The report said ...": the medium that published it
    return /^the\s+(?:report|story|article|investigation)$/i.test(raw) ? publishedBy(pos, sentenceIdx) : null;
  });
  /** The outlet of an earlier record whose name starts with the word `word` ("Beta" for "Beta News Agency"), or null. */
  const earlierOutletNamed = (word: string): string | null => {
    for (let i = records.length - 1; i >= 0; i--) {
      const o = (records[i] as Attribution).outlet;
      if (o && o.length > word.length + 1 && o.startsWith(word) && o.charCodeAt(word.length) === 32) return o;
    }
    return null;
  };
  /** A medium named or referred to by np (at st): "ABC News", "the agency", "the Post". */
  const mediumNamed = unnamed((np: string, st: number, sentenceIdx: number, context: () => string): { outlet: string; mention: string } | null => {
    const r = outletRole(np, mentionsBetween(mentions, st, st + np.length), context);
    if (r) return { outlet: r.outlet, mention: r.mention };
    const anaphoric = isOutletAnaphor(np) ? anaphorOutlet(np, st, sentenceIdx) : null;
    if (anaphoric) return { outlet: anaphoric, mention: np };
    // ("a correspondent from the French news agency": the medium of that kind named before)
    const described = /^the\s/i.test(np) ? descriptorAnaphor(np) : null;
    const before = described ? describedOutletBefore(st, described.kind) : null;
    if (before) return { outlet: before, mention: np };
    const short = THE_ONE_NAME.exec(np);
    const earlier = short ? shortOutlet(short[1] as string, st) : null;
    return earlier ? { outlet: earlier, mention: np } : null;
  });

  /** "a state-run news agency", "a US daily": the medium of that kind named within the next sentences, or null. */
  const describedMediumAfter = unnamed((np: string, end: number): string | null => {
    const definite = np.replace(/^an?\s+/i, 'the ');
    // ("a newspaper reported C. The JoongAng Ilbo quoted ...": a bare medium noun describes one too)
    const kind = descriptorAnaphor(definite)?.kind ?? anaphorKind(definite);
    if (!kind) return null;
    const next = mentions.find((m) => m.start >= end && m.start < end + 600 && kindFits(kind, m.entry.kind));
    return next ? next.entry.canonical : null;
  });
  /** "the state news agency reported" before any medium is named: the one of that kind the next sentences name. */
  const firstNamedAfter = unnamed((np: string, span: Span): string | null => {
    if (mentions.length === 0 || (mentions[0] as OutletMention).start < span.start || d.lastOutlet) return null;
    return describedMediumAfter(np, span.end);
  });
  /** "the Albanian indexonline.net website": a description that also names its medium. */
  const namedInDescription = unnamed((raw: string, span: Span, sentence: Span): Role | null => {
    if (!NAME_OR_DOMAIN_INSIDE.test(raw)) return null;
    const named = outletRole(raw, mentionsBetween(mentions, span.start, span.end), () => text.slice(Math.max(0, sentence.start - 1500), sentence.end));
    return named && !named.speaker ? { outlet: named.outlet, outletMention: named.mention, speaker: null, isOutlet: true } : null;
  });
  /** A pronoun, an epithet or a role noun for someone named before ("he", "the 45-year-old", "the governor"), or a subject that names nobody ("none of them", "there are"). */
  const pronounRole = unnamed((raw: string, lower: string, span: Span, sentenceIdx: number, sentence: Span): Role | null => {
    if (lower === 'he' || lower === 'she') return { outlet: null, outletMention: null, speaker: pronounReferent(lower, span.start, sentenceIdx) ?? raw, isOutlet: false };
    // an epithet for the person just quoted: "the Portuguese said", "the 45-year-old said"
    if (d.lastPerson && d.lastRecord !== null && sentenceIdx - (recordSentence.get(d.lastRecord) ?? -10) <= 3 && EPITHET.test(raw) && !NOT_EPITHET.test(raw) &&
        safe(() => actors().kindOf(actors().canonicalSpeaker(raw) ?? '')) !== 'organization') {
      return { outlet: null, outletMention: null, speaker: d.lastPerson, isOutlet: false };
    }
    // "Jane Roe, governor of the province, said C1. The official said C2": the role given to the person who just spoke
    const roleNoun = d.lastRecord !== null ? ROLE_ANAPHOR.exec(raw) : null;
    if (roleNoun) {
      const person = roleReferent((roleNoun[1] as string).toLowerCase(), sentenceIdx);
      if (person) return { outlet: null, outletMention: null, speaker: person, isOutlet: false };
    }
    // "None of the reporters had tweeted": a negated subject reports nothing
    if (lower.charCodeAt(0) === 110 && /^(?:none|nobody|no one|neither|nor|no)\b/.test(lower)) return { outlet: null, outletMention: null, speaker: null, isOutlet: false, skip: true };
    // "There have been credible reports that C": an existential hedge, however long
    if (lower.startsWith('there') && /^there\s+(?:is|are|was|were|have\s+been|has\s+been|had\s+been)\b/.test(lower)) return { outlet: null, outletMention: null, speaker: null, isOutlet: false, skip: true };
    // "there are reports that C": an existential hedge names no source
    if (NO_SPEAKER_WORDS.has(lower)) return { outlet: null, outletMention: null, speaker: null, isOutlet: false, skip: true };
    if (lower === 'it') {
      // "The firm expects sales to fall, it said": a body opening the sentence is what "it" in its trailing frame refers to
      // ("The group has been attacking ships, for what it said was solidarity": "it" in a relative clause too)
      const own = span.start > sentence.start + 8 && (text.charCodeAt(span.start - 2) === 44 || /(?:^|\s)(?:what|which)\s+$/.test(text.slice(span.start - 7, span.start))) ? OWN_BODY_SUBJECT.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 60))) : null;
      if (own && isOwnBody(own[1] as string)) {
        return { outlet: null, outletMention: null, speaker: own[1] as string, isOutlet: false };
      }
      // "SANA pointed the finger at Israel. '...,' it said.": the medium that is the last sentence's subject
      const prevS = sentences[sentenceIdx - 1];
      const lead = prevS ? mentionsBetween(mentions, prevS.start, Math.min(prevS.end, prevS.start + 80))[0] : undefined;
      // ("The daily La Stampa ran a report ...", "Thursday's edition of daily newspaper La Stampa ran ...": described first)
      if (prevS && lead && (lead.start <= 4 || DESCRIBED_MEDIUM_LEAD.test(text.slice(prevS.start, prevS.start + lead.start))) && FINITE_VERB_AFTER_SUBJECT.test(text.slice(prevS.start + lead.end, prevS.start + lead.end + 30))) {
        return { outlet: lead.entry.canonical, outletMention: raw, speaker: null, isOutlet: true };
      }
      // "Acme Corp posted a loss. It said C": the body that opened the sentence before, when nobody spoke there
      const prevBody = prevS && !(d.lastRecord !== null && recordSentence.get(d.lastRecord) === sentenceIdx - 1) && span.start - sentence.start < 40
        ? OWN_BODY_SUBJECT.exec(text.slice(prevS.start, Math.min(prevS.end, prevS.start + 60))) : null;
      if (prevBody && isOwnBody(prevBody[1] as string) && !PUBLISHED_WORK.test(text.slice(prevS!.start, Math.min(prevS!.end, prevS!.start + 200)))) {
        return { outlet: null, outletMention: null, speaker: prevBody[1] as string, isOutlet: false };
      }
      if (d.lastOutlet && d.lastSubjectWasOutlet && sentenceIdx - d.lastOutletSentence <= 3) {
        return { outlet: d.lastOutlet.outlet, outletMention: raw, speaker: null, isOutlet: true };
      }
      // "An executive was cited by M as saying C1. C2, it said": "it" is no person, but the medium that quoted one just before
      const lastRecord = d.lastRecord !== null ? records[d.lastRecord] : undefined;
      if (lastRecord?.outlet && lastRecord.speaker && sentenceIdx - (recordSentence.get(d.lastRecord as number) ?? -10) <= 1 &&
          (UNNAMED_PERSON.test(lastRecord.speaker) || UNNAMED_PROFESSIONAL.test(lastRecord.speaker) || PLURAL_GROUP_END.test(lastRecord.speaker) ||
            safe(() => actors().isPersonName(nameOf(lastRecord.speaker as string))))) {
        return { outlet: lastRecord.outlet, outletMention: raw, speaker: null, isOutlet: true };
      }
      // "it" is a body, never a person: the last speaker of the recent records that is not one
      for (let i = records.length - 1; i >= Math.max(0, records.length - 4); i--) {
        const sp = (records[i] as Attribution).speaker;
        // ("some analysts", "sources": a plural is no "it")
        if (!sp || /^(?:he|she|they|it|i|we)$/i.test(sp) || PLURAL_GROUP_END.test(sp) || sentenceIdx - (recordSentence.get(i) ?? -10) > 3) continue;
        if (safe(() => actors().isPersonName(nameOf(sp)))) continue;
        return { outlet: null, outletMention: null, speaker: sp, isOutlet: false };
      }
      return d.lastSpeaker && !PLURAL_GROUP_END.test(d.lastSpeaker) && !safe(() => actors().isPersonName(nameOf(d.lastSpeaker as string))) ? { outlet: null, outletMention: null, speaker: d.lastSpeaker, isOutlet: false } : { outlet: null, outletMention: null, speaker: null, isOutlet: false, skip: true };
    }
    if (lower === 'they') {
      // "The White House did not dispute it. In a statement, they said": the body the sentence before was about
      const prevS = sentences[sentenceIdx - 1];
      const spokeThere = d.lastRecord !== null && recordSentence.get(d.lastRecord) === sentenceIdx - 1;
      const body = prevS && !spokeThere ? BODY_SUBJECT.exec(text.slice(prevS.start, Math.min(prevS.end, prevS.start + 80))) : null;
      if (body && !safe(() => actors().isPersonName(body[1] as string))) return { outlet: null, outletMention: null, speaker: (body[0].match(/^(?:The\s+)?/)?.[0] ?? '') + (body[1] as string), isOutlet: false };
    }
    if (lower === 'they') {
      // "The residents were angry. They said C": a plural group that opened the sentence before, when nobody spoke there
      const prevS = sentences[sentenceIdx - 1];
      const group = prevS && !(d.lastRecord !== null && recordSentence.get(d.lastRecord) === sentenceIdx - 1) && span.start - sentence.start < 40
        ? PLURAL_GROUP_SUBJECT.exec(text.slice(prevS.start, Math.min(prevS.end, prevS.start + 60))) : null;
      if (group) return { outlet: null, outletMention: null, speaker: group[1] as string, isOutlet: false };
      if (!d.lastSpeaker) return { outlet: null, outletMention: null, speaker: null, isOutlet: false, skip: true };
      // "Al Mayadeen cited sources ... According to them, C": a medium's unnamed sources stay that medium's
      const last = d.lastRecord !== null ? records[d.lastRecord] : undefined;
      const lastAt = d.lastRecord !== null ? recordSentence.get(d.lastRecord) ?? -10 : -10;
      const sourced = last && last.outlet && last.speaker === d.lastSpeaker && ANONYMOUS.test(d.lastSpeaker) && sentenceIdx - lastAt <= 2;
      return { outlet: sourced ? last.outlet : null, outletMention: null, speaker: d.lastSpeaker, isOutlet: false };
    }
    return null;
  });
  /** A medium referred back to or described: "the agency's report", "The report, published by the Guardian,", "Jane Roe, the BBC's political editor,", "the newspaper", initials, a document it published. */
  const referredMediumRole = unnamed((raw: string, span: Span, sentenceIdx: number, sentence: Span): Role | null => {
    // "the Beta news agency reported C1. ... Beta said C2": a medium the gazetteer lacks, named again by its first word
    // ("Geo said", "Beta said": a listed "<Word> News", "<Word> News Agency" by its first word)
    // (not a listed name of its own, "Dawn"; nor a common word, "Report")
    const short = ONE_NAME_WORD.test(raw) && !isKnownActorName(raw) && !isCountryOrCapital(raw) && !lookupOutlet(raw)
      ? earlierOutletNamed(raw) ?? (isCommonWord(raw.toLowerCase()) ? null : outletByBrandWord(raw)?.canonical) : null;
    if (short) return { outlet: short, outletMention: raw, speaker: null, isOutlet: true };
    // "The magazine did not identify its sources, which said C": the medium the possessive refers back to (named in
    // the sentence before the phrase, or the medium of the last sentences)
    if (startsWithLetter(raw, 'i', 't') && OWN_SOURCES.test(raw)) {
      const named = mentionsBetween(mentions, sentence.start, span.start).pop();
      const recent = d.lastOutlet && sentenceIdx - d.lastOutletSentence <= 2 ? d.lastOutlet.outlet : null;
      const outlet = named?.entry.canonical ?? recent;
      if (outlet) return { outlet, outletMention: null, speaker: raw, isOutlet: false };
    }
    // "the agency's report said", "the paper's sources said": the medium referred back to, and what it owns
    // (the lazy regexes below run only on phrases that hold the words they need: raw's only white space is single spaces)
    const owned = (raw.includes("'") || raw.includes('’')) && /^(.+?)['’]s?\s+((?:(?:own|unnamed|anonymous|several|two|three)\s+)?(?:report|reports|story|article|reporting|investigation|analysis|editorial|(?:front-page\s+)?headlines?|edition|sources?|correspondents?|reporters?))$/iu.exec(raw);
    if (owned && (isOutletAnaphor(owned[1] as string) || descriptorAnaphor(owned[1] as string))) {
      const head = owned[1] as string;
      const described = descriptorAnaphor(head);
      // ("Axios obtained the memo. The outlet's report said": a medium named only in narration before)
      const outlet = described ? describedOutletBefore(span.start, described.kind) : (d.lastReporter ?? d.lastOutlet)?.outlet ?? outletNamedBefore(span.start, false);
      const speaker = /sources?|correspondents?|reporters?$/i.test(owned[2] as string) ? owned[2] as string : null;
      if (outlet) return { outlet, outletMention: raw, speaker, isOutlet: !speaker };
    }
    // "The report, published by the Guardian on Friday, said": the appositive names the medium
    // ("Latest figures, reported by Press Gazette, show C": the medium carried the speaker's words)
    // ("The report, by Bloomberg, said": a report's author without a participle)
    const reportItself = startsWithLetter(raw, 't') && /^the\s+(?:report|story|article|investigation|exclusive)$/i.test(raw);
    const byAppositive = (commaAfterBlanks(text, span.end, sentence.end) ? PUBLISHED_BY_APPOSITIVE.exec(text.slice(span.end, Math.min(sentence.end, span.end + 120))) : null) ??
      (reportItself && text.charCodeAt(span.end) === 44 ? /^,[ \t]*(?:by|from|in)[ \t]+([^,;:"“]{2,60}?)[ \t]*,/u.exec(text.slice(span.end, Math.min(sentence.end, span.end + 80))) : null);
    if (byAppositive) {
      const np = byAppositive[1] as string;
      const r = mediumNamed(np, span.end + byAppositive[0].indexOf(np), sentenceIdx, () => text.slice(Math.max(0, sentence.start - 1500), sentence.end));
      if (r) return reportItself ? { outlet: r.outlet, outletMention: r.mention, speaker: null, isOutlet: true } : { outlet: r.outlet, outletMention: r.mention, speaker: raw, isOutlet: false };
    }
    // "Jane Roe, the BBC's political editor, said": a journalist named before the title that gives the medium
    const journalistOf = startsWithCapital(raw) ? JOURNALIST_APPOSITIVE.exec(text.slice(span.end, Math.min(sentence.end, span.end + 100))) : null;
    if (journalistOf) {
      const np = journalistOf[1] as string;
      const r = mediumNamed(np, span.end + journalistOf[0].indexOf(np), sentenceIdx, () => text.slice(Math.max(0, sentence.start - 1500), sentence.end));
      if (r) return { outlet: r.outlet, outletMention: r.mention, speaker: raw, isOutlet: false };
    }
    // "Jane Roe, a correspondent for El País, said", "Jane Roe, who covers energy for Reforma,": the medium the journalist works for
    const journalistFor = startsWithCapital(raw) && text.charCodeAt(span.end) === 44 ? JOURNALIST_FOR_APPOSITIVE.exec(text.slice(span.end, Math.min(sentence.end, span.end + 120))) : null;
    if (journalistFor) {
      const np = journalistFor[1] as string;
      const r = mediumNamed(np, span.end + journalistFor[0].lastIndexOf(np), sentenceIdx, () => text.slice(Math.max(0, sentence.start - 1500), sentence.end));
      if (r) return { outlet: r.outlet, outletMention: r.mention, speaker: raw, isOutlet: false };
    }
    // "The paper had published an unsigned article which said C": the medium that put out the work speaks through it
    const publisher = raw.length > 20 && endsWithPutOutWork(raw) ? MEDIUM_PUT_OUT_WORK.exec(raw) : null;
    if (publisher) {
      const r = mediumNamed(publisher[1] as string, span.start, sentenceIdx, () => text.slice(Math.max(0, sentence.start - 1500), sentence.end));
      if (r) return { outlet: r.outlet, outletMention: r.mention, speaker: null, isOutlet: true };
    }
    if (isOutletAnaphor(raw)) {
      const outlet = anaphorOutlet(raw, span.start, sentenceIdx) ?? firstNamedAfter(raw, span);
      if (outlet) return { outlet, outletMention: raw, speaker: null, isOutlet: true };
      return namedInDescription(raw, span, sentence) ?? { outlet: null, outletMention: null, speaker: raw, isOutlet: false };
    }
    // "according to the publication titled Patrika": a media noun that names its medium
    const called = mediumCalled(raw);
    if (called) return { outlet: called.outlet, outletMention: raw, speaker: null, isOutlet: true };
    // "according to a state-run news agency. ... according to Xinhua": an indefinite description names the medium the next sentences do
    const introduced = /^an?\s/i.test(raw) ? describedMediumAfter(raw, span.end) : null;
    if (introduced) return { outlet: introduced, outletMention: raw, speaker: null, isOutlet: true };
    const described = descriptorAnaphor(raw);
    if (described) {
      // ("the Albanian indexonline.net website": a listed medium named inside the description is that medium)
      const inside = mentionsBetween(mentions, span.start, span.end).length ? namedInDescription(raw, span, sentence) : null;
      if (inside) return inside;
      const outlet = describedOutletBefore(span.start, described.kind);
      return outlet ? { outlet, outletMention: raw, speaker: null, isOutlet: true } : namedInDescription(raw, span, sentence) ?? { outlet: null, outletMention: null, speaker: raw, isOutlet: false };
    }
    if (isAcronymOf(raw, publisherInitials)) return { outlet: publisherListing?.canonical ?? publisherName, outletMention: raw, speaker: null, isOutlet: true };
    const initialled = raw.length <= 9 ? outletByInitials(raw, span.start) : null;
    if (initialled) return { outlet: initialled, outletMention: raw, speaker: null, isOutlet: true };
    // "the note said": a document an outlet published in the sentences before
    const doc = startsWithLetter(raw, 't') ? /^the\s+(note|statement|letter|message|notice|communiqu[eé]|editorial)$/iu.exec(raw) : null;
    const lastRec = d.lastRecord !== null ? records[d.lastRecord] : undefined;
    if (doc && d.lastReporter && sentenceIdx - d.lastOutletSentence <= 3) {
      const noun = (doc[1] as string).toLowerCase();
      const before = text.slice((sentences[d.lastOutletSentence] as Span).start, sentence.start).toLowerCase();
      // the outlet's own note ("said in a note to readers") or a statement it carried ("published a statement by X")
      if (lastRec?.outlet && !lastRec.speaker && new RegExp(String.raw`\b(?:in|via)\s+(?:a|an|one|its|the)\s+(?:[\p{L}-]+\s+){0,2}?${noun}\b`, 'u').test(before)) {
        return { outlet: d.lastReporter.outlet, outletMention: raw, speaker: null, isOutlet: true };
      }
      if (new RegExp(String.raw`\b(?:published|carried|ran|released|issued|broadcast|aired|printed)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?${noun}\b`, 'u').test(before)) {
        return { outlet: d.lastReporter.outlet, outletMention: null, speaker: raw, isOutlet: false };
      }
    }
    return null;
  });
  /** A medium by its name: named again ("the Journal", "Globo"), in the gazetteer, with its own figures ("an AFP tally"), or several named together ("L'Equipe and Bild"). */
  const namedMediumRole = unnamed((raw: string, lower: string, span: Span, sentence: Span, context: () => string): Role | null => {
    // "ARY citing sources reported C", "the FT with reference to four sources said C": the medium, and the source it cites
    const citing = lower.includes(' citing ') || lower.includes(' quoting ') || lower.includes(' with reference to ') ? SUBJECT_CITING.exec(raw) : null;
    if (citing) {
      const np = citing[1] as string;
      const st = span.start + raw.indexOf(np);
      const r = outletRole(np, mentionsBetween(mentions, st, st + np.length), context);
      if (r && !r.speaker) return { outlet: r.outlet, outletMention: r.mention, speaker: citing[2] as string, isOutlet: false };
    }
    // "the Journal", "the Times" after the full name was used
    const short = SHORT_OUTLET_NAME.exec(raw);
    if (short) {
      const earlier = shortOutlet(short[1] as string, span.start);
      if (earlier) return { outlet: earlier, outletMention: raw, speaker: null, isOutlet: true };
    }
    // "the Journal's Ann Lee" after the full name was used: the medium's journalist
    const staff = SHORT_OUTLET_JOURNALIST.exec(raw);
    if (staff) {
      const earlier = shortOutlet(staff[1] as string, span.start);
      if (earlier) return { outlet: earlier, outletMention: raw.slice(0, raw.search(/['’]/)), speaker: staff[2] as string, isOutlet: true };
    }
    // "Globo" after "the newspaper O Globo", "Monde" after "Le Monde": a title named again without its article
    const withoutArticle = SHORT_PROPER_NAME.test(raw) && !raw.includes(' ') ? titleWithArticle(raw, span.start) : null;
    if (withoutArticle) return { outlet: withoutArticle, outletMention: raw, speaker: null, isOutlet: true };
    const again = outletNamedAgain(raw);
    if (again) return { outlet: again, outletMention: raw, speaker: null, isOutlet: true };
    // "Dalsoor's sources" after "the news portal Dalsoor reported": the sources of a medium the story named before
    const sourcesOwner = raw.includes('’s ') || raw.includes("'s ") ? OWNER_OF_SOURCES.exec(raw) : null;
    const ownerOutlet = sourcesOwner ? outletNamedAgain(sourcesOwner[1] as string) : null;
    if (ownerOutlet) return { outlet: ownerOutlet, outletMention: sourcesOwner![1] as string, speaker: raw.slice((sourcesOwner![1] as string).length).replace(/^['’]s\s+/, ''), isOutlet: false };
    // ("The Daily Courier's report", "Ansa news agency's report": the report of the medium that owns it)
    const ownedReport = raw.includes('’') || raw.includes("'") ? OWNED_REPORT.exec(raw) : null;
    if (ownedReport) {
      const owner = ownedReport[1] as string;
      const r = outletRole(owner, mentionsBetween(mentions, span.start, span.start + owner.length), context);
      if (r && !r.speaker) return { outlet: r.outlet, outletMention: raw, speaker: null, isOutlet: true };
    }
    const role = outletRole(text.slice(span.start, span.end), mentionsBetween(mentions, span.start, span.end), context);
    if (role) return { outlet: role.outlet, outletMention: role.mention, speaker: role.speaker, isOutlet: true };
    // ("Lloyd's list reported": a listed name of several words written in other capitals)
    // (an exact spelling the mention finder turned away stays turned away: only other capitals count)
    const respelled = lower !== raw && raw.includes(' ') && startsWithCapital(raw) && !mentionsBetween(mentions, span.start, span.end).length ? listedInOtherCapitals(raw) : null;
    const bare = respelled ? raw.replace(/^the\s+/i, '') : '';
    if (respelled && ![respelled.canonical, ...respelled.aliases].some((n) => n === raw || n === bare || n === `The ${bare}`)) {
      return { outlet: respelled.canonical, outletMention: raw, speaker: null, isOutlet: true };
    }
    // "an AFP tally based on official figures", "a new Reuters count of the dead": the medium's own figures
    const tally = /^(?:(?:a|an|the)\s+)?(?:(?:new|latest|separate|own|running)\s+)?(.{2,40}?)\s+(?:tally|tallies|count|counts|estimates?|calculations?|compilation|analysis|review|survey|poll|investigation|report|story|article|reporting)(?:\s+(?:based on|of|from|compiled from|drawn from|using)\s.*)?$/iu.exec(raw);
    if (tally) {
      const np = tally[1] as string;
      const st = span.start + text.slice(span.start, span.end).indexOf(np);
      const r = outletRole(np, mentionsBetween(mentions, st, st + np.length), context);
      if (r && !r.speaker) return { outlet: r.outlet, outletMention: r.mention, speaker: null, isOutlet: true };
    }
    // "Al Arabiya's preliminary data", "the BBC's own count": the medium's own figures
    const ownFigures = raw.includes('’s ') || raw.includes("'s ") ? MEDIUM_OWN_FIGURES.exec(raw) : null;
    if (ownFigures) {
      const np = ownFigures[1] as string;
      const r = outletRole(np, mentionsBetween(mentions, span.start, span.start + np.length), context);
      if (r && !r.speaker) return { outlet: r.outlet, outletMention: r.mention, speaker: null, isOutlet: true };
    }
    // "information shared by The Guardian", "data compiled by Reuters": what a medium gathered or published, through it
    // ("documents obtained by the BBC show C": documents stay the speaker, as before)
    const gathered = raw.includes(' by ') || raw.includes(' for ') ? MATERIAL_OF_MEDIUM.exec(raw) : raw.includes(' originating ') ? REPORTS_ORIGINATING.exec(raw) : null;
    if (gathered) {
      const np = gathered[1] as string;
      const st = span.end - np.length;
      const r = outletRole(np, mentionsBetween(mentions, st, span.end), context);
      if (r && !r.speaker) return { outlet: r.outlet, outletMention: r.mention, speaker: null, isOutlet: true };
    }
    // "Jewish News Syndicate (JNS), a news outlet focused on ...": the appositive says it is a medium
    if (startsWithCapital(raw) && MEDIA_APPOSITIVE.test(text.slice(span.end, span.end + 80))) {
      // ("The latest issue of the Chinese-language Yazhou Zhoukan, a Hong Kong-based magazine,": the name without its issue and description)
      const name = raw.replace(/\s*\([^)]*\)\s*$/, '').replace(ISSUE_AND_DESCRIPTION_BEFORE_NAME, '');
      return { outlet: name, outletMention: name, speaker: null, isOutlet: true };
    }
    // "Several newspapers, including Le Figaro and Le Monde, reported": the media the appositive names
    const listAfter = text.charCodeAt(span.end) === 44 && MEDIA_GROUP.test(raw) ? INCLUDING_APPOSITIVE.exec(text.slice(span.end, Math.min(sentence.end, span.end + 160))) : null;
    if (listAfter) {
      const st = span.end + listAfter[0].indexOf(listAfter[1] as string);
      const named = splitCoordination(text, { start: st, end: st + (listAfter[1] as string).length })
        .map((p) => outletRole(text.slice(p.start, p.end), mentionsBetween(mentions, p.start, p.end), context));
      if (named.length && named.every((r) => r && !r.speaker)) {
        const [first, ...others] = named as OutletRole[];
        return { outlet: first!.outlet, outletMention: first!.mention, speaker: null, isOutlet: true, also: others.map((o) => ({ outlet: o.outlet, mention: o.mention })) };
      }
    }
    // "L'Equipe and Bild reported": one record per outlet
    // ("Germany's Bild and Spiegel news websites": an owner before and a plural media noun after the names)
    // ("Both Bloomberg and Reuters", "several outlets including Bloomberg and Reuters": the media named)
    const including = lower.includes(' including ') || lower.includes(' such as ') || lower.includes(' among them ') ? MEDIA_INCLUDING.exec(raw) : null;
    const owner = CAPITALISED_OWNER.exec(raw) ?? (lower.startsWith('both ') ? /^both\s+/i.exec(raw) : null) ?? including;
    // ("national broadcaster Rai and other media": the media named, the others left unnamed)
    const others = lower.includes(' other ') ? OTHER_MEDIA_TAIL.exec(raw) : null;
    // ("Al Arabiya and Al Jazeera television stations": a media noun of two words after the names)
    // (the word before the plural noun is a lower-case kind, "television stations", not the last name's word: "The Sun newspapers")
    // (the nouns PLURAL_MEDIA_TAIL ends with all end in "s": a cheap test first)
    const mediaTail = others ?? (raw.endsWith('s') ? PLURAL_MEDIA_TAIL.exec(raw) : null);
    const inner = owner || mediaTail ? { start: span.start + (owner ? owner[0].length : 0), end: span.end - (mediaTail ? mediaTail[0].length : 0) } : span;
    const parts = inner.end > inner.start ? splitCoordination(text, inner) : [];
    if (parts.length > 1 || (parts.length === 1 && (including || others))) {
      const roles = parts.map((p) => {
        const part = text.slice(p.start, p.end);
        const known = mediaTail ? lookupOutlet(part) : null;
        // ("according to Bild and Kicker": listed names, each written as the gazetteer has it, coordinated with each other)
        // ("INN News and Sanook.com reported": names the gazetteer lacks, each shaped like a medium's)
        return outletRole(part, mentionsBetween(mentions, p.start, p.end), context) ?? (known ? { outlet: known.canonical, mention: part, speaker: null } : parts.length > 1 ? listedInSlot(part) ?? unfamiliarOutletName(part, true) : null);
      });
      if (roles.every((r) => r && !r.speaker)) {
        const [first, ...others] = roles as NonNullable<(typeof roles)[number]>[];
        return { outlet: first!.outlet, outletMention: first!.mention, speaker: null, isOutlet: true, also: others.map((o) => ({ outlet: o.outlet, mention: o.mention })) };
      }
    }
    return null;
  });
  /** A speaker phrase with a medium inside: "economists polled by Reuters", "Bloomberg quoting an official", "people who spoke to the Post", "a reporter for the Tribune". */
  const mediumInPhraseRole = unnamed((raw: string, lowered: string, span: Span, sentenceIdx: number, context: () => string): Role | null => {
    const words = IN_PHRASE_WORDS.of(lowered);
    // "the statement carried by Reuters", "a statement from the ministry"
    // "economists polled by Reuters", "residents interviewed by the BBC": the medium received the statement
    const polled = (words & BY_ON_IN) !== 0 && (lowered.includes(' by ') || lowered.includes(' on ') || lowered.includes(' in ')) && /^(.+?)\s+(?:(?:polled|surveyed|interviewed|contacted|reached|questioned|quoted|cited|seen|reviewed|obtained|viewed|verified|examined)\s+by|(?:quoted|cited)\s+(?:on|in))\s+(.+)$/i.exec(raw);
    if (polled) {
      const np = polled[2] as string;
      const st = span.start + text.slice(span.start, span.end).lastIndexOf(np);
      // ("a resident cited in the report": the medium the report is)
      const r = mediumNamed(np, st, sentenceIdx, context);
      if (r) return { outlet: r.outlet, outletMention: r.mention, speaker: polled[1] as string, isOutlet: false };
    }
    // "An update on the casualties published in the Sunday paper Domingo puts C": a text the medium put out speaks for it
    const putOut = (words & BY_ON_IN) !== 0 && (lowered.includes(' in ') || lowered.includes(' by ') || lowered.includes(' on ')) ? PUT_OUT_IN_MEDIUM.exec(raw) : null;
    if (putOut) {
      const np = putOut[2] as string;
      const r = mediumNamed(np, span.start + text.slice(span.start, span.end).lastIndexOf(np), sentenceIdx, context);
      if (r) return { outlet: r.outlet, outletMention: r.mention, speaker: null, isOutlet: true };
    }
    // "Bloomberg quoting a ministry official said C": a medium and the source it quotes as one subject, without commas
    const quoting = (words & QUOTING_CITING) !== 0 && (lowered.includes(' quoting ') || lowered.includes(' citing ')) ? /^(.+?)\s+(?:quoting|citing)\s+(.+)$/u.exec(raw) : null;
    if (quoting) {
      const np = quoting[1] as string;
      const r = mediumNamed(np, span.start + raw.indexOf(np), sentenceIdx, context);
      if (r) return { outlet: r.outlet, outletMention: r.mention, speaker: quoting[2] as string, isOutlet: false };
    }
    // "The two officials who spoke with ABC News said", "people who talked to the Post": the medium they spoke to
    const spokeTo = (words & WHO_THAT) !== 0 && (lowered.includes(' who ') || lowered.includes(' that ')) && /^(.+?),?\s+(?:who|that)\s+(?:(?:had|have|has)\s+)?(?:spoke|spoken|talked|were speaking|briefed|corresponded)\s+(?:with|to)\s+(.+?)(?:\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)?$/iu.exec(raw);
    if (spokeTo) {
      const np = spokeTo[2] as string;
      const st = span.start + text.slice(span.start, span.end).lastIndexOf(np);
      // ("AFP via telephone from Goma", "the Post by phone": how or where it was spoken to is no part of the medium's name)
      const bare = np.replace(SPOKEN_TO_TAIL, '');
      const r = (bare !== np && bare ? mediumNamed(bare, st, sentenceIdx, context) : null) ?? mediumNamed(np, st, sentenceIdx, context);
      if (r) return { outlet: r.outlet, outletMention: r.mention, speaker: spokeTo[1] as string, isOutlet: false };
    }
    // "A reporter for the Chicago Tribune said", "Jane Roe of the Irish Independent newspaper reported": a journalist of the medium
    const ofMedium = (words & FOR_OF_AT_WITH_FROM) !== 0 && (lowered.includes(' for ') || lowered.includes(' of ') || lowered.includes(' at ') || lowered.includes(' with ') || lowered.includes(' from ')) ? JOURNALIST_OF_MEDIUM.exec(raw) : null;
    if (ofMedium) {
      const head = ofMedium[1] as string;
      const journalist = JOURNALIST_NOUN_PHRASE.test(head);
      if (journalist || safe(() => actors().isPersonName(head))) {
        const np = ofMedium[2] as string;
        const st = span.start + text.slice(span.start, span.end).lastIndexOf(np);
        const r = mediumNamed(np, st, sentenceIdx, context);
        if (r) return { outlet: r.outlet, outletMention: r.mention, speaker: journalist ? raw : head, isOutlet: false };
      }
    }
    // "NHK reported on a statement by Kim Yo Jong, in which she suggested C": the medium, and whose statement it was
    // (only when a pronoun in the relative, perhaps after an appositive, refers to the statement's author: "in which officials warned" names others)
    const onStatement = (words & ON_ABOUT) !== 0 && (words & BY_FROM) !== 0 && (lowered.includes(' on ') || lowered.includes(' about ')) && (lowered.includes(' by ') || lowered.includes(' from ')) &&
      /^(?:,[^,;:"“”]{1,80})?,?[ \t]*in[ \t]+which[ \t]+(?:he|she|they|it)[ \t]/.test(text.slice(span.end, span.end + 120)) ? MEDIUM_ON_STATEMENT_BY.exec(raw) : null;
    if (onStatement) {
      const np = onStatement[1] as string;
      const r = mediumNamed(np, span.start + raw.indexOf(np), sentenceIdx, context);
      if (r) return { outlet: r.outlet, outletMention: r.mention, speaker: onStatement[2] as string, isOutlet: false };
    }
    // "Pentagon sources for Politico said", "a source of Interfax in the police": the medium's own sources
    const sourcesFor = (words & FOR_OF_AT_WITH_FROM) !== 0 && (lowered.includes(' for ') || lowered.includes(' of ')) && (lowered.includes('source') || lowered.includes('insider') || lowered.includes('interlocutor')) ? SOURCES_FOR_MEDIUM.exec(raw) : null;
    if (sourcesFor) {
      const np = (sourcesFor[2] as string).replace(/^["“]|["”]$/gu, '');
      const st = span.start + raw.indexOf(np, (sourcesFor[1] as string).length);
      const r = mediumNamed(np, st, sentenceIdx, context);
      if (r) return { outlet: r.outlet, outletMention: r.mention, speaker: sourcesFor[1] as string, isOutlet: false };
    }
    // "according to an interview the minister gave to Die Welt": the one who gave it speaks, the medium received it
    const gaveInterview = (words & GAVE_GIVEN_GRANTED) !== 0 && lowered.includes('interview') && (lowered.includes(' gave ') || lowered.includes(' given ') || lowered.includes(' granted ')) ? INTERVIEW_GIVEN_TO.exec(raw) : null;
    if (gaveInterview) {
      const np = gaveInterview[2] as string;
      const st = span.start + text.slice(span.start, span.end).lastIndexOf(np);
      const r = mediumNamed(np, st, sentenceIdx, context);
      if (r) return { outlet: r.outlet, outletMention: r.mention, speaker: gaveInterview[1] as string, isOutlet: false };
    }
    // "A witness account to French news network i-Télé said": the statement was given to a medium
    const toMedium = (words & TO_IN_WITH) !== 0 && (raw.includes(' to ') || raw.includes(' in ') || raw.includes(' with ')) && /^(.+?)\s+(?:to|in|with)\s+((?:the\s+|a\s+)?\S.+)$/u.exec(raw);
    if (toMedium && /^(?:a|an|the|one|his|her|their|its)?\s*(?:[\p{L}-]+\s+){0,3}?(?:account|statement|interview|comments?|remarks|letter|post|message|email|memo|source|sources|official|officials|witness|spokes(?:man|woman|person))$/iu.test(toMedium[1] as string)) {
      const np = toMedium[2] as string;
      const st = span.start + text.slice(span.start, span.end).lastIndexOf(np);
      const r = outletRole(np, mentionsBetween(mentions, st, st + np.length), context);
      if (r) return { outlet: r.outlet, outletMention: r.mention, speaker: toMedium[1] as string, isOutlet: false };
    }
    const carried = (words & BY_FROM) !== 0 && /\b(?:carried|published|aired|broadcast|issued|released|reported|run|compiled|gathered|collected|analy[sz]ed)\s+by\s+(.+)$/i.exec(raw);
    if (carried) {
      const np = carried[1] as string;
      const st = span.start + text.slice(span.start, span.end).lastIndexOf(np);
      const r = outletRole(np, mentionsBetween(mentions, st, st + np.length), context);
      if (r) return { outlet: r.outlet, outletMention: r.mention, speaker: null, isOutlet: true };
      // "a report published by a US daily. The New York Times quotes ...": the medium the next sentences name
      const after = /^an?\s/i.test(np) ? describedMediumAfter(np, st + np.length) : null;
      if (after) return { outlet: after, outletMention: np, speaker: null, isOutlet: true };
      return { outlet: null, outletMention: null, speaker: np, isOutlet: false };
    }
    // "A survey by the Economist found", "an analysis from Reuters": a medium's own work (a medium's name needed: "a study by Harvard" is none)
    const workBy = (words & BY_FROM) !== 0 && (lowered.includes(' by ') || lowered.includes(' from ')) ? MEDIUM_WORK_BY.exec(raw) : null;
    if (workBy) {
      const np = workBy[1] as string;
      const st = span.start + text.slice(span.start, span.end).lastIndexOf(np);
      const r = outletRole(np, mentionsBetween(mentions, st, st + np.length), context);
      if (r && !r.speaker) return { outlet: r.outlet, outletMention: r.mention, speaker: null, isOutlet: true };
    }
    return null;
  });
  /** A report by where it appeared ("a report in El Mundo"), a statement by whom, a medium the next sentence names, or a source by the record that introduced it; else the phrase speaks. */
  const reportOrSourceRole = unnamed((raw: string, lower: string, lowered: string, span: Span, sentenceIdx: number, context: () => string): Role => {
    // "A report in El Mundo Deportivo last week": the medium that carried the report
    const reportIn = REPORT_IN_OUTLET.exec(raw);
    if (reportIn) {
      const name = reportIn[1] as string;
      const st = span.start + text.slice(span.start, span.end).indexOf(name);
      const r = outletRole(name, mentionsBetween(mentions, st, st + name.length), context);
      if (r && !r.speaker) return { outlet: r.outlet, outletMention: raw, speaker: null, isOutlet: true };
      const bare = name.replace(/^the\s+/i, '').replace(/^(?:official|semi-?official|state-run|state-owned|state|local|national|private|independent|pro-government|opposition)\s+/i, '');
      // ("a report by Human Rights Watch", "a new report from the World Bank": a body that publishes reports is their author, no medium)
      if (/\s(?:by|from)\s/.test(reportIn[0]) && (isKnownActorName(bare) || REPORTING_BODY_HEAD.test(bare))) return { outlet: null, outletMention: null, speaker: bare, isOutlet: false };
      if (!safe(() => actors().isPersonName(name)) && !isCountryOrCapital(bare)) return { outlet: bare, outletMention: raw, speaker: null, isOutlet: true };
    }
    // ("a report by the Slovak daily SME", "a report in Ansa news agency": a described medium, or a name then its media noun)
    const reportInDescribed = REPORT_IN_PHRASE.exec(raw);
    if (reportInDescribed) {
      const name = reportInDescribed[1] as string;
      const st = span.start + text.slice(span.start, span.end).lastIndexOf(name);
      const r = outletRole(name, mentionsBetween(mentions, st, st + name.length), context);
      if (r && !r.speaker) return { outlet: r.outlet, outletMention: raw, speaker: null, isOutlet: true };
    }
    // "The report by Jane Roe in today's Herald", "the follow-up article in The Atlantic": the medium it appeared in
    const workIn = lowered.includes(' in ') ? WORK_IN_MEDIUM.exec(raw) : null;
    if (workIn) {
      const np = workIn[1] as string;
      const r = mediumNamed(np, span.start + raw.lastIndexOf(np), sentenceIdx, context);
      if (r) return { outlet: r.outlet, outletMention: raw, speaker: null, isOutlet: true };
    }
    const from = /^(?:a|an|the|in a|in an)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|communiqu[eé]|post|message|letter|note|spokes(?:man|woman|person))\s+(?:from|by|for|of|issued by|released by)\s+(.+)$/iu.exec(raw);
    if (from) return { outlet: null, outletMention: null, speaker: from[1] as string, isOutlet: false };
    // "according to a Wednesday report. Reuters' report, which cited ...": the report the next sentence names
    if (/^(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:report|story|article|investigation)$/iu.test(raw)) {
      const next = sentences[sentenceIdx + 1];
      if (next) {
        const m = mentionsBetween(mentions, next.start, Math.min(next.end, next.start + 80))[0];
        if (m && m.start <= 4 && /^(?:['’]s?\s+(?:[\p{L}-]+\s+)?(?:report|story|article|investigation)|\s+(?:reported|said|says|reports|quoted|quotes|cited|cites|wrote|writes|claimed|claims))\b/u.test(text.slice(next.start + m.end, next.start + m.end + 40))) {
          return { outlet: m.entry.canonical, outletMention: raw, speaker: null, isOutlet: true };
        }
      }
    }
    if (/^the\s+(?:investigation|exclusive|analysis)$/i.test(raw)) {
      const publisher = publishedBy(span.start, sentenceIdx);
      if (publisher) return { outlet: publisher, outletMention: raw, speaker: null, isOutlet: true };
    }
    // "The two papers said": the last two media the article named before
    if (lower.startsWith('the two ') || lower.startsWith('both ')) {
      const pair = TWO_MEDIA_ANAPHOR.test(raw) ? lastTwoMediaBefore(mentions, span.start) : null;
      if (pair) return { outlet: pair[0].entry.canonical, outletMention: raw, speaker: null, isOutlet: true, also: [{ outlet: pair[1].entry.canonical, mention: raw }] };
    }
    if (DEFINITE_SOURCE.test(raw)) {
      // "The source added": the outlet (or none) of the record that introduced that source
      const head = (LAST_WORD_STEM.exec(lower)?.[1] ?? '').replace(/(?:ie)$/, 'y');
      // (one regex for the head, built only when it is long enough to compare)
      const headAt = head.length >= 4 ? headRegex(head) : null;
      for (let i = records.length - 1; i >= Math.max(0, records.length - 6); i--) {
        const rec = records[i] as Attribution;
        const sp = rec.speaker?.toLowerCase() ?? '';
        if (headAt && headAt.test(sp) && !DEFINITE_SOURCE.test(sp)) return { outlet: rec.outlet, outletMention: null, speaker: raw, isOutlet: false };
        // ("M says a senior official responded ... The official said C": the source a medium's own claim introduced)
        if (!sp && rec.outlet && introducedIn(rec.claim, headOf(LAST_WORD.exec(lower)?.[0] ?? ''))) return { outlet: rec.outlet, outletMention: null, speaker: raw, isOutlet: false };
      }
      const recent = sentenceIdx - d.lastOutletSentence <= 2;
      return { outlet: recent ? d.lastSourcedOutlet ?? d.lastOutlet?.outlet ?? null : null, outletMention: null, speaker: raw, isOutlet: false };
    }
    return { outlet: null, outletMention: null, speaker: raw, isOutlet: false };
  });
  /** The role of a subject phrase: its outlet or speaker, from the first of the stages above that reads it. */
  const roleOf = unnamed((span: Span | null, sentenceIdx: number, sentence: Span): Role => {
    const raw = withoutLeadingConjunction(clean(text, span));
    if (!raw || !span) return { outlet: null, outletMention: null, speaker: null, isOutlet: false };
    // "according to him/them": the object form refers back like the subject form
    const lowered = raw.toLowerCase();
    const lower = OBJECT_PRONOUN.get(lowered) ?? lowered;
    const early = pronounRole(raw, lower, span, sentenceIdx, sentence) ?? referredMediumRole(raw, span, sentenceIdx, sentence);
    if (early) return early;
    // (the surrounding text, for the stages that compare names with it)
    const context = contextOf(text, sentence);
    return namedMediumRole(raw, lower, span, sentence, context) ?? mediumInPhraseRole(raw, lowered, span, sentenceIdx, context) ?? reportOrSourceRole(raw, lower, lowered, span, sentenceIdx, context);
  });

  /** "the ministry" (a body's common noun) or a name the actor gazetteers know as an organisation, not a medium. */
  const isOwnBody = unnamed((np: string): boolean => !lookupOutlet(np) && !isNewspaperTail(lastWordOf(np)) && (BODY_NOUN_PHRASE.test(np) ||
    (safe(() => { const k = actors().canonicalSpeaker(np); return !!k && actors().kindOf(k) === 'organization'; }) ?? false)));

  /** The named person who spoke in the last two sentences, if the words around their name gave them the role `noun`. */
  const roleReferent = unnamed((noun: string, sentenceIdx: number): string | null => {
    const last = d.lastRecord;
    if (last === null) return null;
    const at = recordSentence.get(last) ?? -10;
    const rec = records[last] as Attribution;
    const c = recordClauses[last]?.clause;
    // (a speaker who came through a medium may be its journalist, whose sources are "the official")
    if (sentenceIdx - at > 2 || sentenceIdx === at || !rec.speaker || rec.outlet || !c?.subject) return null;
    // (a name the gazetteers do not know counts when it has a person's shape and is no organisation, place or medium)
    const name = nameOf(rec.speaker);
    if (!rec.speaker.endsWith(name)) return null;
    const person = name === d.lastPerson || (/^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}$/u.test(name) && !lookupOutlet(name) &&
      safe(() => { const k = actors().canonicalSpeaker(name); return !k || actors().kindOf(k) === 'person'; }));
    if (!person) return null;
    const s = sentences[at] as Span;
    // the speaker's side of the clause: the subject and its appositions, not the claim
    const side = c.subject.end <= c.cueStart ? text.slice(s.start, c.cueStart) : text.slice(c.cueEnd, Math.min(s.end, c.subject.end + 120));
    const has = noun === 'official' ? OFFICE_WORD.test(side) : new RegExp(String.raw`\b${noun}\b`, 'i').test(side);
    return has ? name : null;
  });

  /** The person a "he"/"she" at pos refers to: the last person in subject position of the recent sentences. */
  let personMentions: { start: number; end: number; canonical: string; kind: string }[] | null = null;
  const personBefore = unnamed((pos: number, sentenceIdx: number, exclude: ReadonlySet<string> | null): string | null => {
    personMentions ??= (safe(() => actors().mentions()) ?? []).filter((m) => m.kind === 'person');
    const ms = personMentions;
    let best: string | null = null;
    for (let k = sentenceIdx; k >= Math.max(0, sentenceIdx - 3) && !best; k--) {
      const s = sentences[k] as Span;
      const limit = Math.min(pos, s.end);
      // ('"... and Domenech confirmed it," he said': a name inside the quotation the pronoun closes is not its referent)
      let from = s.start;
      if (k === sentenceIdx && (text[s.start] === '"' || text[s.start] === '“')) {
        const close = text.slice(s.start + 1, limit).search(/[”"]/);
        if (close >= 0) from = s.start + close + 2;
      }
      let firstInSubject: string | null = null;
      let last: string | null = null;
      let lo = 0;
      let hi = ms.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((ms[mid] as { start: number }).start < from) lo = mid + 1; else hi = mid;
      }
      for (let i = lo; i < ms.length && (ms[i] as { start: number }).start < limit; i++) {
        const m = ms[i] as { start: number; end: number; canonical: string };
        if (m.end > limit || exclude?.has(m.canonical)) continue;
        last = m.canonical;
        if (!firstInSubject && m.start - from < 80) firstInSubject = m.canonical;
      }
      best = firstInSubject ?? (k < sentenceIdx ? last : null);
    }
    return best;
  });

  /** The person the resolver reads in start..end ("The 84-year-old ruler" -> the person it describes), or null. */
  const personIn = unnamed((start: number, end: number): string | null => {
    personMentions ??= (safe(() => actors().mentions()) ?? []).filter((m) => m.kind === 'person');
    for (const m of personMentions) {
      if (m.start >= end) break;
      // ("Red Bull management": a name before a lower-case noun modifies it, and the speaker is that noun's)
      if (m.start >= start) return NAME_START.test(text.slice(m.start, m.start + 4)) && NOUN_AFTER_NAME.test(text.slice(m.end, m.end + 3)) ? null : m.canonical;
    }
    return null;
  });

  /** The last "a/an <role>" in the sentence before and in this one before pos. */
  const describedPersonBefore = (pos: number, sentenceIdx: number): string | null => {
    const from = (sentences[Math.max(0, sentenceIdx - 1)] as Span).start;
    let last: string | null = null;
    for (const m of text.slice(from, pos).matchAll(DESCRIBED_PERSON_G)) last = m[0];
    return last;
  };
  /** he/she: the person who spoke in the last sentences, else the last person in subject position (same gender). */
  const pronounReferent = unnamed((pronoun: string, pos: number, sentenceIdx: number): string | null => {
    const gender = pronoun === 'he' ? 'male' : 'female';
    // ("Hansen had told him about the incident, he added": a name its own sentence binds with "him" is not "he")
    const bound = gender === 'male' ? boundByObjectPronoun(pos, sentenceIdx) : null;
    const isBound = (name: string): boolean => !!bound && [...bound].some((b) => lastWordOf(b) === lastWordOf(name));
    const fits = unnamed((name: string | null) => !!name && !isBound(name) && genderOf(name) !== (gender === 'male' ? 'female' : 'male'));
    const lastSentence = d.lastRecord !== null ? recordSentence.get(d.lastRecord) ?? -10 : -10;
    // '"C1," a police officer said. He said C2': an unnamed person who spoke just before
    const unnamedSpeaker = d.lastRecord !== null && sentenceIdx - lastSentence <= 1 ? records[d.lastRecord]?.speaker ?? null : null;
    // ('"C1," a former colonel says. He says C2', 'The colonel says C1. He says C2': or described by the article)
    // (not "a woman" for "he", nor "a man" for "she")
    const otherSexWord = gender === 'male' ? /woman\b/i : /(?<!wo)man\b/i;
    if (unnamedSpeaker && (UNNAMED_PERSON.test(unnamedSpeaker) || DEFINITE_PERSON.test(unnamedSpeaker)) && !otherSexWord.test(unnamedSpeaker)) return unnamedSpeaker;
    if (d.lastPerson && sentenceIdx - lastSentence <= 1 && fits(d.lastPerson)) return d.lastPerson;
    const p = personBefore(pos, sentenceIdx, bound);
    if (fits(p)) return p;
    // ("The report came from a former colonel. In an interview, he says C": an unnamed person the sentence before
    // introduced, when no name stands nearer)
    if (!p) {
      const described = describedPersonBefore(pos, sentenceIdx);
      if (described && !otherSexWord.test(described)) return described;
    }
    if (fits(d.lastPerson)) return d.lastPerson;
    // the name that spoke in the sentence before, even one the gazetteers do not know ("Smith told X. He said")
    const prev = d.lastRecord !== null && sentenceIdx - lastSentence <= 1 ? records[d.lastRecord]?.speaker ?? null : null;
    if (prev && !p && SHORT_PROPER_NAME.test(prev) && !TITLE_WORDS.test(prev) && fits(prev)) {
      const canonical = safe(() => actors().canonicalSpeaker(prev));
      const kind = canonical ? safe(() => actors().kindOf(canonical)) : null;
      // (a lone name the gazetteers do not know is an organisation only by default: "Speaking to X, Roe said. She ...")
      const person = safe(() => actors().isPersonName(prev)) || kind !== 'organization' || (!/\s/.test(prev) && !isKnownActorName(prev));
      if (person && kind !== 'place' && !lookupOutlet(prev)) return prev;
    }
    // ('C1, the federation president said. "C2," he said': a person's office who spoke in the sentence before)
    if (prev && !p && /^the\s+(?:[\p{L}-]+\s+){0,3}\p{Ll}+$/u.test(prev) && OFFICE_WORD.test(prev) && fits(prev)) return prev;
    return p ?? (d.lastPerson && !isBound(d.lastPerson) ? d.lastPerson : null);
  });
  /** The people named in the pronoun's sentence before pos with "him" after them (and before pos). */
  const boundByObjectPronoun = unnamed((pos: number, sentenceIdx: number): ReadonlySet<string> | null => {
    const s = sentences[sentenceIdx] as Span;
    const before = text.slice(s.start, pos);
    if (!OBJECT_HIM.test(before)) return null;
    personMentions ??= (safe(() => actors().mentions()) ?? []).filter((m) => m.kind === 'person');
    let out: Set<string> | null = null;
    for (const m of personMentions) {
      if (m.start < s.start) continue;
      if (m.end > pos) break;
      if (OBJECT_HIM.test(text.slice(m.end, pos))) (out ??= new Set()).add(m.canonical);
    }
    return out;
  });

  type Medium = { outlet: string; mention: string; also?: { outlet: string; mention: string }[] };

  const mediumOf = unnamed((span: Span | null, sentence: Span): Medium | null => {
    if (!span) return null;
    const raw = clean(text, span);
    if (!raw) return null;
    // "a letter to the editor of The Times", "on the opinion pages of Le Monde": the medium those pages belong to
    const pages = raw.includes(' of ') ? MEDIUM_PAGES_OF.exec(raw) : null;
    if (pages) return mediumOf({ start: span.end - (pages[1] as string).length, end: span.end }, sentence);
    const called = mediumCalled(raw);
    if (called) return { outlet: called.outlet, mention: raw };
    if (isOutletAnaphor(raw)) {
      if (d.lastOutlet) return { outlet: ofAnaphorKind(raw, d.lastOutlet.outlet, span.start), mention: raw };
      const named = MEDIUM_NOUN_ANAPHOR.test(raw) ? outletNamedBefore(span.start, /agency/i.test(raw)) : null;
      return named ? { outlet: named, mention: raw } : null;
    }
    const described = descriptorAnaphor(raw);
    if (described) {
      const outlet = describedOutletBefore(span.start, described.kind);
      return outlet ? { outlet, mention: raw } : null;
    }
    if (isAcronymOf(raw, publisherInitials)) return { outlet: publisherListing?.canonical ?? publisherName, mention: raw };
    const initialled = raw.length <= 9 ? outletByInitials(raw, span.start) : null;
    if (initialled) return { outlet: initialled, mention: raw };
    // "told the Post", and "told Us" in an Us Weekly story: a word of an outlet named before or of the publisher
    const short = ONE_CAPITALISED_WORD.exec(raw);
    const shortName = short && !lookupOutlet(raw) ? shortOutlet(short[1] as string, span.start) : null;
    if (shortName) return { outlet: shortName, mention: raw };
    const again = outletNamedAgain(raw);
    if (again) return { outlet: again, mention: raw };
    const context = contextOf(text, sentence);
    const r = outletRole(text.slice(span.start, span.end), mentionsBetween(mentions, span.start, span.end), context) ?? listedInSlot(raw) ?? mediumNameRole(raw) ?? unfamiliarOutletName(raw, false) ?? paperNameInSlot(raw);
    if (r) return { outlet: r.outlet, mention: r.mention };
    // "telling OutKick's Bobby Burack": the owner of a journalist one tells is a medium
    const owner = JOURNALIST_OF.exec(raw);
    if (owner) {
      const name = owner[1] as string;
      const kind = safe(() => actors().kindOf(actors().canonicalSpeaker(name) ?? ''));
      if (!safe(() => actors().isPersonName(name)) && kind !== 'place' && kind !== 'person' && !isCountryOrCapital(name)) return { outlet: name, mention: name };
    }
    // "told the Post and NYT": one record per medium
    const parts = /\sand\s/.test(raw) ? splitCoordination(text, span) : [];
    if (parts.length > 1) {
      const partRole = unnamed((p: Span): OutletRole | null => {
        const r = outletRole(text.slice(p.start, p.end), mentionsBetween(mentions, p.start, p.end), context);
        if (r) return r;
        // ("according to Bild and Kicker", "Onda Cero radio and Goal online": each conjunct in the medium's slot)
        const part = clean(text, p);
        const inSlot = part ? listedInSlot(part) ?? mediumNameRole(part) : null;
        if (inSlot) return { outlet: inSlot.outlet, mention: inSlot.mention, speaker: null };
        const sh = THE_ONE_NAME.exec(text.slice(p.start, p.end));
        const name = sh ? shortOutlet(sh[1] as string, p.start) : null;
        return name ? { outlet: name, mention: text.slice(p.start, p.end), speaker: null } : null;
      });
      const roles = parts.map(partRole);
      if (roles.every((x) => x && !x.speaker)) {
        const [first, ...others] = roles as OutletRole[];
        return { outlet: first!.outlet, mention: first!.mention, also: others.map((o) => ({ outlet: o.outlet, mention: o.mention })) };
      }
    }
    return null;
  });

  const quoterNamed = unnamed((span: Span): Medium | null => {
    const raw = clean(text, span) ?? '';
    if (!QUOTER_NAME.test(raw)) return null;
    const name = raw.replace(/^the\s+/i, '');
    if (isKnownActorName(name) || isCountryOrCapital(name) || safe(() => actors().isPersonName(name))) return null;
    const kind = safe(() => { const k = actors().canonicalSpeaker(name); return k ? actors().kindOf(k) : null; });
    return kind === 'place' || kind === 'person' ? null : { outlet: name, mention: raw };
  });

  /** A title's bare media noun ("tells paper", "tells TV station"): the first medium of that kind the story names after the title. */
  const headlineMedium = unnamed((span: Span, sentence: Span): Medium | null => {
    const raw = clean(text, span) ?? '';
    const bare = BARE_MEDIUM_NOUN.exec(raw);
    if (!bare) return null;
    const kind = anaphorKind(`the ${bare[1] as string}`) ?? (/^(?:TV|television|radio)\b/i.test(bare[1] as string) ? 'broadcaster' : 'any');
    for (const m of mentions) {
      if (m.start < sentence.end) continue;
      if (m.start > sentence.end + 2000) break;
      if (kindFits(kind, m.entry.kind)) return { outlet: m.entry.canonical, mention: raw };
    }
    return null;
  });
  /** The media of the interview an unnamed interview setting of clause c ("in an interview published Monday") is, as the next sentence names them. */
  const interviewNamedNext = unnamed((c: Clause, si: number): Medium | null => {
    const from = c.subject!.end;
    const to = c.claim && c.claim.start > c.cueEnd ? c.claim.start : c.cueEnd;
    if (to <= from || !text.slice(from, to).includes('interview') || !UNNAMED_INTERVIEW.test(text.slice(from, to))) return null;
    const next = sentences[si + 1] as Span;
    const body = text.slice(next.start, Math.min(next.end, next.start + 200));
    const named = INTERVIEW_WITH_MEDIA.exec(body);
    if (!named) return null;
    const at = next.start + named.index + named[0].length - (named[1] as string).length;
    return mediumOf({ start: at, end: at + (named[1] as string).length }, next);
  });
  /** A statement with its own speaker inside a quoted claim: the speaker and the inner content. */
  const quotedStatement = unnamed(function (claim: Span, si: number, sentence: Span): { speaker: string; claim: Span; cue: string } | null {
    let q = claim.start - 1;
    while (q > sentence.start && /\s/.test(text[q] as string)) q--;
    if (text[q] !== '"' && text[q] !== '“') return null;
    for (const ic of clausesOf(ctx, claim)) {
      if (!ic.subject || !ic.claim || (ic.kind !== 'pre' && ic.kind !== 'post' && ic.kind !== 'inverted')) continue;
      if (ic.claim.end - ic.claim.start < (claim.end - claim.start) * 0.4) continue;
      const role = roleOf(ic.subject, si, sentence);
      if (role.isOutlet || role.outlet || role.skip || !role.speaker) continue;
      return { speaker: role.speaker, claim: ic.claim, cue: ic.cue };
    }
    return null;
  });
  /** the publisher, in a sentence that names its own staff ("Our correspondent spoke to a shop owner who said C") */
  let ownStaffOutlet: string | null = null;
  const publisherOutlet = publisherListing?.canonical ?? null;
  let scene: DiscourseScene | null = null;
  const discourseScene = unnamed((): DiscourseScene => ({
    text, sentences, records, recordSentence,
    mediumOf: unnamed<DiscourseScene['mediumOf']>((np, pos, sentenceIdx) => journalistOutlet.get(lastWordOf(np)) ?? mediumNamed(np, pos, sentenceIdx, () => text.slice(Math.max(0, pos - 1500), pos + 200))?.outlet ?? null),
    mediumBefore: unnamed<DiscourseScene['mediumBefore']>((pos) => {
      for (let i = referable.length - 1; i >= 0; i--) {
        const m = referable[i] as OutletMention;
        if (m.start >= pos) continue;
        if (pos - m.start > 1500) break;
        return m.entry.canonical;
      }
      return null;
    }),
  }));
  /** the medium of the last interview a record was given in ("told Folha in an interview"), for "In the interview, S said" */
  // (a holder: the closure below sets it, which the compiler's narrowing of a local would not see)
  const lastInterview: { at: { outlet: string; sentence: number } | null } = { at: null };
  // (declared once per article, not per sentence: the sentence's position and clause index come as arguments)
  const emit = unnamed(function (c: Clause, ci: number, r: SentenceRole, claim: Span, sentenceStart: number, si: number, sentence: Span, indexOfClause: Map<number, number>): void {
    // ('"C," the official told Yonhap': the medium the clause names, not one carried with the speaker from before)
    const named = r.medium && r.outlet && !r.outletMention && !r.isOutlet ? r.medium : null;
    let outlet = named ? named.outlet : r.outlet ?? (r.isOutlet ? null : itemOutlet ?? ownStaffOutlet);
    let outletMention = named ? named.mention : r.outletMention;
    let speaker = r.isOutlet ? r.speaker : r.speaker;
    // "Arrington said" after "Michael Arrington, writing on his blog TechCrunch, said": a journalist speaks for the medium
    if (!outlet && !r.medium && speaker && journalistOutlet.size) {
      const medium = journalistOutlet.get(lastWordOf(nameOf(speaker)));
      if (medium) outlet = medium;
    }
    let cue = c.cue;
    // ("Western media reported, citing sources, that C": unnamed media stay the speaker they are)
    if (r.cited && !(!r.isOutlet && r.speaker && UNNAMED_MEDIA.test(r.speaker))) speaker = r.cited;
    if (!outlet && r.medium) { outlet = r.medium.outlet; outletMention = r.medium.mention; }
    // bare "security sources" right after an outlet's record in the same sentence are that outlet's sources
    if (!outlet && speaker && /^(?:[\p{L}-]+\s+)?sources$/iu.test(speaker) && d.lastOutlet && d.lastOutletSentence === si) {
      outlet = d.lastOutlet.outlet;
      outletMention = null;
    }
    // '"C2," she added' right after she told a medium C1: what one adds continues the statement given to it
    if (!outlet && speaker && !r.isOutlet && !r.medium && c.lemma === 'add' && c.kind !== 'participle' && d.lastRecord !== null) {
      const prev = records[d.lastRecord] as Attribution;
      // (the same name, or a pronoun no name was found for)
      const same = /^(?:he|she|they)$/i.test(speaker) || lastWordOf(nameOf(prev.speaker ?? '')) === lastWordOf(nameOf(speaker));
      if (prev.outlet && prev.speaker && si - (recordSentence.get(d.lastRecord) ?? -10) <= 2 && same) {
        outlet = prev.outlet;
        outletMention = null;
      }
    }
    // "The source added", "the anchor said": a medium the discourse ties this speaker to
    if (!outlet && speaker && !r.isOutlet && !r.medium) {
      const carried = carriedOutlet(scene ??= discourseScene(), { speaker, subject: c.subject, claim, cue: c.cue, sentenceIdx: si });
      if (carried) { outlet = carried.outlet; outletMention = carried.mention; }
    }
    if (r.isOutlet && !r.cited && !r.speaker) speaker = null;
    // "The BBC said in a statement that its report was accurate": a medium's own statement as an organisation
    // (a company speaking for itself, not a medium reporting)
    if (r.isOutlet && !r.cited && !r.speaker && outlet && outletMention && c.subject) {
      const after = text.slice(c.cueEnd, claim.start > c.cueEnd ? claim.start : Math.min(sentence.end, c.cueEnd + 50));
      const before = text.slice(sentence.start, Math.min(c.subject.start, claim.start > c.subject.start ? c.subject.start : c.subject.start));
      // ("Thomson Reuters said its quarterly revenue rose": a media company reporting its own business)
      if (OWN_STATEMENT_AFTER.test(after) || OWN_STATEMENT_BEFORE.test(before) || OWN_BUSINESS_CLAIM.test(text.slice(claim.start, Math.min(claim.end, claim.start + 60)))) {
        speaker = outletMention;
        outlet = null;
        outletMention = null;
      }
    }
    // '"C, the minister said Thursday," AFP reports': the speaker quoted inside the outlet's quotation
    if (outlet && !speaker) {
      const inner = quotedStatement(claim, si, sentence);
      if (inner) { speaker = inner.speaker; claim = inner.claim; cue = inner.cue; }
    }
    if (!outlet && !speaker) return;
    if (outlet && outletMention) outlet = listedSpelling(outlet, outletMention);
    // ("Reuters said it could not independently verify the report": a medium's note on its own reporting, no claim)
    // ("The Times said it cannot confirm the documents are genuine": a clause after the verb is a statement of its own)
    const note = outlet && !speaker ? OWN_VERIFICATION_NOTE.exec(original.slice(claim.start, Math.min(claim.end, claim.start + 60))) : null;
    if (note && VERIFIED_THING.test(original.slice(claim.start + note[0].length, claim.end))) return;
    if (OUTLET_ONLY_VERBS.has(c.lemma) && !r.isOutlet) return;
    // platforms and the article's own dateline never report
    // (a company that tells someone something, or says it, is a speaker: "Twitter told acquirers C", "TikTok has said C")
    if (speaker && !PLATFORM_SPEECH_LEMMAS.has(c.lemma) && /^(?:X|Twitter|Telegram|Facebook|Instagram|TikTok|YouTube)$/i.test(speaker)) return;
    const claimText = original.slice(claim.start, claim.end);
    const speakerActor = speaker ? safe(() => actors().canonicalSpeaker(speaker as string)) : null;
    let claimActors = safe(() => actors().actorsForClaim(claim!.start, claim!.end, speaker)) ?? [];
    // (one canonical name can come from two mentions of different kinds: "the Bush administration", "President Bush")
    if (outlet || claimActors.length > 1) claimActors = claimActors.filter((a, i) => a !== outlet && claimActors.indexOf(a) === i);
    const rec: Attribution = {
      outlet,
      outletMention: outletMention ?? null,
      speaker,
      speakerActor,
      cue,
      claim: claimText,
      claimStart: claim.start,
      claimEnd: claim.end,
      sentenceStart: Math.min(sentenceStart, claim.start),
      sentenceEnd: Math.max(sentence.end, claim.end),
      actors: claimActors,
      date: article.published ? resolveDate(c.dateText ?? leadingDate(text, sentence), article.published) : null,
    };
    // a journalist of the medium: "ESPN's Jane Roe", "Axios reporter Jane Roe", "Jane Roe, writing on her blog X"
    // ("Jane Roe and John Doe report for Bloomberg", "Jane Roe writes for Reuters": journalists reporting for it)
    const reportsFor = !!r.medium && (c.lemma === 'report' || c.lemma === 'write') && /^\s+for\s/.test(text.slice(c.cueEnd, c.cueEnd + 6));
    if (outlet && speaker && ((r.isOutlet && r.speaker) || reportsFor || (r.medium && c.subject && /\bwriting\s+(?:on|for|in)\b/i.test(text.slice(c.subject.end, c.cueStart))))) {
      for (const part of speaker.split(/\s+and\s+/)) {
        const name = nameOf(part);
        if (/\s/.test(name) && safe(() => actors().isPersonName(name))) journalistOutlet.set(lastWordOf(name), outlet);
      }
    }
    if (outlet && text.slice(sentence.start, sentence.end).includes('interview')) lastInterview.at = { outlet, sentence: si };
    indexOfClause.set(ci, records.length);
    recordSentence.set(records.length, si);
    // (an outlet that was only told something, "told NBC News", did not report it)
    recordReporter.push(!!outlet && !(r.medium && r.medium.outlet === outlet && !r.isOutlet && r.outlet !== outlet));
    recordSubject.push(c.subject ? clean(text, c.subject) : null);
    records.push(rec);
    recordClauses.push({ clause: c, sentence: si });
    // discourse state
    if (outlet) {
      seenOutlets.delete(outlet);
      seenOutlets.add(outlet);
      d.lastOutlet = { outlet, mention: outletMention ?? outlet };
      // an outlet that was only told something ("told NBC News") is not "the report"
      if (!(r.medium && r.medium.outlet === outlet && !r.isOutlet && r.outlet !== outlet)) d.lastReporter = d.lastOutlet;
      d.lastOutletSentence = si;
      if (speaker && (ANONYMOUS.test(speaker) || r.cited)) d.lastSourcedOutlet = outlet;
    }
    d.lastSubjectWasOutlet = r.isOutlet;
    if (speaker) {
      d.lastSpeaker = speaker;
      const name = nameOf(speaker);
      if (hasCapital(name) && safe(() => actors().isPersonName(name))) d.lastPerson = name;
      // ("The 84-year-old ruler ... He said": a description the resolver took for a person the article named)
      else if (c.subject && !ANONYMOUS.test(speaker)) d.lastPerson = personIn(c.subject.start, c.subject.end) ?? d.lastPerson;
    }
    if (c.claimIsPrevious && d.lastRecord !== null) {
      relations.push({ from: records.length - 1, to: d.lastRecord, type: c.lemma === 'confirm' ? 'confirms' : 'contradicts' });
    }
    d.lastRecord = records.length - 1;
  });
  // Labelled news items ("Source: X's statement cited by RIA Novosti", "Quote: "..."", "Background:"):
  // the medium a Source line names carries the item's statements; a Quote line is the last speaker's.
  /** surname -> the medium that person writes or reports for */
  const journalistOutlet = new Map<string, string>();
  let itemOutlet: string | null = null;
  /** the medium of an interview frame ("Interviewed on X, S did not ...") no statement of its own sentence used */
  let interview: { outlet: string; sentence: number; recordsBefore: number } | null = null;
  let itemFirstRecord = 0;
  /** A labelled news item's line ("Source: ...", "Quote: ...", "Background:"): true when the sentence is read as one. */
  const readItemLabel = unnamed((si: number, sentence: Span): boolean => {
    const label = sentence.start === 0 || text[sentence.start - 1] === '\n' ? ITEM_LABEL.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 14))) : null;
    if (label) {
      const kind = (label[1] as string).toLowerCase();
      if (kind === 'source') {
        const ms = mentionsBetween(mentions, sentence.start, sentence.end);
        const named = ms[ms.length - 1];
        // ("Source: IANS" closing a wire story credits the copy's supplier, not the story's statements)
        const bodyStart = sentence.start + label[0].length;
        if (named && isCreditLine(text, bodyStart, sentence.end, ms.map((m) => ({ start: sentence.start + m.start, end: sentence.start + m.end })))) return true;
        if (named) {
          itemOutlet = named.entry.canonical;
          for (let k = itemFirstRecord; k < records.length; k++) if (!(records[k] as Attribution).outlet) (records[k] as Attribution).outlet = itemOutlet;
        }
        return true;
      }
      if (kind === 'quote') {
        const open = sentence.start + label[0].length;
        if (d.lastSpeaker && (text[open] === '"' || text[open] === '“')) {
          const quoted: Clause = {
            kind: 'pre', lemma: 'say', cue: label[1] as string, cueStart: sentence.start, cueEnd: sentence.start + label[0].length, subject: null, medium: null, citing: null,
            claim: firstQuotedSentence(text, open, sentence.end), frameStart: sentence.start, dateText: null, inheritFrom: null, relation: null, quoteFromPrevious: false, claimIsPrevious: false,
          };
          const role: SentenceRole = { outlet: itemOutlet, outletMention: null, speaker: d.lastSpeaker, isOutlet: false, cited: null, medium: null };
          if (quoted.claim && quoted.claim.end - quoted.claim.start >= 3) emit(quoted, 0, role, quoted.claim, sentence.start, si, sentence, new Map());
        }
        return true;
      }
      if (kind !== 'details') {
        itemOutlet = null;
        itemFirstRecord = records.length;
        return true;
      }
    }
    return false;
  });
  /** An interview frame ("Interviewed on BBC Radio 4, S ...") and the sources a report cited in the sentence after it: true when the sentence is read. */
  const readInterviewAndSources = unnamed((si: number, sentence: Span): boolean => {
    // "Interviewed on BBC Radio 4, the minister did not ... She said C": an interview that frames what the person says next
    if (interview && records.length > interview.recordsBefore && interview.sentence === si - 1) interview = null;
    const frame = INTERVIEW_FRAME.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 90)));
    if (frame) {
      const np = frame[1] as string;
      const st = sentence.start + frame[0].indexOf(np);
      const r = mediumNamed(np, st, si, () => text.slice(Math.max(0, sentence.start - 1500), sentence.end));
      interview = r ? { outlet: r.outlet, sentence: si, recordsBefore: records.length } : null;
    }
    // "Reuters reported C. It cited "several sources close to the matter"": the report's sources, given to it
    const citedSources = d.lastRecord !== null && recordSentence.get(d.lastRecord) === si - 1 ? sourcesCitedIn(text, sentence) : null;
    if (citedSources) {
      const prev = records[d.lastRecord as number] as Attribution;
      if (prev.outlet && !prev.speaker) {
        for (let k = records.length - 1; k >= 0 && recordSentence.get(k) === si - 1; k--) {
          const r = records[k] as Attribution;
          if (r.outlet === prev.outlet && !r.speaker) r.speaker = citedSources;
        }
        d.lastSpeaker = citedSources;
        d.lastSourcedOutlet = prev.outlet;
        return true;
      }
    }
    return false;
  });
  /** A sentence without a reporting clause: the medium it names for what the next sentences refer back to. */
  const readClauselessSentence = unnamed((si: number, sentence: Span): void => {
    // "The suspect is identified in a separate BBC report as Jane Roe": the medium's report says what the sentence says
    const named = namedInReport(text, sentence);
    const medium = named ? mentionByStart.get(named.mediumStart) ?? mentionByStart.get(named.mediumStart - 4) : undefined;
    if (named && medium && isWorkAs(text, medium.end)) {
      const claim = trimSpanOf(text, sentence);
      const frame: Clause = {
        kind: 'pre', lemma: 'report', cue: named.cue, cueStart: named.cueStart, cueEnd: named.cueStart + named.cue.length, subject: { start: medium.start, end: medium.end }, medium: null, citing: null,
        claim: { start: claim.start, end: claim.end - (/[.!?]$/.test(text.slice(claim.start, claim.end)) ? 1 : 0) }, frameStart: sentence.start, dateText: null, inheritFrom: null, relation: null, quoteFromPrevious: false, claimIsPrevious: false,
      };
      const role = roleOf(frame.subject, si, sentence);
      if (role.isOutlet && role.outlet && !role.speaker) {
        emit(frame, 0, { ...role, cited: null, medium: null }, frame.claim as Span, sentence.start, si, sentence, new Map());
        return;
      }
    }
    // "The Daily Courier published an investigation into ...": the medium the next sentences' "report", "it" refer to
    const pub = PUBLISHED_WORK.exec(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200)));
    const role = pub ? roleOf({ start: sentence.start, end: sentence.start + (pub[1] as string).length }, si, sentence) : null;
    // ("Dawn, Pakistan's most read paper, carried the report": a listed name that needs context has it in the work it put out)
    const listed = pub && role && !role.isOutlet ? lookupOutlet(pub[1] as string) : null;
    if (listed) {
      d.lastOutlet = d.lastReporter = { outlet: listed.canonical, mention: pub![1] as string };
      d.lastOutletSentence = si;
      d.lastSubjectWasOutlet = true;
    } else if (role?.isOutlet && role.outlet && !role.speaker) {
      d.lastOutlet = d.lastReporter = { outlet: role.outlet, mention: role.outletMention ?? role.outlet };
      d.lastOutletSentence = si;
      d.lastSubjectWasOutlet = true;
    }
    // "The couple released a statement to AP.": the medium that then carries "the statement"
    // (only the sentence's own mentions, each with the 60 characters before it)
    const sentenceMentions = pub ? [] : mentionsBetween(mentions, sentence.start, sentence.end);
    if (sentenceMentions.length) {
      const given = sentenceMentions.find((m) => m.start >= 4 && text.startsWith('to ', sentence.start + m.start - 3 - (text.startsWith('the ', sentence.start + m.start - 4) ? 4 : 0)) && STATEMENT_GIVEN_TO.test(text.slice(Math.max(sentence.start, sentence.start + m.start - 60), sentence.start + m.start)));
      if (given) {
        d.lastOutlet = d.lastReporter = { outlet: given.entry.canonical, mention: given.mention };
        d.lastOutletSentence = si;
        d.lastSubjectWasOutlet = false;
      }
    }
  });
  /** The role of clause c of a sentence: its outlet and speaker, given the roles of the clauses before it. */
  const clauseRole = unnamed((c: Clause, clauses: Clause[], roles: SentenceRole[], si: number, sentence: Span): SentenceRole => {
    let role: Role;
    if (c.kind === 'participle' && c.inheritFrom !== null) {
      const from = roles[c.inheritFrom];
      role = from ? { ...from } : { outlet: null, outletMention: null, speaker: null, isOutlet: false };
    } else {
      role = roleOf(c.subject, si, sentence);
      // "The rebels said C1, which they said C2": "they" is the speaker of the clause before
      const prior = roles[roles.length - 1];
      if (/^they$/i.test(clean(text, c.subject) ?? '') && prior && !prior.isOutlet && prior.speaker && !/^(?:he|she|it|they)$/i.test(prior.speaker)) {
        role = { outlet: prior.outlet, outletMention: prior.outletMention, speaker: prior.speaker, isOutlet: false };
      }
      // "reports that the players' union was planning a boycott because, they claimed, C": the subject of the content around the frame
      if (c.parenthetical && /^(?:they|he|she)$/i.test(clean(text, c.subject) ?? '')) {
        const around = clauses.find((o) => o !== c && o.claim && o.claim.start < c.cueStart && o.claim.end > c.cueStart);
        const np = around ? CONTENT_SUBJECT.exec(text.slice(around.claim!.start, c.cueStart)) : null;
        if (np) role = { outlet: null, outletMention: null, speaker: np[1] as string, isOutlet: false };
      }
      // "C, CEO Jane Roe had told staff, and she warned them ...": the person who spoke earlier in the sentence
      const pron = /^(he|she)$/i.exec(clean(text, c.subject) ?? '');
      // ("Hansen had told him about the incident, he added": the one the clause before told "him" is "he", not its subject)
      const priorClause = clauses[roles.length - 1];
      const priorBinds = pron?.[1]?.toLowerCase() === 'he' && !!priorClause?.claim && !!priorClause.subject && OBJECT_HIM.test(text.slice(priorClause.subject.end, c.cueStart));
      if (pron && !priorBinds && prior && prior.speaker && !/^(?:he|she|it|they)$/i.test(prior.speaker)) {
        const name = nameOf(prior.speaker);
        const wanted = pron[1]!.toLowerCase() === 'he' ? 'female' : 'male';
        if (safe(() => actors().isPersonName(name)) && genderOf(name) !== wanted) role = { ...role, speaker: name };
      }
      // "Benzinga was first to report that C": only a medium reports first
      const name = clean(text, c.subject);
      if (!role.isOutlet && role.speaker && name && /\bfirst to report$/.test(c.cue) && CAPITALISED_NAME.test(name) && !safe(() => actors().isPersonName(name))) {
        role = { outlet: name, outletMention: name, speaker: null, isOutlet: true };
      }
      // "Le Courrier, citing a police report, reported that C": a name that reports on someone else's word is a medium,
      // unless it is a person, a place or a body the gazetteers know
      else if (!role.isOutlet && c.citing && c.lemma === 'report' && name && UNFAMILIAR_REPORTER_NAME.test(name) && !safe(() => actors().isPersonName(name)) && !safe(() => { const k = actors().canonicalSpeaker(name); return k ? actors().kindOf(k) === 'place' || actors().kindOf(k) === 'person' : false; }) && !isKnownActorName(name)) {
        const bare = name.replace(/^the\s+/i, '');
        role = { outlet: bare, outletMention: name, speaker: null, isOutlet: true };
      }
    }
    role = unfamiliarMediumRole(role, c, text, actors);
    // "Kommersant removed a report in which S said C": S's statement as the medium's work carries it
    if (!role.outlet && !role.isOutlet && !role.skip && role.speaker && c.subject && c.kind === 'pre' && text.slice(Math.max(0, c.subject.start - 9), c.subject.start).includes('which')) {
      const work = workInWhichMedium(text, sentence, contentStartOf(text, sentence), c.subject.start, mentionsBetween(mentions, sentence.start, sentence.end).map((m) => ({ ...m, start: m.start + sentence.start, end: m.end + sentence.start })));
      if (work) role = { ...role, outlet: work.mention.entry.canonical, outletMention: work.work };
    }
    // "Talks stall – report": the report is the one the article goes on to name
    if (c.forwardOutlet && !role.isOutlet) {
      const next = mentions.find((m) => m.start >= sentence.end && m.start < sentence.end + 1500);
      // "Talks stall – sources": the outlet's sources
      const sources = /^(?:sources?|officials?|insiders?)$/i.test(c.cue);
      if (sources) role = { outlet: next?.entry.canonical ?? null, outletMention: null, speaker: c.cue, isOutlet: false };
      else role = next
        ? { outlet: next.entry.canonical, outletMention: clean(text, c.subject), speaker: null, isOutlet: true }
        : { ...role, skip: true };
    }
    return mediumRole(c, clauses, roles, si, sentence, role);
  });
  /** Clause c's role with the medium its frame names ("told the Daily Mail") or the story gave before, and its cited source. */
  const mediumRole = unnamed((c: Clause, clauses: Clause[], roles: SentenceRole[], si: number, sentence: Span, role: Role): SentenceRole => {
    let medium = mediumOf(c.medium, sentence);
    // "S was quoted by Nipashe as saying C": who quotes a statement by name, unless a person, a place or a known body, is a medium
    if (!medium && c.medium && QUOTED_BY_CUE.test(c.cue)) medium = quoterNamed(c.medium);
    // "S confirmed C1, telling the Daily Mail: C2": the medium told received the statement the participle continues
    // ("The NFL denies the Journal's report, telling OutKick C": a report denied is no content told to the medium)
    const main = c.kind === 'participle' && c.inheritFrom !== null ? roles[c.inheritFrom] : undefined;
    const mainClaim = main ? clauses[c.inheritFrom as number]?.claim : null;
    if (main && medium && mainClaim && c.lemma === 'tell' && !main.medium && !main.outlet && !main.isOutlet && CLAUSE_VERB.test(text.slice(mainClaim.start, mainClaim.end))) main.medium = medium;
    if (c.kind === 'participle' && c.inheritFrom !== null) medium ??= roles[c.inheritFrom]?.medium ?? null;
    // "The report cited an unnamed source, who claimed C": a medium's cited source speaks through it
    if (!medium && !role.outlet && !role.isOutlet && !role.skip && c.subject) {
      const citer = citerOfRelative(text, sentence.start, c.subject, c.cueStart);
      const by = citer ? roleOf(citer, si, sentence) : null;
      if (by?.isOutlet && by.outlet && !by.speaker) role = { ...role, outlet: by.outlet, outletMention: by.outletMention };
    }
    // "Dawn's correspondent, Jane Roe, reported C": the medium of the title in apposition before the name
    if (!medium && !role.outlet && !role.isOutlet && !role.skip && role.speaker && c.subject) {
      const title = journalistTitleBefore(text, sentence.start, c.subject.start);
      const of = title ? roleOf(title, si, sentence) : null;
      if (of?.outlet && (of.isOutlet || of.speaker)) role = { ...role, outlet: of.outlet, outletMention: of.outletMention };
    }
    // "M relays claims by S that C", "a report in M about claims by S that C": M carried S's claim
    if (!medium && !role.outlet && !role.isOutlet && !role.skip && role.speaker) {
      const carrier = carrierOfClaimNoun(text, sentence.start, c.cue, c.cueStart);
      const by = carrier ? mediumNamed(text.slice(carrier.start, carrier.end), carrier.start, si, contextOf(text, sentence)) : null;
      if (by) role = { ...role, outlet: by.outlet, outletMention: by.mention };
    }
    // "Minister tells paper he will stay" as the title: the medium the story goes on to name
    if (si === 0 && c.medium && (sentence.end === text.length || text[sentence.end] === '\n' || text[sentence.end] === '\r')) medium = headlineMedium(c.medium, sentence) ?? medium;
    // "S, in an interview published Monday, said C. Asked in an interview with M and N ...": the media the next sentence names
    if (!medium && !role.outlet && !role.isOutlet && !role.skip && c.subject && sentences[si + 1]) medium = interviewNamedNext(c, si);
    if (interview && si > interview.sentence && si - interview.sentence <= 3 && !medium && !role.outlet && !role.isOutlet && /^(?:he|she)$/i.test(clean(text, c.subject) ?? '')) {
      role = { ...role, outlet: interview.outlet, outletMention: null };
    }
    // "In the interview, S said C": the interview a medium was given before
    const given = lastInterview.at;
    if (given && si - given.sentence <= 8 && !medium && !role.outlet && !role.isOutlet && !role.skip) {
      const body = text.slice(sentence.start, sentence.end);
      const the = body.includes('interview') ? THE_INTERVIEW.exec(body) : null;
      if (the) role = { ...role, outlet: given.outlet, outletMention: the[1] as string };
    }
    // "The agency told the Post that C": a medium tells no medium; "the agency" is a body speaking
    if (c.lemma === 'tell' && medium && role.isOutlet && !role.speaker && isOutletAnaphor(clean(text, c.subject) ?? '')) {
      role = { outlet: null, outletMention: null, speaker: clean(text, c.subject), isOutlet: false };
    }
    // "a cautionary note was added, stating ...": the statement of the last speaker
    if (c.kind === 'participle' && c.inheritFrom === null && (!c.subject || STATEMENT_NOUN.test(clean(text, c.subject) ?? '')) && d.lastRecord !== null) {
      const prev = records[d.lastRecord] as Attribution;
      role = { outlet: prev.outlet, outletMention: prev.outletMention, speaker: prev.speaker, isOutlet: !prev.speaker && !!prev.outlet };
    }
    let cited = clean(text, c.citing);
    // "the BBC quoted her as saying": the person the pronoun refers back to
    const citedPronoun = cited && cited.length <= 3 ? OBJECT_PRONOUN.get(cited.toLowerCase()) ?? cited.toLowerCase() : null;
    if (citedPronoun === 'he' || citedPronoun === 'she') cited = pronounReferent(citedPronoun, c.citing!.start, si) ?? cited;
    if (medium?.also?.length && !role.isOutlet && !role.also) role = { ...role, also: medium.also };
    // (explicit fields: a spread of roles of many shapes is a slow generic copy in V8)
    return { outlet: role.outlet, outletMention: role.outletMention, speaker: role.speaker, isOutlet: role.isOutlet, skip: role.skip, also: role.also, cited, medium };
  });
  for (let si = 0; si < sentences.length; si++) {
    const sentence = sentences[si] as Span;
    if (readItemLabel(si, sentence) || readInterviewAndSources(si, sentence)) continue;
    const clauses = clausesOf(ctx, sentence);
    ownStaffOutlet = publisherOutlet && clauses.length && namesOwnStaff(text, sentence) ? publisherOutlet : null;
    if (!clauses.length) {
      readClauselessSentence(si, sentence);
      continue;
    }
    const roles: SentenceRole[] = [];
    for (const c of clauses) roles.push(clauseRole(c, clauses, roles, si, sentence));
    // merge trailing outlet attributions into the speaker clause they wrap:
    // 'S said C, Reuters reported.' / 'S said C, as quoted by the FT.'
    const dropped = new Set<number>();
    const citesPairs: [number, number][] = [];
    clauses.forEach((outer, oi) => {
      if (!outer.claim) return;
      if (!['post', 'inverted', 'prep-trail'].includes(outer.kind)) return;
      const outerRole = roles[oi]!;
      const outerOutlet = outerRole.isOutlet ? outerRole.outlet : outer.kind === 'prep-trail' ? null : outerRole.medium?.outlet ?? null;
      clauses.forEach((inner, ii) => {
        if (ii === oi || dropped.has(ii) || !inner.claim) return;
        if (inner.cueStart < outer.claim!.start || inner.cueStart >= outer.claim!.end) {
          // "said as quoted by X" right after the speaker's own cue
          // "S said C, according to / as quoted by OUTLET": the speaker's claim was cut by this frame
          if (!(outer.kind === 'prep-trail' && inner.cueEnd <= outer.frameStart && inner.claim && inner.claim.end <= outer.cueStart + 1 && inner.claim.end >= outer.claim!.start - 2 && (inner.kind === 'pre' || inner.kind === 'post' || inner.kind === 'inverted'))) return;
        }
        const innerRole = roles[ii]!;
        // "C1 in which officers said they believed C2, X reported": a clause inside another inner clause's content is that clause's
        if (clauses.some((o, k) => k !== oi && k !== ii && o.claim && o.cueStart >= outer.claim!.start && o.cueStart < outer.claim!.end &&
            inner.cueStart >= o.claim.start && inner.cueStart < o.claim.end)) return;
        // "An analysis suggested C, the report said": a hedge inside a report is the report's claim
        // ("Agencies believe that C, the paper said" keeps the agencies as the speaker of C)
        // ("Investigators have found "evidence" that C, the agency claimed, citing S": a finding the medium's source told
        // it of is the report's claim, whole; "Reporters found that C, the paper said" keeps the finders as speaker)
        if ((HEDGE_LEMMAS.has(inner.lemma) && inner.lemma !== 'believe' || inner.lemma === 'find' && outer.citing) && outerRole.isOutlet) { dropped.add(ii); return; }
        // "C1 in which officials said C2, it added": a clause embedded in the claim is the outlet's too; both stay
        if (outerRole.isOutlet && outerOutlet && inner.kind === 'pre' && inner.subject && inner.subject.start > outer.claim!.start + 2 &&
            !innerRole.isOutlet && !innerRole.outlet && !innerRole.medium && /\b(?:which|whom|that|who)\s*$/i.test(text.slice(outer.claim!.start, inner.subject.start).slice(-40).replace(/\s+(?:some|many|the|several|two|three|both)\s*$/i, ' ').trimEnd() + ' ')) {
          innerRole.outlet = outerOutlet;
          innerRole.outletMention = null;
          return;
        }
        // ("C1, which it has alleged was done by X, CBC News reported": a relative clause inside the content, whose pronoun is the
        // sentence's subject, keeps its own record; the outlet's claim stays whole)
        if (outerRole.isOutlet && outerOutlet && inner.cueStart > outer.claim!.start + 12 && !innerRole.isOutlet && !innerRole.outlet &&
            RELATIVE_PRONOUN_FRAME.test(text.slice(Math.max(outer.claim!.start, inner.cueStart - 30), inner.cueStart))) return;
        // ("The source said C, according to the newspaper": the source's statement already has that medium; one record)
        if (outerRole.isOutlet && outerOutlet && innerRole.outlet === outerOutlet && !innerRole.isOutlet) { dropped.add(oi); return; }
        // ("S confirmed that C, the US media reported": unnamed media that carry a speaker's statement make one record, the speaker's)
        if (!outerRole.isOutlet && !outerRole.outlet && UNNAMED_MEDIA.test(outerRole.speaker ?? '') && inner.kind === 'pre' && !innerRole.isOutlet && innerRole.speaker) { dropped.add(oi); return; }
        // ("S denied reports which said C, the paper said": the unnamed reports S denied are not the paper's)
        if (inner.kind === 'report-noun' && innerRole.speaker && UNNAMED_MEDIA.test(innerRole.speaker) && clauses.some((o, k) => k !== ii && k !== oi && o.relation?.to === ii)) return;
        // ("S denied reports that C, SPA reported": the unnamed reports S denied are not the medium's)
        const deniedReports = inner.kind === 'report-noun' && !innerRole.isOutlet && UNNAMED_MEDIA.test(innerRole.speaker ?? '');
        if (outerRole.isOutlet && outerOutlet && !innerRole.isOutlet && !innerRole.outlet && !innerRole.medium && !deniedReports) {
          innerRole.outlet = outerOutlet;
          innerRole.outletMention = outerRole.outletMention;
          // ("S denied it, according to Reuters and the Post": every medium of the frame carries S's statement)
          if (outerRole.also?.length && !innerRole.also) innerRole.also = outerRole.also;
          // ("C1, the mayor said on Thursday, and C2, Reuters reported": the medium's own claim is the clause after "and")
          const joined = inner.kind === 'post' ? FRAME_THEN_AND_CLAUSE.exec(text.slice(inner.cueEnd, outer.claim!.end)) : null;
          if (joined && outer.claim!.end - inner.cueEnd - joined[0].length >= 15) outer.claim = { start: inner.cueEnd + joined[0].length, end: outer.claim!.end };
          else dropped.add(oi);
        } else if (outerRole.isOutlet && outerOutlet && innerRole.isOutlet && !innerRole.speaker && innerRole.outlet && innerRole.outlet !== outerOutlet &&
            inner.kind === 'pre' && inner.lemma === 'say' && inner.subject && !innerRole.also) {
          // ("State TV channel Khabar 24 said C, Tass and Sputnik reported": the media that report are the outlets, the one they heard the speaker)
          innerRole.speaker = clean(text, inner.subject) ?? innerRole.outletMention;
          innerRole.outlet = outerOutlet;
          innerRole.outletMention = outerRole.outletMention;
          innerRole.isOutlet = false;
          if (outerRole.also?.length) innerRole.also = outerRole.also;
          dropped.add(oi);
        } else if (outer.kind === 'prep-trail' && /as quoted by|as cited by|as translated by/i.test(outer.cue) && !innerRole.isOutlet) {
          innerRole.outlet = outerRole.outlet ?? outerRole.speaker;
          innerRole.outletMention = outerRole.outletMention ?? outerRole.speaker;
          dropped.add(oi);
        } else {
          citesPairs.push([oi, ii]);
        }
      });
    });
    // "OUTLET reported that S said C", "According to OUTLET, S said C": the outlet reports S's claim
    clauses.forEach((outer, oi) => {
      const outerRole = roles[oi]!;
      if (!(outer.kind === 'pre' || outer.kind === 'prep-lead' && outer.lemma === 'according to') || !outer.claim || !outerRole.isOutlet || !outerRole.outlet || dropped.has(oi)) return;
      clauses.forEach((inner, ii) => {
        const innerRole = roles[ii]!;
        if (ii === oi || dropped.has(ii) || inner.kind !== 'pre' || !inner.claim || !inner.subject || NESTED_SKIP_LEMMAS.has(inner.lemma)) return;
        // ("reported that her manager, Mike Gardner, confirmed C": a description of the speaker in apposition before the name)
        if (inner.subject.start !== outer.claim!.start && !DESCRIPTION_BEFORE_NAME.test(text.slice(outer.claim!.start, inner.subject.start))) return;
        if (innerRole.isOutlet || innerRole.outlet || innerRole.medium || innerRole.skip) return;
        // "Reuters said Pakistan had denied reports that C": a party's own act the medium reports; both stay
        if (isReportedAct(inner.lemma, innerRole.speaker)) { citesPairs.push([oi, ii]); return; }
        // "X insists that its story, which claimed C1, is true": a relative clause on the content's subject; both stay,
        // and the medium's own work claimed C1
        if (/,[ \t]*(?:which|that)[ \t]+(?:also[ \t]+)?$/.test(text.slice(Math.max(inner.subject.end, inner.cueStart - 12), inner.cueStart))) {
          const work = clean(text, inner.subject) ?? '';
          if (/^(?:its|their)\s+(?:own\s+|original\s+|latest\s+)?(?:report|story|article|reporting|investigation)$/i.test(work)) {
            innerRole.outlet = outerRole.outlet;
            innerRole.outletMention = work;
            innerRole.speaker = null;
            innerRole.isOutlet = true;
          }
          return;
        }
        innerRole.outlet = outerRole.outlet;
        innerRole.outletMention = outerRole.outletMention;
        dropped.add(oi);
      });
    });
    const indexOfClause = new Map<number, number>();
    clauses.forEach((c, ci) => {
      if (dropped.has(ci) || c.kind === 'frame-only') return;
      const r = roles[ci]!;
      if (r.skip) return;
      // "The statement suggests C", "the data indicate C": an inference drawn from a document, not a statement
      if ((c.lemma === 'suggest' || c.lemma === 'indicate') && INFERENCE_SUBJECT.test(clean(text, c.subject) ?? '')) return;
      // "denied having said C": a perfect gerund is no speaker
      if (c.subject && c.subject.end - c.subject.start === 6 && /^having$/i.test(text.slice(c.subject.start, c.subject.end))) return;
      // "he did not elaborate on what Peskov had actually said": a free relative names what was said, it states nothing
      if (c.subject && FREE_RELATIVE_SUBJECT.test(clean(text, c.subject) ?? '')) return;
      // "..., officially implementing a prior accord revealed in July": a participle after a gerund's object, no trailing cue
      if (c.kind === 'post' && GERUND_PHRASE.test(clean(text, c.subject) ?? '')) return;
      // "figures show C", "a police document showed C": only evidence shows; "the team showed" does not state
      // ("a memo seen by Reuters shows C": the document's head noun before the participle that names who saw it)
      if (c.lemma === 'show' && !EVIDENCE_SUBJECT.test((clean(text, c.subject) ?? '').replace(SEEN_BY_TAIL, ''))) return;
      // an opinion verb inside another clause's claim belongs to that claim ("saying he believed C")
      if (HEDGE_LEMMAS.has(c.lemma) && clauses.some((o, oi) => o !== c && !dropped.has(oi) && o.claim && c.cueStart >= o.claim.start && c.cueStart < o.claim.end)) return;
      // the outer cue owns the claim: a "speaker" that holds another cue is not one
      if (c.subject && c.kind !== 'prep-lead' && clauses.some((o) => o !== c && o.claim && o.cueStart >= c.subject!.start && o.cueEnd < c.subject!.end)) return;
      if (c.inFocus && !r.outlet && !r.medium && d.lastOutlet && si - d.lastOutletSentence <= 3) {
        r.outlet = d.lastOutlet.outlet;
        r.outletMention = null;
      }
      let claim = c.claim;
      let sentenceStart = sentence.start;
      if (c.claimIsPrevious) {
        const prev = d.lastRecord !== null ? records[d.lastRecord] : undefined;
        if (!prev) return;
        claim = { start: prev.claimStart, end: prev.claimEnd };
        sentenceStart = Math.min(sentenceStart, prev.sentenceStart);
      }
      if (c.claimIsPreviousSentence) {
        const prevS = sentences[si - 1];
        if (!prevS) return;
        // "S said C. That's according to CNN.": the medium S's statement came through; S's records take it
        if (r.isOutlet && r.outlet && !r.speaker) {
          const spoken = records.filter((x) => x.sentenceStart === prevS.start && !x.outlet && x.speaker);
          for (const x of spoken) {
            x.outlet = r.outlet;
            x.outletMention = r.outletMention;
          }
          if (spoken.length) return;
        }
        claim = trimSpanOf(text, prevS);
        sentenceStart = prevS.start;
      }
      if (c.quoteFromPrevious) {
        const prevS = sentences[si - 1];
        if (!prevS) return;
        const q = text.slice(prevS.start, prevS.end);
        if (!/^["“]/.test(q) || !/["”]$/.test(q)) return;
        // first sentence of the quotation
        const inner = q.slice(1, -1);
        const firstEnd = /[.!?](?=\s+["“\p{Lu}])/u.exec(inner);
        claim = { start: prevS.start + 1, end: prevS.start + 1 + (firstEnd ? firstEnd.index + 1 : inner.length) };
        sentenceStart = prevS.start;
      }
      if (!claim || claim.end - claim.start < 3) return;
      // "X declined to comment, the newspaper said": a non-statement reported is no claim
      const claimed = text.slice(claim.start, claim.end);
      if (NON_STATEMENT_GATE.test(claimed) && NON_STATEMENT.test(claimed)) return;
      // 'they had struck “A” and “B.”': two claims
      const parts: Span[] = [];
      {
        const body = text.slice(claim.start, claim.end);
        const m = TWO_QUOTES_JOINED.exec(body);
        if (m) {
          parts.push({ start: claim.start, end: claim.start + m.index + 1 });
          const second = claim.start + m.index + m[0].length;
          const firstEnd = SENTENCE_END_BEFORE_CAPITAL.exec(text.slice(second, claim.end));
          let e2 = firstEnd ? second + firstEnd.index + 1 : claim.end;
          while (e2 > second && /[\s”"]/.test(text[e2 - 1] as string)) e2--;
          parts.push({ start: second, end: e2 });
        } else {
          // ("said C1 and that C2" stays one claim: one cue, one statement)
          parts.push(claim);
        }
      }
      for (const part of parts) {
        emit(c, ci, r, part, sentenceStart, si, sentence, indexOfClause);
        for (const o of r.also ?? []) emit(c, ci, { ...r, outlet: o.outlet, outletMention: o.mention, also: [] }, part, sentenceStart, si, sentence, indexOfClause);
      }
    });
    for (const [ci, c] of clauses.entries()) {
      if (!c.relation) continue;
      const from = indexOfClause.get(ci);
      const to = indexOfClause.get(c.relation.to);
      if (from !== undefined && to !== undefined) relations.push({ from, to, type: c.relation.type });
    }
    for (const [oi, ii] of citesPairs) {
      const from = indexOfClause.get(oi);
      const to = indexOfClause.get(ii);
      if (from !== undefined && to !== undefined) relations.push({ from, to, type: 'cites' });
    }
  }
  // "..., a report said. The Edge Review said C2": an unnamed report is the medium the story goes on to name
  if (records.length > 0) {
    resolveForwardReports({
      text, sentences, records, recordSentence, reporter: recordReporter, mentions, subjects: recordSubject,
      mediumAt: unnamed<ForwardScene['mediumAt']>((np, pos) => mediumNamed(np, pos, sentences.length - 1, () => text.slice(Math.max(0, pos - 1500), pos + 200))?.outlet ?? unfamiliarOutletName(np, true)?.outlet ?? null),
      fitsKind: unnamed<ForwardScene['fitsKind']>((np, outlet) => {
        const kind = anaphorKind(np.replace(/^(?:an?|one)\s+/i, ''));
        const listed = lookupOutlet(outlet)?.kind ?? null;
        // (state media are papers, broadcasters and agencies alike)
        return !kind || listed === 'state-media' || kindFits(kind, listed);
      }),
    });
  }
  for (const r of relationsOf(records, recordClauses.map((r) => r.clause.lemma), relations)) relations.push(r);
  readAustralianPolice(text, records);
  qualifySharedTitles(text, records);
  return { attributions: records, relations: dedupeRelations(relations) };
}

/** "him" as a word */
const OBJECT_HIM = /(?<![\p{L}])him(?![\p{L}])/u;
/** a lower-case word right after a name: " management", " officials" */
const NOUN_AFTER_NAME = /^ \p{Ll}\p{Ll}/u;
/** a mention that starts with a name, not with an article ("The 84-year-old") */
const NAME_START = /^(?!(?:The|A|An)\s)\p{Lu}/u;
/** "Globo" for "O Globo": the word of a title made of an article and one word, else null */
function articleTitleWord(name: string): string | null {
  // (ARTICLE_TITLE's articles start with one of these capitals: most names are turned away by their first letter)
  const c = name.charCodeAt(0);
  if (c !== 79 && c !== 65 && c !== 76 && c !== 69 && c !== 73 && c !== 68 && c !== 72) return null;
  const m = ARTICLE_TITLE.exec(name);
  return m ? (m[1] as string) : null;
}
/** A medium's name folded to its letters and digits: "Folha de S. Paulo" and "Folha de S.Paulo" fold alike. */
function foldedName(s: string): string {
  const lower = s.toLowerCase();
  const folded = isPlainAsciiName(s) ? lower : lower.replace(/[^\p{L}\p{N}&]+/gu, ' ').trim();
  return folded.startsWith('the ') ? folded.slice(4) : folded;
}

/** ASCII letters, digits and '&' in words one space apart: a name that foldedName's replace and trim leave as it is. */
function isPlainAsciiName(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 32) return false;
    } else if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 38)) return false;
  }
  return true;
}
/** raw (after a media noun: "newspaper X", "the daily X") names the entry as listed, spaced or punctuated otherwise. */
/** In a medium's slot ("told Bild", "in an interview with Rai") a gazetteer name needs no article or media word. */
// ("newspaper Folha de S. Paulo": a listed name spaced or punctuated otherwise, after its media noun)
function listedInSlot(raw: string): { outlet: string; mention: string; speaker: null } | null {
  const exact = lookupOutlet(raw);
  return exact && ([exact.canonical, ...exact.aliases].includes(raw.replace(/^the\s+/i, '')) || spelledAs(exact, raw)) ? { outlet: exact.canonical, mention: raw, speaker: null } : null;
}

function spelledAs(entry: { canonical: string; aliases: string[] }, raw: string): boolean {
  const name = foldedName(raw.replace(/^(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:newspaper|daily|paper|magazine|weekly|tabloid|broadcaster|channel|network|station|news agency|agency)\s+(?=\p{Lu})/u, ''));
  return [entry.canonical, ...entry.aliases].some((n) => foldedName(n) === name);
}

/** "Russia's RBC reported that C", "Rossiya TV said C": a medium the gazetteer does not know, by its frame. */
// (its own function: its rare branches would otherwise deoptimise extract() when first reached)
function unfamiliarMediumRole(role: Role, c: Clause, text: string, actors: () => ActorResolver): Role {
  if (!role.isOutlet && role.speaker && !role.skip && c.subject && !(c.kind === 'participle' && c.inheritFrom !== null)) {
    // ("The Kabul Times quoted X as saying C": a name that quotes someone's words is a medium's as much as one that reports)
    const quoting = (c.lemma === 'quote' || c.lemma === 'cite') && c.citing !== null;
    const reporting = quoting || c.lemma === 'report' || c.lemma === 'according to' || (c.kind === 'prep-lead' || c.kind === 'prep-trail') && /^(?:according to|as reported by)$/i.test(c.cue);
    const clauseContent = quoting || c.kind !== 'pre' || (c.claim !== null && /\bthat\s*$/.test(text.slice(c.cueEnd, c.claim.start)));
    const raw = clean(text, c.subject) ?? '';
    const named = unfamiliarOutletName(raw, reporting && clauseContent) ?? newspaperShapedName(raw, c.lemma) ?? callSignOfNoActor(raw, c.lemma, clauseContent) ??
      (raw.length > 12 && (c.lemma === 'report' || c.lemma === 'say' || c.lemma === 'according to') ? ownedMediumName(raw, c.lemma) : null);
    if (named) role = { outlet: named.outlet, outletMention: named.mention, speaker: null, isOutlet: true };
    // a gazetteer name the mention scanner passed over for want of an article ("says Marca")
    // (only after the cue or "according to": "Metro said" is a company, "says Marca" a medium)
    // ("PEOPLE confirmed that C": a title that is an ordinary word, in the capitals the magazine styles it with, reporting in running text)
    // ("a Guardian story, which said C": so is a name that modifies a report noun)
    const styled = !named && raw.length >= 4 && isStyledCommonWordTitle(raw) && /\p{Ll}/u.test(c.cue);
    const exact = !named && (styled || c.kind === 'inverted' || c.kind === 'prep-lead' || c.kind === 'prep-trail' || c.kind === 'report-noun') ? lookupOutlet(raw) : null;
    if (exact && [exact.canonical, ...exact.aliases].includes(raw.replace(/^the\s+/i, ''))) role = { outlet: exact.canonical, outletMention: raw, speaker: null, isOutlet: true };
    // "Gawker ran a story called "T"": a name that publishes stories is a medium (no person, place or known body)
    else if (!named && c.lemma === 'report' && PRESS_WORK_CUE.test(c.cue) && SHORT_CAPITALISED_NAME.test(raw) && !safe(() => actors().isPersonName(raw)) && !isKnownActorName(raw) &&
        !safe(() => { const k = actors().canonicalSpeaker(raw); return k ? actors().kindOf(k) === 'place' || actors().kindOf(k) === 'person' : false; })) {
      role = { outlet: raw, outletMention: raw, speaker: null, isOutlet: true };
    }
    // "..., reports Relevo." / "..., Relevo reports.": only a medium reports a rumour in that frame
    else if (!named && !c.forwardOutlet && c.lemma === 'report' && (c.kind === 'inverted' || (c.kind === 'post' && /^reports$/i.test(c.cue))) && SHORT_CAPITALISED_NAME.test(raw) &&
        !safe(() => actors().isPersonName(raw)) && !safe(() => { const k = actors().canonicalSpeaker(raw); return k ? actors().kindOf(k) === 'place' || actors().kindOf(k) === 'person' : false; })) {
      role = { outlet: raw, outletMention: raw, speaker: null, isOutlet: true };
    }
    // ("BNS reports": a name read as a medium by its frame is the listed medium it spells, under that medium's name)
    if (role.isOutlet && role.outlet === raw) {
      const listed = lookupOutlet(raw);
      if (listed && [listed.canonical, ...listed.aliases].includes(raw)) role = { ...role, outlet: listed.canonical };
    }
  }
  return role;
}

/** callSignOutlet, unless the name is a known actor's (the shape test, which mostly fails, before the name lookups) */
function callSignOfNoActor(raw: string, lemma: string, withContent: boolean): { outlet: string; mention: string } | null {
  const station = callSignOutlet(raw, lemma, withContent);
  return station && !isKnownActorName(raw) ? station : null;
}

/** "ran a story called", "published an article titled", "was first with the news": a press work in the cue */
const PRESS_WORK_CUE = /\b(?:story|article|piece|editorial|column|headline|op-ed)\b[^]*\b(?:called|titled|entitled|headlined|headline|title)\b|^(?:was|were|is|are|has been|had been)\s+(?:the\s+)?first\s+with\s+the\s+news/;

/** "was quoted by", "quoted by ... as saying", "cited by": a cue whose agent quoted the statement */
const QUOTED_BY_CUE = /\b(?:quoted|cited)\s+by\b/i;
/** A name of one to three capitalised words, perhaps after "the": "Nipashe", "the Kivu Sentinel" */
const QUOTER_NAME = /^(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u;
/** "The Kathmandu Evening Courier": "The", capitalised words, and a newspaper's name word (the last in group 1) */
const NEWSPAPER_SHAPED = /^[Tt]he\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(\p{Lu}\p{Ll}+)$/u;
/** "The Standard", "the Nation": the article and one word that names newspapers the world over */
const PAPER_WORD = String.raw`(?:Times|Post|Herald|Tribune|Gazette|Chronicle|Observer|Standard|Star|Nation|Citizen|Monitor|Courier|Examiner|Inquirer|Sentinel|Mercury|Echo|Telegraph|Independent|Express|Mirror|Mail|Sun|Guardian|Globe|Journal|Statesman|Pioneer|Punch)`;
const ONE_WORD_PAPER = new RegExp(String.raw`^[Tt]he\s+${PAPER_WORD}$`);
/** "privately owned", "The state-run": who owns a medium, before its name ("Privately owned Radio Zamaneh said") */
const OWNERSHIP_DESCRIPTOR = /^(?:[Tt]he\s+)?(?:(?:[Pp]rivately|[Pp]ublicly|[Ss]tate|[Gg]overnment|[Ii]ndependently|[Ff]amily|[Cc]hurch|[Aa]rmy|[Mm]ilitary|[Pp]arty|[Oo]pposition)[- ](?:owned|run|funded|controlled|backed)|[Ii]ndependent|[Pp]ro-government)\s+(?=\p{Lu})/u;
/** A name in a medium's slot ("in an interview with Harare Weekly", "told the Accra Mercury"): capitalised words ending in a newspaper's name word (1). */
const PAPER_NAME_IN_SLOT = /^(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(\p{Lu}\p{Ll}+)$/u;
/** a paper's last name word in a medium's slot: the words above, and "Weekly", "Daily", "Today" */
const PAPER_SLOT_TAIL = new RegExp(String.raw`^(?:${PAPER_WORD}|Weekly|Daily|Today)$`);

/** A name shaped like a newspaper's in a medium's slot, when no gazetteer knows it as a person, place or body. */
function paperNameInSlot(raw: string): { outlet: string; mention: string } | null {
  const m = PAPER_NAME_IN_SLOT.exec(raw);
  if (!m || !(isNewspaperTail(m[1] as string) || PAPER_SLOT_TAIL.test(m[1] as string))) return null;
  const name = raw.replace(/^the\s+/i, '');
  if (isKnownActorName(name) || isCountryOrCapital(name.split(/\s+/)[0] as string) && name.split(/\s+/).length === 1) return null;
  return { outlet: name, mention: raw };
}

/** "Radio Zamaneh", "TV Rain": a medium word, then the name */
const RADIO_FIRST_NAME = /^(?:Radio|TV|Television)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?$/u;
/** "Privately owned Radio Zamaneh", "The state-run Tanzania Daily Bulletin": an unfamiliar medium's name after who owns it. */
function ownedMediumName(raw: string, lemma: string): { outlet: string; mention: string } | null {
  const d = OWNERSHIP_DESCRIPTOR.exec(raw);
  if (!d) return null;
  const name = raw.slice(d[0].length);
  if (RADIO_FIRST_NAME.test(name)) return { outlet: name, mention: name };
  return mediumNameRole(name) ?? unfamiliarOutletName(name, false) ?? newspaperShapedName(`The ${name.replace(/^the\s+/i, '')}`, lemma);
}
/** "The Kathmandu Evening Courier reported C": a name shaped like a newspaper's that reports or says, when no gazetteer knows it otherwise. */
function newspaperShapedName(raw: string, lemma: string): { outlet: string; mention: string } | null {
  if (lemma !== 'report' && lemma !== 'say' && lemma !== 'according to' && lemma !== 'quote' && lemma !== 'cite') return null;
  // "The Standard reported C", "according to the Nation": "The" and one word that is a newspaper's name
  if (ONE_WORD_PAPER.test(raw)) return { outlet: `The ${raw.slice(4)}`, mention: raw };
  const m = NEWSPAPER_SHAPED.exec(raw);
  if (!m || !isNewspaperTail(m[1] as string) || isKnownActorName(raw.slice(4))) return null;
  return { outlet: raw.slice(4), mention: raw };
}

/** A word in capitals only: "PEOPLE", "TIME". */
const ALL_CAPITALS = /^\p{Lu}+$/u;

/** "PEOPLE", "TIME", "ELLE": a word in capitals whose lower case is an ordinary English word. */
function isStyledCommonWordTitle(raw: string): boolean {
  return ALL_CAPITALS.test(raw) && isCommonWord(raw.toLowerCase());
}

/** Words that may stand capitalised right before an outlet's name without being part of it. */
const OUTLET_PREFIX_WORD = /^(?:[\p{Lu}][\p{L}.-]*['’]s?|(?:Pro|Anti)-[\p{L}-]+|\p{Lu}[\p{L}]*-(?:based|owned|run|funded|backed|affiliated|controlled|linked|language|friendly|leaning|aligned|sponsored|oriented|allied|supported|operated)|Il|Lo|La|Le|El|Der|Die|Das|Newspapers?|Dailies|Papers|Tabloids?|Broadcasters?|Agencies|Magazines?|Weeklies|Outlets|Websites|US|U\.S\.|UK|U\.K\.|EU|Arab|Thai|Greek|Swiss|Dutch|Czech|Kurdish|British|French|German|Israeli|\p{Lu}[\p{L}-]*(?:an|ian|ese|ish|i|ch|ic|ean))$/u;
const SENTENCE_HEAD_WORDS = /^(?:Yesterday|Today|Meanwhile|Separately|Earlier|Later|Now|Also|And|But|When|While|As|If|On|In|At|Then|However|Last|This|Both|Only|Even|So|Sources|Officials|A|An|One|Another|Two|Three|Several|Some|Many|His|Her|Its|Their|Our|That|These|Those|For|From|With|By|After|Before|Unlike|Like|Per|Via)$/;

const CAPITALISED_WORD_BEFORE = /(\p{Lu}[\p{L}\p{N}.'’&-]*)[ \t]+$/u;
const INITIALS = /^(?:\p{Lu}\.)+$/u;
/** ("In December Reuters reported": a month before the name is a time, not part of a longer name) */
const ACRONYM_OR_WEEKDAY = /^(?:[A-Z]{2,}|\p{Lu}\p{Ll}+day|January|February|March|April|May|June|July|August|September|October|November|December|Yesterday|Today|Tonight|Overnight)$/u;

/** "the China Economic Times": a gazetteer alias ("Times") inside a longer proper noun is not that outlet. */
/**
 * The gazetteer entry a publisher's name is, perhaps with an edition after it ("Reuters UK", "CNN International"),
 * not one named inside it ("International Business Times UK" is not "The Business Times").
 */
function listedPublisher(name: string): OutletEntry | null {
  const entry = lookupOutlet(name);
  if (!entry) return null;
  const folded = name.toLowerCase().replace(/^the\s+/, '');
  return [entry.canonical, ...entry.aliases].some((n) => folded.startsWith(n.toLowerCase().replace(/^the\s+/, ''))) ? entry : null;
}

/** Puts m among the mentions in start order, unless it overlaps one of them. */
function insertMention(mentions: OutletMention[], m: OutletMention): void {
  let i = mentions.length;
  while (i > 0 && (mentions[i - 1] as OutletMention).start > m.start) i--;
  if (!mentions.some((o) => o.start < m.end && m.start < o.end)) mentions.splice(i, 0, m);
}

function insideLongerName(text: string, start: number): boolean {
  if (/^the /i.test(text.slice(start, start + 4))) return false;
  const m = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (!m) return false;
  const word = m[1] as string;
  // ("the pro-Kremlin Izvestia": a capitalised word after a hyphen is part of a modifier of the name)
  if (text.charCodeAt(Math.max(0, start - 40) + m.index - 1) === 45) return false;
  // ("near Quneitra. SANA said": the word before ends the sentence before)
  if (/\.$/.test(word) && !INITIALS.test(word)) return false;
  // ("U.S.-based Newsweek": a compound modifier describing the medium)
  if (/-(?:based|owned|run|funded|backed|controlled|language)$/.test(word)) return false;
  if (OUTLET_PREFIX_WORD.test(word) || SENTENCE_HEAD_WORDS.test(word)) return false;
  if (ACRONYM_OR_WEEKDAY.test(word)) return false;
  return true;
}

/** The text around a sentence an outlet role may look at: up to 400 characters before it, and the sentence.
 * (A closure returned unnamed: tsx's keepNames would give a named one a defineProperty call each time it is made.) */
function contextOf(text: string, sentence: Span): () => string {
  return () => text.slice(Math.max(0, sentence.start - 1500), sentence.end);
}

function trimSpanOf(text: string, s: Span): Span {
  let e = s.end;
  while (e > s.start && /[\s.!?]/.test(text[e - 1] as string)) e--;
  return { start: s.start, end: e };
}

// ("A week ago, the BBC reported", "On March 3, the paper said": a fronted date governs the sentence's cues)
const LEADING_DATE = /^(?:On|Last|Earlier|Late|Early)\s+(?:\p{L}+\s+){0,2}?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|week|night)\b|^(?:Yesterday|Today)\b|^(?:A|An|One|Two|Three|Four|Five|Six|Seven|Ten)\s+(?:days?|weeks?|months?)\s+ago\b|^On\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b/u;

function leadingDate(text: string, sentence: Span): string | null {
  const head = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40));
  const m = LEADING_DATE.exec(head);
  return m ? m[0] : null;
}

function safe<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

function dedupeRelations(rs: Relation[]): Relation[] {
  const seen = new Set<string>();
  return rs.filter((r) => {
    const k = `${r.from}:${r.to}:${r.type}`;
    if (seen.has(k) || r.from === r.to) return false;
    seen.add(k);
    return true;
  });
}

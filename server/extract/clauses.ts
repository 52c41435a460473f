// Reporting clauses inside one sentence: for every cue, where its subject (speaker or
// outlet), its object ("told AFP"), its "citing X" and its content are. Works on character
// offsets of the whole article text; no regex here scans more than a bounded stretch.
import { VIA_MEDIUM_AT } from './via-medium.js';
import { frontedQuotedBy } from './fronted-quoted-by.js';
import { isActLemma } from './reported-act.js';
import {
  AUX_ADVERBS, BE_FORMS, CONTINUATION_PARTICIPLES, type CueHit, findCues, type VerbForm, isWordCode, NEGATIONS, OBJECT_VERBS, PREPOSITIONAL_CUES, QUOTE_ONLY_NO_THAT, QUOTE_ONLY_VERBS, REPORT_NOUNS,
  THAT_ONLY_VERBS, VERB_FORMS,
} from './cues.js';
import { AsciiWordBits, isBlankAt, isLeadingJunkAt, isPhraseStopAt, isSpaceOrCommaAt, isTrailingJunkAt, splitWordCount, startsWithCapital, startsWithLowercase } from './chars.js';
import {
  ADVERB_AT, AUDIENCE_OBJECT_AT, CITING_AT, CLOCK_AT, DATE_AT, LEADING_ADVERBIAL, LINE_PREFIX, mayBeDateAt, NAMED_OBJECT_AT, PLATFORM_AT,
  SETTING_AT, TO_AUDIENCE_AT, CLOSING_PLACE_AT, PLATFORM_ACCOUNT,
} from './frames.js';
import { outletListAfter, outletListSubject } from './outlet-lists.js';
import { isDemonymLike, namesPaperAlone } from './outlet-roles.js';
import { appositiveRelativeEnd, speakerBeforeWho } from './relative-speaker.js';
import { interviewerOf } from './interviewer.js';
import { cleftSubject } from './cleft-subject.js';
import { isPlaceTail } from './place-tail.js';
import { DATE_PHRASE } from './dates.js';
import { relativeGapClauses, sentenceSubject } from './relative-gap.js';
import { impersonalReports } from './impersonal-report.js';
import { ownedClaims } from './owned-claim-noun.js';
import { reportedByMedium, reportedSubjectStart } from './reported-by-medium.js';
import { shareCoordinatedMedium } from './coordinated-medium.js';
import { titledStory } from './titled-story.js';
import { afterLeadingAdjuncts } from './leading-adjunct.js';
import { ROLE_NOUNS, TITLE_WORDS } from './lexicon/roles.js';
import { isAbbreviationPeriod, type Span } from './sentences.js';

export type ClauseKind = 'pre' | 'post' | 'inverted' | 'participle' | 'prep-lead' | 'prep-trail' | 'report-noun' | 'passive' | 'frame-only';

export interface Clause {
  kind: ClauseKind;
  lemma: string;
  cue: string;
  cueStart: number;
  cueEnd: number;
  /** the speaker or outlet phrase as written */
  subject: Span | null;
  /** object of told/informed, or the medium of "in an interview with X", "as quoted by X" */
  medium: Span | null;
  /** "citing X" / "quoting X" */
  citing: Span | null;
  claim: Span | null;
  /** where this clause's own words start (cuts the content of clauses before it) */
  frameStart: number;
  dateText: string | null;
  /** index (within the sentence's clauses) this one takes its speaker from (participles) */
  inheritFrom: number | null;
  /** relation of this clause's claim to another clause in the same sentence */
  relation: { to: number; type: 'confirms' | 'contradicts' } | null;
  /** the claim is the quotation of the previous sentence */
  quoteFromPrevious: boolean;
  /** "this was denied by X": the claim is the previous attribution's */
  claimIsPrevious: boolean;
  /** "This was reported by X": the claim is the whole previous sentence */
  claimIsPreviousSentence?: boolean;
  /** "was quoted as saying" without a medium: the outlet the passage is reporting from */
  inFocus?: boolean;
  /** a headline tag ("– report"): the outlet may be named only later in the article */
  forwardOutlet?: boolean;
  /** a frame set off by commas inside another clause's content ("... because, they claimed, C") */
  parenthetical?: boolean;
  /** "S, according to M, said C" (a frame-only clause): S, the speaker of the verb after the frame */
  speakerBefore?: Span;
}

const DISPUTE_LEMMAS = new Set(['deny', 'confirm', 'dispute', 'reject', 'dismiss']);

/** "a Bloomberg report that C", "a report by the Post that C" right after pos: the medium's span and where C starts. */
function namedReportAfter(ctx: SentenceContext, pos: number, end: number): { source: Span; claimStart: number } | null {
  const { text } = ctx;
  const tail = text.slice(pos, Math.min(end, pos + 200));
  const ro = REPORT_OBJECT.exec(tail);
  let source: Span;
  let after: number;
  if (ro) {
    const np = phraseAfter(text, pos + ro[0].length, end);
    if (!np) return null;
    source = np;
    after = np.end;
  } else {
    const rp = REPORT_OBJECT_POSSESSIVE.exec(tail);
    if (!rp) return null;
    const name = (rp[1] ?? rp[2]) as string;
    const st = pos + rp[0].indexOf(name);
    source = { start: st, end: st + name.length };
    const om = ctx.outletAt(st);
    if (om && om.start < st && om.end >= source.end) source = { start: om.start, end: source.end };
    after = pos + rp[0].length;
  }
  // ("reports of the broadcaster that said that C": a relative clause with the report's own verb)
  const link = /^[ \t]*,?[ \t]*(?:(?:saying|stating|claiming|alleging|suggesting)[ \t]+|(?:that|which)[ \t]+(?:said|says|reported|claimed|claims|stated|suggested|alleged)[ \t]+)?that[ \t]+/u.exec(text.slice(after, after + 40));
  return link && after + link[0].length < end ? { source, claimStart: after + link[0].length } : null;
}

/** Verbs that appear inverted after a quotation: '"C," said the minister.' */
const INVERTING = new Set(['say', 'add', 'write', 'report', 'explain', 'warn', 'note', 'insist', 'state', 'claim', 'declare', 'argue', 'recall', 'tweet', 'post', 'comment', 'respond', 'reply',
  'clarify', 'observe', 'shout', 'yell', 'scream', 'exclaim', 'howl', 'conclude', 'caution', 'complain', 'read',
  'vow', 'pledge', 'charge', 'counter', 'boast', 'joke', 'fume', 'continue', 'insist', 'admit', 'concede', 'acknowledge',
  'confirm', 'stress', 'reiterate', 'emphasise', 'emphasize', 'announce']);
/** Of those, verbs that invert only after a quotation ('"We will rebuild," stressed the mayor'; "The union had, however, confirmed the strike" is no inversion) */
const INVERTING_AFTER_QUOTE_ONLY = new Set(['confirm', 'stress', 'reiterate', 'emphasise', 'emphasize', 'announce']);
/** A reporting verb agreeing with a plural subject right after a noun: " suggest", " say", " claimed". */
// (not "reports state broadcaster NHK": "state" before a media noun describes the medium after an inverted verb)
const VERB_OF_PLURAL_SUBJECT = /^[ \t]+(?:say|said|suggest|suggested|claim|claimed|indicate|indicated|allege|alleged|state(?![ \t-]+(?:run|owned|controlled|broadcaster|media|television|TV|radio|news|newspaper|daily|agency|outlet|channel|network)(?![\p{L}]))|stated|show|showed)(?![\p{L}])/u;
const NOUNABLE = new Set(['report', 'reports', 'claim', 'claims', 'comment', 'comments', 'note', 'notes', 'estimate', 'estimates', 'tweet', 'tweets', 'post', 'posts', 'question', 'questions', 'quote', 'quotes', 'dispute', 'disputes', 'warning', 'warnings', 'read', 'reading', 'briefing', 'writing', 'posting', 'statement', 'denial', 'denials', 'brief', 'state', 'states', 'add', 'adds', 'reject', 'stress', 'say']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'media', 'news', 'new', 'latest', 'earlier', 'previous', 'any', 'no', 'such', 'whose', 'initial', 'final', 'recent', 'official', 'one', 'two', 'several', 'some', 'many', 'multiple', 'other', 'press', 'first', 'further', 'unconfirmed', 'local', 'conflicting', 'separate', 'own', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'overnight', 'exclusive']);
/** Base forms that are too often nouns or other words to count as cues. */
const SKIP_BASE = new Set(['find', 'respond', 'reply', 'state', 'read', 'post', 'brief', 'quote', 'note', 'question', 'estimate', 'comment', 'tweet', 'dispute', 'claim', 'reject', 'add', 'stress', 'maintain', 'recall', 'predict', 'suggest', 'indicate', 'conclude', 'agree', 'dismiss', 'confirm', 'announce', 'admit', 'reveal', 'disclose', 'complain', 'speculate', 'testify', 'emphasize', 'emphasise', 'assert', 'allege', 'argue', 'contend', 'declare', 'assure', 'inform', 'explain', 'acknowledge', 'write', 'tell', 'warn']);
const CLAUSE_PRONOUNS = new Set(['there', 'it', 'he', 'she', 'they', 'we', 'i', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'no', 'none', 'all', 'both', 'some', 'nobody', 'everything', 'nothing', 'russia', 'israel']);
const ADVERBIAL_STARTERS = new Set(['on', 'in', 'at', 'after', 'before', 'as', 'even', 'when', 'while', 'since', 'during', 'following', 'despite', 'amid', 'last', 'earlier', 'however', 'meanwhile', 'also', 'but', 'instead', 'just', 'separately', 'later', 'so', 'yet', 'still', 'then', 'now', 'today', 'yesterday', 'although', 'though', 'because', 'if', 'once', 'until', 'with', 'without', 'from', 'over', 'under', 'within', 'among', 'moreover', 'furthermore', 'additionally', 'indeed', 'thus', 'therefore', 'nevertheless', 'overnight', 'early', 'late', 'hours', 'days', 'weeks', 'minutes', 'shortly', 'soon', 'speaking', 'asked', 'questioned', 'pressed', 'writing', 'responding', 'talking', 'addressing', 'interviewed', 'testifying', 'appearing', 'commenting', 'replying', 'reacting', 'according', 'citing', 'quoting', 'quoted', 'cited', 'firstly', 'secondly', 'thirdly', 'finally', 'lastly', 'unlike', 'like', 'by', 'for', 'to', 'through', 'throughout', 'against', 'regarding', 'about', 'in addition', 'including', 'notably', 'especially', 'particularly']);
/** The start of a setting between a subject and its verb: ", speaking to the BBC,", ", in an interview with Le Monde,". */
const SETTING_ASIDE_START = /^(?:citing|quoting|speaking|talking|writing|appearing|commenting|responding|replying|in|on|at|during)[ \t]/;
const APPOSITIVE_STARTERS = /^(?:the|a|an|who|which|whose|now|then|formerly|himself|herself|itself|themselves|both|each|one|also|currently|previously|[\p{Ll}])/u;
const CLAUSE_WORDS = /\s(?:and|but|while|after|as|because|since|when|where|although|though|whereas|so|then|that|which|who|if|until|before|once)\s/giu;
/** After "who": a verb, so the pronoun is the relative clause's subject ("who asked not to be named", "who spoke on condition") */
const WHO_THEN_VERB = /^(?:\p{Ll}{2,}ed|was|were|is|are|has|had|have|did|does|would|will|could|can|may|spoke|knows|knew|saw|took|gave|led|heads|leads|runs|ran|works|lives|met|wants|sought|declines|requests|asks|insists|speaks)(?![\p{L}])/u;
const SUBORDINATORS = /\s(?:after|because|since|when|while|although|though|whereas|before|until|once|if)\s/giu;
const MAIN_VERB_IRREGULAR = new Set(['did', 'does', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'spoke', 'gave', 'made', 'took', 'held', 'met', 'sent', 'put', 'told', 'said', 'wrote', 'came', 'went', 'got', 'set', 'led', 'left', 'kept', 'began', 'brought', 'saw', 'found', 'says', 'tells', 'writes', 'slammed', 'rejected', 'issued', 'released', 'delivered', 'unveiled', 'published', 'condemned', 'criticised', 'criticized', 'urged', 'called']);
const NOUN_STATEMENT = /(?:issued|released|put out|published|delivered|made|posted|sent|gave|shared|circulated|ran|carried|printed|aired|broadcast|(?<![\p{L}])broke)\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:statement|communiqu[eé]|warning|message|note|letter|report|post|video|address|speech|response|reply|declaration|notice|article|story|piece|editorial|(?<=broke\s+the\s+)news)\s*(?:[\p{L}\d,-]+\s+){0,8}?$/iu;
const NOUN_WARNING_BEFORE = /(?:issued|released|put out|published|delivered|made|sent|gave|broadcast|aired|ran|carried)\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?$/iu;
const REPORT_OBJECT = /^[ \t]+(?:(?:(?:a|an|the|earlier|recent|new|media|press|news|these|those|such|previous|prior|initial)[ \t]+){1,3}(?:[\p{L}'’-]+[ \t]+){0,3}?(?:report|reports|story|stories|article|claim|claims|allegation|allegations|account)|reports|claims|allegations|stories|assertions|accusations|suggestions)(?:[ \t]+(?:on[ \t]+|last[ \t]+|earlier[ \t]+|this[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|today|yesterday)(?:[ \t]+(?:morning|afternoon|evening|night))?)?[ \t]+(?:by|from|in|issued by|published by|carried by|of|on)[ \t]+/iu;
const REPORT_OBJECT_POSSESSIVE = /^[ \t]+(?:((?:the[ \t]+)?\p{Lu}[\p{L}\p{N}.&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.&-]*){0,4})['’]s?|(?:a|an|the)[ \t]+(?:(?:new|recent|earlier|separate|latest)[ \t]+)?(\p{Lu}[\p{L}\p{N}.&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.&-]*){0,4}))[ \t]+(?:[\p{L}-]+[ \t]+)?(?:report|story|article|claims?)(?![\p{L}])/u;
const ANAPHORIC_REPORT_OBJECT = /^[ \t]+(?:the|that|this|these|those|such)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:report|reports|story|claim|claims|allegation|allegations|account)(?![\p{L}])/iu;
/** "a report issued by The Washington Post", "the Post's story": a medium's report named by its medium (an object with nothing after it) */
const NAMED_REPORT_OBJECT = new RegExp(String.raw`^[ \t]+(?:(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:report|story|article)[ \t]+(?:(?:issued|published|carried|aired|broadcast|released|run)[ \t]+)?(?:by|in|from|on)[ \t]+(?:the[ \t]+)?\p{Lu}[^,;:"“”.]{1,50}?(?=[ \t]*(?:[,.!;]|$|[ \t](?:on|last|earlier)[ \t]))` +
  String.raw`|(?:the[ \t]+)?\p{Lu}[\p{L}.&-]*(?:[ \t]+\p{Lu}[\p{L}.&-]*){0,3}['’]s?[ \t]+(?:[\p{L}-]+[ \t]+)?(?:report|reports|story|article|claims?)(?![\p{L}]))`, 'u');
// ("told the club's website": an owner's possessive among the words before the medium noun)
const MEDIUM_OBJECT_AT = /[ \t]+((?:the[ \t]+|a[ \t]+)?(?:[\p{L}-]+(?:['’]s)?[ \t]+){0,3}?(?:newspaper|paper|daily|agency|news agency|broadcaster|outlet|network|channel|station|magazine|website|site|television|TV|radio|media|podcast|newsletter|blog|publication|tabloid|news site|news portal|portal|wire service|news wire|newswire|medium|programme|program|show)(?:[ \t]+(?:station|channel|network|news|outlet|organi[sz]ation))?)(?![\p{L}])/iuy;

/** Before "reports that": a preposition or verb that makes it a noun (1), and its modifiers (2). */
/** "said in ", "wrote in ": a word (a finite reporting verb: isFiniteCueForm), then the setting its words were in */
const CUE_THEN_IN = /(\p{L}+)[ \t]+in[ \t]+$/u;
const UNNAMED_REPORTS_BEFORE = /(?:^|[ \t])((?:[Aa]mid|[Aa]fter|[Ff]ollowing|[Dd]espite|[Rr]egarding|[Oo]ver|[Aa]bout|[Oo]n|[Oo]f|[Tt]o|[Aa]t|denying|dismissing|rejecting|denied|dismissed|rejected|denies|dismisses|rejects|received|receiving|receives|heard))?[ \t]*((?:["“‘']?(?:a|the|these|those|such|recent|earlier|new|online|local|foreign|false|unconfirmed|some|several|multiple|conflicting|media|press|news|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch))["”’']?[ \t]+){0,3})$/u;
/** Reports without a named medium inside a denied noun phrase: "reports", "German media reports", "false reports". */
const UNNAMED_REPORTS = /[ \t]+(?:(?:recent|earlier|new|online|local|foreign|false|unconfirmed|some|several|multiple|media|press|news|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch))[ \t]+){0,3}reports?(?=[ \t])/u;
/** The determiners and modifiers before a disputed noun: "recent tabloid reports", "German media reports". */
const DENIED_NOUN_MODIFIERS = String.raw`(?:(?:the|a|any|all|those|these|media|press|news|recent|earlier|new|online|local|foreign|false|unconfirmed|several|some|multiple|tabloid|newspaper|internet|widespread|persistent|repeated|baseless|fresh|latest|further|renewed|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch))[ \t]+){0,3}`;
// ("pushed back on reports that C", "railed against claims that C": the preposition of a phrasal cue first)
const DENIED_NOUN_THAT = new RegExp(String.raw`^[ \t]+(?:(?:on|against)[ \t]+)?${DENIED_NOUN_MODIFIERS}(?:suggestions?|reports?|stor(?:y|ies)|articles?|claims?|rumou?rs?|speculation|allegations?|accusations?|assertions?|talk|notions?|the idea)[ \t]+(?:(?:that|which)[ \t]+(?:claimed|said|suggested|alleged|stated|claim|say|suggest)(?:[ \t]+that)?|that|(?:claiming|saying|suggesting|alleging|stating)(?:[ \t]+that)?)[ \t]+`, 'iu');
/** "dismissed reports of a lack of medicine": unnamed reports of a noun phrase. */
const DENIED_NOUN_OF = new RegExp(String.raw`^[ \t]+${DENIED_NOUN_MODIFIERS}(?:reports?|rumou?rs?|claims?|allegations?|speculation|suggestions?)[ \t]+(?:of|about)[ \t]+(?=\S)`, 'iu');
/** "denied a report they had offered ...": a report, then its clause without "that". */
const DENIED_REPORT_BARE = new RegExp(String.raw`^[ \t]+${DENIED_NOUN_MODIFIERS}(?:reports?|rumou?rs?)[ \t]+(?=\S)`, 'iu');
const RELATIVE_SPEAKER = /(,[ \t]*(?:which|that|what)[ \t]+)(he|she|they|(?:the[ \t]+|some[ \t]+|many[ \t]+)?(?:\p{Ll}[\p{Ll}-]*[ \t]+){0,2}(?:sources|officials|police|investigators|witnesses|analysts|experts|critics|residents|authorities|\p{Ll}{3,}(?:ers|ists|ors|ians|ants|ents|ives|ians|ts|ses)|\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}))[ \t]*$/u;
/** A clause without "that": a short subject then an auxiliary ("the talks will resume", "the deal was off"). */
const CLAUSE_AHEAD = /^(?:the|a|an|this|its|his|her|their|some|no|\p{Lu}[\p{L}.'’-]*|\p{Ll}{3,}(?=[ \t]+(?:will|would|could|can|may|might|must|should|had|has|have|was|were|is|are)[ \t]))(?:[ \t]+(?!(?:that|which|who)\b)[\p{L}\d'’-]+(?:\.[\p{L}]+)*\.?){0,4}[ \t]+(?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had)(?![\p{L}])/u;
/** A clause whose subject is a count: "claimed at least 27 people were killed", "confirmed 300 jobs would go". */
const COUNT_CLAUSE_AHEAD = /^(?:(?:at[ \t]+least|at[ \t]+most|more[ \t]+than|fewer[ \t]+than|less[ \t]+than|nearly|almost|about|around|some|over|up[ \t]+to|as[ \t]+many[ \t]+as)[ \t]+)?\d[\d,.]*(?:[ \t]+[\p{L}-]+){0,3}[ \t]+(?:were|was|had|have|has|are|is|will|would|could|died|\p{Ll}{2,}ed)(?![\p{L}])/u;
/** A clause in the present without "that": a noun phrase, then a verb of intent with its infinitive ("shows the company plans to close"). */
const PRESENT_CLAUSE_AHEAD = /^(?:the|a|an|its|his|her|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}\p{Ll}[\p{L}-]*[ \t]+(?:plans|intends|wants|expects|aims|seeks|needs|hopes|refuses|agrees|continues|threatens)[ \t]+to[ \t]+\p{Ll}/u;
/**
 * A clause in the past tense without "that": a name or a short noun phrase, then a past verb that is
 * followed by what a verb takes ("confirmed North Korea launched the rocket", "denied the firm paid
 * bribes"), not a participle used as an adjective ("confirmed the planned merger").
 */
const PAST_CLAUSE_AHEAD = /^(?:\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}|(?:the|a|an|its|his|her|their)[ \t]+(?:\p{L}[\p{L}'’-]*[ \t]+){0,2}\p{L}[\p{L}'’-]*|(?:senior|top|local|foreign|federal|state|hospital|company|party|government|military|police|security|health|school|bank|city|airline)[ \t]+(?:management|officials|executives|officers|staff|leaders|doctors|managers|ministers|commanders|employees|workers|investigators|prosecutors|diplomats|members))[ \t]+(?:had[ \t]+)?(?:\p{Ll}{2,}ed|launched|fired|made|took|gave|sent|paid|sold|won|lost|left|met|hit|struck|shot|killed|began|ran|came|went|got|saw|knew|fell|rose|grew|became|broke|caught|held|kept|led|spent|stood|thought|told|wrote|brought|bought|built|found|felt|set|cut|put)[ \t]+(?:the|a|an|its|his|her|their|this|that|these|those|to|in|on|at|into|from|with|for|by|about|of|as|under|after|before|during|near|through|across|against|back|away|home|again|\d|\p{Lu}|him|them|it|more|no|all|some|two|three|several|up|down|off|out|over)(?![\p{L}])/u;
/**
 * A clause without "that" whose subject is counted or quantified ("two men had been arrested", "nearly 40
 * officials were", "about 300 homes were damaged") or whose verb is a do-auxiliary ("the figures did not
 * include"): a finite verb within a few words.
 */
const COUNTED_CLAUSE_AHEAD = /^(?:(?:about|around|roughly|nearly|almost|some|only|just|more[ \t]+than|fewer[ \t]+than|less[ \t]+than|at[ \t]+least|up[ \t]+to|over)[ \t]+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|several|many|most|few|both|all)(?:[ \t]+(?!(?:that|which|who)(?![\p{L}]))[\p{L}\d'’-]+){1,4}[ \t]+(?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had|did|do)(?![\p{L}])/u;
const DO_CLAUSE_AHEAD = /^(?:the|a|an|its|his|her|their|this|these|those|\p{Lu}[\p{L}.'’-]*)(?:[ \t]+(?!(?:that|which|who)(?![\p{L}]))[\p{L}'’-]+){0,3}[ \t]+(?:did|does|do)[ \t]+not(?![\p{L}])/u;
const PRONOUN_CLAUSE_AHEAD = /^(?:it|he|she|they|we|there)[ \t]+(?:(?:also|still|now|never|already|had|has|have|would|will|could|was|were|is|are)[ \t]+)?(?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had|did|does|do|\p{Ll}{2,}ed|\p{Ll}{2,}s)(?![\p{L}])/u;
/** A bare mass or plural noun, then a finite verb and what follows a verb: "unemployment rose to", "prices had fallen by". */
const BARE_NOUN_CLAUSE_AHEAD = /^\p{Ll}{4,}(?<!ing)[ \t]+(?:(?:had|has|have|was|were|is|are|will|would|could)[ \t]+)?(?:rose|fell|grew|dropped|climbed|jumped|slumped|doubled|tripled|soared|plunged|increased|decreased|declined|risen|fallen|grown|remained|stayed)[ \t]+(?:to|by|from|in|at|sharply|slightly|steadily|again|for|over|above|below|\d)/u;
/** A finite clause without "that" starts the text: what a that-only verb may take as its content. */
/** "conservative candidates would win", "foreign troops had left": bare lower-case plural or mass noun phrase, then a modal or auxiliary */
const BARE_PHRASE_CLAUSE_AHEAD = /^(?!(?:to|for|of|in|on|at|by|with|from|about|that|which|who|whom|what|how|why|when|where|whether|if|not|no|its|his|her|their|our|the|a|an|this|these|those|it|he|she|they|we|you|i)(?![\p{L}]))\p{Ll}[\p{L}-]*(?:[ \t]+(?!(?:any|some|every|each|no|all|both|the|a|an|this|that|these|those|its|his|her|their|our|of|to|for|in|on|at|by|with)(?![\p{L}]))\p{Ll}[\p{L}-]*){0,2}[ \t]+(?:will|would|could|can|may|might|must|should|were|are|had|have)[ \t]+\p{Ll}/u;
function clauseAhead(ahead: string): boolean {
  return CLAUSE_AHEAD.test(ahead) || BARE_PHRASE_CLAUSE_AHEAD.test(ahead) || PAST_CLAUSE_AHEAD.test(ahead) || COUNTED_CLAUSE_AHEAD.test(ahead) || DO_CLAUSE_AHEAD.test(ahead) || PRONOUN_CLAUSE_AHEAD.test(ahead) ||
    BARE_NOUN_CLAUSE_AHEAD.test(ahead) || NAMED_CLAUSE_AT_START.test(ahead);
}
/** After "told (someone)": a clause within a few words ("at least 20 people have been killed"), not "the story of". */
/** Past forms of common irregular verbs, the finite verb of a clause after "told X" ("told X the pair never broke up"). */
const IRREGULAR_PAST = 'broke|spoke|took|gave|made|came|went|got|saw|knew|fell|rose|grew|became|began|ran|won|lost|left|met|sent|paid|sold|held|kept|led|found|thought|brought|bought|built|felt|meant|stood|spent|wrote|struck|fled|fought|caught|drove|flew|hid|threw|chose|forgot|understood|withdrew|shot|hit|quit|cut|put|set';
/** "when she did not hear from him, she went ...": a subordinate clause with its own verb, a comma, then a subject and a finite verb. */
const FRONTED_SUBORDINATE_CONTENT = new RegExp(String.raw`^\p{Ll}+[ \t]+(?:he|she|they|we|i|it|the[ \t]+\p{L}+|\p{Lu}[\p{L}'’-]*)[ \t]+[^,.;:"“”]{2,120}?,[ \t]+(?:he|she|they|we|I|it|(?:the|his|her|their)[ \t]+\p{L}+|\p{Lu}[\p{L}'’-]*)[ \t]+(?:(?:had|has|have|was|were|is|are|would|could|will|did)|\p{Ll}{2,}ed|${IRREGULAR_PAST})(?![\p{L}])`, 'u');
/** After "told X": a name, perhaps an adverb, then a verb in the present ("Buhari now spends", "Smith still believes"). */
const NAME_THEN_PRESENT_AHEAD = /^\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+)?[ \t]+(?:(?:now|still|also|already|currently|only|often|usually|rarely|no[ \t]+longer)[ \t]+)?(?!(?:news|times|always|perhaps|was|has|is)(?![\p{L}]))\p{Ll}{3,}(?:s|es)(?![\p{L}])/u;
// ("told Reuters the plant, which employs 3,000 people, would close": a relative clause set off on the clause's subject)
const TOLD_CLAUSE_AHEAD = new RegExp(String.raw`^(?!(?:to|for|of|about|with|on|in|not|at[ \t]+(?:a|an|the|his|her|its|their))(?![\p{L}]))(?:(?!(?:that|which|who|whom|whose)[ \t])[\p{L}\d'’-]+(?:,[ \t]*(?:which|who|whose|the|a|an|its|his|her|their)[ \t](?:[^,;:"“”]|,(?=\d)){1,100},|[ \t]*\([^()]{1,100}\))?[ \t]+){0,8}?["“‘]?(?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had|did|does|do|\p{Ll}+ed|${IRREGULAR_PAST})(?![\p{L}])`, 'u');
// (a hyphen joining two words, "CNN-Turk", "state-run", separates no tag)
const HEADLINE_TAG = /(?:\s*[–—]|\s+-|-(?=\s))\s*((?:the\s+|The\s+)?[\p{L}][\p{L}.'’& ]{1,40})$/u;
/** the dash every match of HEADLINE_TAG holds (the regex itself, which may start with blanks, is tried at each character) */
const HEADLINE_TAG_DASH = /[–—-]/;
/** a tag that ends in a reporting verb is the end of a sentence's trailing attribution ("..., al- Ahram online reported.") */
const TAG_ENDS_IN_CUE = /\s(?:said|says|reported|reports|wrote|writes|added|adds|claimed|claims|stated|states)\.?$/;
/** ", and blamed", '” and said': a coordinated verb of saying or blaming, without a subject, after a comma or a closing quotation mark. */
const SPEAKER_PREDICATE_RESUMED = /(?:,|[”"](?=[ \t]))[ \t]+and[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?(?:said|added|blamed|criticized|criticised|accused|urged|warned|insisted|denied|vowed|promised|announced|claimed|noted|stressed|rejected|dismissed|demanded|pledged|threatened|expect|expects|expected|called[ \t]+(?:on|for))(?![\p{L}])/u;
/** After "saying" without a comma: its quotation or "that". */
const SAYING_ON = /^[ \t]+(?:["“]|that[ \t])/u;
/** After a semicolon, a clause of its own: a connective, or a subject (up to five words) and its finite verb. */
const CLAUSE_AFTER_SEMICOLON = /^[ \t]*(?:(?:however|but|meanwhile|yet|instead|still),|(?:(?:he|she|it|they|we|others|those|these|this)|(?:the|a|an|his|her|its|their|some|many)[ \t]+[^ \t,;:]+(?:[ \t]+[^ \t,;:]+){0,3}?)[ \t]+(?:\p{Ll}+[ \t]+)?(?:was|were|is|are|had|has|have|would|will|could|can|may|might|should|did|does|do)(?![\p{L}]))/u;
const HEADLINE_COLON_TAG = /:\s*((?:the\s+|The\s+)?[\p{L}][\p{L}.'’& ]{1,40})$/u;
/** After a title's colon, a speaker: one person noun ("activist", "police") or one capitalised name that is no date word. */
const TITLE_SPEAKER_TAG = /^(?:activists?|officials?|police|ministry|minister|spokes(?:man|woman|person)|witness(?:es)?|residents?|army|military|rebels|doctors|medics|monitor|governor|mayor|president|opposition|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Explained|Analysis|Opinion|Update|Updates|Live|Video|Photos|Watch|Review|Interview|Exclusive)$)\p{Lu}\p{Ll}+)$/u;
const ACCUSING = new Set(['accuse', 'slam', 'criticize', 'criticise', 'blame', 'condemn', 'attribute']);
const ACCUSE_OF = /^[ \t]+((?:(?:the|its|his|her|their|some|many|several|other)[ \t]+\p{L}|\p{Lu}|him|her|them|it|police|\p{Ll}{3,}s(?=[ \t]))[^,;:.!?"“]{0,100}?[ \t]+of[ \t]+\S)/u;
/** " the killings to organized crime": what is explained, then its cause (1) */
const ATTRIBUTE_TO = /^[ \t]+((?:(?:the|its|his|her|their|this|that|these|those)[ \t]+\p{L}|\p{Lu}|it|them)[^,;:.!?"“]{0,100}?[ \t]+to[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?\p{L})/u;
const BLAME_FOR = /^[ \t]+((?:(?:the|its|his|her|their)[ \t]+\p{L}|\p{Lu}|him|her|them|it)[^,;:.!?"“]{0,100}?[ \t]+for[ \t]+(?:\p{Ll}+ing|allegedly|its|his|her|their|the|a)\b)/u;
/** "blamed bad weather for the collapse", "blame the attack on militants": what is blamed (any noun phrase) and on whom or for what */
const BLAMED = /^[ \t]+((?:(?:the|its|his|her|their)[ \t]+\p{L}|\p{Lu}|\p{Ll}{3,}[ \t]+\p{L}|him|her|them|it)[^,;:.!?"“]{0,100}?[ \t]+(?:for|on)[ \t]+(?:\p{Ll}+ing|allegedly|its|his|her|their|the|a|an|\p{Lu}|\p{Ll}{3,}))/u;
// ("put the turnout at around “41 percent”": a figure in quotation marks, and its unit, are part of it)
const PUT_AT = /^[ \t]+((?:the|its|their|his|her)[ \t]+[^,.;:"“]{2,80}?[ \t]+at[ \t]+(?:(?:about|around|some|least|nearly|roughly|more[ \t]+than|at[ \t]+least)[ \t]+)?(?:magnitude[ \t]+)?(?:["“]\d[\d.,]*\d?(?:[ \t]*(?:%|percent|per[ \t]+cent))?["”]|\d[\d.,]*\d?(?:[ \t]*(?:%|percent|per[ \t]+cent))?|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a[ \t]+hundred|hundreds|dozens)(?![\p{L}])))/u;
const PLURAL_SUBJECT = /^(?:they|others|many|some|people|police|both|all|most|critics|experts|analysts|officials)$/i;

/** A lower-case plural audience: "told analysts", "told fellow lawmakers". */
/** Also collective nouns ("told staff") and an of-phrase ("told relatives of the victims"). */
const PLURAL_OBJECT_AT = /[ \t]+(?:(?:the|its|his|her|their)[ \t]+)?(?:\p{Ll}[\p{Ll}-]*[ \t]+){0,2}?(?:\p{Ll}[\p{Ll}-]*s|staff|personnel|the public|the nation|the country|the board|the panel|the crowd|police)(?:[ \t]+of[ \t]+(?:the[ \t]+|a[ \t]+|his[ \t]+|her[ \t]+|their[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+)?(?![\p{L}])(?=[ \t]+(?:that|on|at|in|during|after|before|this|last|it|he|she|they|the)(?![\p{L}])|[ \t]*[,.])/uy;

export interface SentenceContext {
  text: string;
  /** the outlet mention (gazetteer) that starts at this offset, if any */
  outletAt(pos: number): { start: number; end: number } | null;
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isSpaceCode = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

function wordBefore(text: string, pos: number, floor: number): { word: string; start: number } | null {
  let e = pos;
  while (e > floor && isSpaceCode(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > floor && isWordCode(text, s - 1)) s--;
  if (s === e) return null;
  return { word: text.slice(s, e), start: s };
}

function wordAfter(text: string, pos: number, ceil: number): { word: string; end: number; start: number } | null {
  let s = pos;
  while (s < ceil && isBlankAt(text, s)) s++;
  let e = s;
  while (e < ceil && isWordCode(text, e)) e++;
  if (s === e) return null;
  return { word: text.slice(s, e), start: s, end: e };
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isLeadingJunkAt(text, start)) start++;
  while (end > start && isTrailingJunkAt(text, end - 1)) end--;
  return { start, end };
}

/**
 * What LINE_PREFIX needs in a head: each of its alternatives holds a colon, a dash or a bracket, but for a timestamp (a digit
 * first) and a bare dateline ("Dec. 27 "). (Most sentences have none of them, and its long alternation is then tried in vain.)
 */
const LINE_PREFIX_MARK = /[:(\-–—]|^\d|^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/** Where a sentence's content starts: after a timestamp, dateline or update tag. */
export function contentStartOf(text: string, s: Span): number {
  const head = text.slice(s.start, Math.min(s.end, s.start + 120));
  const m = LINE_PREFIX_MARK.test(head) ? LINE_PREFIX.exec(head) : null;
  let start = m && m[0].length < s.end - s.start ? s.start + m[0].length : s.start;
  // an editor's bracketed note before the sentence: "[Update 2:45 p.m.] ", "(Updated 14:00 GMT) "
  const ch = text[start];
  if (ch === '[' || ch === '(') {
    const note = EDITORIAL_NOTE.exec(text.slice(start, Math.min(s.end, start + 90)));
    if (note && note[0].length < s.end - start) start += note[0].length;
  }
  // bullets and section labels: "• ", "Why it matters: ", "What they're saying: "
  const region = text.slice(start, Math.min(s.end, start + 60));
  // (a label needs its colon and a bullet its mark: most sentences have neither, and the match would be empty)
  const c = region.charCodeAt(0);
  if (!region.includes(':') && c !== 0x2022 && c !== 0xb7 && c !== 0x25aa && c !== 0x25ba && c !== 42 && c !== 45) return start;
  const label = LABEL_PREFIX.exec(region);
  // ("The minister replied flatly: ..." is a cue and its quotation, not a label)
  // ("The mayor confirmed: ...", "The minister told reporters: ...": any reporting verb in it makes it a clause)
  if (label && !/\b(?:said|says|told|wrote|writes|reported|reports|tweeted|posted|added|adds|stated|announced|declared|explained|noted|replied|replies|responded|responds|answered|answers|insisted|warned|argued|claimed|continued|concluded)(?:\s+\p{Ll}+ly)?\s*:/iu.test(label[0]) &&
      !label[0].split(/[\s:]+/).some((w, i) => i > 0 && w !== 'read' && isFiniteCueForm(w))) start += label[0].length;
  return start;
}

/** A bracketed editor's note at a sentence's start: any "[...]", or "(Update ...)", "(Corrects ...)". */
const EDITORIAL_NOTE = /^(?:\[[^\]\n]{1,70}\]|\((?:Updated?|Updating|Editor['’]s note|Corrects?|Correction|Adds|Recasts|Changes|Refiles|Repeats|Writes through)[^)\n]{0,60}\))[ \t]+(?=["“\p{Lu}])/u;
/** "confirmed", "stresses": a finite form of a reporting verb (not "saying" or a base form: "What they're saying:", "Go deeper:") */
function isFiniteCueForm(word: string): boolean {
  const f = VERB_FORMS.get(word.toLowerCase());
  return !!f && (f.form === 'past' || f.form === 'third');
}
const LABEL_PREFIX = /^(?:[•·▪►*-]\s+)?(?:\p{Lu}[\p{Ll}'’]*(?:\s+[\p{Ll}'’]+){0,4}:\s+(?=["“\p{Lu}]))?/u;

/** Skip a leading adverbial ("On Friday, ", "However, ") at pos. */
export function skipLeadingAdverbial(text: string, pos: number, end: number, most = 3): number {
  for (let k = 0; k < most; k++) {
    const m = LEADING_ADVERBIAL.exec(text.slice(pos, Math.min(end, pos + 120)));
    if (!m || m[0].length === 0) break;
    pos += m[0].length;
  }
  return pos;
}

/** A title or an initial before a period, which ends no sentence: "Mr. Burns", "Gen. Smith", "J. Smith". */
const TITLE_BEFORE_PERIOD = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Rev|Maj|Adm|Hon|Fr|St|\p{Lu})$/u;
/** "and then", "but in", "and said": a conjunction that continues the quoted clause */
const CONJUNCTION_GOING_ON = /^(?:and|but)(?:\s+(?:in|on|at|during|after|before|then|later|also|\p{Ll}{3,}ed)\s|\s*$)/u;

/** Claim span for quoted content starting at q: its first sentence (the main one), quotes dropped. */
export function quoteClaim(text: string, q: number, limit: number): Span {
  const open = text[q];
  const close = open === '“' ? '”' : '"';
  let closeAt = -1;
  for (let j = q + 1; j < limit; j++) if (text[j] === close || (open === '“' && text[j] === '"')) { closeAt = j; break; }
  const innerEnd = closeAt > 0 ? closeAt : limit;
  // first sentence inside the quote (an ellipsis ends one too); questions before a statement state nothing:
  // ('"Where do they get such news? It is not true," S said' claims the statement)
  let from = q + 1;
  let firstQuestion: Span | null = null;
  for (let j = q + 1; j < innerEnd - 1; j++) {
    const c = text[j];
    if ((c === '.' || c === '!' || c === '?' || c === '…') && /\s/.test(text[j + 1] as string) && /[\p{Lu}"“]/u.test(text[j + 2] ?? '') && !(c === '.' && TITLE_BEFORE_PERIOD.test(text.slice(Math.max(q, j - 6), j)))) {
      if (c !== '?') return { start: from, end: j + 1 };
      firstQuestion ??= { start: from, end: j + 1 };
      from = j + 2;
    }
  }
  // (only questions before the last sentence: the first of them; else the statement after the questions)
  if (firstQuestion && from < innerEnd) {
    let e = innerEnd;
    while (e > from && /[\s,;:'’]/.test(text[e - 1] as string)) e--;
    return e - from >= 6 ? { start: from, end: e } : firstQuestion;
  }
  if (closeAt > 0) {
    // short quote inside a longer clause ("“X” ahead of Y") keeps the rest of the clause
    const after = text.slice(closeAt + 1, limit).trim();
    // (but 'warned of "X" and in a speech invited ...': a coordinated predicate of the narrator ends it)
    if (after.length > 0 && /^[\p{L}(]/u.test(after) && !/^(?:and\s+[“"])/.test(after) && !CONJUNCTION_GOING_ON.test(after)) return trimSpan(text, q, limit);
    // keep a sentence's own final punctuation inside the quote, drop a trailing comma
    let e = closeAt;
    while (e > q + 1 && /[\s,;:'’]/.test(text[e - 1] as string)) e--;
    let st = q + 1;
    while (st < e && /\s/.test(text[st] as string)) st++;
    return { start: st, end: e };
  }
  return trimSpan(text, q + 1, limit);
}

/** A closing quote that ends quoted speech ('," ' or '." '), not a scare-quoted word. */
export function isQuoteEnd(text: string, i: number): boolean {
  const p = text[i - 1] === "'" || text[i - 1] === '’' ? text[i - 2] : text[i - 1];
  return /[,.!?…]/.test(p ?? '');
}

/** "which also contained ...", "who was injured ...": a relative clause whose pronoun is its subject */
const RELATIVE_PREDICATE = /^(?:which|who)[ \t]+(?:(?:also|had|has|have|was|were|is|are|later|first|earlier)[ \t]+)?\p{Ll}+(?:ed|s)[ \t]/u;
/** "where the RSF", "because Hamas": a subordinate clause with its own subject */
const SUBORDINATE_CLAUSE_START = /^(?:where|when|after|because|although|though|since|as|if|once|until|before)\s+(?:the|a|an|(?:\p{Ll}+\s+){0,2}\p{Lu})/u;
/** "in which the ambassador": a relative clause with its own subject */
const RELATIVE_CLAUSE_START = /^(?:(?:in|of|by|from|to|at|with|during|under|through)\s+)?(?:which|whom)\s+(?:the|a|an|some|many|several|\p{Lu})/u;
/** "former Prime Minister Jane Roe": lower-case words, then a name of two or more words */
const DESCRIPTION_THEN_NAME = /^(?:[\p{Ll}-]+[ \t]+){0,4}?(?:(?:Mr|Mrs|Ms|Dr|Gen|Col)\.?[ \t]+)?\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,5}$/u;
/** "quoted by": a participle and its agent */
const AGENT_PARTICIPLE = /^\p{Ll}+ed[ \t]+(?:by|in)[ \t]/u;
const LOWERCASE_LAST_WORD = /(?:^|[ \t])\p{Ll}[\p{L}-]+$/u;
/** "The ", "its ", "NPR's ": a determiner or an owner */
const DETERMINED_START = /^(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}.-]*['’]s?)[ \t]/u;
/** "CEO of Acme": capitalised words, then of/for/at */
const TITLE_OF_BODY = /^(?:\p{Lu}[\p{L}.-]*[ \t]+){1,3}(?:of|for|at)[ \t]/u;
/** two to four capitalised words */
const MULTIWORD_NAME = /^\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,3}$/u;
/** "NPR's chief executive": an owner, then the words of a title */
const OWNED_TITLE = /^(?:the[ \t]+)?\p{Lu}[\p{L}\p{N}.&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.&-]*){0,3}['’]s?[ \t]+(?:[\p{L}-]+[ \t]+){0,3}[\p{L}-]+$/u;
const CAPITALISED_START = /^(?:the\s+)?\p{Lu}/u;

/** A cue ending in an infinitive: "went on to say", "moved to dismiss". */
const INFINITIVE_CUE_END = /[ \t]to[ \t]+\p{L}+$/u;
/** A bare plural of people: "investigators", "local officials", "protesters". */
const BARE_PLURAL_SPEAKER = /^(?:\p{Ll}+[ \t]+)?(?:investigators|officials|police|witnesses|sources|prosecutors|authorities|residents|analysts|experts|doctors|rescuers|diplomats|officers|activists|organizers|organisers|researchers|scientists|medics|media|\p{Ll}{3,}(?:ists|ers|ors|ians|ants|ents))$/u;
/** A phrase that starts with a determiner or a name: "the", "two", "Roe", "al-Qaeda". */
/** "sources familiar with the matter", "two people briefed on the talks", "unidentified US officials": unnamed sources as a speaker */
const UNNAMED_SOURCES_SPEAKER = /^(?:(?:two|three|four|five|several|multiple|some|many|other|senior|unnamed|unidentified|anonymous|western|US|U\.S\.|\p{Lu}\p{Ll}+|government|security|intelligence|military|diplomatic|industry|police|party|company|official)[ \t]+){0,3}(?:sources|officials|people|persons|diplomats|insiders|aides)(?:[ \t]+(?:familiar|briefed|close|knowledgeable|aware|involved|with|who|in|at|from|of)(?![\p{L}])[^,;:"“”]{0,70})?$/u;
const DETERMINED_OR_NAMED_START = /^(?:(?:the|a|an|one|two|three|another|some|several|many)\b|\p{Lu}|(?:al|el)-\p{Lu})/u;
/** A name, with an age before it or not: "35-year-old Cavazos", "Roe". */
const AGED_NAME_START = /^(?:\d{1,3}-year-old[ \t]+)?\p{Lu}/u;
/** "the mayor", "the city's top official" read loosely: "the" and one to three lower-case words */
const DEFINITE_LOWER_NOUN_PHRASE = /^the[ \t]+\p{Ll}[\p{L}-]*(?:[ \t]+\p{Ll}[\p{L}-]*){0,2}$/u;
/** After a cue, at most a day, then the sentence's end: " on Monday.", ".". */
const CUE_THEN_DAY_END = /^[ \t]*(?:(?:on|late|early|this|last)[ \t]+\p{L}+[ \t]*)?[.!?"”]*[ \t]*$/u;

/** "after the game that C", "before Monday's vote that C", "ahead of the final that C": a short time phrase, then "that" and the content. */
const TIMED_THAT = /^(?:(?:(?:only|just|some|about|a[ \t]+few|two|three|several|\d+)[ \t]+)?(?:hours|days|minutes|weeks|months|moments|shortly|soon|immediately|not[ \t]+long)[ \t]+)?(?:before|after|ahead[ \t]+of)[ \t]+(?:the|a|an|his|her|its|their|this|that|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:[ \t]+[\p{L}\d'’-]+){0,4}?[ \t]+that[ \t]+(?!(?:was|were|is|are|has|have|had|will|would|could|can|may|might|took|came|ended|began|followed)(?![\p{L}]))/u;

/** The noun phrase subject before `end` within [floor, end): appositives and leading adverbials removed. */
/** A short capitalised title in quotation marks between a determiner and a lower-case noun: "the “Believe” singer". */
const QUOTED_TITLE = /(?:^|[ \t])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}.-]*['’]s)[ \t]+["“]\p{Lu}[^"“”,;:.!?]{0,40}$/u;
/** Where the quotation that the mark at close ends opens, if it is such a title; else -1. */
function quotedTitleOpening(text: string, close: number, floor: number): number {
  const next = text.charCodeAt(close + 2);
  if (text.charCodeAt(close + 1) !== 32 || !(next >= 97 && next <= 122)) return -1;
  const m = QUOTED_TITLE.exec(text.slice(Math.max(floor, close - 60), close));
  return m ? close - m[0].length + m[0].search(/["“]/) : -1;
}

/** An auxiliary among a segment's words. */
const AUXILIARY_WORD = /(?:^|[ \t])(?:have|has|had|is|are|was|were|will|would|did|does|could|can)(?![\p{L}])/u;
/** A segment that opens a subordinate clause: "while Cher", "And although the club". */
/** "But the private UNB news agency", "And Reuters": a conjunction, then a determined or named noun phrase with no verb. */
const CONJUNCTION_THEN_NOUN_PHRASE = /^(?:But|And|Yet|So)[ \t]+(?:(?:the|a|an|its|his|her|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,4}[\p{L}-]+|\p{Lu}[\p{L}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}.'’&-]*){0,3})$/u;
const SUBORDINATE_LEAD = /^(?:(?:and|but|yet|so)[ \t]+)?(?:while|although|though|whereas|because|since|if|when|once|until|before|after)[ \t]/iu;

/** "though police", "while many residents": a conjunction that is never a preposition, then a plain noun phrase. */
const CONJUNCTION_THEN_SUBJECT = /^(?:though|although|whereas|while|but)[ \t]+(?!(?:in|on|at|the|a|an|it|this|that|there|not|also|still)[ \t])(?:\p{Ll}[\p{L}-]*[ \t]+){0,2}\p{Ll}[\p{L}-]*(?<!ing)$/u;

/** A lower-case adverb in -ly (not a noun or adjective in -ly) or a floating quantifier ending a subject. */
const TRAILING_FLOATING_WORD = /[ \t]+(?:(?!(?:only|early|family|ally|tally|gully|italy|reply|supply|assembly|daily|weekly|monthly|quarterly|yearly|rally|elderly|holy|belly|bully|jelly|folly|anomaly|monopoly|butterfly|homily|lily|fly|ugly|friendly|lonely|lovely|likely|unlikely|deadly|costly|elderly|orderly|nightly|hourly|curly|silly|hilly|woolly)$)\p{Ll}{3,}ly|both|all|each|alone|since|too|has|have|had)$/u;

/** A capitalised participle, then a preposition or adverb: "Accused of fraud", "Reported today to have", "Pressed on the issue". */
/** "Briefing The Senate about X", "Answering a question", "Addressing reporters": an -ing participle and its object, fronted */
const FRONTED_ING_WITH_OBJECT = /^(?!(?:Beijing|Nanjing|Chongqing|Harding|Browning|Manning|Fleming|Goering|Ewing|Irving|Hastings|Stirling|Golding|Spalding|Kipling|Pershing|King|Sterling|Ping|Ming|Jing|Ling|Xing|Qing|Ying|Yang)(?![\p{L}]))\p{Lu}\p{Ll}{2,}ing[ \t]+(?:the|The|a|an|his|her|their|its|our|reporters|journalists|lawmakers|legislators|parliament|Parliament|questions?|supporters|students|delegates|crowds?)(?![\p{L}])/u;
const FRONTED_PARTICIPLE = /^(?!(?:United|Red|Need|Seed|Speed|Indeed|Hundred|Ahmed|Mohammed|Muhammad|Mahmoud|Hamid|Rashid|Sayed|Saeed|Fred|Ted|Ed|Ned|King|Sterling|Beijing|Nanjing|Chongqing|Harding|Browning|Manning|Fleming|Goering|Reading|Ewing|Irving|Hastings|Stirling|Golding|Spalding|Kipling|Pershing)(?![\p{L}]))\p{Lu}\p{Ll}{2,}(?:ed|ing)[ \t]+(?:of|with|by|to|about|on|in|for|from|at|as|after|over|under|into|today|yesterday|earlier|last|recently|again|repeatedly|twice|once|widely|publicly|openly)(?![\p{L}])/u;

/** Before a base-form cue: a verb or adjective taking it as an infinitive ("continued to", "went on to", "was quick to"). */
const CATENATIVE_BEFORE = /(?:^|[ \t])(?:(?:has|have|had|was|were|is|are|also|later|then|again|repeatedly|since)[ \t]+){0,2}(?:continued|continues|continue|went[ \t]+on|goes[ \t]+on|rushed|hastened|moved|proceeded|sought|seeks|tried|attempted|appeared|seemed|quick|careful|keen|eager|at[ \t]+pains)[ \t]+to$/;

/** The cues an occasion is taken for: "to announce that C", "to say: '...'" */
const PURPOSE_CUES: ReadonlySet<string> = new Set(['announce', 'declare', 'say', 'confirm', 'deny', 'warn', 'insist', 'reveal', 'state', 'claim', 'explain', 'stress', 'assert']);
/** "appeared on national television to", "took to Twitter to", "held a news conference to": an occasion of speaking, then "to" */
const PURPOSE_BEFORE = /(?:^|[ \t])(?:(?:has|have|had|also|later|then|later)[ \t]+)?(?:appeared|appears|went|goes|came|comes|took|takes|used|uses|called(?![ \t]+(?:on|upon|for))|calls(?![ \t]+(?:on|upon|for))|held|holds|convened|turned|turns|addressed|addresses)(?:[ \t]+[^,.;:"“”]{1,60}?)?[ \t]+to$/u;

/** After "urged": an object of a few words, then an infinitive ("the minister to resign", "residents not to travel"). */
const URGED_TO = /^(?!(?:to|not|that|on|in|at|for|by|the[ \t]+need)(?![\p{L}]))(?:[\p{L}\d.'’-]+[ \t]+){1,6}?(?:not[ \t]+)?to[ \t]+(?!(?:the|a|an|his|her|its|their|this|that)(?![\p{L}]))\p{Ll}{2,}/u;
/** After "cautioned": an infinitive, an object and an infinitive, or "against" ("not to jump", "investors not to panic", "against haste"). */
const CAUTIONED = /^(?:(?:[\p{L}.'’-]+[ \t]+){0,4}?(?:not[ \t]+)?to[ \t]+(?!(?:the|a|an|his|her|its|their|this|that|reporters|journalists)(?![\p{L}]))\p{Ll}{2,}|against[ \t]+\S)/u;

/** The noun phrase ending a predicate, after its verb or preposition: "(proved a source for) US services", "(met) the new envoy". */
const RELATIVE_ANTECEDENT = /[ \t](?:for|of|to|with|by|from|at|in|on|and|met|told|joined|called|contacted|informed|briefed|\p{Ll}{2,}ed)[ \t]+((?:the[ \t]+)?\p{Lu}[\p{L}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}.'’&-]*){0,3}|(?:the[ \t]+)?(?:\p{Lu}[\p{L}.'’&-]*[ \t]+){1,2}\p{Ll}[\p{L}-]+s|(?:the|a|an|its|his|her|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+)$/u;

/** "in a statement Monday", "in an emailed statement on Friday", "on Facebook late Sunday": where a statement was made, then its content. */
const STATEMENT_SETTING = /^(?:in[ \t]+(?:a|an|its|his|her|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:statement|interview|post|video|message|letter|email|e-mail|briefing|speech|address|tweet|release|note)|on[ \t]+(?:X|Twitter|Facebook|Instagram|Telegram|Truth[ \t]+Social|LinkedIn|social[ \t]+media|state[ \t]+television|television|radio))(?:[ \t]+(?:on|to|with)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}.'’-]*)?(?:[ \t]+(?:(?:on|late|early|last)[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:[ \t]+(?:morning|afternoon|evening|night))?)?[ \t]+/u;

/** A participle phrase after a fronted phrase: "seen by reporters", "obtained by the paper", "published on Monday". */
const LOWER_PARTICIPLE_ASIDE = /^(?:\p{Ll}{2,}(?:ed|en)|seen|known|shown|made|held|sent|written|given|taken|dated|signed)[ \t]+(?:by|in|on|at|to|from|with|for|during|last|earlier|this)(?![\p{L}])[^,]*$/u;

/** An auxiliary or copula inside a segment: it is a clause, not a noun phrase. */
const AUX_VERB_INSIDE = /(?:^|[ \t])(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does)(?![\p{L}])/u;

/** Verbs of manner that may also close a sentence after its content: "C, a judge ruled.", "C, the governor vowed." */
const TRAILING_QUOTE_VERBS = new Set(['rule', 'vow', 'pledge', 'counter', 'boast']);
/** A comma, then a short subject, right before the cue: ", a judge in London " */
const COMMA_THEN_SUBJECT = /[^\d],[ \t]*(?:(?:the|a|an|one|his|her|its|their|another)[ \t]+)?(?:[\p{L}.'’-]+[ \t]+){0,4}(?!(?:the|a|an|per|of|by|to|in|on|and|or)[ \t])[\p{L}.'’-]+[ \t]+$/u;
/** What may follow a cue that closes its sentence: a day, then the full stop. */
const SENTENCE_CLOSE_AFTER_CUE = /^(?:[ \t]+(?:on|last|this|earlier|late|early)[ \t]+\p{L}+|[ \t]+(?:today|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?[ \t]*[.!]?["”]?[ \t]*$/u;
/** A closing quotation, then at most a short subject, right before a cue: '"C," the governor ', '"C!" '. */
const QUOTE_THEN_SUBJECT = /[,!?.—-]["”][ \t]*(?:(?:the|a|an|one|his|her|its|their|another)[ \t]+)?(?:[\p{L}.'’-]+[ \t]+){0,5}$/u;

/** The comma at i separates thousands ("3,000"): a digit on each side. */
function isDigitPair(text: string, i: number): boolean {
  const b = text.charCodeAt(i - 1);
  const a = text.charCodeAt(i + 1);
  return b >= 48 && b <= 57 && a >= 48 && a <= 57;
}

/** The first comma at or after `from` that parts phrases, or -1: "2,000" holds none. */
function phraseCommaAfter(text: string, from: number): number {
  let i = text.indexOf(',', from);
  while (i >= 0 && isDigitPair(text, i)) i = text.indexOf(',', i + 1);
  return i;
}

/** A comma segment that is only a date: "March 1", "1 March", "Jan. 5", "2012", "Thursday" ("On Thursday, March 1, a court ruled") */
const DATE_SEGMENT = /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*|(?:19|20)\d{2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/;

/** "He spoke to media", "They met on Monday": a clause opened by a personal pronoun and its verb */
const PRONOUN_CLAUSE = /^(?:He|She|They|We|I)[ \t]+(?:(?:had|has|have|was|were|also|then|later|first)[ \t]+)?\p{Ll}{2,}/u;

/** "40 miles from the border", "about 50 km south of Baghdad": how far a place is from another */
const DISTANCE_APPOSITIVE = /^(?:about|some|around|roughly|nearly|almost|just|only|more than|less than)?[ \t]*\d[\d,.]*[ \t]*(?:miles?|kilometres?|kilometers?|km|kms|mi)[ \t]+(?:\([^)]*\)[ \t]+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|outside|away)[ \t]+)?(?:from|of)[ \t]/u;

/** "when asked about it", "located across the Nile": a segment set off before the verb that is no subject */
const TRAILING_ADJUNCT_SEGMENT = /^(?:(?:when|while|after|before|once|if)[ \t]+(?:asked|questioned|pressed|contacted|reached|interviewed|approached|speaking)(?![\p{L}])|(?:located|situated|based)[ \t])/u;
/** "who now heads a different agency", "which owns the paper": a relative clause opening a segment */
const RELATIVE_SEGMENT = /^(?:who|whose|which)[ \t]/u;
/** "the Russian deputy premier", "But last week Lorenzana", "Jane Roe": a determined noun phrase or a name */
const DETERMINED_OR_NAME_SEGMENT = /(?:^|[ \t])(?:[Tt]he|[Aa]n?|\p{Lu}[\p{L}.'’-]*)(?:[ \t]+[\p{L}.'’-]+){0,6}$/u;
export function subjectBefore(text: string, floor: number, end0: number): Span | null {
  let start = floor;
  // "its chairman Jane Roe - a close adviser to the president - told": a dashed aside before the verb
  let end = end0;
  const aside = /[ \t][-—–][ \t][^-—–;:"“”]{2,120}[ \t][-—–][ \t]*$/u.exec(text.slice(Math.max(floor, end0 - 130), end0));
  if (aside) end = end0 - (aside[0].length);
  // hard boundaries: ; : — – quotes, " - "
  for (let i = end - 1; i >= floor; i--) {
    const c = text[i] as string;
    // ('the “Believe” singer’s rep said': a quoted title inside the noun phrase is no boundary)
    if ((c === '”' || c === '"') && text[i + 1] === ' ') {
      const open = quotedTitleOpening(text, i, floor);
      if (open >= 0) { i = open; continue; }
    }
    if (c === ';' || (c === ':' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) || c === '—' || c === '–' || c === '“' || ((c === '”' || c === '"') && isQuoteEnd(text, i)) || (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ')) {
      start = i + 1;
      break;
    }
  }
  const region = text.slice(start, end);
  if (!region.trim()) return null;
  // split into comma segments with offsets
  const segs: Span[] = [];
  let segStart = start;
  for (let i = start; i < end; i++) {
    // ("which employs 3,000 people": a thousands separator parts no phrases)
    if (text[i] === ',' && !isDigitPair(text, i)) {
      segs.push({ start: segStart, end: i });
      segStart = i + 1;
    }
  }
  segs.push({ start: segStart, end });
  // (a loop, not map().filter(): see the mentions of extract() in index.ts)
  let clean: Span[] = [];
  for (const s of segs) {
    const t = trimSpan(text, s.start, s.end);
    if (t.end > t.start) clean.push(t);
  }
  // "of Springfield, Ill.", "Austin, Texas": a town's state or country is the rest of its segment
  if (clean.length > 1) clean = withPlaceTailsJoined(text, clean);
  // "a spokesman in Zawiya, 40 miles from the border, said": a distance in apposition belongs to the place before it
  while (clean.length > 1 && DISTANCE_APPOSITIVE.test(text.slice((clean[clean.length - 1] as Span).start, (clean[clean.length - 1] as Span).end))) clean = clean.slice(0, -1);
  if (!clean.length) return null;
  let rest = clean;
  let frontedSource = false;
  // ("In Kunduz, 250 km north of Kabul, police said": the distance belongs to the fronted place)
  while (rest.length > 1 && (ADVERBIAL_STARTERS.has(firstWordOf(text, rest[0] as Span)) || DATE_SEGMENT.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end)) ||
      (rest !== clean && DISTANCE_APPOSITIVE.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end))))) {
    // ("But the agency, quoting a councillor, said": a conjunction before the subject itself; the subject stays)
    if (CONJUNCTION_THEN_NOUN_PHRASE.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end))) break;
    if (/^(?:citing|quoting|according)$/.test(firstWordOf(text, rest[0] as Span))) frontedSource = true;
    rest = rest.slice(1);
  }
  // "Accused of taking bribes, the mayor said": a fronted participle phrase before the subject
  // ("Briefing the Senate about the plan, the minister said", "Answering a question, Roe said": a participle and its object)
  if (rest.length > 1 && (FRONTED_PARTICIPLE.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end)) || FRONTED_ING_WITH_OBJECT.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end)))) rest = rest.slice(1);
  // "In the letter, seen by reporters, the minister said": the fronted phrase's own participle aside
  if (rest.length > 1 && clean.length > rest.length && LOWER_PARTICIPLE_ASIDE.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end))) rest = rest.slice(1);
  // "Mr. Lee, 54, said": an age in apposition belongs to the name before it
  while (rest.length > 1 && /^\d{1,3}$/.test(text.slice((rest[rest.length - 1] as Span).start, (rest[rest.length - 1] as Span).end))) rest = rest.slice(0, -1);
  // ("Tygart, chief of X, when asked about it, said", "a witness in Omdurman, located across the Nile, told": an adjunct set off
  // before the verb, or a participle on the place before it, is no subject)
  while (rest.length > 1 && TRAILING_ADJUNCT_SEGMENT.test(text.slice((rest[rest.length - 1] as Span).start, (rest[rest.length - 1] as Span).end))) rest = rest.slice(0, -1);
  // ("the deputy premier, who oversees sports, tourism and youth, said": a relative clause on the subject, commas and all;
  // "Another witness, who gave only his first name, Gilbert, said": a name after it is the speaker's, and stays)
  if (rest.length > 1 && startsWithLowercase(text.slice((rest[rest.length - 1] as Span).start, (rest[rest.length - 1] as Span).end))) {
    const k = rest.findIndex((r, i) => i > 0 && RELATIVE_SEGMENT.test(text.slice(r.start, r.end)));
    // (not when the segments after it have a verb: "The report, which cited X, came as Hamas said": the predicate resumed)
    if (k > 0 && DETERMINED_OR_NAME_SEGMENT.test(text.slice((rest[k - 1] as Span).start, (rest[k - 1] as Span).end)) &&
        !rest.slice(k + 1).some((r) => FINITE_VERB.test(text.slice(r.start, r.end)) || IRREGULAR_PAST_WORD.test(text.slice(r.start, r.end)))) rest = rest.slice(0, k);
  }
  // "France's biggest newspaper, Le Monde, on Monday accused": a time between the subject's last comma and the verb
  if (rest.length > 2 && isTimePhrase(text.slice((rest[rest.length - 1] as Span).start, (rest[rest.length - 1] as Span).end))) rest = rest.slice(0, -1);
  // ("Lopez, 45, on Monday told": the age before the time)
  while (rest.length > 1 && /^\d{1,3}$/.test(text.slice((rest[rest.length - 1] as Span).start, (rest[rest.length - 1] as Span).end))) rest = rest.slice(0, -1);
  let chosen: Span;
  const last = rest[rest.length - 1] as Span;
  const lastText = text.slice(last.start, last.end);
  // "Pogba, who captained the side, limped off and some reports have suggested": a predicate, then a new subject
  const coordinated = rest.length > 1 && startsWithLowercase(lastText) ? lastCoordinatedSubject(lastText) : -1;
  // "CCTV has, however, acknowledged C": an adverb set off between the auxiliary and the verb; the subject is before the auxiliary
  const prevSeg = rest.length > 1 && INTERRUPTING_ADVERB.test(lastText) ? rest[rest.length - 2] as Span : null;
  const auxEnd = prevSeg ? AUXILIARY_END.exec(text.slice(prevSeg.start, prevSeg.end)) : null;
  // "The report, which also contained accounts of witnesses, said": a relative clause set off after the subject
  const relativeAside = rest.length === 2 && RELATIVE_PREDICATE.test(lastText) && DETERMINED_START.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end)) &&
    splitWordCount(text.slice((rest[0] as Span).start, (rest[0] as Span).end)) <= 6;
  if (relativeAside) chosen = rest[0] as Span;
  else if (coordinated >= 0) chosen = { start: last.start + coordinated, end: last.end };
  else if (prevSeg && auxEnd && auxEnd.index > 0) chosen = { start: prevSeg.start, end: prevSeg.start + auxEnd.index };
  else if (rest.length === 1) chosen = subordinateSubject(lastText, last) ?? last;
  // "Citing officials in A, B and C, the Times said": the fronted source's list runs up to the subject
  // ("According to Reuters, Maria Lopez, the mayor of X, said": unless a name and its lower-case description follow the source)
  else if (frontedSource && !(rest.length === 2 && SHORT_NAME.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end)) && /^(?:the|a|an)[ \t]+\p{Ll}/u.test(lastText))) chosen = last;
  // "Roe, who was flanked by her deputy, John Doe, said": the names inside a relative clause on the subject are not it
  else if (rest.length >= 3 && /^who[ \t]/.test(text.slice((rest[1] as Span).start, (rest[1] as Span).end)) && /^\p{Lu}/u.test(lastText) &&
      /^(?:the[ \t]+)?\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,4}$/u.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end))) chosen = rest[0] as Span;
  // "..., including the capital, where the RSF said": a subordinate clause brings its own subject
  else if (/^(?:where|when|after|because|although|though|since|as|if|once|until|before)\s+(?:the|a|an|(?:\p{Ll}+\s+){0,2}\p{Lu})/u.test(lastText)) chosen = { start: last.start + lastText.indexOf(' ') + 1, end: last.end };
  // "..., organisers said, though police put the figure at 4,000": a conjunction, then a short lower-case subject
  else if (CONJUNCTION_THEN_SUBJECT.test(lastText)) chosen = { start: last.start + lastText.indexOf(' ') + 1, end: last.end };
  // "..., in which the ambassador said": a relative clause brings its own subject
  else if (RELATIVE_CLAUSE_START.test(lastText)) chosen = last;
  // "Antwerp, Belgium, the paper added": a medium's anaphor after a place is the subject, not its apposition
  else if (MEDIUM_ANAPHOR_NP.test(lastText)) chosen = last;
  // "He spoke after landing in Paris, the president confirmed": a clause with a pronoun subject, then the verb's own subject
  else if (PRONOUN_CLAUSE.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end)) && /^(?:the|a|an)[ \t]+\p{Ll}/u.test(lastText)) chosen = last;
  // ("A source close to the inquiry, and with knowledge of the evidence, told": a prepositional phrase joined to the subject)
  else if (rest.length >= 2 && AND_PREPOSITION_START.test(lastText) && DETERMINED_START.test(text.slice((rest[rest.length - 2] as Span).start, (rest[rest.length - 2] as Span).end))) chosen = rest[rest.length - 2] as Span;
  else if (/^(?:and|but|while|whereas)\s/i.test(lastText)) chosen = last;
  // "Conde's main challenger, former Prime Minister Jane Roe, said": a description, then the name it describes
  // ("The mayor, quoted by Le Monde, said": a participle's agent is no name described;
  // "The president, speaking to the Kyiv Independent, said": nor is the medium of a setting)
  else if (rest.length === 2 && DESCRIPTION_THEN_NAME.test(lastText) && startsWithLowercase(lastText) && !AGENT_PARTICIPLE.test(lastText) &&
      !SETTING_ASIDE_START.test(lastText) &&
      LOWERCASE_LAST_WORD.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end)) && DETERMINED_START.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end))) chosen = last;
  // "The report, which cited X, came as Hamas said": a subordinate clause inside the predicate brings its own subject
  else if (startsWithLowercase(lastText) && !/^(?:who|which|whose|whom)\s/.test(lastText) && SUBORDINATE_SUBJECT_END.test(lastText)) {
    const m = SUBORDINATE_SUBJECT_END.exec(lastText) as RegExpExecArray;
    chosen = { start: last.start + m.index + m[0].length - (m[1] as string).length, end: last.end };
  }
  // "And while Cher, 78, did not go, her rep told X": a fronted subordinate clause, then the main subject
  // (a clause: a finite verb before the last segment; "While in Paris, Jane Roe, the head of X, said" has none)
  else if (SUBORDINATE_LEAD.test(text.slice((clean[0] as Span).start, (clean[0] as Span).end)) && /^(?:the|a|an|his|her|its|their|\p{Lu})/u.test(lastText) &&
      FINITE_VERB.test(text.slice((clean[0] as Span).start, last.start))) chosen = last;
  // "..., a source for US services, who concluded C": a bare relative pronoun refers to the noun phrase ending the segment before
  else if (rest.length > 1 && /^(?:who|which)$/.test(lastText) && RELATIVE_ANTECEDENT.test(text.slice((rest[rest.length - 2] as Span).start, (rest[rest.length - 2] as Span).end))) {
    const prevSeg = rest[rest.length - 2] as Span;
    const m = RELATIVE_ANTECEDENT.exec(text.slice(prevSeg.start, prevSeg.end)) as RegExpExecArray;
    chosen = { start: prevSeg.start + m.index + m[0].length - (m[1] as string).length, end: prevSeg.end };
  }
  // "(While officials said) the fire was under control, residents said": a finished clause before a short noun phrase is no head it describes
  // ("... had passed away, a member of the Army told M": a determined noun phrase may run longer)
  else if (!/^(?:who|which|whose|whom|where|when|now|then|formerly|himself|herself|itself|themselves|both|each|also|currently|previously)(?![\p{L}])/u.test(lastText) && splitWordCount(lastText) <= (DETERMINED_START.test(lastText) ? 7 : 4) &&
      AUX_VERB_INSIDE.test(text.slice((rest[rest.length - 2] as Span).start, (rest[rest.length - 2] as Span).end))) chosen = last;
  // ("Edwards have broken up, the singer's rep confirmed": a first segment with an auxiliary is a clause, not a name)
  else if (APPOSITIVE_STARTERS.test(lastText) && !(/^the[ \t]/i.test(lastText) && AUXILIARY_WORD.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end)))) chosen = rest[0] as Span;
  // "Jane Roe, CEO of Acme Group, said": a title of an organisation after the name
  else if (rest.length === 2 && TITLE_OF_BODY.test(lastText) && MULTIWORD_NAME.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end))) chosen = rest[0] as Span;
  // "John Lansing, NPR's CEO, said": a name, then its title owned by a body
  else if (rest.length === 2 && OWNED_TITLE.test(lastText) && MULTIWORD_NAME.test(text.slice((rest[0] as Span).start, (rest[0] as Span).end))) chosen = rest[0] as Span;
  else chosen = last;
  let s = chosen.start;
  let seg = text.slice(s, chosen.end);
  const lead = /^(?:(?:it|this)\s+(?:comes|came)\s+as|and|but|while|whereas|so|then|yet|where|when|after|because|although|though|since)\s+/i.exec(seg);
  if (lead) { s += lead[0].length; seg = seg.slice(lead[0].length); }
  const adverb = LEADING_ADVERB_WORD.exec(seg);
  if (adverb && seg.length - adverb[0].length >= 2) { s += adverb[0].length; seg = seg.slice(adverb[0].length); }
  // "calls in which officers said": the subject of a relative clause starts after its pronoun
  // (its .* runs to the end of the segment and backs off: tried only where "which" or "whom" can be)
  const relative = seg.includes('wh') ? /^(?:.*\s)?(?:(?:in|of|by|from|to|at|with|during|under|through)\s+)?(?:which|whom)\s+/su.exec(seg) : null;
  // ("an interview in which he said": or a pronoun)
  if (relative && splitWordCount(seg.slice(relative[0].length)) <= 8 && /^(?:the|a|an|some|many|several|(?:he|she|they|it|we)$|\p{Ll}+s\b|\p{Lu})/u.test(seg.slice(relative[0].length))) {
    s += relative[0].length;
    seg = seg.slice(relative[0].length);
  }
  // "In every statement they say": a leading prepositional phrase before a pronoun subject
  const ppPronoun = /^(?:In|At|On|During|From|After|Before|With|Under|Through)\s[^,]*?\s(they|he|she|we|it)$/u.exec(seg);
  if (ppPronoun) { s += seg.length - (ppPronoun[1] as string).length; seg = ppPronoun[1] as string; }
  // "We have talked with him already and he said C": a finished clause, then a pronoun subject of its own
  const andPronoun = /[ \t](?:and|but)[ \t]+(he|she|they|we|I)$/.exec(seg);
  if (andPronoun && (AUX_VERB_INSIDE.test(seg.slice(0, andPronoun.index)) || /\p{Ll}{2,}ed(?![\p{L}])/u.test(seg.slice(0, andPronoun.index)))) {
    s += seg.length - (andPronoun[1] as string).length;
    seg = andPronoun[1] as string;
  }
  // a long segment is a clause: keep what follows its last clause word
  const nWords = splitWordCount(seg);
  if (nWords >= 3) {
    let cut = -1;
    const re = nWords > 8 ? CLAUSE_WORDS : SUBORDINATORS;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    // ("three officials as well as two people briefed on it said": "as well as" joins two sources into one subject;
    // "the Centers for Disease Control and Prevention said": an "and" inside a name parts no clauses)
    // ("A senior official who asked not to be identified said": a relative clause whose pronoun is its subject describes the speaker)
    while ((m = re.exec(seg))) if (!(m[0] === ' as ' && (seg.startsWith(' as well as ', m.index) || seg.endsWith(' as well', m.index))) && !isNameInternalAnd(seg, m) &&
        !(m[0] === ' who ' && WHO_THEN_VERB.test(seg.slice(m.index + 5)))) cut = m.index + m[0].length;
    // "jumped after The Wall Street Journal and Reuters": two names coordinated after a subordinator are one subject
    if (cut > 0 && / and $/.test(seg.slice(cut - 5, cut)) && CAPITALISED_START.test(seg.slice(cut))) {
      const pair = COORDINATED_NAME_BEFORE_AND.exec(seg.slice(0, cut));
      if (pair) cut = pair.index + pair[0].indexOf(pair[1] as string);
    }
    // ("Singer Jane Roe and former football star John Doe said": two named people coordinated are one subject)
    if (cut > 4 && seg.startsWith(' and ', cut - 5) && COORDINATED_NAMES_FIRST.test(seg.slice(0, cut - 5))) cut = -1;
    // "Israel bombed Gaza and Hamas said C": in a short segment too, a finished clause, "and", then a new subject
    if (cut < 0 && nWords <= 8) cut = subjectAfterFinishedClause(seg);
    if (cut > 0 && splitWordCount(seg.slice(cut)) <= 8) { s += cut; seg = seg.slice(cut); }
  }
  const span = trimSpan(text, s, chosen.end);
  // "The White House on Tuesday denied": the date between subject and verb is not the subject
  const dated = TRAILING_SUBJECT_DATE.exec(text.slice(span.start, span.end));
  // ("The Mail on Sunday reported": a Sunday paper's name ends in its day)
  if (dated && dated.index > 0 && !SUNDAY_PAPER.test(text.slice(span.start, span.end))) span.end = span.start + dated.index;
  // "Corriere dello Sport however say": a sentence adverb between the subject and its verb
  // ("The Telegraph itself revealed", "The story which said": a reflexive or a relative pronoun is not part of the subject)
  // (lower case only: mid-sentence these words are never capitalised, and 'The WHO said' is the World Health Organization)
  const trailingAdverb = /[ \t]+(?:however|meanwhile|though|instead|too|further|also|in turn|for (?:its|his|her|their) part|itself|himself|herself|themselves|which|that|who)$/.exec(text.slice(span.start, span.end));
  if (trailingAdverb && trailingAdverb.index > 0) span.end = span.start + trailingAdverb.index;
  // "Police arrested a man who said C": the relative pronoun's antecedent, not the clause it ends, is the speaker
  if (trailingAdverb && / who$/.test(trailingAdverb[0])) {
    const np = ANTECEDENT_AFTER_CLAUSE.exec(text.slice(span.start, span.end));
    if (np && np.index > 0 && FINITE_VERB_BEFORE_NP.test(text.slice(span.start, span.start + np.index))) span.start += np.index + np[0].indexOf(np[1] as string);
  }
  // "He recently (testified ... and said)", "Smith and Jones both (said)": an adverb or floating quantifier after the noun phrase
  // ("The center had initially (put)": an auxiliary before the adverb too)
  for (let k = 0; k < 2; k++) {
    const floating = TRAILING_FLOATING_WORD.exec(text.slice(span.start, span.end));
    if (!floating || floating.index === 0 || /(?:^|[ \t])(?:the|a|an|his|her|its|their|of|in|at|on|for|from|with|by|to)$/i.test(text.slice(span.start, span.start + floating.index))) break;
    span.end = span.start + floating.index;
  }
  // '" ... the official said C': an ellipsis opening a quotation is no part of the subject
  const ellipsis = text.charCodeAt(span.start) < 128 && text[span.start] !== '"' && text[span.start] !== '.' ? null : LEADING_ELLIPSIS.exec(text.slice(span.start, span.end));
  if (ellipsis) span.start += ellipsis[0].length;
  // "NATO leaders have long insisted", "Iran has already denied": an auxiliary and its adverb before the verb
  const auxAdverb = TRAILING_AUX_ADVERB.exec(text.slice(span.start, span.end));
  if (auxAdverb && auxAdverb.index > 0) span.end = span.start + auxAdverb.index;
  // "It was Le Figaro that first reported C": a cleft's focus is the subject
  if (text.startsWith('It ', span.start)) {
    const cleft = CLEFT_FOCUS.exec(text.slice(span.start, span.end));
    if (cleft) span.start += cleft[0].length;
  }
  // "On Sunday evening the TT news agency (reported)", "Last week the minister (said)": a fronted time without its comma
  // is no part of the subject (a subject must follow it)
  const words = text.slice(span.start, span.end);
  const time = leadingTimePhrase(words);
  const gap = time ? SUBJECT_AFTER_TIME.exec(words.slice(time.length)) : null;
  if (time && gap && words.length - time.length - gap[0].length >= 3) span.start += time.length + gap[0].length;
  if (span.end <= span.start) return null;
  // ("Two sources familiar with the matter who spoke to the Reuters news agency by phone said")
  if (wordsBeforeRelative(text, span, splitWordCount(text.slice(span.start, span.end)), 14) > 14) return null;
  return span;
}

const TIME_PHRASE_OPENING = /^(?:on|in|last|this|next|earlier|later|late|early|since|by|past|yesterday|today|tonight|a|an|one|two|three|four|five|six|seven|ten)(?![\p{L}])/iu;
/** A time phrase of more than a bare day or month ("on Monday", "last week", "earlier this month"), as dates.ts reads them. */
function leadingTimePhrase(words: string): string | null {
  // (the cheap anchored test first: every subject of every cue passes here)
  if (!TIME_PHRASE_OPENING.test(words)) return null;
  const m = DATE_PHRASE.exec(words);
  // ("Monday Night Football", "Sunday Times editor": a phrase that opens with a bare weekday or month opens names)
  return m && m.index === 0 && (m[0].includes(' ') || /^(?:yesterday|today|tonight)$/i.test(m[0])) ? m[0] : null;
}
const isTimePhrase = (words: string): boolean => leadingTimePhrase(words) === words;
/** After a fronted time: the subject it stands before ("the ...", a name, a bare plural of sources). */
const SUBJECT_AFTER_TIME = /^[ \t]+(?=(?:the|a|an|The)[ \t]|\p{Lu}[\p{L}'’-]*(?:[ \t]|$)|(?:police|officials|sources|authorities|investigators|prosecutors)(?:[ \t]|$))/u;

const LEADING_ELLIPSIS = /^["“]?[ \t]*(?:\.{2,}|…)[ \t]*/u;
const TRAILING_AUX_ADVERB = /[ \t]+(?:has|have|had)[ \t]+(?:long|already|always|never|also|still|just|often|since|once|now)$/u;

/** Verbs before "to" that make the infinitive after them the act itself: "moved to dismiss", "was quick to deny". */
const CATENATIVE = /^(?:moved|moves|sought|seeks|rushed|rushes|hastened|hurried|quick|swift|was quick|went on)$/;

/** The first of two coordinated speakers: a capitalised title and name ("Singer Jane Roe", "Coach John Doe"). */
const COORDINATED_NAMES_FIRST = /^\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){1,4}$/u;

/** "It was " before a cleft's focus: a name or a definite noun phrase ("It was Le Figaro", "It is the ministry"). */
const CLEFT_FOCUS = /^It[ \t]+(?:was|is|had[ \t]+been|has[ \t]+been)[ \t]+(?=(?:the[ \t]+)?\p{Lu}|the[ \t]+\p{Ll})/u;

/** A medium as the agent of a passive report, before ", which": "was first reported by the Financial Times, ". */
/** A gazetteer medium after a preposition whose mention ends at `end` ("... by Fox News|, which"; "sued Reuters, which" is none). */
function outletEndingAt(ctx: SentenceContext, end: number, floor: number): boolean {
  const from = Math.max(floor, end - 80);
  const m = lastMediumIn(ctx, from, end);
  return !!m && m.end === end && /(?:^|[ \t])(?:by|to|with|from)[ \t]+(?:the[ \t]+)?$/i.test(ctx.text.slice(from, m.start));
}
const REPORTED_BY_BEFORE_WHICH = /[ \t](?:reported|revealed|disclosed|published|broadcast|aired|carried)[ \t]+(?:first[ \t]+)?by[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}-]*[ \t]+)?(?:\p{Ll}[\p{L}-]*[ \t]+){0,3}\p{Lu}[\p{L}\p{N}.&'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4},[ \t]*$/u;

/** A subordinator, then a capitalised name and "and" at the end: "after The Wall Street Journal and ". */
const COORDINATED_NAME_BEFORE_AND = /\s(?:after|as|when|while|because|since|before|until|once)\s+((?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*){0,4})\s+and\s+$/u;

/** "Mail on Sunday", "the Independent on Sunday": a paper named with its day */
const SUNDAY_PAPER = /(?:^|[ \t])(?:Mail|Independent|Express|Mirror|Star|People|Telegraph|Post|Times|Herald|Record|Sun|Observer|Tribune|Journal|Business)[ \t]+on[ \t]+Sunday$/u;
const TRAILING_SUBJECT_DATE = /[ \t]+(?:(?:on|late|early|last|this|earlier)[ \t]+){0,2}(?:(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:[ \t]+(?:morning|afternoon|evening|night))?|today|yesterday|(?:last|this)[ \t]+(?:week|month|year|night)|(?:this|yesterday)[ \t]+(?:morning|afternoon|evening)|on[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+\d{1,2}|in[ \t]+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:[ \t]+\d{4})?|\d{4}))$/u;

/** " and some", " but the": a conjunction before a noun phrase */
const COORDINATED_SUBJECT = /\s(?:and|but|while|whereas)\s+(?=(?:the|a|an|some|many|several|other|others|most|\p{Lu})(?![\p{L}]))/gu;

/** Offset in `seg` of a short noun phrase coordinated after a predicate ("... and some reports"), or -1. */
function lastCoordinatedSubject(seg: string): number {
  const re = COORDINATED_SUBJECT;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let at = -1;
  while ((m = re.exec(seg))) at = m.index + m[0].length;
  if (at < 0 || splitWordCount(seg.slice(at)) > 6 || splitWordCount(seg.slice(0, at)) < 4) return -1;
  return at;
}

/** Reporting verbs whose participle never modifies a noun ("alleged", "reported" and "announced" do). */
const NEVER_ATTRIBUTIVE = new Set(['say', 'tell', 'add', 'insist', 'stress', 'emphasize', 'emphasise', 'explain', 'warn', 'argue', 'write', 'reply', 'respond']);
/** Words after which a past participle modifies a noun: "the alleged fraud", "its first reported case". */
const ATTRIBUTIVE_BEFORE = /^(?:the|a|an|this|these|those|its|his|her|their|our|own|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|\d+|first|second|third|fourth|latest|last|other|another|any|every|each|no|many|several|some|most|all|widely|previously|recently|newly|originally|frequently|often|commonly|much|oft|twice|unconfirmed|so-called|falsely|erroneously)$/i;
/** Content after a cue that is only the narrator's adjunct: "early Saturday morning, after downgrading it". */
/** (also "late yesterday in a television interview", "ahead of the operation": a time or a setting and nothing said) */
const TRAILING_ADJUNCT_ONLY = /^(?:(?:(?:early|late|on|last|this|later|earlier)[ \t]+)?(?:(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|today|yesterday|morning|afternoon|evening|night)(?:[ \t]+(?:morning|afternoon|evening|night))?)?[ \t]*,?[ \t]*(?:after|before|while|following|when)[ \t]+\p{Ll}+ing(?![\p{L}])|(?:early|late)[ \t]+(?:yesterday|today|last[ \t]+night|on[ \t]+(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday))(?:[ \t]+(?:in|at|during)[ \t]+(?:an?|the|his|her|their)[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:interview|statement|briefing|address|speech|post|message))?[ \t]*[.!?]?[ \t]*$|(?:ahead|in[ \t]+advance)[ \t]+of[ \t]+(?:the|a|an|his|her|their|its)[ \t]+\p{Ll}+(?:[ \t]+(?:against|with|in|at|on|of)[ \t]+[^,;:"“”]{1,40}?)?(?:[ \t]*,[ \t]*\p{Ll}+ing[ \t]|[ \t]*[.!?]?[ \t]*$))/u;
/** "a Bloomberg report", "an earlier Reuters story" right before the noun. */
const NAMED_REPORT_BEFORE = /(?:^|[ \t])(?:a|an|the)[ \t]+(?:(?:new|recent|earlier|latest|separate|exclusive)[ \t]+)?((?:\p{Lu}[\p{L}\p{N}.&-]*)(?:[ \t]+\p{Lu}[\p{L}\p{N}.&-]*){0,3})[ \t]+$/u;
/** A medium's possessive right before a report noun: "after Reuters' ", "the Guardian's ". */
const MEDIUM_POSSESSIVE_BEFORE = /(?:^|[ \t])((?:the[ \t]+)?\p{Lu}[\p{L}\p{N}.&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.&-]*){0,3})['’]s?[ \t]+$/u;
/** What links a report noun to its content: "which suggested that", "that said", ", saying". */
// ("a Bloomberg report in August that C": when the report appeared may stand between it and its content)
const REPORT_LINK_AFTER = /^(?:[ \t]+(?:(?:in|on|last|earlier|this)[ \t]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|yesterday)(?:[ \t]+\d{4})?)?(?:[ \t]*,?[ \t]*(?:(?:which|that)[ \t]+(?:also[ \t]+)?(?:said|says|suggested|suggests|claimed|claims|stated|states|found|finds|showed|shows|revealed|reveals|reported|alleged|indicated)|saying|suggesting|claiming|stating)(?:[ \t]+that)?[ \t]+|[ \t]+that[ \t]+(?=(?:the|a|an|his|her|its|their|he|she|it|they|there|some|many|\p{Lu})(?![\p{L}])|\p{Lu}))/u;
const FIRST_TO_BEFORE = /(?:^|[ \t])(?:was|were|is|are)[ \t]+(?:the[ \t]+)?first[ \t]+to[ \t]+$/i;
/** "in a telephone interview with the BBC", "in an interview with Reuters": the medium named (1). */
const INTERVIEW_WITH_NAME = /(?:^|[ \t])(?:in|gave|granted|gives|grants|giving|granting)[ \t]+(?:a|an)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?interview[ \t]+(?:with|to)[ \t]+((?:the[ \t]+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.'’&-]*){0,4})/u;
/** "described the vote as a sham": an object, then "as" and the description. */
const DESCRIBED_AS = /^[ \t]+((?:the|a|an|his|her|its|their|this|that|these|those|\p{Lu})[^,.;:"“]{0,100}?[ \t]+as[ \t]+(?:being[ \t]+)?["“]?[\p{L}\d])/u;
const LEADING_PP = /^(?:In|On|At|After|Before|During|Following|Despite|Amid|With|Under|Through|From|Over|Since|Unlike|By)\s/;
/** A single adverb before the subject: "Later a lawyer said", "Earlier the ministry said". */
const LEADING_ADVERB_WORD = /^(?:later|earlier|meanwhile|separately|also|then|now|yet|still|however|instead|previously|subsequently|afterwards|today|yesterday|additionally|similarly|likewise|elsewhere|again)\s+(?=(?:a|an|the|one|two|some|several|many|his|her|their|its)\s|\p{Lu})/iu;

/** The subject of the sentence's main verb (for ", saying ..." participles without an earlier cue). */
function mainSubject(text: string, from: number, to: number): Span | null {
  const re = /[\p{L}'’-]+/gu;
  const region = text.slice(from, to);
  let m: RegExpExecArray | null;
  let count = 0;
  while ((m = re.exec(region))) {
    const w = m[0];
    count++;
    const vf = count > 1 ? VERB_FORMS.get(w) : undefined;
    if (count > 1 && startsWithLowercase(w) && (MAIN_VERB_IRREGULAR.has(w) || (/ed$/.test(w) && w.length > 4) || vf?.form === 'third' || vf?.form === 'past')) {
      // ("Reported to have used ...": an infinitive is no main verb)
      if (/(?:^|[ \t])to[ \t]+$/.test(region.slice(Math.max(0, m.index - 4), m.index))) continue;
      const subject = subjectBefore(text, from, from + m.index);
      // "In a statement signed by ...": a participle inside a fronted phrase, the subject comes after it
      if (subject && LEADING_PP.test(text.slice(subject.start, subject.end)) && !/[,]/.test(text.slice(subject.start, subject.end))) continue;
      return subject;
    }
    if (count > 25) break;
  }
  return null;
}

interface RightSide {
  pos: number;
  medium: Span | null;
  citing: Span | null;
  dateText: string | null;
}

const firstWordOf = (text: string, s: Span): string => (/^[\p{L}]+/u.exec(text.slice(s.start, s.end))?.[0] ?? '').toLowerCase();

/** Letters as a bit mask (bit 0 is "a"), for mayOpenWith. */
function letterMask(letters: string): number {
  let mask = 0;
  for (let i = 0; i < letters.length; i++) mask |= 1 << (letters.charCodeAt(i) - 97);
  return mask;
}

/**
 * Whether the character code may open a word that starts with one of the letters in mask (lower case). caseless: for a regex
 * with the i flag, either case, and any non-ASCII character (Unicode case folding takes "ſ" to "s" and the Kelvin sign to "k").
 */
function mayOpenWith(code: number, mask: number, caseless: boolean): boolean {
  if (caseless) {
    if (code > 127) return true;
    code |= 0x20;
  }
  return code >= 97 && code <= 122 && ((mask >>> (code - 97)) & 1) === 1;
}

// The first letters of parseRight's frames (their regexes' first words), so that a frame is tried only where it can start
const OPENS_TO_IN_ON_FOR = letterMask('tiofw');
const OPENS_CITING = letterMask('cqwr');
const OPENS_AT = letterMask('a');
const OPENS_ON_IN = letterMask('oi');
const OPENS_PLATFORM = letterMask('ovi');
const OPENS_VIA_THROUGH = letterMask('vt');
const OPENS_SETTING = letterMask('iadovt');
const OPENS_TO = letterMask('t');
const OPENS_IN_FROM = letterMask('if');
const OPENS_CLOSING_SETTING = letterMask('ainof');

/** The sticky regex's match exactly at pos, if it ends by `end`. */
function stickyAt(text: string, re: RegExp, pos: number, end: number): RegExpExecArray | null {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m && m.index === pos && m.index + m[0].length <= end ? m : null;
}

/** " Tagesthemen news", " public TV": a medium's programme or description after its name */
const PROGRAMME_AFTER_MEDIUM = /^(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|public|state|news|TV|television|radio|programme|program|show|bulletin)(?:(?:[ \t]+(?:of|the|and|for))+(?=[ \t]+\p{Lu}))?){1,6}(?=[ \t]*(?:[,.;:!?"“]|$|(?:late|early|on|in|last|this|that|earlier|later)(?![\p{L}])))/u;
/** "'s Today programme", "'s reporter Jane Roe": what a medium's possessive owns */
const JOURNALIST_OR_PROGRAMME = /^['’]s?[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3}?[\p{Lu}\d][\p{L}\d.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|the|of|and)){0,3}(?:[ \t]+(?:programme|program|show|podcast|bulletin))?|^['’]s?[ \t]+(?:[\p{Ll}-]+[ \t]+){0,3}?(?:programme|program|show|podcast|bulletin|broadcast)(?![\p{L}])|^['’]s?[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}(?:reporter|correspondent|editor|host|anchor|journalist|presenter)(?![\p{L}])/u;
/** " 5 television", " 4": the number of a channel named by its medium noun ("Channel 5", "Radio 4"), then its lower-case noun */
const CHANNEL_NUMBER_AFTER = /^[ \t]+\p{N}{1,3}(?:[ \t]+(?:television|TV|radio|channel|News)(?![\p{L}]))?(?=[ \t]*(?:[,.;:]|$)|[ \t]+(?:that|on|in|last|this|earlier)[ \t])/u;
const CAPITAL_LETTER = /\p{Lu}/u;
const CAPITALISED_WORDS_AFTER = /^[ \t]+\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}&.'’-]*|\d+(?![\p{L}\d]))){0,3}/u;

/** " of sports daily Marca", " of the Daily Mirror": the medium after a website or edition (its name in group 1) */
const EDITION_OF_NAME = /^[ \t]+of[ \t]+((?:the[ \t]+)?(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch))[ \t]+){0,3}\p{Lu}[\p{L}\p{N}.'’&-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}.'’&-]*|de|du|del|la|le|al|el)){0,4})/u;
/** " on the website of French daily Le Parisien", " in the online edition of the Daily Mirror" */
const EDITION_OF_MEDIUM_AT = /[ \t]*,?[ \t]*(?:on|in)[ \t]+(?:the|its)[ \t]+(?:(?:online|print|web|digital|Sunday|weekend|morning|evening|latest|English-language)[ \t]+)?(?:website|web[ \t]+site|site|edition|front[ \t]+page|pages|podcast)[ \t]+of[ \t]+((?:the[ \t]+)?(?:(?:\p{Ll}[\p{L}-]*|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch))[ \t]+){0,3}\p{Lu}[\p{L}\p{N}.'’&-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}.'’&-]*|de|du|del|la|le|al|el)){0,4})/uy;

/** " at the team base in Knysna, Western Cape", " outside the court in Paris", " in Knysna, Western Cape": where the words were said */
const CLOSING_SETTING_AT = /[ \t]+(?:at|in|near|outside|inside|from)[ \t]+(?:(?:the|a|an|his|her|their|its|\p{Lu}[\p{L}-]*['’]s)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?[\p{L}'’-]+(?:[ \t]+(?:in|at|near|of)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})?|\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})(?:,[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})?(?=[ \t]*[.!?]["”’]?(?:\s|$)|,[ \t]*(?:located|situated|based|built|housed|which|where)(?![\p{L}]))/uy;

/** "Variety.", "the Hollywood Reporter that": a capitalised name that closes the frame (in group 1) */
const NAME_CLOSING_AT = /^((?:the[ \t]+)?\p{Lu}[\p{L}\p{N}'’&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’&-]*){0,4})(?=[ \t]*[.!?]["”’]?(?:\s|$)|[ \t]+that[ \t])/u;

/** Consume what may follow a cue before its content: object, dates, settings, "citing X". */
/** "Egypt's state-owned ", "Chinese state media outlet ", "the Hong Kong-based ": an owner, stance and media noun before a medium's name */
const DESCRIBED_MEDIUM_LEAD = /^(?:the[ \t]+)?(?:(?:US|U\.S\.|UK|U\.K\.|EU)[ \t]+|(?:country|nation|state|kingdom|island|region|city|province|territory)['’]s[ \t]+|\p{Lu}[\p{L}.-]*(?:[ \t]+\p{Lu}[\p{L}.-]*){0,2}['’]s?[ \t]+|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch)[ \t]+|\p{Lu}\p{Ll}{2,}[ \t]+(?=(?:[\p{Ll}-]+[ \t]+){0,2}(?:news[ \t]+agency|agency|newspaper|daily|weekly|broadcaster|channel|network|magazine|outlet|website|news[ \t]+site|site|portal|news[ \t]+portal|tabloid|TV|television|radio)[ \t]))?(?:(?:state|state-run|state-owned|state-controlled|semi-?official|official|public|private|privately[ \t-]owned|independent|pro-government|opposition|leading|popular|influential|local|national|regional|online|digital|investigative|business|financial|sports|media|pan-\p{Lu}\p{L}+|news(?![ \t]+(?:agency|site|portal|wire)(?![\p{L}]))|[\p{L}.]+-(?:based|owned|run|funded|backed|language))[ \t]+){0,3}(?:(?:news[ \t]+agency|newspaper|daily|broadcaster|channel|network|magazine|weekly|outlet|website|news[ \t]+site|news[ \t]+portal|portal|tabloid|TV|television|radio|news[ \t]+wire|newswire|organi[sz]ation)[ \t]+)?/u;
/** A description that ends in a media noun: "the Hungarian news portal ", "Kyrgyz news agency " */
const MEDIA_NOUN_ENDING = /(?:news[ \t]+agency|agency|newspaper|daily|weekly|broadcaster|channel|network|magazine|outlet|website|news[ \t]+site|site|portal|tabloid|TV|television|radio|news[ \t]+wire|newswire|organi[sz]ation)[ \t]+$/iu;
/** A name after that description, up to what ends the object: "Telex", "24.kg", "La República" */
/** "Ansa news agency", "the Daily Courier newspaper": a capitalised name, then a media noun, closing the frame */
const NAME_THEN_MEDIA_NOUN_CLOSING = /^(?:the[ \t]+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.'’&-]*){0,3}[ \t]+(?:news[ \t]+agency|newspaper|daily|weekly|broadcaster|magazine|news[ \t]+site|news[ \t]+website|tabloid|television|radio)(?=[ \t]*(?:[,;:]|\.(?:[ \t]|$)|$)|[ \t]+(?:that|on|in|last|this|earlier)(?![\p{L}]))/u;
const UNLISTED_NAME_AFTER_DESCRIPTION = /^(?:\p{Lu}|\d+\.?\p{L})[\p{L}\p{N}.'’&-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}.'’&-]*|\d{1,3}(?![\p{L}\p{N}])|de|del|la|le|el|al))*?(?<![.])(?=[ \t]*(?:[,;:]|$)|[ \t]+(?:that|on|in|last|this|earlier)(?![\p{L}]))/u;
/** " broadcast live by", " carried on", " televised by": after an audience told ("a news conference"), the medium that carried it */
const AUDIENCE_CARRIED_BY = /^[ \t]+(?:broadcast|carried|aired|televised|streamed)(?:[ \t]+live)?[ \t]+(?:by|on)[ \t]+/u;

/** "identified only by his surname Shen", "identified only as Maria": an aside that names the person it follows (1: the name) */
const IDENTIFIED_BY_NAME = /^(?:identified|named)(?:[ \t]+only)?[ \t]+(?:as|by[ \t]+(?:his|her|their)[ \t]+(?:(?:sur|first|last|family|given)[ \t]?)?name)[ \t]+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})$/u;

/** " state broadcaster", " public broadcaster", " local news website": after "to", a described medium */
const DESCRIBED_MEDIUM_AFTER_TO = /^[ \t]+(?:state|public|private|local|national|regional|independent|online|official|semi-?official|pro-government|opposition)(?:-run|-owned|-controlled)?[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:broadcaster|media|television|TV|radio|news|newspaper|daily|agency|outlet|channel|network|website|magazine|weekly|tabloid)(?![\p{L}])/u;

/** ", a town of 200,000 people about 160 kilometers west of Chelyabinsk.": a description of a place, to the sentence's end */
const PLACE_APPOSITIVE_TO_END = /^,[ \t]*(?:a|an|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:town|city|village|port|region|district|province|area|suburb|county|island|neighbou?rhood|capital|settlement|camp|municipality)(?![\p{L}])[^"“”;]*$/u;

function parseRight(ctx: SentenceContext, lemma: string, from: number, end: number): RightSide {
  const { text } = ctx;
  const object = OBJECT_VERBS.has(lemma) || lemma === 'speak' ? objectOfCue(ctx, lemma, from, end) : null;
  let pos = object ? object.pos : from;
  let medium: Span | null = object ? object.medium : null;
  let citing: Span | null = null;
  let dateText: string | null = null;
  for (let k = 0; k < 8 && pos < end; k++) {
    // (every frame below starts, after blanks, with a letter, a comma or a bracket: any other character ends
    // them all; non-ASCII passes, as a case-insensitive regex may fold it to a letter)
    let q = pos;
    while (q < end && isBlankAt(text, q)) q++;
    const first = q < end ? text.charCodeAt(q) : -1;
    if (first < 0 || (first < 128 && first !== 44 && first !== 40 && !((first | 0x20) >= 97 && (first | 0x20) <= 122))) break;
    // (frames that open with [ \t]+ need a blank at pos; those that open with [ \t]*,?[ \t]* start their word at `word`)
    const blank = q > pos;
    let w = q;
    if (first === 44) for (w = q + 1; isBlankAt(text, w); ) w++;
    const word = text.charCodeAt(w);
    let m: RegExpExecArray | null;
    // "confirmed to Reuters", "wrote in the New York Times", "said on CBS's Face the Nation": a named medium
    if (!medium && blank && mayOpenWith(first, OPENS_TO_IN_ON_FOR, false) && (m = stickyAt(text, TO_IN_ON_AT, pos, end))) {
      // ("confirmed to the French news agency AFP", "spoke to Japan's public broadcaster NHK": its owner and description first)
      const lead = ctx.outletAt(pos + m[0].length) ? null : DESCRIBED_MEDIUM_LEAD.exec(text.slice(pos + m[0].length, Math.min(end, pos + m[0].length + 80)));
      const om = ctx.outletAt(pos + m[0].length + (lead ? lead[0].length : 0));
      if (om && (m[1] !== 'to' || !OBJECT_VERBS.has(lemma))) {
        medium = { start: om.start, end: om.end };
        let q = om.end;
        const programme = /^(?:['’]s?[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’-]*|the|of|and|with)){0,5}(?:[ \t]+(?:programme|program|show|podcast|bulletin))?|[ \t]+(?:(?:business|financial|economic|sports|evening|morning|English-language|online|weekly)[ \t]+)?(?:(?:radio|television|TV|news)[ \t]+(?:station|channel|network)|news agency|newspaper|daily|broadcaster|channel|television|TV|network|radio|website))(?=[ \t]*(?:[,.;:"“]|$|that(?![\p{L}])))/u.exec(text.slice(q, Math.min(end, q + 60)));
        if (programme) q += programme[0].length;
        // "said in the CNN interview that C", "wrote in the Guardian column that C": the medium's work it was said in
        else {
          const work = MEDIUM_WORK.exec(text.slice(q, Math.min(end, q + 40)));
          if (work) q += work[0].length;
        }
        pos = q;
        continue;
      }
      // ("confirmed to the Hungarian news portal Telex that C", "to Kyrgyz news agency 24.kg": a name the gazetteer lacks,
      // after a description that ends in a media noun)
      if (!om && lead && MEDIA_NOUN_ENDING.test(lead[0]) && !OBJECT_VERBS.has(lemma)) {
        const name = UNLISTED_NAME_AFTER_DESCRIPTION.exec(text.slice(pos + m[0].length + lead[0].length, end));
        if (name) {
          medium = { start: pos + m[0].length, end: pos + m[0].length + lead[0].length + (name[0] as string).length };
          pos = medium.end;
          continue;
        }
      }
      // ("confirmed to Ansa news agency that C": a name the gazetteer lists otherwise, or lacks, before its media noun)
      if (!om && !OBJECT_VERBS.has(lemma)) {
        const named = NAME_THEN_MEDIA_NOUN_CLOSING.exec(text.slice(pos + m[0].length, end));
        if (named) {
          medium = { start: pos + m[0].length, end: pos + m[0].length + named[0].length };
          pos = medium.end;
          continue;
        }
      }
      // '"C," S explained to Variety.': a name told at the end of the frame, a medium when the gazetteer knows it there
      // ('"C," an insider shared with People.': or the name a revelation was shared with)
      if (!om && (m[1] === 'to' || (m[1] === 'with' && lemma === 'reveal')) && !OBJECT_VERBS.has(lemma)) {
        const name = NAME_CLOSING_AT.exec(text.slice(pos + m[0].length, end));
        if (name) {
          medium = { start: pos + m[0].length, end: pos + m[0].length + (name[1] as string).length };
          pos = medium.end;
          continue;
        }
      }
    }
    if (!medium && first === 44 && (m = stickyAt(text, INTERJECTED_MEDIUM_AT, pos, end))) {
      const np = m[1] as string;
      const st = pos + m[0].indexOf(np);
      medium = { start: st, end: st + np.length };
      pos += m[0].length;
      continue;
    }
    // "C, Bloomberg reported, which cited unnamed sources."
    if (!citing && first === 44 && (m = stickyAt(text, RELATIVE_CITING_STICKY, pos, end)) && isSourcePhrase(m[1] as string)) {
      const np = m[1] as string;
      const st = pos + m[0].lastIndexOf(np);
      citing = { start: st, end: st + np.length };
      pos += m[0].length;
      continue;
    }
    // "reported – citing unnamed sources – C": the source set off by dashes, the closing one consumed
    if (((first === 0x2013 || first === 0x2014 || first === 45) && (m = stickyAt(text, DASHED_CITING_AT, pos, end)))
      || (mayOpenWith(word, OPENS_CITING, true) && (m = stickyAt(text, CITING_AT, pos, end)))) {
      const np = m[2] as string;
      const npStart = pos + m[0].lastIndexOf(np);
      // "citing weak demand" gives a reason, not a source: consumed, but no speaker
      if (isSourcePhrase(np)) citing = { start: npStart, end: npStart + np.length };
      pos += m[0].length;
      continue;
    }
    if (mayBeDateAt(text, pos) && (m = stickyAt(text, DATE_AT, pos, end))) { dateText = m[0].replace(/^[\s,]+/, ''); pos += m[0].length; continue; }
    // ("told the Kyiv Independent at 7:50 p.m. on Jan. 29 that C": the hour, like the day, is no content)
    if (mayOpenWith(word, OPENS_AT, true) && (m = stickyAt(text, CLOCK_AT, pos, end))) { pos += m[0].length; continue; }
    // a link pasted after the cue: "reported https://... on Thursday"
    if ((first === 40 || first === 104) && (m = stickyAt(text, URL_AT, pos, end))) { pos += m[0].length; continue; }
    // "Reuters notes (9/13).", "reports (Doucleff, 9/13).": a citation in brackets that closes the sentence
    if (first === 40 && (m = stickyAt(text, CITATION_AT, pos, end)) && /^[ \t]*[.!?]?["”]?[ \t]*$/.test(text.slice(pos + m[0].length, end))) { pos += m[0].length; continue; }
    // "quoted as saying on the website of French daily Le Parisien": a medium's website or edition is that medium
    if (!medium && mayOpenWith(word, OPENS_ON_IN, false) && (m = stickyAt(text, EDITION_OF_MEDIUM_AT, pos, end))) {
      const np = m[1] as string;
      const last = pos + m[0].length - 1;
      const dot = text[last] === '.' && !isAbbreviationPeriod(text, last) ? 1 : 0;
      medium = { start: pos + m[0].length - np.length, end: last + 1 - dot };
      pos = medium.end;
      continue;
    }
    if (mayOpenWith(word, OPENS_PLATFORM, true) && (m = stickyAt(text, PLATFORM_AT, pos, end))) { pos += m[0].length; continue; }
    // "said via its affiliated Amaq news agency that C": a listed medium, or a name with its media noun
    if (!medium && mayOpenWith(word, OPENS_VIA_THROUGH, false) && (m = stickyAt(text, VIA_MEDIUM_AT, pos, end))) {
      const nameStart = pos + m[0].length - (m[1] as string).length - (m[2] ?? '').length;
      if (m[2] || ctx.outletAt(nameStart)) {
        medium = { start: nameStart, end: pos + m[0].length };
        pos += m[0].length;
        continue;
      }
    }
    if (mayOpenWith(word, OPENS_SETTING, true) && (m = stickyAt(text, SETTING_AT, pos, end))) {
      // ("in an interview with India Today": a capitalised "Today" ends the medium's name; SETTING_AT, caseless, took it for the date)
      const titledToday = /^[ \t]+Today(?![\p{L}])/u.exec(text.slice(pos + m[0].length, pos + m[0].length + 8));
      const phrase = titledToday ? m[0] + titledToday[0] : m[0];
      const by = /(?:carried|published|aired|broadcast|posted|released|issued|shared|given|granted|quoted|cited|run)?[ \t]*(?<![\p{L}])(?:by|with|on|to|for)[ \t]+((?:[^,.;:"“”]|\.(?=[\p{L}-])){1,60})$/iu.exec(phrase);
      // ("said in a statement on its Telegram channel": a platform account carries no medium)
      if (by && !medium && !PLATFORM_ACCOUNT.test(by[1] as string)) {
        const np = by[1] as string;
        medium = { start: pos + phrase.length - np.length, end: pos + phrase.length };
      }
      // "said in a column in the Washington Post": a published work is in the medium that carried it
      const inWork = !medium && phrase.lastIndexOf(' in ') > 4 ? WORK_IN_MEDIUM.exec(phrase) : null;
      if (inWork) {
        const np = inWork[1] as string;
        medium = { start: pos + phrase.length - np.length, end: pos + phrase.length };
      }
      if (!medium) medium = mediumModifierOf(ctx, pos, phrase);
      pos += phrase.length;
      continue;
    }
    if (blank && mayOpenWith(first, OPENS_TO, true) && (m = stickyAt(text, TO_AUDIENCE_AT, pos, end))) { pos += m[0].length; continue; }
    // 'told AFP in Mumbai.', 'told reporters in state capital Lagos.': a place that ends the sentence
    // ('told Reuters in London on Monday.': or a date between the place and the end)
    if (blank && mayOpenWith(first, OPENS_IN_FROM, false) && (m = stickyAt(text, CLOSING_PLACE_AT, pos, end))) {
      const after = pos + m[0].length;
      const date = stickyAt(text, DATE_AT, after, end);
      // ('told Reuters from Zlatoust, a town of 200,000 people west of Chelyabinsk.': or a description of the place after it)
      const rest = text.slice(date ? after + date[0].length : after, end);
      if (/^[ \t]*[.!?]?["”’]?[ \t]*$/.test(rest) || PLACE_APPOSITIVE_TO_END.test(rest)) { pos = after; continue; }
      // ('told reporters in Kyiv the army had withdrawn': or a clause after the place, when the cue takes an object first)
      if (OBJECT_VERBS.has(lemma) && m[0].length > 4) {
        let q = date ? after + date[0].length : after;
        while (q < end && isBlankAt(text, q)) q++;
        const ahead = text.slice(q, Math.min(end, q + 70));
        if (CLAUSE_AHEAD.test(ahead) || PAST_CLAUSE_AHEAD.test(ahead)) { pos = after; continue; }
      }
    }
    // 'told a news conference at the team base in Knysna, Western Cape.': a setting with its place that closes the sentence
    // ('told Reuters in his office, located in an 18th century palace.': or with a description of the place after it)
    if (blank && mayOpenWith(first, OPENS_CLOSING_SETTING, false) && (m = stickyAt(text, CLOSING_SETTING_AT, pos, end)) && /^(?:[ \t]*[.!?]?["”’]?[ \t]*|,[ \t]*(?:located|situated|based|built|housed|which|where)[ \t][^"“”]*)$/.test(text.slice(pos + m[0].length, end))) { pos += m[0].length; continue; }
    // 'a spokesman said on condition of anonymity because he was not authorised to speak': the terms, not the content
    if (text.startsWith('on', q) && (m = stickyAt(text, ANONYMITY_TERMS_AT, pos, end))) { pos += m[0].length; continue; }
    if (blank && (m = stickyAt(text, ADVERB_AT, pos, end))) { pos += m[0].length; continue; }
    // "reported, without citing sources, that C": a lower-case aside between commas, then "that"
    if (text.charCodeAt(pos) === 44 && (m = stickyAt(text, ASIDE_BEFORE_THAT_AT, pos, end))) { pos += m[0].length; continue; }
    break;
  }
  return { pos, medium, citing, dateText };
}

/** What a cue that takes an object ("told", "spoke to") has right after it: the medium it names, if any, and where the object ends. */
/** " news agency", " newspaper": a media word after a medium's name */
// ("the Nikkei business daily": a lower-case topic or time word before the media noun)
const MEDIA_WORD_AFTER_NAME = /^[ \t]+(?:(?:business|financial|economic|sports|evening|morning|English-language|online|weekly)[ \t]+)?(?:(?:radio|television|TV|news)[ \t]+(?:station|channel|network)|news agency|newspaper|daily|broadcaster|public broadcaster|channel|television|TV|network|radio|news outlet|outlet|news site|website|magazine|wire service)(?![\p{L}])/iu;
/** "(CR)" after "Czech Radio": a name's initials in brackets */
const INITIALS_IN_BRACKETS = /^[ \t]*\(\p{Lu}[\p{L}&]{0,6}\)/u;
function objectOfCue(ctx: SentenceContext, lemma: string, from: number, end: number): { pos: number; medium: Span | null } {
  const { text } = ctx;
  let pos = from;
  let medium: Span | null = null;
  if (lemma === 'speak') {
    const m = /^[ \t]+(?:to|with)(?![\p{L}])/u.exec(text.slice(pos, pos + 8));
    if (m) pos += m[0].length;
  }
  let p = pos;
  while (p < end && isBlankAt(text, p)) p++;
  // "told a Reuters reporter": the medium of the journalist told
  // ("told Egypt's state-owned Al-Ahram", "told Chinese state media outlet Global Times": its owner and description first)
  let named = ctx.outletAt(p);
  const described = named ? null : DESCRIBED_MEDIUM_LEAD.exec(text.slice(p, Math.min(end, p + 80)));
  if (described && described[0].length > 0) named = ctx.outletAt(p + described[0].length);
  const article = named ? null : /^(?:a|an)[ \t]+/.exec(text.slice(p, p + 4));
  const ofJournalist = article ? ctx.outletAt(p + article[0].length) : null;
  const journalistWord = ofJournalist ? /^[ \t]+(?:reporter|correspondent|journalist|editor|interviewer)(?![\p{L}])/u.exec(text.slice(ofJournalist.end, ofJournalist.end + 16)) : null;
  const om = journalistWord ? ofJournalist : named;
  let mm: RegExpExecArray | null;
  let staffOf: { start: number; end: number } | null = null;
  if (om) {
    medium = { start: om.start, end: om.end };
    pos = om.end + (journalistWord ? journalistWord[0].length : 0);
    const suffix = MEDIA_WORD_AFTER_NAME.exec(text.slice(pos, pos + 30));
    if (suffix) { medium.end = pos + suffix[0].length; pos = medium.end; }
    // ("told Czech Radio (CR) C": the name's initials in brackets restate it)
    const initials = INITIALS_IN_BRACKETS.exec(text.slice(pos, pos + 12));
    if (initials) pos += initials[0].length;
    // "told Folha de S. Paulo": a name the gazetteer knew only the head of, continued after a particle
    else if ((mm = stickyAt(text, NAME_PARTICLE_TAIL_AT, pos, end))) { medium.end = pos + mm[0].length; pos = medium.end; }
    // "told ARD public TV", "told ARD Tagesthemen news": the medium's programme or description, up to what ends the object
    const programme = PROGRAMME_AFTER_MEDIUM.exec(text.slice(pos, Math.min(end, pos + 60)));
    if (programme && !suffix) pos += programme[0].length;
    // "told Fox News' Laura Ingraham", "told the BBC's political editor": the outlet's journalist
    const journalist = JOURNALIST_OR_PROGRAMME.exec(text.slice(pos, pos + 80));
    if (journalist) {
      // "told the New York Post's Page Six": a medium owned by the first is the one told
      const owned = /^['’]s?[ \t]+/u.exec(journalist[0]);
      const inner = owned ? ctx.outletAt(pos + owned[0].length) : null;
      if (inner && inner.end <= pos + journalist[0].length) medium = { start: inner.start, end: inner.end };
      pos += journalist[0].length;
    }
    // "told the Post and NYT": coordinated media
    const and = !journalist ? /^[ \t]+and[ \t]+/.exec(text.slice(pos, pos + 8)) : null;
    // ("told Reuters and the French AFP news agency": the second named after its description)
    const secondLead = and && !ctx.outletAt(pos + and[0].length) ? DESCRIBED_MEDIUM_LEAD.exec(text.slice(pos + and[0].length, Math.min(end, pos + and[0].length + 80))) : null;
    const second = and ? ctx.outletAt(pos + and[0].length + (secondLead ? secondLead[0].length : 0)) : null;
    if (second) {
      medium.end = second.end;
      pos = second.end;
      const secondSuffix = MEDIA_WORD_AFTER_NAME.exec(text.slice(pos, pos + 30));
      if (secondSuffix) { medium.end = pos + secondSuffix[0].length; pos = medium.end; }
    }
  } else if ((mm = stickyAt(text, STAFF_OF_AT, pos, end)) && (staffOf = ctx.outletAt(pos + mm[0].length))) {
    // "told the editor of The Times", "informed a reporter for the BBC": the medium the journalist works for
    medium = { start: staffOf.start, end: staffOf.end };
    pos = staffOf.end;
  } else if (HER_THEN_WORD.test(text.slice(pos, pos + 8)) && (mm = stickyAt(text, PLURAL_OBJECT_AT, pos, end))) {
    // ('"C," she told her fans': "her" is the audience's determiner, not the audience)
    pos += mm[0].length;
  } else if ((mm = stickyAt(text, AUDIENCE_OBJECT_AT, pos, end)) && !/^[ \t]+Us$/.test(mm[0])) {
    // (a capital "Us" mid-sentence is a name: Us Weekly told by its short name)
    pos += mm[0].length;
    // "told a news conference broadcast live by Al Jazeera": the medium that carried the audience's event
    const carried = AUDIENCE_CARRIED_BY.exec(text.slice(pos, Math.min(end, pos + 40)));
    const carrier = carried ? ctx.outletAt(pos + carried[0].length) : null;
    if (carried && carrier) { medium = { start: carrier.start, end: carrier.end }; pos = carrier.end; }
  } else if ((mm = stickyAt(text, MEDIUM_OBJECT_AT, pos, end))) {
    const s = pos + mm[0].length - (mm[1] as string).length;
    medium = { start: s, end: pos + mm[0].length };
    pos = medium.end;
    // "told the website of sports daily Marca": the medium the website belongs to
    const of = EDITION_OF_NAME.exec(text.slice(pos, Math.min(end, pos + 80)));
    if (of && /^(?:the[ \t]+)?(?:(?:online|print|web|digital|Sunday|weekend)[ \t]+)?(?:website|site|edition)$/iu.test(mm[1] as string)) {
      const last = pos + of[0].length - 1;
      medium = { start: pos + of[0].length - (of[1] as string).length, end: last + 1 - (text[last] === '.' && !isAbbreviationPeriod(text, last) ? 1 : 0) };
      pos = medium.end;
    }
    // "the state broadcaster CCTV", "television station KHBS": a name right after the medium noun belongs to it
    // ("the official Chinese news agency, Xinhua, adding ...": or in apposition after a comma)
    const commaName = /^,[ \t]*/.exec(text.slice(pos, pos + 3));
    const appositiveName = commaName ? ctx.outletAt(pos + commaName[0].length) : null;
    const nameAfter = ctx.outletAt(pos + 1) ?? (appositiveName && /^[ \t]*(?:[,.;]|$)/.test(text.slice(appositiveName.end, appositiveName.end + 2)) ? appositiveName : null);
    if (nameAfter) {
      medium.end = nameAfter.end;
      pos = nameAfter.end;
      const tail = stickyAt(text, NAME_PARTICLE_TAIL_AT, pos, end);
      if (tail) { medium.end = pos + tail[0].length; pos = medium.end; }
    }
    else if (CAPITAL_LETTER.test(text[medium.start] as string) && (mm = CHANNEL_NUMBER_AFTER.exec(text.slice(pos, Math.min(end, pos + 30))))) {
      // "told Channel 5 television", "told Radio 4": a capitalised medium noun and its number are the name
      medium.end = pos + mm[0].length;
      pos = medium.end;
    } else {
      const unknownName = CAPITALISED_WORDS_AFTER.exec(text.slice(pos, Math.min(end, pos + 60)));
      if (unknownName) {
        const last = pos + unknownName[0].length - 1;
        const dot = text[last] === '.' && !isAbbreviationPeriod(text, last) ? 1 : 0;
        medium.end = pos + unknownName[0].length - dot;
        pos = medium.end;
        const tail = dot ? null : stickyAt(text, NAME_PARTICLE_TAIL_AT, pos, end);
        if (tail) { medium.end = pos + tail[0].length; pos = medium.end; }
      }
    }
  } else if ((mm = stickyAt(text, NAMED_OBJECT_AT, pos, end))) {
    const s = pos + (mm[0].length - mm[0].trimStart().length);
    // (a sentence's final period is not part of the name: "told the Sports Business Journal.")
    const last = pos + mm[0].length - 1;
    const dot = text[last] === '.' && !isAbbreviationPeriod(text, last) ? 1 : 0;
    medium = { start: s, end: pos + mm[0].length - dot };
    pos = medium.end;
    // "told Russia's RIA news agency"
    const suffix = MEDIA_WORD_AFTER_NAME.exec(text.slice(pos, pos + 30));
    if (suffix) { medium.end = pos + suffix[0].length; pos = medium.end; }
    // "told the Post and NYT": a second name coordinated with the first
    const and = /^[ \t]+and(?=[ \t])/.exec(text.slice(pos, pos + 6));
    if (and) {
      const save = pos;
      pos += and[0].length;
      const second = stickyAt(text, NAMED_OBJECT_AT, pos, end);
      if (second) { medium.end = pos + second[0].length; pos = medium.end; } else pos = save;
    }
  } else if ((mm = stickyAt(text, PLURAL_OBJECT_AT, pos, end))) {
    pos += mm[0].length;
  }
  return { pos, medium };
}

/** " her fans": "her" before a lower-case word */
const HER_THEN_WORD = /^[ \t]+her[ \t]+\p{Ll}/u;
/** The object of "told" that is a medium's staff, up to the medium's name: " the editor of ", " a reporter for ". */
const STAFF_OF_AT = /[ \t]+(?:(?:the|a|an|one)[ \t]+)?(?:[\p{Ll}-]+[ \t]+)?(?:editors?|editor-in-chief|reporters?|correspondents?|journalists?|columnists?|interviewers?|producers?|anchor|host|presenter)[ \t]+(?:of|for|from|at|with)[ \t]+/uy;
/** " on condition of anonymity", " on condition that he not be named", with the reason given for it. */
const ANONYMITY_TERMS_AT = /[ \t]+on[ \t]+(?:the[ \t]+)?condition[ \t]+(?:of[ \t]+anonymity|(?:that[ \t]+)?(?:he|she|they|his|her|their)[ \t]+(?:not[ \t]+be|name[ \t]+not[ \t]+be|identity[ \t]+not[ \t]+be|remain)[ \t]+(?:named|identified|anonymous|used|disclosed))(?:[ \t]*,?[ \t]*(?:because|as|since|citing|given)[ \t][^;"“”,]*)?/uy;
/** The rest of a name after a particle: " de S. Paulo", " della Sera", " do Brasil". */
const NAME_PARTICLE_TAIL_AT = /[ \t]+(?:de|do|da|dos|das|del|della|dello|di|du|des|la|le|el)[ \t]+\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+\p{Lu}[\p{L}'’-]*\.?){0,2}(?<!\p{Ll}\.)/uy;
/** The end of a setting " in a column in the Washington Post": a work of writing, then the medium it appeared in. */
const WORK_IN_MEDIUM = /(?:column|op-ed|opinion piece|article|essay|commentary|editorial|piece|letter|interview)s?[ \t]+(?:(?:published|printed|that[ \t]+appeared|which[ \t]+appeared)[ \t]+)?in[ \t]+((?:the[ \t]+)?\p{Lu}[^,.;:"“”]{0,50})$/u;
/** " in a Telegraph op-ed", " in a recent CNN interview": the setting's determiner, then the words before its noun. */
const SETTING_DETERMINER = /^[ \t]*,?[ \t]*(?:in|on|during|via)[ \t]+(?:a|an|his|her|its|their)[ \t]+/i;
const MEDIUM_WORK = /^[ \t]+(?:[\p{L}-]+[ \t]+)?(?:op-ed|opinion piece|column|article|interview|piece|editorial|commentary|essay|report|story)s?(?![\p{L}])/iu;

/** A named medium modifying the setting's noun ("in a Telegraph op-ed"): the medium that carried the words. */
function mediumModifierOf(ctx: SentenceContext, pos: number, phrase: string): Span | null {
  const det = SETTING_DETERMINER.exec(phrase);
  if (!det) return null;
  // (at most one adjective before the name: "in a recent Telegraph op-ed")
  let p = pos + det[0].length;
  for (let k = 0; k < 2; k++) {
    const code = ctx.text.charCodeAt(p);
    if (code >= 65 && code <= 90) {
      const om = ctx.outletAt(p);
      if (om && om.end <= pos + phrase.length && MEDIUM_WORK.test(ctx.text.slice(om.end, pos + phrase.length))) return { start: om.start, end: om.end };
      return null;
    }
    const sp = ctx.text.indexOf(' ', p);
    if (sp < 0 || sp >= pos + phrase.length) return null;
    p = sp + 1;
  }
  return null;
}

type ContentStart = { kind: 'content'; start: number } | { kind: 'none'; comma: boolean; closes: boolean };

/** "said proposed shutdowns included C": a participle before a plural noun and its own finite verb starts a clause. */
const PARTICIPLE_THEN_SUBJECT = /^\p{Ll}+ed[ \t]+\p{Ll}{3,}s[ \t]+(?:\p{Ll}{3,}ed|had|have|were|are|would|will|could|include|included|remain|remained)(?![\p{L}])/u;

/** " by Japan's Asahi Shimbun daily that ": the medium that carried a report, then its content. */
const REPORT_BY_MEDIUM_THAT = /^[ \t]+(?:by|in|from)[ \t]+((?:the[ \t]+)?(?:\p{Lu}[\p{L}\p{N}.&'’-]*[ \t]+){0,5}?\p{Lu}[\p{L}\p{N}.&'’-]*(?:[ \t]+(?:daily|newspaper|news agency|agency|broadcaster|website|magazine|channel))?)[ \t]+that[ \t]+(?!(?:was|were|is|are|has|have|had|will|would|could|can|may|showed|shows|found|finds|said|says|described|detailed|cited|cites|quoted|quotes|named|accused|claimed|claims|also)(?![\p{L}]))/u;

/** ", but Western critics see ...", ", but he declined ...": a new subject taking a stance of its own. */
/** (", but its extent was not immediately clear": the narrator's own hedge on what is known) */
/** (", but gave no details": the reporting subject's own next act) */
const NARRATOR_TURN = /,[ \t]+(?:but|while)[ \t]+(?:[\p{L}'’.,-]+[ \t]+){1,6}?(?:declined|refused|see|saw|sees|downplayed|played[ \t]+down|disagreed|disagree|countered|doubted|doubt|questioned|disputed|rejected|threatened|not[ \t]+(?:yet[ \t]+)?(?:immediately[ \t]+)?(?:clear|known)|unclear|unknown)(?![\p{L}])|,[ \t]+but[ \t]+(?:(?:did|would|could)[ \t]+not[ \t]+(?:say|elaborate|give|provide|comment|specify|disclose|identify|confirm)|declined|refused|gave|provided|offered|stopped[ \t]+short|added|noted|stressed|cautioned|acknowledged|admitted|conceded)(?![\p{L}])/u;

/** "with his office dismissing it as fake and ": a with-clause's subject, its participle, then "and" before another. */
const WITH_COORDINATED = /(?:^|[\s,])with[ \t]+((?:(?:his|her|its|their|the)[ \t]+)?(?:\p{Lu}[\p{L}.'’&-]*[ \t]+){0,3}?[\p{L}'’-]+)[ \t]+(?:dismissing|denying|rejecting|calling|describing|branding|confirming|insisting|noting|adding)(?![\p{L}])[^,;:.!?]{0,80}?[ \t]+and[ \t]+$/u;

/** Comma segments with each "State" or "Country" segment joined to the town segment before it. */
function withPlaceTailsJoined(text: string, segs: Span[]): Span[] {
  const out: Span[] = [segs[0] as Span];
  for (let i = 1; i < segs.length; i++) {
    const seg = segs[i] as Span;
    const prev = out[out.length - 1] as Span;
    const words = text.slice(seg.start, seg.end);
    // (set off by commas on both sides: "According to Bloomberg, Israel had warned" ends in a subject, not a place's tail)
    if (COMMA_AFTER.test(text.slice(seg.end, seg.end + 3)) && TOWN_END.test(text.slice(Math.max(prev.start, prev.end - 40), prev.end)) && isPlaceTail(words.replace(/\.$/, ''))) out[out.length - 1] = { start: prev.start, end: seg.end };
    else out.push(seg);
  }
  return out;
}
const COMMA_AFTER = /^\.?[ \t]*,/;
/** A segment that ends in a capitalised name: the town a state or country may follow. */
const TOWN_END = /(?:^|[ \t])\p{Lu}[\p{Ll}'’-]+$/u;

/** A verb that finishes a clause: an auxiliary, a regular or an irregular past. */
function hasFiniteVerb(words: string): boolean {
  return AUX_VERB_INSIDE.test(words) || /\p{Ll}{2,}ed(?![\p{L}])/u.test(words) || IRREGULAR_PAST_WORD.test(words);
}

/** The "and" matched at m joins two capitalised words of one name, with no verb before it: "Health and Human Services". */
function isNameInternalAnd(seg: string, m: RegExpExecArray): boolean {
  if (m[0] !== ' and ') return false;
  const before = /(\p{Lu}[\p{L}.'’-]*)$/u.exec(seg.slice(0, m.index));
  const after = /^(?:the[ \t]+)?\p{Lu}/u.test(seg.slice(m.index + m[0].length)) && !/^(?:He|She|They|It|We|I)(?![\p{L}])/u.test(seg.slice(m.index + m[0].length));
  return !!before && after && before.index > 0 && !hasFiniteVerb(seg.slice(0, m.index));
}

/** After a finished clause ("Police arrested two men"), "and" and a short noun phrase: where that phrase starts, or -1. */
const AND_THEN_NOUN_PHRASE = /[ \t](?:and|but)[ \t]+((?:the|a|an|his|her|its|their|\p{Lu}[\p{L}.'’-]*)(?:[ \t]+[\p{L}.'’-]+){0,4})$/u;
function subjectAfterFinishedClause(seg: string): number {
  const m = AND_THEN_NOUN_PHRASE.exec(seg);
  if (!m) return -1;
  const before = seg.slice(0, m.index);
  // ("the man who founded Apple and Pixar": the verb of a relative clause finishes none)
  if (/(?:^|[ \t])(?:who|which|that|whose)[ \t]/.test(before) || !hasFiniteVerb(before)) return -1;
  return m.index + m[0].length - (m[1] as string).length;
}

/** "came as Hamas", "was killed after the army": the subject after a subordinator ending a segment. */
const SUBORDINATE_SUBJECT_END = /\s(?:as|after|when|while|because|since|before|until|although|though|whereas)\s+((?:the\s+|a\s+|an\s+)?\p{Lu}[\p{L}.'’!-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|the\s+\p{Ll}+(?:\s+\p{Ll}+)?)$/u;

/**
 * "Shares fell as Reuters reported C": in a sentence of one segment, a clause before a subordinating
 * conjunction, then the conjunction's own subject ("such as", "as well as" join names, no clauses).
 */
const IRREGULAR_PAST_WORD = new RegExp(String.raw`(?:^|\s)(?:${IRREGULAR_PAST})(?![\p{L}])`, 'u');
function subordinateSubject(segText: string, seg: Span): Span | null {
  if (!segText.includes(' ')) return null;
  const m = SUBORDINATE_SUBJECT_END.exec(segText);
  if (!m) return null;
  const before = segText.slice(0, m.index);
  if (/(?:^|\s)(?:such|well|same|known|so)$/i.test(before) || !(FINITE_VERB.test(before) || IRREGULAR_PAST_WORD.test(before))) return null;
  return { start: seg.start + m.index + m[0].length - (m[1] as string).length, end: seg.end };
}

/** " (9/13)", " (Doucleff, 9/13)" before the end of the sentence. */
const CITATION_AT = /[ \t]*\([^()]{1,40}\)(?=[ \t]*[.!?]?["”]?(?:\s|$))/uy;

/** "denies", "confirms" ending just before the content: the present tense of a headline. */
const HEADLINE_PRESENT_CUE = /(?:denies|confirms|rejects|dismisses)[ \t]*$/;

/** A finite verb right after "that": the demonstrative is a subject ("that could divert", "that was not true"). */
const DEMONSTRATIVE_THAT = /^(?:could|would|will|can|may|might|must|should|is|was|has|had|means|meant|seems|seemed|did|does|isn['’]t|wasn['’]t|won['’]t|wouldn['’]t|couldn['’]t|didn['’]t|doesn['’]t|hasn['’]t)(?![\p{L}])/u;

const COMMA_THEN_QUOTE = /^,[ \t]*["“]\p{L}/u;
/**
 * 'He "tried to escape" said the document': a closing mark with no comma before it still ends a quotation when it
 * closes one opened earlier in the sentence (a curly mark after its opening one; an even count of straight marks).
 */
function closesOpenQuotation(text: string, s0: number, at: number): boolean {
  let open = -1;
  if (text[at] === '”') {
    open = text.lastIndexOf('“', at);
    if (open < s0 || open < text.lastIndexOf('”', at - 1)) return false;
  } else {
    let marks = 0;
    for (let i = s0; i <= at; i++) if (text.charCodeAt(i) === 34) marks++;
    if (marks < 2 || marks % 2 !== 0) return false;
    open = text.lastIndexOf('"', at - 1);
  }
  // (a quoted name, 'Radio "Sputnik" recalls that', is no quotation: three words at least)
  return text.slice(open + 1, at).trim().split(/\s+/).length >= 3;
}
/** "a confidential ", "the secret ", "its latest ": an article or possessive, then one or two adjectives, before a noun */
const ARTICLE_ADJECTIVE_BEFORE = /(?:^|[ \t])(?:a|an|the|this|that|its|his|her|their|our|another|every)[ \t]+(?:(?:\p{Ll}+(?:al|ous|ive|ic|ary|ful|less|ible|able|ish|ent|ant)|secret|new|final|latest|full|short|brief|separate|draft|internal|annual|detailed|first|second|third|earlier|recent|initial|preliminary|leaked|classified|official|fresh|damning|scathing)[ \t]+){1,2}$/u;
/** "this evening (Nov. 23).", "yesterday.", "late last night": a time, perhaps a bracketed date, then the sentence's end */
const TIME_ENDS_FRAME = /^(?:(?:this|last|late|early|earlier|later)[ \t]+)?(?:morning|afternoon|evening|night|week|month|year|today|tonight|yesterday|last[ \t]+night)(?:[ \t]+(?:morning|afternoon|evening|night))?(?:[ \t]*\([^()]{1,30}\))?[ \t]*(?:[.!?]|$)/u;
/** A finite verb right after "that": the "that" is a relative pronoun ("a report that led the news"), not a complementizer. */
// (not "that targeted operations were conducted": a participle as adjective, then its noun and the clause's own verb)
const RELATIVE_THAT_VERB = /^[ \t]*that[ \t]+(?:was|were|is|are|has|had|have|led|ran|aired|came|went|made|showed|shows|includes|included|appeared|appears|said|says|\p{Ll}{2,}ed(?![ \t]+\p{Ll}+[ \t]+(?:were|was|are|is|had|have|has|will|would|could|may|might)(?![\p{L}])))(?![\p{L}])/u;

/** "residents to leave", "them not to": the people told to do something */
const DIRECTIVE_OBJECT = /^(?:(?:the|his|her|their|its)\s+)?(?:(?:him|her|them|us|residents|people|citizens|the public|public|staff|employees|workers|investors|troops|supporters|members|everyone|reporters)\s+)?(?=(?:not\s+)?to\s+\p{Ll}{2,})/u;

/** Cues besides "tell" whose object, the one addressed, may stand before "that C". */
/** Who is warned: a noun phrase of people or a name ("the crew", "residents", "Iran"), not a clause (read before) */
const WARNED_PARTY = /^(?:(?:the|his|her|their|its|our)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:crew|public|residents|people|citizens|staff|employees|workers|investors|government|authorities|officials|players|fans|passengers|community|country|world|region|members|team|council|committee|board|company|firm)|him|her|them|us|me|you|residents|people|citizens|staff|employees|workers|investors|officials|passengers|reporters|journalists)(?=[ \t]*(?:[.,;!?]|$|[ \t]+(?:about|over|on|of|against|not|to|that|in|at)[ \t]))/u;
const RECIPIENT_THAT_LEMMAS = new Set(['inform', 'warn', 'assure', 'reassure', 'promise', 'brief']);

/** After a cue at p: an object and "that", where the content starts; -1 when none ("told the head of the council that C"). */
function contentAfterObjectThat(text: string, p: number, end: number, w: string): number {
  // "told the head of the parish council that C": a longer object, then "that"
  // (common nouns only: a name in the object is read by the named-object rules)
  const objectThat = /^(?:the|a|an|his|her|its|their)(?:[ \t]+\p{Ll}[\p{Ll}-]*){1,8}?[ \t]+that[ \t]+/u.exec(text.slice(p, Math.min(end, p + 90)));
  // ("told the story of a town that flooded": a story told is no audience, its "that" a relative)
  if (objectThat && !/[ \t](?:and|but|who|which|to)[ \t]/.test(objectThat[0]) && !TOLD_STORY.test(objectThat[0])) return p + objectThat[0].length;
  // "told the Russian ambassador that C": a common-noun object, then the content after "that"
  // (the capitalised words of the object may have been read already)
  const object = /^(?:(?:the|a|an|his|her|its|their)[ \t]+)?(?:[\p{L}-]+[ \t]+){0,3}?that[ \t]+(?=\S)/u.exec(text.slice(p, Math.min(end, p + 60)));
  // ("warned clients that C", "notified passengers by email that C": a lone plural noun is the object, not a verb)
  const loneNoun = object ? /^\p{Ll}{3,}s(?:[ \t]+(?:by|via|over|in|on)[ \t]+[\p{L}-]+)?[ \t]+that[ \t]+$/u.test(object[0]) && !AUX_VERB_INSIDE.test(object[0]) : false;
  if (object && !CLAUSE_PRONOUNS.has(w) && !/\s(?:and|or|to|of|for|with|who|which)\s/.test(` ${object[0]}`) && (loneNoun || !FINITE_VERB.test(object[0].slice(0, -5)))) return p + object[0].length;
  return -1;
}

/** "about the", "on Iran": what one is informed about */
const TOPIC_AFTER = /^(?:about|of|on)\s+(?:the|a|an|his|her|its|their|\p{Lu})/u;

const CONJUNCTION_BEFORE_LOWERCASE = /\s(?:and|but)\s+(?!\p{Lu})/u;

/** a phrase, a comma, then a quotation */
const PHRASE_THEN_QUOTE = /^[^,.;:"“”]{2,80}?,[ \t]*(?=["“]\p{L})/u;

const PAST_FORM = /^\p{Ll}[\p{L}]*ed$/u;

/** "reported the incident": the event reported, not a claim */
const REPORTED_EVENT = /^(?:the|this|that|these|its|their)\s+(?:news|story|stories|development|developments|incident|move|details?|findings?|deal|talks|plan|plans|figures?|results?|meeting|visit|sale|purchase|decision|matter|case|comments?|remarks?|allegations?|claims?|episode|exchange|conversation|quotes?)(?![\p{L}])(?!\s+(?:that|of|was|were|is|are|had|has|will|would|could|\p{Ll}{3,}ed)\b)/iu;

/** "the allegations", "accusations of vote-rigging", "the claim", "statements attributed to": a charge or a statement as an object (not a report, whose content is read elsewhere) */
const DENIED_CHARGE = /^(?:(?:the|these|those|such|all|any|all[ \t]+the)[ \t]+)?(?:allegations|accusations|charges|claims?|statements)(?=[ \t]*(?:[,.;]|$)|[ \t]+(?:of|on|about|attributed|against|made|by|in|at|during|on)[ \t])/u;

/** A new or bare object: "new measures", "partial mobilisation", "layoffs" (not "a three-day period of mourning", which may be a statement). */
const ANNOUNCED_UNDERTAKING = /^(?:(?:new|more|further|fresh|partial|plans?)[ \t]|(?:layoffs|cuts|measures|sanctions|restrictions|job[ \t]+cuts)(?![\p{L}]))/u;

/** A finite auxiliary within a few words: "new cases were reported" is a clause. */
const AUXILIARY_AHEAD = /^(?:[^ \t,.;:]+[ \t]+){1,5}?(?:was|were|is|are|had|has|have|would|will|could|can|may|might)(?![\p{L}])/u;

/** "denied having", "denied receiving": a gerund denied */
const DENIED_GERUND = /^(?!(?:any|nothing|everything|anything|reports?|claims?|allegations?|accusations?|rumou?rs?|speculation)\b)\p{Ll}{3,}ing(?![\p{L}])/u;

/** "confirmed the appointment": a thing confirmed, not a claim */
const CONFIRMED_THING = /^the[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}?(?!(?:reports?|story|stories|claims?|allegations?|rumou?rs?|news|details?|information|figures?|findings?|account|matter|decision|move|plan|plans|deal|talks|statement|comments?|remarks?|arrival|departure|appointment|resignation|sale|purchase|acquisition|existence|receipt|identity|identities|number|toll|date|time|names?|merger|takeover|agreement|contract|transaction|partnership|investment|closure|layoffs|cuts|results|earnings|dividend|orders?|prices?|release|schedule|changes?|nomination|visit|trip|meeting|summit)(?![\p{L}]))\p{Ll}{3,}(?=[ \t]*(?:[,.;]|$|[ \t]+(?:in|at|on|near|of|and|but|to)[ \t]))/u;

/** "without elaborating", "without giving details": how something was said, not what */
/** "hours after", "shortly before", "days following", "moments after": a time reckoned from an event */
const TIME_BEFORE_EVENT = /^(?:(?:only|just|mere|some|about|a few|two|three|several|\d+)[ \t]+)?(?:hours|days|minutes|weeks|months|moments|shortly|soon|immediately|long|not long)[ \t]+(?:after|before|following|ahead of)[ \t]/i;

const WITHOUT_GERUND = /^without[ \t]+(?:\p{Ll}+ly[ \t]+)?\p{Ll}{2,}ing(?![\p{L}])/u;

function contentAfter(text: string, lemma: string, pos: number, end: number): ContentStart {
  let p = pos;
  while (p < end && isBlankAt(text, p)) p++;
  if (p >= end || /[.!?]/.test(text[p] as string)) return { kind: 'none', comma: false, closes: true };
  // ("saw about a dozen protesters gathered": what a journalist saw is the object itself)
  if (lemma === 'witness') return { kind: 'content', start: p };
  const rest = text.slice(p, Math.min(end, p + 40));
  // "C, the Nation reported this evening (Nov. 23).": a time that ends the frame is no content
  if (TIME_ENDS_FRAME.test(text.slice(p, Math.min(end + 1, p + 50)))) return { kind: 'none', comma: false, closes: true };
  // "broke the news on Monday that C": breaking is a cue only with the news or the story broken
  if (lemma === 'break') {
    const broken = /^the[ \t]+(?:news|story)(?:[ \t]+[^,.;:"“”]{1,40}?)?[ \t]+that[ \t]+/u.exec(text.slice(p, Math.min(end, p + 70)));
    return broken ? { kind: 'content', start: p + broken[0].length } : { kind: 'none', comma: false, closes: false };
  }
  // ("saying instead that C", "said only that C": a focus adverb before "that"; "insisted that's not the case": "that's" is the content's subject)
  const that = /^,?[ \t]*(?:(?:instead|only|simply|merely|again|also|further|repeatedly|once[ \t]+again|however|so[ \t]+far)[ \t]+)?that(?![\p{L}'’])[ \t]*/u.exec(rest);
  // ("saying that could divert parts": a "that" before a finite verb is the content's subject, not its conjunction)
  if (that && DEMONSTRATIVE_THAT.test(rest.slice(that[0].length))) return { kind: 'content', start: p + that[0].lastIndexOf('that') };
  if (that) return { kind: 'content', start: p + that[0].length };
  // "urged the minister to resign", "cautioned not to draw conclusions", "cautioned against haste": the one urged and the infinitive
  if (lemma === 'urge' || lemma === 'caution') {
    const urged = lemma === 'urge' ? URGED_TO.exec(text.slice(p, Math.min(end, p + 90))) : CAUTIONED.exec(text.slice(p, Math.min(end, p + 90)));
    return urged ? { kind: 'content', start: p } : { kind: 'none', comma: false, closes: false };
  }
  if (text[p] === ':') {
    let q = p + 1;
    while (q < end && /\s/.test(text[q] as string)) q++;
    return q < end ? { kind: 'content', start: q } : { kind: 'none', comma: false, closes: true };
  }
  if (text[p] === '"' || text[p] === '“') return { kind: 'content', start: p };
  // 'said Friday, "We will ..."': a quotation after the comma
  if (text[p] === ',' && COMMA_THEN_QUOTE.test(text.slice(p, p + 4))) return { kind: 'content', start: p + text.slice(p).search(/["“]/) };
  if (text[p] === ',' || text[p] === ';' || text[p] === ')') return { kind: 'none', comma: text[p] === ',', closes: true };
  // ("told reporters after the game that C": a short time phrase, then the content)
  const timedThat = text.startsWith('before', p) || text.startsWith('after', p) || text.startsWith('ahead', p) || TIME_BEFORE_EVENT.test(rest) ? TIMED_THAT.exec(text.slice(p, Math.min(end, p + 70))) : null;
  if (timedThat && lemma !== 'speak') return { kind: 'content', start: p + timedThat[0].length };
  if (/^(?:as (?:quoted|reported|cited|stated|announced|per)|according to|citing|quoting|and|but|then|before|after)\b/i.test(rest)) return { kind: 'none', comma: false, closes: true };
  // ("C, sources told Geo News hours after the case was filed": a time measured from an event closes the frame)
  if (TIME_BEFORE_EVENT.test(rest)) return { kind: 'none', comma: false, closes: true };
  // "C, the paper reported without elaborating", "said without citing its sources": a manner adjunct, no content
  if (rest.startsWith('without') && WITHOUT_GERUND.test(rest)) return { kind: 'none', comma: false, closes: true };
  // '"C," the spokeswoman responded when asked about it'
  if (/^(?:when|after|as|while|if)\s+(?:asked|pressed|questioned|contacted|reached)\b/i.test(rest)) return { kind: 'none', comma: false, closes: true };
  const w = (/^[\p{L}'’]+/u.exec(rest)?.[0] ?? '').toLowerCase();
  if (/^(?:whether|if|why|how|what|who)$/.test(w)) return lemma === 'question' || lemma === 'say' || lemma === 'tell' ? { kind: 'content', start: p } : { kind: 'none', comma: false, closes: false };
  if (lemma === 'speak') return { kind: 'none', comma: false, closes: false };
  // "informed the embassy that C", "warned clients that C": the one told, then the content after "that"
  if (lemma === 'tell' || RECIPIENT_THAT_LEMMAS.has(lemma)) {
    const after = contentAfterObjectThat(text, p, end, w);
    if (after >= 0) return { kind: 'content', start: after };
  }
  // directives: "told the public not to rely on rumours", "warned them to brace for a downturn"
  if (lemma === 'tell' || lemma === 'warn') {
    const directive = DIRECTIVE_OBJECT.exec(rest);
    if (directive && /^(?:not\s+)?to\s+(?!(?:the|a|an|his|her|their|its|this|that|reporters|journalists)\b)/u.test(rest.slice(directive[0].length))) return { kind: 'content', start: p + directive[0].length };
  }
  // "warned North Korea a launch would lead to sanctions": the one warned, then the warning
  // ("warned North Korea would face sanctions" keeps North Korea as the clause's subject)
  if (lemma === 'warn' || lemma === 'remind' || lemma === 'assure') {
    const obj = /^(?:\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}|him|her|them|us|me|you|(?:the|its|his|her|their)(?:[ \t]+(?!(?:that|the|a|an)(?![\p{L}]))\p{Ll}[\p{Ll}-]*){1,3}?)[ \t]+(that[ \t]+)?/u.exec(text.slice(p, Math.min(end, p + 60)));
    if (obj) {
      const after = text.slice(p + obj[0].length, Math.min(end, p + obj[0].length + 60));
      if (obj[1] || CLAUSE_AHEAD.test(after) || PAST_CLAUSE_AHEAD.test(after)) return { kind: 'content', start: p + obj[0].length };
    }
  }
  // "warned of irregular mobilisations", "complained of widespread fraud": the thing warned of is the claim
  if ((lemma === 'warn' || lemma === 'complain') && /^of[ \t]+(?!(?:the[ \t]+)?(?:need|possibility|risk)[ \t]+(?:to|of|that))\S/u.test(rest)) return { kind: 'content', start: p + (/^of[ \t]+/u.exec(rest) as RegExpExecArray)[0].length };
  // "warned the crew.", "warned residents about the storm": the one warned, with no warning of its own, is no content
  if (lemma === 'warn' && WARNED_PARTY.test(rest)) return { kind: 'none', comma: false, closes: false };
  // "informed the Reuters news agency about the army's withdrawal"
  if ((lemma === 'inform' || lemma === 'brief') && TOPIC_AFTER.test(rest)) return { kind: 'content', start: p + (/^\S+\s+/.exec(rest) as RegExpExecArray)[0].length };
  if (/^(?:in|on|at|to|with|for|of|by|during|after|before|from|while|when|as|against|about|over|into|through|via|under|upon)$/.test(w) && !/^(?:at\s+(?:least|most)\b|about\s+\d|over\s+\d|as\s+(?:many|much|few|little|high|low|long)\s+as\b)/i.test(rest)) {
    // "said in their latest assessment that C", "said during a visit to Kyiv that C"
    const that = /^[^,.;:"“”]{0,90}?\sthat\s+/u.exec(text.slice(p, Math.min(end, p + 110)));
    // (a cue-shaped noun after a determiner or preposition is no verb: "in comments to the AP that")
    const crossesVerb = that && (CONJUNCTION_BEFORE_LOWERCASE.test(that[0]) || that[0].split(/[^\p{L}]+/u).some((x, i, ws) => VERB_FORMS.has(x.toLowerCase()) && x !== 'that' && !/^(?:in|a|an|the|his|her|its|their|to|with|of|on|during|for|at)$/i.test(ws[i - 1] ?? '')));
    if (that && !crossesVerb && !/\b(?:so|such|now|given|despite|except)\s+that\s+$/i.test(that[0])) return { kind: 'content', start: p + that[0].length };
    // 'commented on the developments, "We hope ..."': a quotation after the phrase and its comma
    const quoted = PHRASE_THEN_QUOTE.exec(text.slice(p, Math.min(end, p + 90)));
    if (quoted && (lemma === 'comment' || lemma === 'say' || lemma === 'write' || lemma === 'add' || lemma === 'respond' || lemma === 'reply' || lemma === 'tweet' || lemma === 'post')) return { kind: 'content', start: p + quoted[0].length };
    // "was quoted as saying when she did not hear from him, she went to the barracks": a fronted
    // subordinate clause, its comma, then the main clause of the content
    if ((w === 'when' || w === 'after' || w === 'before' || w === 'while') && (lemma === 'say' || lemma === 'add' || lemma === 'claim' || lemma === 'write') && FRONTED_SUBORDINATE_CONTENT.test(text.slice(p, Math.min(end, p + 200)))) return { kind: 'content', start: p };
    // "said in a statement Monday it had grounded the fleet": a setting, then a clause without "that"
    const setting = lemma === 'say' || lemma === 'write' || lemma === 'add' || lemma === 'announce' || lemma === 'tell' ? STATEMENT_SETTING.exec(text.slice(p, Math.min(end, p + 90))) : null;
    if (setting && clauseAhead(text.slice(p + setting[0].length, Math.min(end, p + setting[0].length + 80)))) return { kind: 'content', start: p + setting[0].length };
    return { kind: 'none', comma: false, closes: false };
  }
  // content is a clause, not a bare verb phrase ("announced Monday ordered ...")
  if (PAST_FORM.test(w) && w.length > 4 && !PARTICIPLE_THEN_SUBJECT.test(rest) && !/^(?:need|seed|speed|bleed|feed|breed|greed|hundred|red|bed|united|advanced|armed|combined|detailed|limited|alleged|unprecedented|unexpected|unidentified|so-called)$/.test(w)) return { kind: 'none', comma: false, closes: false };
  // "said nothing", "said so": no content
  if (/^(?:nothing|little|much|anything|something|otherwise|so|more|less)$/.test(w) && /^[\p{L}]+\s*(?:[.,;!?]|$)/u.test(rest)) return { kind: 'none', comma: false, closes: false };
  // "said little about it", "said goodbye", "said sorry"
  if (/^(?:nothing|little|much|anything|something|more|less)\s+(?:about|on|of|else|more|to)\b/i.test(rest) || /^(?:goodbye|hello|thanks|thank|sorry|grace|farewell|prayers?|mass)\b/i.test(w)) return { kind: 'none', comma: false, closes: false };
  // "first reported the news on Friday": a reported thing named, not reported content
  if (lemma === 'report' && REPORTED_EVENT.test(rest)) return { kind: 'none', comma: false, closes: false };
  // "wrote a letter to the minister seeking help": a writing made, not what it says (unless its words follow)
  if (lemma === 'write' && WRITTEN_WORK.test(rest) && !WORDS_OF_WRITING_AHEAD.test(text.slice(p, Math.min(end, p + 160)))) return { kind: 'none', comma: false, closes: false };
  // "posted its summary on his account": a thing posted, not a statement
  if (lemma === 'post' && /^(?:its|his|her|their|our|a|an|the|this|these|those|photos?|videos?|pictures?|images?|links?)$/.test(w)) return { kind: 'none', comma: false, closes: false };
  // "tells the story of": a clause must follow tell (after its object)
  if (lemma === 'tell') {
    // ("told The Associated Press it's too soon": a pronoun with its verb contracted)
    // ("told Reuters Buhari now spends four hours a day": a name, then a verb in the present)
    return CLAUSE_PRONOUNS.has(w) || CONTRACTED_PRONOUN.test(w) || TOLD_CLAUSE_AHEAD.test(text.slice(p, p + 170)) || NAME_THEN_PRESENT_AHEAD.test(text.slice(p, p + 50)) ? { kind: 'content', start: p } : { kind: 'none', comma: false, closes: false };
  }
  // "denied any involvement", "denied wrongdoing": the denied part is the claim
  if (lemma === 'deny' && /^(?:(?:any|all|his|her|its|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:involvement|role|responsibility|wrongdoing|knowledge|connection|links?|ties|part|participation|complicity)(?![\p{L}])/u.test(rest)) return { kind: 'content', start: p };
  // "denied the allegations", "dismissed accusations of fraud", "denied statements attributed to him": a charge named is what is denied
  if ((lemma === 'deny' || lemma === 'dismiss' || lemma === 'reject') && DENIED_CHARGE.test(rest)) return { kind: 'content', start: p };
  // "denied launching any strikes", "denies hosting the leader": the gerund phrase is what is denied
  if (lemma === 'deny' && DENIED_GERUND.test(rest) && !/^(?:during|morning|evening|bring|thing|king|wing|ring|spring|string|ceiling|building|meeting|briefing|hearing|ruling|timing|wording|warning|uprising|setting|ending|beginning|feeling|sibling|darling|sterling)\b/.test(rest)) return { kind: 'content', start: p };
  // "police confirmed the attack", "an official confirmed the launch": the event confirmed is the claim
  if (lemma === 'confirm' && CONFIRMED_THING.test(rest)) return { kind: 'content', start: p };
  // a headline without a final stop: "Minister denies bribery claims", "Athlete confirms positive test"
  if ((lemma === 'deny' || lemma === 'confirm' || lemma === 'reject' || lemma === 'dismiss') && HEADLINE_PRESENT_CUE.test(text.slice(Math.max(0, pos - 12), pos)) &&
      (end >= text.length || text[end] === '\n' || text[end] === '\r') && !/[.!?:]\s*$/.test(text.slice(p, end)) && /^[\p{L}"“‘']/u.test(rest) && end - p >= 6) return { kind: 'content', start: p };
  // "stated its position", "stated his case": a thing stated, not stated content
  if (lemma === 'state' && /^(?:its|his|her|their|our|the)[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:position|case|view|views|stance|opinion|name|intention|intentions|aim|goal|objection|objections|concerns?|reasons?|demands?|policy)(?![\p{L}])/u.test(rest)) return { kind: 'none', comma: false, closes: false };
  // "announced new measures", "have announced layoffs": a new undertaking made known,
  // not a statement ("announced the arrest of", "announced his victory" and "announced he would resign" stay)
  if (lemma === 'announce' && ANNOUNCED_UNDERTAKING.test(rest) && !clauseAhead(rest + text.slice(p + rest.length, p + 60)) && !AUXILIARY_AHEAD.test(rest)) return { kind: 'none', comma: false, closes: false };
  // "found it hard", "found the bodies": a finding needs "that"
  if (lemma === 'find') return { kind: 'none', comma: false, closes: false };
  if (THAT_ONLY_VERBS.has(lemma)) {
    const ahead = rest + text.slice(p + rest.length, p + 60);
    return CLAUSE_PRONOUNS.has(w) || clauseAhead(ahead) || PRESENT_CLAUSE_AHEAD.test(ahead) || COUNT_CLAUSE_AHEAD.test(ahead) ? { kind: 'content', start: p } : { kind: 'none', comma: false, closes: false };
  }
  return { kind: 'content', start: p };
}

const LETTER = /\p{L}/u;
/** "their levels of emissions", "the rules", "the agreement": what "as per" measures by when it cites no one */
const AS_PER_MEASURE = /^(?:(?:the|its|their|his|her|our|this|that|these|those|a|an|usual|normal|standard|current|existing|new|local|international)\s+)*(?:levels?|rules?|regulations?|laws?|norms?|guidelines?|agreements?|deals?|contracts?|schedules?|plans?|traditions?|customs?|practices?|procedures?|protocols?|polic(?:y|ies)|standards?|requirements?|terms|provisions?|directives?|orders?|instructions?|size|sizes|weight|quotas?|rates?|usual|norm|capacity|demand|needs?|budgets?|(?:[\p{L}-]+\s+)?(?:designs?|specifications?|blueprints?|timetables?))(?![\p{L}])/iu;
/** "a letter", "an open letter", "two articles", "his memoirs": a writing as the object of "wrote" */
const WRITTEN_WORK = /^(?:(?:a|an|the|his|her|its|their|this|another|two|three|several|open|joint|formal|personal|new|long|short|lengthy|brief)\s+){1,3}(?:letters?|articles?|books?|notes?|op-eds?|columns?|posts?|messages?|e-?mails?|memos?|memoirs?|petitions?|complaints?|pieces?|editorials?|essays?|blogs?|blog\s+posts?|reviews?|songs?|poems?|novels?|scripts?)(?![\p{L}-])/u;
/** what the writing says, after it: "saying C", "that C", "which said C", a colon or a quotation */
const WORDS_OF_WRITING_AHEAD = /\b(?:that|saying|stating|says|said|warning|claiming|arguing|demanding|asking|urging|calling|accusing)\b|[:"“]/u;
/** " on Monday", " last week", " yesterday": a date ending a phrase */
const TRAILING_DATE = /\s+(?:on|last|this|earlier)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?|\d{1,2}(?:st|nd|rd|th)?(?:\s+\p{Lu}\p{Ll}+)?)(?:\s+(?:morning|afternoon|evening|night|week))?$|\s+(?:yesterday|today|last night)$|\s+(?:a|an|one|two|three|four|five|six|seven|ten)\s+(?:days?|weeks?|months?)\s+ago$/iu;

/** The phrase after "according to"/"as quoted by": up to a comma, "that", or the sentence end. */
/** "E! News", "Hello! magazine", "Yahoo! Finance": an exclamation mark inside a medium's name */
const BANG_NAME_BEFORE = /(?:^|[^\p{L}])(?:E|OK|Hello|Yahoo)$/u;
function isBangInName(text: string, q: number): boolean {
  return BANG_NAME_BEFORE.test(text.slice(Math.max(0, q - 6), q)) && /^![ \t]+(?:\p{Lu}|magazine|news)/u.test(text.slice(q, q + 12));
}
function phraseAfter(text: string, pos: number, end: number): Span | null {
  let p = pos;
  while (p < end && isBlankAt(text, p)) p++;
  let q = p;
  // ('according to "Interfax"': a short name in quotation marks, the marks included)
  if (text[p] === '"' || text[p] === '“') {
    const close = text.indexOf(text[p] === '"' ? '"' : '”', p + 1);
    if (close > p + 1 && close - p <= 40 && close < end) q = close + 1;
  }
  let words = 0;
  let limit = 14;
  // an abbreviation's period ("U.S.", "Gov.") is part of the phrase
  while (q < end && (!isPhraseStopAt(text, q) || isAbbreviationPeriod(text, q) || (text[q] === '.' && LETTER.test(text[q + 1] ?? '')) || (text[q] === '!' && isBangInName(text, q)))) {
    if (text[q] === ' ') {
      // ("claims by the FT newspaper that C ...": the phrase ends at "that", however long C runs)
      // ("according to a report in the FT which cited a draft": and at a relative clause on it, read as its source)
      if (text.startsWith(' that ', q) || (text.startsWith(' which ', q) && RELATIVE_CITING_AT.test(text.slice(q, q + 40)))) break;
      // ("according to two sources familiar with the matter who spoke to AFP via telephone": a relative clause on the
      // source may run longer)
      if (limit === 14 && words <= 14 && text.startsWith(' who ', q) && WHO_ON_SPEAKER.test(text.slice(q, q + 40))) limit = 26;
      words++;
    }
    if (words > limit) return null;
    q++;
  }
  // "according to the BBC." / "according to a report by Bloomberg on Friday"
  let np = text.slice(p, q);
  // (a date, not "quoted on Interfax")
  const date = TRAILING_DATE.exec(np);
  // ("according to USA Today": a capitalised "Today" ends a name, not a date)
  if (date && !/\sToday$/.test(np)) np = np.slice(0, date.index);
  const thatCut = /\s+that\s/.exec(np);
  if (thatCut) np = np.slice(0, thatCut.index);
  const s = trimSpan(text, p, p + np.length);
  return s.end > s.start ? s : null;
}

/** Start of the claim that ends at `end` (a trailing attribution): after adverbials and an earlier clause. */
function claimStartBefore(text: string, contentStart: number, end: number, narrow = false): number {
  let start = skipLeadingAdverbial(text, contentStart, end);
  const region = text.slice(start, end);
  // (a dash before a relative clause continues the content: "a pause — which would be the first")
  const re = narrow ? /;\s+|,\s+but\s+|,\s+while\s+|\s+—\s+(?!(?:which|who|whom|whose|where|when|including)\s)/g : /;\s+|\s+—\s+(?!(?:which|who|whom|whose|where|when|including)\s)/g;
  let m: RegExpExecArray | null;
  let cut = -1;
  while ((m = re.exec(region))) {
    // ("C — many because of neglect, X reported": a fragment without a verb after the dash adds to the content before it)
    if (m[0].includes('—') && !FINITE_VERB_INSIDE.test(region.slice(m.index + m[0].length))) continue;
    cut = m.index + m[0].length;
  }
  if (cut > 0 && region.length - cut > 20) start += cut;
  return start;
}
/** A finite verb: an auxiliary or modal, a past form in -ed, or a common irregular past. */
const FINITE_VERB_INSIDE = /(?:^|[\s,])(?:is|are|was|were|am|be|been|has|have|had|will|would|could|can|may|might|must|shall|should|did|does|do|\p{Ll}{2,}ed|went|took|made|came|saw|got|gave|left|found|began|fell|rose|ran|hit|put|set|cut|lost|won|held|kept|said|told|says|needs|wants|remains|seems|looks|goes|comes)(?![\p{L}'’])/u;

/** Words between a negation and the verb it negates: "did not say", "has never confirmed", "would not say" */
const NEGATABLE_AUXILIARY: ReadonlySet<string> = new Set(['do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'is', 'are', 'was', 'were', 'be', 'been', 'also', 'even', 'yet', 'ever', 'still', 'immediately', 'publicly', 'officially']);

function isNegated(text: string, auxStart: number, floor: number): boolean {
  let p = auxStart;
  // ("a police officer who declined to be named told Reuters": the "to" must govern the cue itself, with at most adverbs between)
  let governsCue = true;
  for (let k = 0; k < 3; k++) {
    const w = wordBefore(text, p, floor);
    if (!w) return false;
    const lw = w.word.toLowerCase();
    if (NEGATIONS.has(lw) || lw.endsWith("n't") || lw.endsWith('n’t')) return true;
    if (lw === 'to' && governsCue) {
      const v = wordBefore(text, w.start, floor);
      if (v && /^(?:declined|refused|failed|unable|decline|refuse|declining|refusing|wanted|want|plans|plan|planned|expected|expect|going|used|ready|willing|able|set|due|likely|set)$/i.test(v.word)) return true;
    }
    if (!lw.endsWith('ly')) governsCue = false;
    // ("an official who was not named said C": a word of another verb phrase ends the look back)
    if (!lw.endsWith('ly') && !NEGATABLE_AUXILIARY.has(lw) && lw !== 'to') return false;
    p = w.start;
  }
  return false;
}

/** "Channel 4 News", "The Daily Times": capitalised words and a medium's word */
const MEDIUM_SHAPED_NAME = /^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:TV|Television|Radio|News|Times|Post|Daily|Press|Channel|Agency|Herald|Tribune|Journal)$/u;
const WORDS_THEN_FINITE_VERB = /^(?:[\p{L}’'-]+[ \t]+){1,6}?(?=(?:is|are|was|were|has|have|had|will|would|wants|\p{Ll}+ed|\p{Ll}{3,}s)(?![\p{L}]))/u;

/** Adds a clause found by a later pass before the first clause whose cue comes after its own, keeping the sentence's order. */
function insertInCueOrder(out: Clause[], clause: Clause): void {
  const at = out.findIndex((c) => c.cueStart > clause.cueStart);
  if (at < 0) out.push(clause);
  else out.splice(at, 0, clause);
}

/** The words a free-standing ", citing X", "as per X" or ", he said" after a claim needs: one regex scan (V8 reads
 * literal alternatives together) costs about what one of six includes does on a claim's length. */
const SOURCE_CUT_WORDS = /citing|quoting|as per| said| added| says/;
/** All reporting clauses of one sentence. */
export function clausesOf(ctx: SentenceContext, sentence: Span): Clause[] {
  const { text } = ctx;
  const s0 = sentence.start;
  const s1 = sentence.end;
  const contentStart = contentStartOf(text, sentence);
  const out: Clause[] = [];
  const consumedCiting: Span[] = [];
  const freeCiting: Span[] = [];
  const hits = withoutQuestionCues(text, contentStart, s1, findCues(text, s0, s1));
  const quoted = hits.length ? quotedRanges(text, contentStart, s1) : [];
  const afterAdverbial = skipLeadingAdverbial(text, contentStart, s1);
  const scan: CueScan = { ctx, text, s0, s1, contentStart, afterAdverbial, hits, quoted, out, consumedCiting, freeCiting, skipUntil: -1, titleCase: undefined };
  if (headlineTagClause(scan) || leadLabelClause(scan) || headlineSpeakerClause(scan)) return out;
  for (const h of hits) scanCue(scan, h);
  // "The BBC spoke to a witness who said C": the medium that heard the speaker
  for (const c of out) {
    if (c.kind !== 'pre' || !c.subject || c.medium) continue;
    const heard = interviewerOf(ctx, c.subject, contentStart);
    if (heard) { c.subject = heard.subject; c.medium = heard.medium; }
  }
  const words = SENTENCE_WORDS.of(text.slice(contentStart, s1));
  whatItCallsClause(scan, words);
  // "after the president's remarks on Wednesday that C": a statement noun owned by its speaker, in an adjunct, then its content
  ownedStatement(text, contentStart, s1, out);
  // 'The lawyer called the threat "forensic blackmail"', 'dubbed it a "sneaky" rock': a quoted name given to something
  // (namingCue looks for the quotation marks in the sentence itself: text.includes from contentStart would read on to the article's end)
  namingCue(text, contentStart, s1, out);
  // "In an interview with the BBC, X said ...": the medium of the sentence's first clause
  // ("On Wednesday, talking to VOA, X said ...": after a leading adverbial too)
  leadingSettingMedium(scan);
  perMediumClause(scan);
  attachFreeCitings(scan);
  quotationBeforeAdjunct(scan);
  sharedSubjectsAndSources(scan);
  clausesWithoutVerbCue(scan, words);
  whichSubjectsAndStories(scan, words);
  lendInterjectedMedia(out);
  lendInterjectedReporters(text, out);
  mediumAfterThingConfirmed(ctx, out);
  addCoordinatedTrailingFrames(text, out, s1);
  cutClaims(text, out);
  claimsEndAtNextPredicate(scan);
  shareCoordinatedMedium(text, out);
  return out;
}

/** A headline or standfirst line tagged with its source ("Talks stall – report", "Firm cuts jobs - The Verge"): true when its clause was pushed. */
function headlineTagClause(scan: CueScan): boolean {
  const { ctx, text, s0, s1, contentStart, out } = scan;
  if ((s0 === 0 || text[s0 - 1] === '\n') && (s1 === text.length || text[s1] === '\n' || text[s1] === '\r')) {
    // the article's title may also end in ": Yonhap" (one colon only: "Read more: X: Report" is a link)
    const colonTag = s0 === 0 && text.slice(s0, s1).split(':').length === 2 ? HEADLINE_COLON_TAG.exec(text.slice(Math.max(s0, s1 - 60), s1)) : null;
    const tail = text.slice(Math.max(s0, s1 - 60), s1);
    const tag = (HEADLINE_TAG_DASH.test(tail) ? HEADLINE_TAG.exec(tail) : null) ?? colonTag;
    if (tag && !TAG_ENDS_IN_CUE.test(tag[1] as string)) {
      const tagStart = s1 - tag[0].length + tag[0].indexOf(tag[1] as string);
      const isReport = /^(?:reports?|sources?|officials?|insiders?)$/i.test(tag[1] as string);
      // ("...: Suhail TV": a medium-shaped name the gazetteer lacks)
      const mediumShaped = MEDIUM_SHAPED_NAME.test(tag[1] as string);
      // ("79 killed in clashes: activist", "Coach's exit just mind games: Muangthong": a title credited to its speaker)
      const speakerTag = tag === colonTag && !isReport && !mediumShaped && TITLE_SPEAKER_TAG.test(tag[1] as string) && splitWordCount(text.slice(s0, s1 - tag[0].length)) >= 4;
      if (isReport || ctx.outletAt(tagStart) || mediumShaped || speakerTag) {
        const claim = trimSpan(text, tag === colonTag ? s0 : contentStart, s1 - tag[0].length);
        // only headline-like lines: a credit line after a paragraph ("... on Monday. - AP") is no source
        if (claim.end - claim.start >= 8 && s1 - s0 <= 220 && !/[.!?"”]\s*$/.test(text.slice(contentStart, s1 - tag[0].length))) {
          const colon = s1 - tag[0].length;
          if (speakerTag) out.push(base('post', 'say', ':', colon, colon + 1, { subject: { start: tagStart, end: s1 }, claim, frameStart: claim.end }));
          else out.push(base('post', 'report', tag[1] as string, tagStart, s1, { subject: { start: tagStart, end: s1 }, claim, frameStart: claim.end, forwardOutlet: true }));
          return true;
        }
      }
    }
  }
  return false;
}

/** "Report: chains in merger talks", "Sources: deal is near" on a line of its own: true when its clause was pushed. */
function leadLabelClause(scan: CueScan): boolean {
  const { text, s0, s1, out } = scan;
  if ((s0 === 0 || text[s0 - 1] === '\n') && (s1 === text.length || text[s1] === '\n' || text[s1] === '\r') && s1 - s0 <= 220) {
    const lead = /^(?:[\p{Lu}\p{Ll}]+\s+)?(Reports?|Sources?|REPORT|SOURCES?)\s*:\s+(?=\S)/u.exec(text.slice(s0, Math.min(s1, s0 + 30)));
    if (lead && !/[.!?"”]\s*$/.test(text.slice(s0, s1)) && (!lead[0].includes(' ') || /^(?:Exclusive|Breaking|Update)\b/i.test(lead[0]) || lead[0].split(/\s+/).length <= 2)) {
      const tagStart = s0 + lead[0].indexOf(lead[1] as string);
      const claim = trimSpan(text, s0 + lead[0].length, s1);
      if (claim.end - claim.start >= 8) {
        const word = (lead[1] as string).toLowerCase();
        out.push(base('post', 'report', word, tagStart, tagStart + (lead[1] as string).length, { subject: { start: tagStart, end: tagStart + (lead[1] as string).length }, claim, frameStart: claim.end, forwardOutlet: true }));
        return true;
      }
    }
  }
  return false;
}

/** A headline that quotes its speaker ("Acme: 'We are not selling'", "Acme: No, we will not sell"): true when its clause was pushed. */
function headlineSpeakerClause(scan: CueScan): boolean {
  const { ctx, text, s0, s1, out } = scan;
  if (s0 === 0 && (s1 === text.length || text[s1] === '\n' || text[s1] === '\r') && s1 - s0 <= 160) {
    let m = HEADLINE_SPEAKER.exec(text.slice(s0, s1));
    // "ABC News: US will likely send missiles": a headline credited to a named medium
    if (!m) {
      const named = HEADLINE_MEDIUM.exec(text.slice(s0, s1));
      const om = named ? ctx.outletAt(s0) : null;
      if (named && om && om.end === s0 + (named[1] as string).length) m = named;
    }
    if (m && !HEADLINE_LABELS.test(m[1] as string)) {
      const name = m[1] as string;
      const colon = s0 + name.length;
      const claim = trimClaim(text, s0 + m[0].length - (m[2] as string).length, s1);
      if (claim.end - claim.start >= 8) {
        out.push(base('pre', 'say', ':', colon, colon + 1, { subject: { start: s0, end: colon }, claim, frameStart: s0 }));
        return true;
      }
    }
  }
  return false;
}

/** "because of what it calls widespread fraud": the named words as the subject's claim. `words`: SENTENCE_WORDS of the sentence's content. */
function whatItCallsClause(scan: CueScan, words: number): void {
  const { text, s1, contentStart, out } = scan;
  const calls = (words & WHAT_WORD) !== 0 ? WHAT_X_CALLS.exec(text.slice(contentStart, s1)) : null;
  if (calls) {
    const npAt = contentStart + calls.index + calls[0].indexOf(calls[1] as string, 5);
    const claimAt = contentStart + calls.index + calls[0].length;
    let subject: Span | null = { start: npAt, end: npAt + (calls[1] as string).length };
    const whatAt = contentStart + calls.index + calls[0].indexOf('what');
    // "were praised by their minister for what he called C": the passive's agent is the pronoun's referent
    const agent = /^(?:it|they|he|she)$/i.test(calls[1] as string) ? PASSIVE_AGENT_BEFORE.exec(text.slice(Math.max(contentStart, whatAt - 90), whatAt)) : null;
    if (agent) {
      const st = whatAt - agent[0].length + agent[0].indexOf(agent[1] as string, 2);
      subject = { start: st, end: st + (agent[1] as string).length };
    } else if (/^(?:it|they|he|she)$/i.test(calls[1] as string)) {
      // the pronoun is the sentence's subject: the noun phrase before its first verb
      const head = scan.afterAdverbial;
      const verb = WORDS_THEN_FINITE_VERB.exec(text.slice(head, npAt));
      const np = verb ? trimSpan(text, head, head + verb[0].length) : null;
      subject = np && np.end > np.start && /^(?:the|a|an|\p{Lu})/iu.test(text.slice(np.start, np.end)) ? np : mainSubject(text, head, npAt) ?? subject;
    }
    let e = claimAt;
    const quoted = text[claimAt] === '"' || text[claimAt] === '“';
    const claim = quoted ? quoteClaim(text, claimAt, s1) : (() => { while (e < s1 && !/[,;:.!?(]/.test(text[e] as string)) e++; return trimSpan(text, claimAt, e); })();
    // (inside another clause's content it is that speaker's wording: no record of its own)
    if (claim.end - claim.start >= 3 && !out.some((c) => (c.cueStart >= npAt && c.cueStart < claimAt) || (c.claim && c.claim.start <= npAt && c.claim.end > npAt))) {
      out.push(base('pre', 'call', (calls[2] as string).trim(), npAt + (calls[1] as string).length + 1, claimAt, { subject, claim, frameStart: contentStart + calls.index }));
    }
  }
}

/** "Also speaking to", "But in an interview with": an adverb without its comma before a setting. */
const ADVERB_BEFORE_SETTING = /^(?:Also|Separately|Later|Earlier|Meanwhile|Previously|Subsequently|And|But)[ \t]+(?=\p{Ll})/u;
// (a regex literal with \p{..} inside a function is compiled by tsx into a new RegExp on every call)
const ADVERB_FIRST_LETTERS = 'ASLEMPB';

/** "In an interview with the BBC, X said": the medium of a leading setting, given to the clause it frames. */
function leadingSettingMedium(scan: CueScan): void {
  const { ctx, text, s1, contentStart, afterAdverbial, out } = scan;
  let lead = mayLeadMedium(text, contentStart, false) ? LEADING_MEDIUM.exec(text.slice(contentStart, Math.min(s1, contentStart + 120))) : null;
  let leadAt = contentStart;
  // ("On Monday, in an interview with Der Spiegel, X said": the setting may itself be one of the adverbials skipped)
  for (let p = contentStart; !lead && p < afterAdverbial;) {
    const next = skipLeadingAdverbial(text, p, s1, 1);
    if (next <= p) break;
    p = next;
    lead = mayLeadMedium(text, p, true) ? LEADING_MEDIUM_AFTER_ADVERBIAL.exec(text.slice(p, Math.min(s1, p + 120))) : null;
    leadAt = p;
  }
  // ("Also speaking to Reuters, X said": an adverb without its comma before the setting)
  if (!lead) {
    const adverb = ADVERB_FIRST_LETTERS.includes(text[contentStart] ?? '.') ? ADVERB_BEFORE_SETTING.exec(text.slice(contentStart, contentStart + 16)) : null;
    if (adverb && mayLeadMedium(text, contentStart + adverb[0].length, true)) {
      lead = LEADING_MEDIUM_AFTER_ADVERBIAL.exec(text.slice(contentStart + adverb[0].length, Math.min(s1, contentStart + adverb[0].length + 120)));
      if (lead) leadAt = contentStart + adverb[0].length;
    }
  }
  // "When asked repeatedly by Folha reporters about the pressure ..., S said": the medium whose journalists asked
  // (the question may run on past the comma-free stretch LEADING_MEDIUM reads)
  if (!lead && (text[contentStart] === 'W' || text[contentStart] === 'A' || text[contentStart] === 'Q' || text[contentStart] === 'P')) lead = ASKED_BY_LEAD.exec(text.slice(contentStart, Math.min(s1, contentStart + 120)));
  if (!lead && text.startsWith('During', contentStart)) lead = DURING_COVERAGE_LEAD.exec(text.slice(contentStart, Math.min(s1, contentStart + 160)));
  // "On Sky News, the minister said C": a listed medium the statement was made on
  if (!lead && text.startsWith('On ', contentStart)) {
    const om = ctx.outletAt(contentStart + 3);
    if (om && text[om.end] === ',') lead = ON_MEDIUM_LEAD.exec(text.slice(contentStart, om.end + 1));
  }
  // (the clause after the setting: a cue inside the setting itself, "asked about the calls for X,", is not the one it frames)
  const leadEnd = lead ? text.indexOf(',', leadAt + lead[0].length - 1) : -1;
  const framed = lead ? out.find((c) => leadEnd >= 0 && c.cueStart > leadEnd) ?? out[0] : undefined;
  if (lead && framed && !framed.medium) {
    // ("Asked by Reuters about the delay,": the medium, not the topic)
    // ("Speaking to French magazine Telefoot last week,": nor the time)
    // ("In an interview with VOA in Bangkok,": nor the place)
    const topicless = (lead[1] as string).replace(/\s+(?:about|whether|if|over|regarding)\s[\s\S]*$/, '');
    // ("In an interview with the Mail on Sunday,": a listed name that ends in a day keeps it)
    const nameAt = leadAt + lead[0].indexOf(topicless);
    const listed = ctx.outletAt(nameAt) ?? ctx.outletAt(nameAt + 4);
    const np = listed && listed.end === nameAt + topicless.length ? topicless : topicless.replace(SETTING_TIME_AFTER, '').replace(SETTING_PLACE_AFTER, '');
    const st = leadAt + lead[0].indexOf(np);
    framed.medium = { start: st, end: st + np.length };
  }
  // "In his letter, as quoted by Channel 12, S notes that C": the medium quoted the clause after the setting
  const quotedSetting = !lead && out.length > 1 ? frontedQuotedBy(text, contentStart, s1) : null;
  const afterSetting = quotedSetting ? out.findIndex((c) => c.cueStart >= quotedSetting.frameEnd) : -1;
  if (quotedSetting && afterSetting > 0 && !out[afterSetting]!.medium) {
    out[afterSetting]!.medium = quotedSetting.medium;
    for (let i = afterSetting - 1; i >= 0; i--) if (out[i]!.cueStart < quotedSetting.frameEnd) out.splice(i, 1);
  }
}

/** "C, per Axios.", "Per Axios, C": a medium credited before or after the content, when no clause was found. */
function perMediumClause(scan: CueScan): void {
  const { ctx, text, s1, contentStart, afterAdverbial, out } = scan;
  // "C, per Axios." / "C, via Reuters.": a medium credited after the content
  if (!out.length && (text[afterAdverbial] === 'P' || text[afterAdverbial] === 'V')) {
    const per = PER_OUTLET_LEAD.exec(text.slice(afterAdverbial, Math.min(s1, afterAdverbial + 80)));
    const st = per ? afterAdverbial + per[0].indexOf(per[1] as string, 3) : -1;
    const om = per ? ctx.outletAt(st) : null;
    if (per && om && afterAdverbial + per[0].length + 8 < s1) {
      const subject = om.start === st ? trimSpan(text, st, st + (per[1] as string).length) : { start: om.start, end: om.end };
      out.push(base('prep-lead', 'per', text.slice(afterAdverbial, afterAdverbial + 3), afterAdverbial, afterAdverbial + 3, { subject, medium: { start: om.start, end: om.end }, claim: trimSpan(text, afterAdverbial + per[0].length, s1), frameStart: afterAdverbial }));
    }
  }
  if (!out.length) {
    const per = PER_OUTLET_END.exec(text.slice(Math.max(contentStart, s1 - 80), s1));
    if (per) {
      const np = per[1] as string;
      const st = s1 - per[0].length + per[0].indexOf(np, per[0].search(/per|via/i) + 3);
      const om = ctx.outletAt(st);
      if (om) {
        const fs = s1 - per[0].length;
        const claim = claimBefore(text, contentStart, fs);
        // ("per ESPN's Adrian Wojnarowski": the whole phrase, so the reporter stays the speaker)
        const subject = om.start === st ? trimSpan(text, st, st + np.length) : { start: om.start, end: om.end };
        if (claim) out.push(base('prep-trail', 'per', per[0].trim().split(/\s+/)[0]!.replace(/^,/, '').trim() || 'per', fs, fs + per[0].length, { subject, medium: { start: om.start, end: om.end }, claim, frameStart: fs }));
      }
    }
  }
}

/** Standalone "citing X": the clause around it. */
function attachFreeCitings(scan: CueScan): void {
  const { out, consumedCiting, freeCiting } = scan;
  for (const c of freeCiting) {
    if (consumedCiting.some((x) => x.start === c.start)) continue;
    let best: Clause | null = null;
    for (const cl of out) if (cl.cueStart > c.end && !cl.citing) { best = cl; break; }
    if (!best) for (let i = out.length - 1; i >= 0; i--) if ((out[i] as Clause).cueStart < c.start && !(out[i] as Clause).citing) { best = out[i] as Clause; break; }
    if (best) best.citing = c;
  }
}

/** '"C," the centre said early Saturday, after downgrading it': the quotation is the claim, not the adjunct. */
function quotationBeforeAdjunct(scan: CueScan): void {
  const { text, s0, out } = scan;
  for (const c of out) {
    if (c.kind !== 'pre' || !c.claim || !c.subject) continue;
    if (!TRAILING_ADJUNCT_ONLY.test(text.slice(c.claim.start, Math.min(c.claim.end, c.claim.start + 80)))) continue;
    let q = c.subject.start;
    while (q > s0 && /\s/.test(text[q - 1] as string)) q--;
    if (!/["”]/.test(text[q - 1] ?? '') || !isQuoteEnd(text, q - 1)) continue;
    const close = text[q - 1] === '”' ? '“' : '"';
    const open = text.lastIndexOf(close, q - 2);
    if (open < s0) continue;
    c.claim = quoteClaim(text, open, q);
    c.kind = 'post';
    c.frameStart = q - 1;
  }
}

/** Subjects and sources that clauses share: an inner speaker where the outer claim starts, a source set off after the subject, "X quoting Y". */
function sharedSubjectsAndSources(scan: CueScan): void {
  const { ctx, text, out } = scan;
  // "The AP reported that a U.S. official said C": the inner speaker starts where the outer claim does
  // ("Al Jazeera reported that Hamas rejected claims that C", "Kyodo reports Japan has accused China of C": a party's act too)
  for (const c of out) {
    if (!c.subject || c.kind !== 'pre' || (c.lemma !== 'say' && c.lemma !== 'tell' && !isActLemma(c.lemma))) continue;
    for (const o of out) {
      if (o === c || o.kind !== 'pre' || !o.claim || o.cueEnd <= c.subject.start) continue;
      if (o.claim.start > c.subject.start && o.claim.start < c.subject.end && o.cueEnd <= o.claim.start) c.subject = trimSpan(text, o.claim.start, c.subject.end);
    }
  }
  // "The Times, citing an official, first reported on the talks and said that C": the source set off after the
  // subject covers every verb of its predicate
  for (const c of out) {
    if (c.citing || !c.subject || c.kind !== 'pre') continue;
    const o = out.find((x) => x !== c && x.citing && x.citing.start > c.subject!.end && x.citing.end < c.cueStart);
    if (o && SUBJECT_THEN_CITING.test(text.slice(c.subject.end, o.citing!.start)) && /^[ \t]*,/.test(text.slice(o.citing!.end, o.citing!.end + 3))) c.citing = o.citing;
  }
  // "The Dawn quoting the Foreign Office declared C", "The Guardian citing two officials reported that C": a medium
  // and its source as one subject, without commas (only when the words before "quoting" end in a medium's name)
  for (const c of out) {
    if (c.citing || !c.subject || c.kind === 'prep-lead' || c.kind === 'prep-trail') continue;
    const np = text.slice(c.subject.start, c.subject.end);
    const q = np.includes('quoting') || np.includes('citing') ? MEDIUM_QUOTING.exec(np) : null;
    if (!q) continue;
    const mediumEnd = c.subject.start + q.index + (q[1] as string).length;
    if (!endsInMedium(ctx, c.subject.start, mediumEnd)) continue;
    c.citing = { start: c.subject.end - (q[2] as string).length, end: c.subject.end };
    c.subject = { start: c.subject.start, end: mediumEnd };
  }
}

// (bits of the words that the finders of clausesWithoutVerbCue and whichSubjectsAndStories need, each between non-word
// characters in their regexes: a sentence without them as ASCII words has none of those clauses)
const IT_WORD = 1;
const BEEN_OR_WAS = 2;
const REPORTS_WORD = 4;
const TITLE_WORD = 8;
const FIRST_WORD = 16;
const THAT_WORD = 32;
const RELATIVE_PRONOUN = 64;
const WHAT_WORD = 128;
const SENTENCE_WORDS = new AsciiWordBits([
  ['it', IT_WORD], ['been', BEEN_OR_WAS], ['was', BEEN_OR_WAS], ['reports', REPORTS_WORD], ['first', FIRST_WORD],
  ['called', TITLE_WORD], ['titled', TITLE_WORD], ['entitled', TITLE_WORD], ['headlined', TITLE_WORD], ['headline', TITLE_WORD], ['title', TITLE_WORD],
  ['that', THAT_WORD | RELATIVE_PRONOUN], ['which', RELATIVE_PRONOUN], ['who', RELATIVE_PRONOUN], ['whom', RELATIVE_PRONOUN], ['what', RELATIVE_PRONOUN | WHAT_WORD],
]);
/** IMPERSONAL's words: "Reports", or "it" and "been" or "was" */
const mayHaveImpersonalReport = (words: number): boolean => (words & REPORTS_WORD) !== 0 || ((words & IT_WORD) !== 0 && (words & BEEN_OR_WAS) !== 0);

/** Clauses with no verb cue of their own: a relative clause's gapped predicate, an impersonal report, an owned claim noun. `words`: SENTENCE_WORDS of the sentence's content. */
function clausesWithoutVerbCue(scan: CueScan, words: number): void {
  const { text, s1, contentStart, out } = scan;
  // "what Pyongyang claimed was a hydrogen bomb": a relative clause's speaker and the predicate it gaps
  for (const g of (words & RELATIVE_PRONOUN) !== 0 ? relativeGapClauses(text, contentStart, s1) : []) {
    if (out.some((c) => c.cueStart === g.cue.start)) continue;
    // ("The Times said a woman, who it claimed was the manager, ...": "it" and "they" are the sentence's own subject)
    const pronoun = /^(?:it|they)$/.test(text.slice(g.subject.start, g.subject.end));
    const outer = pronoun ? out.find((c) => c.subject && c.subject.start < g.frameStart && c.subject.end <= g.frameStart && c.kind === 'pre') : undefined;
    const subject = outer?.subject ?? (pronoun ? sentenceSubject(text, afterLeadingAdjuncts(text, scan.afterAdverbial, g.frameStart), g.frameStart) : null) ?? g.subject;
    insertInCueOrder(out, base('pre', g.lemma, text.slice(g.cue.start, g.cue.end), g.cue.start, g.cue.end, { subject, claim: g.claim, frameStart: g.frameStart }));
  }
  // "It had been reported via X that C", "Reports emerged that C": a report without a speaker's name (a record
  // only when a medium or "Reports" names where it came from)
  for (const r of mayHaveImpersonalReport(words) ? impersonalReports(text, contentStart, s1) : []) {
    if (out.some((c) => c.cueStart >= r.cue.start - 4 && c.cueStart < r.cue.end)) continue;
    const clause = base('pre', r.lemma, text.slice(r.cue.start, r.cue.end), r.cue.start, r.cue.end, { subject: r.subject, claim: r.claim, frameStart: r.cue.start });
    insertInCueOrder(out, clause);
  }
  // "the senator's assertion that C", "claims by critics that C": the noun's owner said C
  for (const o of (words & THAT_WORD) !== 0 ? ownedClaims(text, contentStart, s1) : []) {
    if (out.some((c) => (c.claim && c.claim.start === o.claim.start && c.kind === 'report-noun') || (c.cueStart >= o.noun.start && c.cueStart < o.noun.end) || (c.subject && c.subject.start <= o.owner.start && c.subject.end >= o.noun.end))) continue;
    const noun = text.slice(o.noun.start, o.noun.end);
    const clause = base('report-noun', noun === 'report' ? 'report' : 'claim', noun, o.noun.start, o.noun.end, { subject: o.owner, claim: o.claim, frameStart: o.owner.start });
    insertInCueOrder(out, clause);
  }
}

/** "The newspaper, which said C, added D": the subject before the relative clause; "Gawker ran a story called T": the story. */
function whichSubjectsAndStories(scan: CueScan, words: number): void {
  const { ctx, text, s1, contentStart, out } = scan;
  // "The newspaper, which said C, added D": the main predicate's subject is the noun phrase before the relative clause
  for (const c of out) {
    if (!c.subject) continue;
    const rel = out.find((o) => o !== c && o.claim && o.subject && o.claim.start <= c.subject!.start && o.claim.end >= c.subject!.end && o.cueEnd <= c.subject!.start && APPOSITIVE_WHICH.test(text.slice(o.subject.end, o.subject.end + 9)));
    if (rel) c.subject = rel.subject;
  }
  // "Gawker ran a story called "T"", "The Sun was first with the news that C": a medium's titled story or scoop
  // (STORY_TITLED needs a title word, FIRST_WITH_NEWS "first")
  const story = (words & (TITLE_WORD | FIRST_WORD)) !== 0 ? titledStory(text, contentStart, s1) : null;
  if (story && !out.some((c) => c.cueStart >= story.cue.start && c.cueStart < story.contentStart)) {
    const subject = subjectBefore(text, scan.afterAdverbial, story.cue.start);
    const claim = story.quoted ? titleClaim(text, story.contentStart, s1) : trimClaim(text, story.contentStart, s1);
    // (a name the gazetteer lacks only with a press work: "Gawker ran a story called"; "a report titled" may be any body's)
    const np = subject ? text.slice(subject.start, subject.end) : '';
    if (subject && claim.end - claim.start >= 4 && (endsInMedium(ctx, subject.start, subject.end) || containsMedium(ctx, subject) || MEDIUM_ANAPHOR_NP.test(np) || (story.pressWork && PUBLISHER_NAME.test(np)))) {
      insertInCueOrder(out, base('pre', 'report', text.slice(story.cue.start, story.cue.end), story.cue.start, story.cue.end, { subject, claim, frameStart: subject.start }));
    }
  }
}

/** A claim ends at the speaker's next predicate ("said C, and blamed X") or, outside a quotation, at a semicolon. */
function claimsEndAtNextPredicate(scan: CueScan): void {
  const { text, s0, out } = scan;
  // 'said C, and blamed X', 'told NTV "C" and said ...': a second predicate of the speaker after a comma or a quotation ends C
  for (const c of out) {
    if (!c.claim || c.claim.end - c.claim.start < 20) continue;
    const seg = text.slice(c.claim.start, c.claim.end);
    if (!seg.includes(' and ')) continue;
    const m = SPEAKER_PREDICATE_RESUMED.exec(seg);
    if (m && m.index >= 10) c.claim = trimSpan(text, c.claim.start, c.claim.start + m.index + (m[0].startsWith(',') ? 0 : 1));
  }
  // "told CBS he is unaware of any plans; however, he would not deny it": outside a quotation a semicolon ends the content
  for (const c of out) {
    if (c.kind !== 'pre' || !c.claim) continue;
    // (looked for within the claim: indexOf on the text would read on to the next semicolon, often the article's end)
    const inClaim = text.slice(c.claim.start, c.claim.end).indexOf(';');
    const semi = inClaim < 0 ? -1 : c.claim.start + inClaim;
    if (semi < 0 || semi - c.claim.start < 12) continue;
    if (/["“”]/.test(text.slice(Math.max(s0, c.claim.start - 2), semi))) continue;
    // (only before a clause of its own: "; the Bataclan concert hall" names a place the content lists)
    if (!CLAUSE_AFTER_SEMICOLON.test(text.slice(semi + 1, Math.min(c.claim.end, semi + 80)))) continue;
    c.claim = trimSpan(text, c.claim.start, semi);
  }
}

/** "So far", "For now", "By then": two or three words before a frame's comma, no verb among them */
const SHORT_FRONTED_ADVERBIAL = /^[ \t]*(?:So|For|By|Until|Till|Since|As|Even|Still|Thus|Then|Now|Yet)[ \t]+[\p{Ll}]+(?:[ \t]+[\p{Ll}]+)?[ \t]*$/u;

/** A spaced dash that opens an aside, with words on both sides of it */
const ASIDE_OPENING_DASH = /\S[ \t][-—–][ \t]\S/u;

/** What may follow that dash as the frame's subject: a determiner, a name or a bare plural of sources ("seems crafted to" may not) */
const SUBJECT_AFTER_DASH = /^[ \t]*(?:(?:the|a|an|its|his|her|their|one|two|three|several|some|officials|police|sources|witnesses|residents|authorities)(?![\p{L}])|\p{Lu})/u;

const APPOSITIVE_WHICH = /^,[ \t]*which[ \t]/;

/** "and with knowledge of", "and in charge of": a prepositional phrase added to a noun phrase, no clause */
const AND_PREPOSITION_START = /^and[ \t]+(?:with|without|in|of|from|at|for|close[ \t]+to|familiar[ \t]+with)[ \t]/u;

/** "its sources, which", "two officials, which": people who speak before an appositive "which" */
const SOURCES_BEFORE_WHICH = /(?:sources|officials|insiders|diplomats|aides|people)[ \t]*,[ \t]*$/u;

/** "... sources who", "... the letters, which": a relative pronoun ends the words before a frame's comma */
/** ("Despite that, he said, C": a demonstrative "that" is no relative pronoun, so "that" is left out) */
const RELATIVE_PRONOUN_END = /(?:^|[ \t,])(?:who|which|whom)[ \t]*$/u;

/** The end of a relative clause's predicate starting at `from`: a comma, semicolon, colon or dash outside quotation marks, or the sentence's end. */
function relativeClauseEnd(text: string, from: number, to: number): number {
  let inQuote = false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '“') inQuote = true;
    else if (c === '”') inQuote = false;
    else if (c === '"') inQuote = !inQuote;
    else if (!inQuote && (c === ',' || c === ';' || c === ':' || c === '—' || c === '–')) return i;
  }
  return to;
}

/** "... photos which they", "... a man who police": a relative pronoun and the relative clause's subject end the words before a cue */
const RELATIVE_BEFORE_CUE = /[ \t](?:which|that|who|whom)[ \t]+(?:[\p{L}.'’-]+[ \t]+){0,4}[\p{L}.'’-]+$/u;
/** "showed C", "was C": a finite verb right after the cue opens the gapped predicate */
const GAPPED_PREDICATE_AHEAD = /^[ \t]*(?:was|were|is|are|had|has|have|would|will|could|might|may|can|should|must|\p{Ll}{3,}ed)(?![\p{L}'’])/u;

const MEDIUM_QUOTING = /^(.*?\S)[ \t]+(?:quoting|citing)[ \t]+((?:the[ \t]+|a[ \t]+|an[ \t]+|two[ \t]+|three[ \t]+)?\S.*)$/u;

/** Whether a medium's gazetteer name ends the words from start to end ("the official publication The Dawn"). */
function endsInMedium(ctx: SentenceContext, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    if (p > start && !/[ \t]/.test(ctx.text[p - 1] as string)) continue;
    const m = ctx.outletAt(p);
    if (m && m.end === end) return true;
  }
  return false;
}

const PUBLISHER_NAME = /^(?!The[ \t])\p{Lu}[\p{L}\p{N}&.'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.'’-]*){0,2}$/u;

/** The last medium the gazetteer names in text[from, to), or null. */
function lastMediumIn(ctx: SentenceContext, from: number, to: number): Span | null {
  let last: Span | null = null;
  for (let p = from; p < to; p++) {
    if (p > from && ctx.text[p - 1] !== ' ') continue;
    const m = ctx.outletAt(p);
    if (m && m.end <= to) { last = { start: m.start, end: m.end }; p = m.end; }
  }
  return last;
}

/** Whether a medium's gazetteer name starts at a word of the span ("The Post's Page Six"). */
function containsMedium(ctx: SentenceContext, span: Span): boolean {
  for (let p = span.start; p < span.end; p++) if ((p === span.start || ctx.text[p - 1] === ' ') && ctx.outletAt(p)) return true;
  return false;
}

/** A title in quotation marks: its words without the marks and without a full stop the marks enclose. */
function titleClaim(text: string, open: number, limit: number): Span {
  const close = text[open] === '“' ? '”' : text[open] === '‘' ? '’' : text[open] as string;
  let e = open + 1;
  while (e < limit && !(text[e] === close && !/\p{L}/u.test(text[e + 1] ?? ''))) e++;
  return trimClaim(text, open + 1, e);
}

const SUBJECT_THEN_CITING = /^[ \t]*,[ \t]*(?:citing|quoting)[ \t]+$/;

/** "Asked if he believed there would be an attack, S answered: ...": a cue inside the question states nothing. */
function withoutQuestionCues(text: string, contentStart: number, s1: number, hits: CueHit[]): CueHit[] {
  const c0 = text.charCodeAt(contentStart);
  if (!hits.length || (c0 !== 65 && c0 !== 87 && c0 !== 81 && c0 !== 80)) return hits;
  const question = LEADING_QUESTION.exec(text.slice(contentStart, Math.min(s1, contentStart + 300)));
  if (!question) return hits;
  const questionEnd = contentStart + question[0].length;
  return hits.filter((h) => h.start >= questionEnd);
}

/** "Asked if ...,", "When asked whether ...,", "Pressed on why ...,": a question put to the speaker, up to its comma. */
const LEADING_QUESTION = /^(?:(?:When|While|After being|After|Once|If)[ \t]+)?(?:[Aa]sked|[Qq]uestioned|[Pp]ressed)(?:[ \t]+[^,;:"“]{0,120}?)?[ \t]+(?:if|whether|why|how|what)(?![\p{L}])[^;:"“]{2,200}?,/u;

/** One sentence's clause search, as the cue hits are read in order. */
interface CueScan {
  readonly ctx: SentenceContext;
  readonly text: string;
  readonly s0: number;
  readonly s1: number;
  readonly contentStart: number;
  /** where the sentence's content starts after its leading adverbials ("On Monday, "): skipLeadingAdverbial(text, contentStart, s1) */
  readonly afterAdverbial: number;
  readonly hits: CueHit[];
  readonly quoted: Span[];
  readonly out: Clause[];
  readonly consumedCiting: Span[];
  readonly freeCiting: Span[];
  skipUntil: number;
  titleCase: boolean | undefined;
}

const THE_OR_CAPITAL = /^(?:the|\p{Lu})/u;
const POSSESSIVE_WORD = /\p{L}['’]s?$/u;
const LOWERCASE_WORD = /^\p{Ll}+$/u;
const BLANK_THEN_LOWERCASE = /^[ \t]+\p{Ll}/u;
const BLANK_THEN_CAPITALISED_WORD = /^[ \t]+\p{Lu}\p{Ll}/u;
const LOWERCASE_HYPHENATED_WORD = /^\p{Ll}[\p{Ll}-]+$/u;
/** "Jane Roe, 45": a subject with an age */
const AGED_SUBJECT = /^(?:the[ \t]+)?\p{Lu}[^,;:"“”]{0,60},[ \t]*\d{1,3}$/u;

/** The clause, if any, framed by the cue hit h (pushed to scan.out). */
function scanCue(scan: CueScan, h: CueHit): void {
  const { text, s0, s1, quoted } = scan;
  const a = h.start;
  if (a < scan.skipUntil) return;
  // a reporting word inside a closed quotation is the quoted speaker's wording, not a frame
  if (quoted.some((r) => a > r.start && a < r.end)) return;
  const b = h.end;
  const lw = h.word.toLowerCase();
  const capital = startsWithCapital(h.word);
  if (PREPOSITIONAL_CUES.has(lw)) {
    prepositionalCue(scan, a, b, capital, h, lw);
    return;
  }
  const vf = VERB_FORMS.get(lw);
  if (!vf) {
    if (REPORT_NOUNS.has(lw)) reportNounCue(scan, a, b, lw);
    return;
  }
  // a capitalised cue only counts in a Title Case headline ("Opposition Says Its Tally Shows ...")
  if (capital && !(scan.titleCase ??= isTitleCaseLine(text, s0, s1))) return;
  verbCue(scan, { h, a, b, lw, capital, lemma: vf.lemma, form: vf.form });
}

/** A reporting verb's hit, with its lemma and form, as the stages of scanCue read it. */
interface VerbHit {
  readonly h: CueHit;
  readonly a: number;
  readonly b: number;
  /** the hit's word in lower case */
  readonly lw: string;
  readonly capital: boolean;
  readonly lemma: string;
  readonly form: VerbForm['form'];
}

/** The clause a reporting verb frames (pushed to scan.out), once the readings that make it no frame are ruled out. */
/** "officials", "they": a plural subject's last word (not "news", "bus", "his"). */
function isPluralWord(word: string): boolean {
  const lw = word.toLowerCase();
  return PLURAL_SUBJECT.test(word) || (/s$/.test(lw) && !/(?:['’]s|ss|us|is)$/.test(lw) && lw.length > 3);
}
/** ', the paper reported, ' right before a verb: a frame set off inside its clause, and the subject before it. */
const INTERJECTED_FRAME_BEFORE = /([\p{L}'’]+)(?:,["”]|["”]?,)[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[\p{L}.'’&-]+[ \t]+){0,4}?(?:said|says|reported|reports|wrote|writes|added|told[ \t]+[^,;:"“”]{1,40}?),[ \t]*$/u;
/** Whether INTERJECTED_FRAME_BEFORE's verb (or "told" and its object) can end at `end`, in text from `from` on. */
function frameVerbEndsAt(text: string, from: number, end: number): boolean {
  const head = text.slice(from, end);
  return FRAME_VERB_AT_END.test(head) || head.includes('told');
}
const FRAME_VERB_AT_END = /(?:said|says|reported|reports|wrote|writes|added)$/;
/** 'Unnamed "insiders," the Times said, predict C': a plural subject, then a frame set off by commas, before the verb at `a`. */
function pluralBeforeInterjectedFrame(text: string, contentStart: number, a: number): boolean {
  // (the frame's comma, then blanks, must end the text before the verb: elsewhere the regex would try a word at every letter)
  let i = a;
  while (i > contentStart && isBlankAt(text, i - 1)) i--;
  if (text.charCodeAt(i - 1) !== 44) return false;
  const from = Math.max(contentStart, a - 100);
  if (!frameVerbEndsAt(text, from, i - 1)) return false;
  const m = INTERJECTED_FRAME_BEFORE.exec(text.slice(from, a));
  return !!m && isPluralWord(m[1]!);
}

/** A medium's journalist right before a verb of seeing: "An AFP reporter ", "Reuters journalists ", "a photographer for Reuters ". */
const JOURNALIST_BEFORE = /(?:\p{Lu}[\p{L}.'’&-]*[ \t]+(?:reporters?|journalists?|correspondents?|photographers?|cameram[ae]n|camera[ \t]+crews?|crews?|witness)|(?:reporters?|journalists?|correspondents?|photographers?|cameram[ae]n|crews?)[ \t]+(?:for|from|of|with)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}.'’& -]{1,40}?)[ \t]+(?:(?:also|later|had|have|has|earlier)[ \t]+)?$/u;

const AUXILIARY_OR_THAN = /^(?:do|does|did|will|would|can|could|should|shall|may|might|must|than)$/i;
/** Words that make "states" a noun after them ("Gulf states", "member states", "island states"). */
const STATES_OF = /^(?:Gulf|Arab|Baltic|Nordic|Balkan|Caribbean|Pacific|Sahel|Andean|[Mm]ember|[Ii]sland|[Cc]oastal|[Ff]rontline|[Nn]eighbou?ring|[Ww]estern|[Ee]astern|[Nn]orthern|[Ss]outhern|[Cc]entral|[Nn]uclear|[Aa]rmed|[Nn]ation|[Cc]ity|[Bb]order|[Ss]ister|[Ff]ailed|[Rr]ogue|[Ss]wing|[Bb]attleground|[Uu]nited)$/;
function verbCue(scan: CueScan, v: VerbHit): void {
  const { ctx, text, s0, s1, contentStart, out } = scan;
  const { a, b, lw, lemma, form } = v;
  if (lemma === 'witness' && !JOURNALIST_BEFORE.test(text.slice(Math.max(contentStart, a - 80), a))) return;
  if (specialVerbReading(scan, v)) return;
  const prev = wordBefore(text, a, contentStart);
  const prevLw = prev?.word.toLowerCase() ?? '';
  const next = wordAfter(text, b, s1);
  const nextLw = next?.word.toLowerCase() ?? '';
  // a base form is a present-tense verb after a plural subject: "Some analysts note that C"
  // (and a medium's title takes a plural verb in British usage: "Bild claim that C")
  // ("RMC Sport claim Chelsea have won": a named clause without "that" after the base form)
  const namedClause = form === 'base' && !!next && nextLw !== 'that' && startsWithCapital(next.word) && NAMED_CLAUSE_AHEAD.test(text.slice(b, Math.min(s1, b + 70)));
  const pluralBefore = (!!prev && (isPluralWord(prev.word) ||
    ((nextLw === 'that' || namedClause) && startsWithCapital(prev.word) && outletEndsAt(ctx, prev.start, contentStart)))) ||
    (form === 'base' && !prev && pluralBeforeInterjectedFrame(text, contentStart, a));
  // "moved to dismiss suggestions that C", "was quick to deny that C": a catenative verb before the cue's base form
  const catenating = form === 'base' && prevLw === 'to' && !!prev ? wordBefore(text, prev.start, contentStart)?.word.toLowerCase() ?? '' : '';
  // ("have begun to suggest that C": a beginning of saying, with the verbs of saying and arguing)
  const catenativeDispute = !!catenating && ((CATENATIVE.test(catenating) && DISPUTE_LEMMAS.has(lemma)) ||
    (/^(?:begun|began|begin|begins|started|start|starts)$/.test(catenating) && /^(?:say|suggest|argue|claim|warn|insist|hint)$/.test(lemma) && nextLw === 'that'));
  // ("appeared on state radio to announce that C", "held a news conference to say that C": an occasion, then the saying it was for)
  const purpose = form === 'base' && prevLw === 'to' && PURPOSE_CUES.has(lemma) && (nextLw === 'that' || /^[ \t]*["“]/u.test(text.slice(b, b + 3)))
    ? PURPOSE_BEFORE.exec(text.slice(Math.max(contentStart, prev!.start - 80), prev!.start + 2)) : null;
  // ("Sources tell the Daily Beast that C": a plural subject, then the object of tell)
  // ("Prosecutors allege the suspect fled", "Economists predict inflation will ease": a clause without "that")
  // ("went on to add that C", "continued to note that C": a catenative verb before the base form, which the frame is)
  const catenativeFrame = form === 'base' && prevLw === 'to' && SKIP_BASE.has(lw) && nextLw === 'that' && CATENATIVE_BEFORE.test(text.slice(Math.max(contentStart, prev!.start - 40), prev!.start + 2));
  if (form === 'base' && !catenativeDispute && !purpose && !catenativeFrame && SKIP_BASE.has(lw) && !((nextLw === 'that' || namedClause || (OBJECT_VERBS.has(lemma) && /^(?:the|\p{Lu})/u.test(next?.word ?? '')) ||
      (pluralBefore && !!next && clauseAhead(text.slice(next.start, Math.min(s1, next.start + 80))))) && pluralBefore)) return;
  // "Benzinga was (the) first to report that C": the outlet's scoop
  if (form === 'base' && prevLw === 'to' && (lemma === 'report' || lemma === 'reveal' || lemma === 'say' || lemma === 'disclose')) {
    if (scoopCue(scan, a, b, lemma)) return;
  }
  // "continued to insist", "was quick to deny", "went on to say": a verb that takes the cue as its infinitive joins the cue
  const catenative = form === 'base' && prevLw === 'to' ? CATENATIVE_BEFORE.exec(text.slice(Math.max(contentStart, prev!.start - 40), prev!.start + 2)) ?? purpose : null;
  // "companies must report breaches", "plans to announce": a verb inside the content, not a frame
  if (form === 'base' && !catenativeDispute && !catenative && prev && /^(?:must|will|would|should|shall|can|could|may|might|to)$/i.test(prev.word) && nextLw !== 'that') return;
  // "in a confidential report sent to the ministry", "a final claim": an article and an adjective make the base form a noun
  if (form === 'base' && (lemma === 'report' || lemma === 'claim') && ARTICLE_ADJECTIVE_BEFORE.test(text.slice(Math.max(contentStart, a - 40), a))) return;
  // "amid reports that C", "lashed out at false reports suggesting C": unnamed reports say C
  // ("The Post carried a report saying C": a report a subject published is that subject's, read with the participle)
  if ((lw === 'reports' || lw === 'report') && /^(?:that|suggesting|saying|claiming|stating|indicating|alleging)$/.test(nextLw) && !(nextLw !== 'that' && NOUN_WARNING_BEFORE.test(text.slice(Math.max(s0, a - 60), a)))) {
    if (unnamedReportsCue(scan, a, b, lw, next, nextLw)) return;
  }
  // "Shares rose on reports the company was exploring a sale": unnamed reports, then a clause without "that"
  if (lw === 'reports' && next && (prevLw === 'on' || prevLw === 'amid' || prevLw === 'after' || prevLw === 'following' || prevLw === 'despite') && CLAUSE_AHEAD.test(text.slice(next.start, Math.min(s1, next.start + 80)))) {
    out.push(base('report-noun', 'report', lw, a, b, { subject: { start: a, end: b }, claim: { start: next.start, end: s1 }, frameStart: a }));
    scan.skipUntil = next.start;
    return;
  }
  // noun readings: "a report", "the claims", "his comments"
  if (NOUNABLE.has(lw) && prev && !catenative && /^(?:or|and|of|about|with|to|for|by|from|in|on|nor|at|over|against|amid|despite|following|after|before|into|behind|regarding|concerning|like|denied|rejected|dismissed|denies|rejects|dismisses)$/i.test(prev.word)) return;
  // "the Nkandla report", "the Mueller report shows": a name between a determiner and the word makes a noun
  // (but "The Athletic report that C", "The Sun claim that C": British plural agreement after an outlet's name)
  // (and "C, the WSJ reports.": a medium's present tense closing the sentence after a comma)
  // ("C, The Times quotes Rodchenkov as saying": a medium's present tense with its source and "as saying")
  const outletPlural = (nextLw === 'that' || (form === 'third' && CUE_THEN_DAY_END.test(text.slice(b, s1)) &&
      /,["”]?[ \t]*(?:the[ \t]+)?$/i.test(text.slice(Math.max(s0, (prev?.start ?? b) - 7), prev?.start ?? b))) ||
      ((lw === 'quotes' || lw === 'cites') && SOURCE_AS_SAYING_AHEAD.test(text.slice(b, Math.min(s1, b + 120))))) &&
    (form === 'base' || form === 'third') && !!prev && !!(ctx.outletAt(prev.start) ?? ctx.outletAt(Math.max(s0, prev.start - 4)));
  // ("The Gazette reports that C": a paper the gazetteer lacks, named by its tail after "the")
  // ("The Mirror reports the coach wants C": a listed medium's present tense before a clause without "that")
  const paperReports = form === 'third' && !!prev && (namesPaperAlone(prev.word.replace(/['’]s$/, '')) || (lw === 'reports' && !!ctx.outletAt(Math.max(s0, prev.start - 4)))) &&
    (nextLw === 'that' || (!!next && (clauseAhead(text.slice(next.start, Math.min(s1, next.start + 80))) || TOLD_CLAUSE_AHEAD.test(text.slice(next.start, Math.min(s1, next.start + 170))))));
  if (!outletPlural && !paperReports && NOUNABLE.has(lw) && prev && startsWithCapital(prev.word) && /^(?:the|a|an|this|that)$/i.test(wordBefore(text, prev.start, s0)?.word.replace(/^['‘’"“]+/, '') ?? '')) return;
  // "the Journal's report": a possessive owner makes a noun
  if (NOUNABLE.has(lw) && prev && POSSESSIVE_WORD.test(prev.word) && !/^(?:it|he|she|that|there|what|who)['’]s$/i.test(prev.word)) return;
  // "Spanish reports suggest C", "media reports say C": a plural noun is the subject of the verb right after it
  if (form === 'third' && NOUNABLE.has(lw) && VERB_OF_PLURAL_SUBJECT.test(text.slice(b, Math.min(s1, b + 30)))) return;
  // "..., US media report.": a plural "media" before a base form that closes the sentence is its subject
  const mediaVerb = (form === 'base' && /^(?:media|press)$/i.test(prevLw) && /^[\s.!?"”]*$/.test(text.slice(b, s1))) ||
    // "a US official claims C": after a singular article the plural-looking word is the verb ("an official claims", not "official claims")
    (form === 'third' && prevLw === 'official' && /(?:^|\s)(?:a|an|one|another)\s+(?:[\p{L}.-]+\s+){0,2}$/iu.test(text.slice(Math.max(s0, prev!.start - 40), prev!.start)));
  // ("a story in Bild this morning claims that C": a time adverbial, not a determiner, before the verb)
  const timeBefore = nextLw === 'that' && !!prev && /^(?:morning|afternoon|evening|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(prevLw) &&
    /^(?:this|on|last|yesterday|early|late|over|the)$/i.test(wordBefore(text, prev.start, s0)?.word ?? '');
  // "asked about a report by Japan's Asahi daily that C": a report a named medium carried, with its content
  if ((lw === 'report' || lw === 'reports' || lw === 'story' || lw === 'article') && prev && /^(?:a|an|the)$/i.test(prevLw)) {
    if (mediumReportCue(scan, a, b, lw, prev)) return;
  }
  // ("It is Sky Sports that reports C": the "that" of a cleft is a relative pronoun, no determiner)
  const cleftFocus = prevLw === 'that' && form === 'third' && cleftSubject(text, contentStart, a) !== null;
  // ("C, Channel 12 reports.", "C, Kan news reports, and": a medium's name, perhaps with "news", in a frame after the content)
  const closingMedium = form === 'third' && !!prev && (prevLw === 'news' || NUMERAL_WORD.test(prev.word)) && (text.charCodeAt(b) === 44 || closesSentence(text, b, s1)) &&
    NAME_AFTER_COMMA.test(text.slice(Math.max(contentStart, a - 50), a)) &&
    outletEndsAt(ctx, prevLw === 'news' ? wordBefore(text, prev.start, contentStart)?.start ?? prev.start : prev.start, contentStart);
  if (!mediaVerb && !timeBefore && !cleftFocus && !closingMedium && NOUNABLE.has(lw) && prev && (lw === 'say' ? /^(?:a|an|any|no|more|final|the)$/.test(prevLw) : (DETERMINERS.has(prev.word) || /^(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Any|No|Such)$/.test(prev.word)))) {
    nounReadingCue(scan, a, b, lw);
    return;
  }
  // ("confirmed in 30 states", "in two states": a plural noun after a numeral)
  // (not "Channel 12 reports that C": a number that ends a medium's name)
  if (form === 'third' && lw.endsWith('s') && prev && NUMERAL_WORD.test(prev.word) && !closingMedium && !outletEndsAt(ctx, prev.start, contentStart) &&
    !CHANNEL_WORD_BEFORE.test(text.slice(Math.max(contentStart, prev.start - 10), prev.start))) return;
  // ("than they do answers", "will claims": a form in -s after an auxiliary or "than" is a plural noun, no finite verb)
  if (form === 'third' && prev && AUXILIARY_OR_THAN.test(prev.word)) return;
  // ("fuel bound for Arab states, was ...": states of a region or people, not a verb)
  if (lw === 'states' && prev && nextLw !== 'that' && (STATES_OF.test(prev.word) || isDemonymLike(prev.word))) return;
  // ("Gulf states must act": a plural noun before a modal, which no reporting verb takes as its object)
  if (/^(?:reports?|claims?|comments?|notes?|tweets?|posts?|quotes?|estimates?|questions?|states)$/.test(lw) && /^(?:by|from|of|in|issued|published|said|says|stated|suggests|suggested|were|was|is|are|has|have|had|must|will|would|can|could|should|may|might|shall)$/.test(nextLw)) return;
  // skip auxiliaries and adverbs between subject and cue
  // ("moved to dismiss": the catenative and its "to" belong to the cue)
  const aux = auxiliariesBefore(text, catenativeDispute ? (wordBefore(text, (prev as NonNullable<typeof prev>).start, contentStart) as NonNullable<typeof prev>).start : a, contentStart);
  const auxStart = catenative && aux.start === a ? prev!.start + 2 - catenative[0].length + catenative[0].search(/\S/) : aux.start;
  if (notAStatement(scan, v, auxStart, aux.be, next, nextLw)) return;
  if (relativePronounCue(scan, v, auxStart)) return;
  framedCue(scan, v, auxStart, aux.be, next, nextLw);
}

/** The verb's readings that end its scan early (a participle after a clause, an accusation, an estimate ...): true when read. */
function specialVerbReading(scan: CueScan, v: VerbHit): boolean {
  const { ctx, text, s0, s1, contentStart, out } = scan;
  const { h, a, b, lw, capital, lemma, form } = v;
  // ", signaling that C", ", dismissing claims that C", ", describing X as Y" after an attributed clause: the same speaker
  // ", denying a Bloomberg report that C": the named report's claim, and the sentence's speaker disputing or confirming it
  if (form === 'ing' && DISPUTE_LEMMAS.has(lemma) && /,[ \t]*$/.test(text.slice(Math.max(s0, a - 3), a))) {
    if (disputingParticiple(scan, a, b, lemma)) return true;
  }
  // ("is accusing X of Y" is a finite verb, not a participle after a clause)
  if (form === 'ing' && LATER_PARTICIPLES.has(lw) && !(ACCUSING.has(lemma) && /^(?:is|are|was|were|been)$/i.test(wordBefore(text, a, contentStart)?.word ?? ''))) {
    const clause = laterParticiple(ctx, out, lemma, a, b, s0, s1);
    if (clause) { out.push(clause); scan.skipUntil = clause.claim!.start; }
    // ("The leader opened his campaign, accusing X of Y": with no statement before it, the sentence's subject accuses)
    else if (ACCUSING.has(lemma)) { accusingCue(scan, a, b, capital, form, lemma); return true; }
    // (with no clause before it, "after announcing that C" is read as a continuation participle below)
    if (clause || !CONTINUATION_PARTICIPLES.has(lw)) return true;
  }
  // ("he indicated C": a person's finite signal is a statement; "the data indicated" is not)
  // ("Minsk indicated that C": a named subject and "that" make it a statement)
  // ("the mayor indicated that C": a speaker's noun and "that"; "the data indicated that C" is an inference)
  if (form !== 'ing' && PARTICIPLE_ONLY.has(lemma)) {
    const subjectWord = wordBefore(text, a, contentStart)?.word ?? '';
    const thatFollows = /^[ \t]+that[ \t]/.test(text.slice(b, b + 7));
    // ("Media reports indicated that C": reports of the media say what they indicate)
    const mediaReports = thatFollows && /^reports$/i.test(subjectWord) && /(?:^|[^\p{L}])(?:media|news|press)[ \t]+reports[ \t]*$/iu.test(text.slice(Math.max(contentStart, a - 24), a));
    if (!/^(?:he|she|they)$/i.test(subjectWord) && !(thatFollows && /^\p{L}/u.test(subjectWord) && !EVIDENCE_NOUN.test(subjectWord)) && !mediaReports) return true;
  }
  // '"We will rebuild," the governor vowed': a verb of manner that reports only right after a quotation (or before "that")
  // ("The trial can be held in secret, a judge ruled.": or closing the sentence after a comma and a short subject)
  if (QUOTE_ONLY_VERBS.has(lemma) && !((form === 'past' || form === 'third') && (QUOTE_THEN_SUBJECT.test(text.slice(Math.max(s0, a - 60), a)) ||
      (!QUOTE_ONLY_NO_THAT.has(lemma) && /^[ \t]+that[ \t]/.test(text.slice(b, b + 7))) ||
      (form === 'past' && TRAILING_QUOTE_VERBS.has(lemma) && COMMA_THEN_SUBJECT.test(text.slice(Math.max(s0, a - 60), a)) && SENTENCE_CLOSE_AFTER_CUE.test(text.slice(b, s1)))))) return true;
  if (ACCUSING.has(lemma)) {
    accusingCue(scan, a, b, capital, form, lemma);
    return true;
  }
  // ("denied the story as 'a reporter's speculation'", "rejected the claims as baseless": a denial that describes what it denies)
  if ((lemma === 'describe' || lemma === 'dismiss' || lemma === 'deny' || lemma === 'reject') && (form === 'past' || form === 'third')) {
    if (describingCue(scan, a, b, lemma)) return true;
  }
  // "Reuters estimates about 100 deaths": a figure the subject gives
  if (lemma === 'estimate' && (form === 'past' || form === 'third') && estimateCue(scan, a, b)) return true;
  if (lemma === 'put' || lemma === 'measure') {
    // "the bureau put the magnitude at 7.0": an estimate attributed to the subject
    const m = PUT_AT.exec(text.slice(b, Math.min(s1, b + 140)));
    // ("After initially putting the magnitude at 5.2, the survey revised it": the adjunct's doer is the main clause's subject)
    const subject = m ? (form === 'ing' ? leadingAdjunctSubject(text, contentStart, a, b, s1) : null) ?? subjectBefore(text, scan.afterAdverbial, a) : null;
    if (m && subject) {
      const st = b + m[0].length - (m[1] as string).length;
      // ("put the count at 15 people, including children, with 20 wounded": the figure with what qualifies it)
      let e = b + m[0].length;
      const unit = /^(?:[ \t]+[\p{L}-]+){0,2}/u.exec(text.slice(e, Math.min(s1, e + 30)));
      if (unit && /^[ \t]*,[ \t]+(?:including|with)\b/u.test(text.slice(e + unit[0].length, e + unit[0].length + 14))) e = s1;
      out.push(base('pre', lemma, h.word, a, b, { subject, claim: trimClaim(text, st, e), frameStart: subject.start }));
    }
    return true;
  }
  // "following a Bloomberg report which suggested C": the named medium's report says C
  if ((lw === 'report' || lw === 'story' || lw === 'article') && form === 'base') {
    if (reportNounCue(scan, a, b, lw)) return true;
  }
  return false;
}

/** The start of the auxiliaries and adverbs right before from ("has also", "was reportedly"), and whether a form of "be" is among them. */
/** a capitalised word, then one blank, at the end of the text before */
const CAPITALISED_WORD_BEFORE = /\p{Lu}[\p{L}'’.-]*[ \t]$/u;

function auxiliariesBefore(text: string, from: number, floor: number): { start: number; be: boolean } {
  let start = from;
  let be = false;
  for (let k = 0; k < 4; k++) {
    const w = wordBefore(text, start, floor);
    if (!w) break;
    const x = w.word.toLowerCase();
    // ("Kigali Today reported", "ET Now reported": a capitalised "Today" or "Now" after a capitalised word ends a name)
    if ((x === 'today' || x === 'now') && (w.word.charCodeAt(0) === 84 || w.word.charCodeAt(0) === 78) && CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(floor, w.start - 30), w.start))) break;
    // (an -ly adverb is in lower case and no noun: "A Reuters tally showed", "Kelly said")
    if (AUX_ADVERBS.has(x) || (/ly$/.test(x) && x.length > 4 && /^\p{Ll}/u.test(w.word) && !/^(?:only|early|family|ally|italy|reply|supply|assembly|daily|weekly|rally|tally|anomaly|monopoly|folly|homily|bully|jelly|belly|melancholy)$/.test(x))) {
      if (BE_FORMS.has(x)) be = true;
      start = w.start;
      continue;
    }
    if (BE_FORMS.has(x) || x === 'been' || x === 'being') { be = true; start = w.start; continue; }
    break;
  }
  return { start, be };
}

/** "had been summoned to the ministry and ": a passive predicate that a coordinated participle continues */
const PASSIVE_BEFORE_AND = /(?:^|[ \t])(?:was|were|is|are|been|be|being|got|get)[ \t]+(?:\p{Ll}+ly[ \t]+)?\p{Ll}{3,}(?:ed|en|wn|ght|lt|nt)(?![\p{L}])[^,;:"“”]{0,80}[ \t]and[ \t]+$/u;
/** " Rodchenkov as saying", " an official as stating": the source a medium quotes, then "as saying" */
const SOURCE_AS_SAYING_AHEAD = /^[ \t]+[^,.;:"“”]{2,80}?[ \t]+as[ \t]+(?:saying|stating)(?![\p{L}])/u;
/** "Canal ", "Channel ": a word that a number after it makes a broadcaster's name ("Canal 44 reported") */
const CHANNEL_WORD_BEFORE = /(?:Channel|Canal|Kanal|Radio|TV|Antenna|Antena|Rai|Kan|Telecanal)[ \t]+$/;
/** "videos ", "photos ": things that are shared or posted, right before the participle */
const SHARED_THING_BEFORE = /(?:^|[^\p{L}])(?:videos|photos|pictures|images|posts|clips|messages|files|documents|links|stories|footage|content|data|recordings)[ \t]+$/u;
/** Hedges, negations and participles used as adjectives before or after the verb: true when it states nothing. */
function notAStatement(scan: CueScan, v: VerbHit, auxStart: number, beBefore: boolean, next: ReturnType<typeof wordAfter>, nextLw: string): boolean {
  const { text, s0, s1, contentStart } = scan;
  const { a, b, lemma, form } = v;
  // "Johnson is also understood to have written", "she is believed to have told": a hedge on what the subject did
  if (text.charCodeAt(auxStart - 2) === 111 && HEDGED_INFINITIVE_BEFORE.test(text.slice(Math.max(contentStart, auxStart - 50), auxStart))) return true;
  // ("had been summoned to the ministry and told that C": "told" with no one told is a passive's participle, its
  // subject the one summoned, not a new speaker)
  if ((lemma === 'tell' || lemma === 'warn' || lemma === 'inform' || lemma === 'assure' || lemma === 'remind') && nextLw === 'that' && /(?:^|[ \t])and[ \t]+$/.test(text.slice(Math.max(s0, auxStart - 5), auxStart)) &&
      PASSIVE_BEFORE_AND.test(text.slice(Math.max(s0, auxStart - 120), auxStart))) return true;
  // hedges: "is reported to", "are said to", "said to have"
  if ((form === 'past' || form === 'participle') && nextLw === 'to') {
    const afterWord = wordAfter(text, next!.end, s1)?.word ?? '';
    const after = afterWord.toLowerCase();
    if (beBefore || /^(?:have|be|been|include|involve|number|total|exceed|contain|possess|own|hold|control)$/.test(after)) return true;
    // headline hedges: "Israel said to weigh deal" (a bare verb after "to", not an audience such as "CNN");
    // a passive directive: "residents in low-lying areas, told to leave immediately"
    // (not "confirmed to state broadcaster NHK": "state" before a media noun describes the medium spoken to)
    if (/^\p{Ll}+$/u.test(afterWord) && !/s$/.test(after) && !DETERMINERS.has(after) && !/^(?:him|me|us|them|whom|everyone|anyone|police|staff|parliament|congress|media)$/.test(after) && lemma !== 'speak' &&
      !DESCRIBED_MEDIUM_AFTER_TO.test(text.slice(next!.end, next!.end + 40))) return true;
  }
  if (isNegated(text, auxStart, contentStart)) return true;
  // "the alleged fraud", "the second reported launch": a participle used as an adjective
  if ((form === 'past' || form === 'participle') && !/\b(?:is|are|was|were|be|been|being|has|have|had|will|would)\b/i.test(text.slice(auxStart, a)) && BLANK_THEN_LOWERCASE.test(text.slice(b, b + 3))) {
    const prev = wordBefore(text, auxStart, s0);
    // ("a third said it had": a pronoun or determiner after the participle starts its content)
    // ("Cabello’s alleged links": a possessive before it too)
    // ("Channel 12 reported on Monday": a number that ends a medium's name is no count)
    if (prev && (ATTRIBUTIVE_BEFORE.test(prev.word) || POSSESSIVE_WORD.test(prev.word)) && !/^(?:that|to|by|as|it|he|she|they|we|i|there|this|the|a|an|his|her|their|its)$/i.test(nextLw) &&
      !(/^\d+$/.test(prev.word) && (outletEndsAt(scan.ctx, prev.start, s0) || CHANNEL_WORD_BEFORE.test(text.slice(Math.max(s0, prev.start - 10), prev.start))))) return true;
  }
  // ("performance videos shared to YouTube": a thing shared, a reduced relative, not a revelation)
  if ((lemma === 'reveal' || lemma === 'post') && auxStart === a && (form === 'past' || form === 'participle') && SHARED_THING_BEFORE.test(text.slice(Math.max(s0, a - 14), a))) return true;
  // "the probe into alleged Russian interference": after a preposition the participle is an adjective
  if ((form === 'past' || form === 'participle') && auxStart === a && BLANK_THEN_CAPITALISED_WORD.test(text.slice(b, b + 4))) {
    const prev = wordBefore(text, a, s0);
    // ("and said Turkey would ...": a verb that is never an adjective after "and" is the speaker's next predicate)
    if (prev && /^(?:into|of|over|about|for|with|against|on|in|from|the|a|an|any|its|his|her|their|and|or)$/i.test(prev.word) && !(/^(?:and|or)$/i.test(prev.word) && NEVER_ATTRIBUTIVE.has(lemma))) return true;
  }
  // "results announced by the commission", "one quote reported by the paper": a reduced relative clause, not a statement
  if ((form === 'past' || form === 'participle') && auxStart === a && nextLw === 'by') {
    const prev = wordBefore(text, a, s0);
    if (prev && LOWERCASE_HYPHENATED_WORD.test(prev.word) && !/^(?:it|he|she|they|we|i|who|which|that|and|but|also|then|later|first|previously|earlier|initially|originally|widely)$/.test(prev.word)) return true;
  }
  // "a diplomat briefed on the talks said", "officials informed about the plan": the one briefed, not the one briefing
  if ((lemma === 'brief' || lemma === 'inform') && form === 'past' && auxStart === a && (nextLw === 'on' || nextLw === 'about' || nextLw === 'of')) return true;
  // "the deaths reported so far", "cases confirmed to date": a participle that modifies the noun before it
  if ((form === 'past' || form === 'participle') && auxStart === a && /^[ \t]+(?:so[ \t]+far|to[ \t]+date|thus[ \t]+far)(?![\p{L}])/u.test(text.slice(b, b + 12))) return true;
  // "An estimated 100,000 families", "the reported deal": a participle right after an article is an adjective
  if ((form === 'past' || form === 'participle') && auxStart === a && /^(?:an?|the)$/i.test(wordBefore(text, a, s0)?.word ?? '')) return true;
  // "detailed written reports", "a spoken warning": a form that is only a participle, with no auxiliary before a noun, is an adjective
  if (form === 'participle' && auxStart === a && BLANK_THEN_LOWERCASE.test(text.slice(b, b + 3)) && !/^(?:that|to|by|as|it|he|she|they|we|i|there|this|the|a|an|his|her|their|its|on|in|at|with|for|of|from|about|over)$/.test(nextLw)) return true;
  // "an investigation into alleged corruption": a participle after a preposition, before a noun, is an adjective
  if ((form === 'past' || form === 'participle') && auxStart === a && BLANK_THEN_LOWERCASE.test(text.slice(b, b + 3)) && !/^(?:that|to|by|as|it|he|she|they|we|i|there|this|the|a|an|his|her|their|its|on|in|at|with|for|of|from|about|over)$/.test(nextLw)) {
    const prev = wordBefore(text, a, s0);
    if (prev && /^(?:into|of|over|about|for|with|against|from|amid|despite|over)$/i.test(prev.word)) return true;
  }
  return false;
}

/** A verb after "which" or "who": the relative clause's statement when it is one; true when the verb was read so. */
function relativePronounCue(scan: CueScan, v: VerbHit, auxStart: number): boolean {
  const { ctx, text, s1, contentStart, out } = scan;
  const { b, lemma } = v;
  // "The Times, which first reported the talks, said ...": the relative clause is not the statement
  let rel = wordBefore(text, auxStart, contentStart);
  // ("Lula, who in recent weeks said C": a short time adverbial between the pronoun and its verb)
  const near = rel && !/^(?:[Ww]hich|[Ww]ho)$/.test(rel.word) ? text.slice(Math.max(contentStart, auxStart - 40), auxStart) : '';
  if (rel && near.includes('who')) {
    const timed = RELATIVE_THEN_TIME.exec(near);
    if (timed) rel = { word: 'who', start: auxStart - timed[0].length + timed[0].indexOf('who') };
  }
  // (case matters: 'WHO said' is the World Health Organization)
  if (rel && /^(?:[Ww]hich|[Ww]ho)$/.test(rel.word) && !/^[ \t]*(?:,[ \t]*)?that\b/.test(text.slice(b, b + 8))) {
    // "... confirmed by a militant source, who said a missile struck the town": the one who said it is the noun before
    // ("The news was first reported by Bloomberg, which said C": so is the medium that reported it)
    // ("The magazine did not identify its sources, which reportedly said C": sources that speak, with "which")
    // ("The newspaper, which said C, added D": a medium as the sentence's subject, with an appositive "which")
    // ("The claim was repeated by Fox News, which said C": or any medium the gazetteer names after a preposition before ", which")
    const head = scan.afterAdverbial;
    const mediumSubject = rel.word.toLowerCase() === 'which' && text.charCodeAt(rel.start - 2) === 44 && rel.start - 2 > head ? trimSpan(text, head, rel.start - 2) : null;
    const whichMedium = !!mediumSubject && (ctx.outletAt(mediumSubject.start)?.end === mediumSubject.end || MEDIUM_ANAPHOR_NP.test(text.slice(mediumSubject.start, mediumSubject.end)));
    const relStatement = (rel.word.toLowerCase() === 'who' || whichMedium || (lemma === 'say' && text.charCodeAt(rel.start - 2) === 44 && (REPORTED_BY_BEFORE_WHICH.test(text.slice(Math.max(contentStart, rel.start - 90), rel.start)) || SOURCES_BEFORE_WHICH.test(text.slice(Math.max(contentStart, rel.start - 24), rel.start)) || outletEndingAt(ctx, rel.start - 2, contentStart)))) &&
      (lemma === 'say' || lemma === 'tell' || lemma === 'add' || lemma === 'claim' || lemma === 'insist' || lemma === 'warn');
    const np = relStatement && !whichMedium ? /(?:^|,|[ \t](?:by|with|to|from|met|quoted|cited|and|interviewed|reached|contacted|visited|said|says|added|told|identify|name|named|identified))[ \t]+((?:(?:a|an|the|one|two|three|four|five|six|some|many|several|another|its|their)(?![\p{L}])|\d+|\p{Lu})[^,;:"“”]{1,60}?),[ \t]*$/u.exec(text.slice(Math.max(contentStart, rel.start - 70), rel.start)) : null;
    let subject: Span | null = whichMedium ? mediumSubject : null;
    if (np) {
      const st = rel.start - (np[0].length - np[0].indexOf(np[1] as string, 1));
      subject = { start: st, end: st + (np[1] as string).length };
    }
    // "The minister, who said C, resigned": the sentence's subject; "spoke to a shop owner who said C": a restrictive relative
    // (only a person's "who")
    const whoSpeaker = relStatement && !np && rel.word.toLowerCase() === 'who' ? speakerBeforeWho(text, Math.max(contentStart, rel.start - 70), rel.start) : null;
    const atSubject = !!whoSpeaker && whoSpeaker.subject.start <= scan.afterAdverbial + 1;
    const fromSubject = !!whoSpeaker && whoSpeaker.appositive && atSubject;
    // ("The people who said C were arrested": a restrictive relative on the subject runs into the main verb; not read)
    if (whoSpeaker && (fromSubject || (!whoSpeaker.appositive && !atSubject))) subject = whoSpeaker.subject;
    const right = subject ? parseRight(ctx, lemma, b, s1) : null;
    const content = right ? contentAfter(text, lemma, right.pos, s1) : null;
    if (subject && right && content?.kind === 'content' && (clauseAhead(text.slice(content.start, content.start + 60)) || /^["“]/.test(text.slice(content.start, content.start + 1)) ||
        /^(?:he|she|they|we|it)[ \t]+(?:\p{Ll}{2,}ed|saw|had|was|were|is|are|would|will|could|did|knew|heard|thought|felt|told|said)(?![\p{L}])/u.test(text.slice(content.start, content.start + 30)) ||
        // ("a shop owner who said local radio had been ...": a bare noun phrase, then its auxiliary)
        (!!whoSpeaker && /^(?:\p{Ll}[\p{L}-]*[ \t]+){1,3}(?:had|has|have|was|were|is|are|will|would|could)[ \t]/u.test(text.slice(content.start, content.start + 50))))) {
      const claimEnd = fromSubject || whichMedium ? appositiveRelativeEnd(text, content.start, s1) : s1;
      // ("The BBC spoke to three nurses, who said C": the people a medium spoke to said C to it)
      const spokenTo = right.medium ? null : mediumSpokeTo(ctx, text.slice(Math.max(contentStart, subject.start - 80), subject.start), Math.max(contentStart, subject.start - 80));
      out.push(base('pre', lemma, text.slice(auxStart, b), auxStart, b, { subject, claim: trimClaim(text, content.start, claimEnd), frameStart: auxStart, medium: right.medium ?? spokenTo, dateText: right.dateText }));
      scan.skipUntil = content.start;
    }
    return true;
  }
  return false;
}

/** The verb's frame by what follows and precedes it: participles, passives, quoting, a content clause, an inverted speaker. */
function framedCue(scan: CueScan, v: VerbHit, auxStart: number, beBefore: boolean, next: ReturnType<typeof wordAfter>, nextLw: string): void {
  const { ctx, text, s0, s1, contentStart, out, consumedCiting } = scan;
  const { a, b, lw, lemma, form } = v;
  if (form === 'ing') {
    if (participleCue(scan, a, b, beBefore, lemma, lw)) return;
  }
  // passives: "was quoted by X as saying", "this was denied by X"
  if (beBefore && (form === 'past' || form === 'participle')) {
    if (passiveCue(scan, a, auxStart, b, lemma, next, nextLw)) return;
  }
  const cueText = text.slice(auxStart, b);
  // "Xinhua quoted a ministry spokesman as saying that C", "The paper cites an official as saying C"
  // ("Sky News reported a Taliban spokesman as saying C": a medium reporting its source's words, like "quoted")
  if (((lemma === 'quote' || lemma === 'cite') || (lemma === 'report' && REPORTED_AS_SAYING.test(text.slice(b, Math.min(s1, b + 120))))) && (form === 'past' || form === 'third')) {
    quotingCue(scan, a, auxStart, b, lemma);
    return;
  }
  const right = parseRight(ctx, lemma, b, s1);
  const rawCitings = right.citing ? [right.citing] : [];
  consumedCiting.push(...rawCitings);
  // "denied a report by Bloomberg that C" / "confirmed a report issued by X, stating that C"
  if (lemma === 'deny' || lemma === 'confirm' || lemma === 'dispute' || lemma === 'reject' || lemma === 'dismiss') {
    if (disputedReportCue(scan, auxStart, b, cueText, lemma, right)) return;
  }
  // "As Reuters reported on Monday, C" / "C, as the paper reported."
  if (AS_FRAME_LEMMAS.has(lemma) && (form === 'past' || form === 'third')) {
    if (asFrameCue(scan, a, auxStart, b, cueText, lemma, right)) return;
  }
  let content = contentAfter(text, lemma, right.pos, s1);
  // ('"C," CCTV said in a lengthy report that led the evening news': a "that" before a verb, after a setting, opens a
  // relative clause on the setting; the content is not after it)
  if (content.kind === 'content' && right.pos > b + 1 && RELATIVE_THAT_VERB.test(text.slice(right.pos, Math.min(s1, right.pos + 30)))) content = { kind: 'none', comma: false, closes: true };
  // what stands just before the cue decides between "S said C" and '"C," said S'
  let lb = auxStart;
  while (lb > s0 && isBlankAt(text, lb - 1)) lb--;
  const charBefore = lb > s0 ? text[lb - 1] as string : '';
  // ("‘We will rebuild,’ said the mayor": British single quotes, whose closing mark is also an apostrophe)
  const quoteBefore = ((charBefore === '”' || charBefore === '"') && (isQuoteEnd(text, lb - 1) || (INVERTING.has(lemma) && closesOpenQuotation(text, s0, lb - 1)))) ||
    (charBefore === '’' && /[,!?]/.test(text[lb - 2] ?? '') && text.lastIndexOf('‘', lb - 2) >= s0);
  const invertedPos = charBefore === ',' || quoteBefore || lb <= contentStart;
  // '"C," said the city engineer.' — the speaker follows the cue
  // "John Smith, 61, a farmer, said C": a name and its appositives before the cue are the subject
  const appositiveSubject = charBefore === ',' && APPOSITIVE_SUBJECT.test(text.slice(scan.afterAdverbial, lb - 1));
  // ("Jane Roe, 51, posted ...": a name and its age before the verb are its subject)
  const agedSubject = charBefore === ',' && AGED_SUBJECT.test(text.slice(scan.afterAdverbial, lb - 1));
  const inv = invertedPos && lb > contentStart && INVERTING.has(lemma) && (quoteBefore || !INVERTING_AFTER_QUOTE_ONLY.has(lemma)) && !appositiveSubject && !agedSubject ? invertedSpeaker(text, right.pos, s1) : null;
  if (inv) {
    const claim = claimBefore(text, contentStart, lb);
    if (claim) {
      // '"C," said Roe in an interview with the BBC': the setting after the speaker is not part of it, and names the medium
      // ('"C," said Ahmed Ali, a resident, speaking to AFP.': or an aside after the speaker that names the medium)
      const setting = invertedSetting(text, inv, right.medium) ?? settingAfterAppositive(text, inv, s1, right.medium) ?? speakingToAfterSpeaker(ctx, inv, s1, right.medium);
      out.push(base('inverted', lemma, cueText, auxStart, b, { subject: setting?.subject ?? inv, claim, frameStart: lb - 1, dateText: right.dateText, medium: setting?.medium ?? right.medium }));
    }
    return;
  }
  // "..., which security sources said involved rockets": the relative clause's verb phrase is the claim
  const rel = lemma === 'say' || lemma === 'report' || lemma === 'believe' || lemma === 'claim' ? RELATIVE_SPEAKER.exec(text.slice(Math.max(contentStart, auxStart - 80), auxStart)) : null;
  if (rel) {
    if (relativeSpeakerCue(scan, auxStart, b, cueText, lemma, rel, right)) return;
  }
  // "broadcast footage it said showed C": a reduced relative clause whose verb phrase is the claim
  if ((lemma === 'say' || lemma === 'claim') && reducedRelativeCue(scan, auxStart, b, cueText, lemma, right)) return;
  // '“We will win,” he said, “because …”': the quotation resumes after its frame, which belongs to the part before it
  if (content.kind === 'content' && text[right.pos] === ',' && quotationResumedAfterFrame(text, contentStart, lb)) {
    trailingFrameCue(scan, v, auxStart, cueText, right, charBefore, lb);
    return;
  }
  if (content.kind === 'content') {
    contentCue(scan, a, auxStart, b, content, cueText, lb, lemma, quoteBefore, right);
    return;
  }
  if (lemma === 'speak') {
    speakCue(scan, auxStart, b, cueText, form, lemma, right);
    return;
  }
  if (!content.closes && !/^(?:say|add|write|report)$/.test(lemma)) return; // "C, S told O." needs the clause to close after O
  trailingFrameCue(scan, v, auxStart, cueText, right, charBefore, lb);
}

/** " a Taliban spokesman as saying": a source, then "as saying", after "reported" */
const REPORTED_AS_SAYING = /^[ \t]+(?:the|a|an|its|his|her|their|\p{Lu})[^,.;:"“]{0,80}?[ \t]as[ \t]+saying(?![\p{L}])/u;
/** A quotation closed by a comma ('…,” ') a few words before the frame at `lb`. */
const QUOTE_CLOSED_BEFORE_FRAME = /[,!?]["”][ \t]+((?:[^ \t,.;:!?"“”]+[ \t]+){0,7}[^ \t,.;:!?"“”]+[ \t]*)$/u;
/**
 * '“We will win this election,” he said, “because …”': the frame interrupts one quotation, and the part before it is
 * the main sentence the cue attaches to ('Officials “are on thin ice,” the paper reported, “…”' too). A first part
 * of a few words ("“Look,” she said, “…”") is no claim of its own.
 */
function quotationResumedAfterFrame(text: string, contentStart: number, lb: number): boolean {
  const m = QUOTE_CLOSED_BEFORE_FRAME.exec(text.slice(Math.max(contentStart, lb - 90), lb));
  if (!m) return false;
  const close = lb - m[1]!.length - 1;
  return text.slice(contentStart, close - 1).replace(/["“]/g, ' ').trim().split(/\s+/).length >= 4;
}

/** 'C, the minister said.', 'C1, a witness said, C2', '"C" Jane Doe said.': a frame after its content. */
/** After a quotation: a name, perhaps after a lower-case description, then its age or a description set off by commas (1: the name). */
const NAME_WITH_APPOSITIVES = /^[ \t]*((?:(?:the|a|an)[ \t]+)?(?:[\p{Ll}-]+[ \t]+){0,4}\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})(?:,[ \t]*\d{1,3})?(?:,[ \t]*(?:a|an|the|his|her|its|their)[ \t][^,;:"“”]{1,80})?,[ \t]*$/u;
/** The last closing quotation mark between floor and pos, or -1. */
function lastQuoteEndBefore(text: string, floor: number, pos: number): number {
  for (let i = pos - 1; i >= floor; i--) {
    const c = text[i];
    if ((c === '”' || c === '"') && isQuoteEnd(text, i)) return i;
    if (c === ';' || c === ':') return -1;
  }
  return -1;
}

function trailingFrameCue(scan: CueScan, v: VerbHit, auxStart: number, cueText: string, right: RightSide, charBefore: string, lb: number): void {
  const { ctx, text, s1, contentStart, out } = scan;
  const { b, lemma } = v;
  // 'C, the minister said.' / 'C1, a witness said, C2' / '"C" Jane Doe said.'
  const floor = scan.afterAdverbial;
  let comma = -1;
  let quoteEnd = -1;
  // 'C, Jane Doe, the head of X, said': the comma right before the cue closes an appositive
  const subjectEnd = charBefore === ',' ? lb - 1 : auxStart;
  for (let i = subjectEnd - 1; i >= floor; i--) {
    const c = text[i];
    if (c === ',') { comma = i; break; }
    if ((c === '”' || c === '"') && isQuoteEnd(text, i)) { quoteEnd = i; break; }
    // ("C - the country's eighth case - the official news agency said": the dash that closes an aside parts C from the frame)
    if ((c === '-' || c === '—' || c === '–') && text[i - 1] === ' ' && text[i + 1] === ' ' && ASIDE_OPENING_DASH.test(text.slice(floor, i - 1)) && SUBJECT_AFTER_DASH.test(text.slice(i + 1, auxStart))) { comma = i; break; }
    if (c === ';' || (c === ':' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) || c === '—') break;
  }
  // ('"C," local resident Mohammed Ali, 45, a father of three, told AFP': after the quotation, a name with its age and
  // description; the quotation ends the claim and the name is the speaker)
  if (comma >= 0 && quoteEnd < 0) {
    const close = lastQuoteEndBefore(text, floor, comma);
    const chain = close >= 0 ? NAME_WITH_APPOSITIVES.exec(text.slice(close + 1, lb)) : null;
    if (chain) {
      comma = -1;
      quoteEnd = close;
    }
  }
  let sepAt = comma >= 0 ? comma : quoteEnd;
  // (the name only, without its age or description)
  const chained = comma < 0 && quoteEnd >= 0 ? NAME_WITH_APPOSITIVES.exec(text.slice(quoteEnd + 1, lb)) : null;
  if (sepAt < 0) {
    // "However, he said, the talks would continue.": a fronted adverbial, the frame, then the claim
    const parenthetical = /^[ \t]*,[ \t]*(?=["“]?[\p{L}\d])/u.exec(text.slice(right.pos, Math.min(s1, right.pos + 6)));
    if (parenthetical && floor > contentStart && s1 - (right.pos + parenthetical[0].length) >= 12) {
      const subject = subjectBefore(text, floor, auxStart);
      if (subject && subject.start <= floor + 1) {
        const claim = trimClaim(text, right.pos + parenthetical[0].length, s1);
        out.push(base('pre', lemma, cueText, auxStart, b, { subject, claim, frameStart: subject.start, dateText: right.dateText, medium: right.medium, citing: right.citing }));
        return;
      }
    }
    // "Jane Doe said in a statement." after a quotation in the previous sentence
    const subject = subjectBefore(text, floor, auxStart);
    if (subject && subject.start <= floor + 1) {
      out.push(base('post', lemma, cueText, auxStart, b, { subject, claim: null, frameStart: floor, dateText: right.dateText, medium: right.medium, citing: right.citing, quoteFromPrevious: true }));
    }
    return;
  }
  let subject = chained ? trimSpan(text, quoteEnd + 1 + (chained[0].length - chained[0].trimStart().length), quoteEnd + 1 + (chained[0].length - chained[0].trimStart().length) + (chained[1] as string).length) : trimSpan(text, sepAt + 1, subjectEnd);
  while (subject.start < subject.end && /["'“”‘’\s]/.test(text[subject.start] as string)) subject.start++;
  // 'C, a government official, speaking on condition of anonymity, told X': the participial aside is not the speaker
  // ("a witness in Omdurman, located across the Nile, told AFP", "S, chief of X, when asked about it, said")
  // ("the man, identified only by his surname Shen, said": the name the aside gives is the speaker's)
  const identified = comma >= 0 ? IDENTIFIED_BY_NAME.exec(text.slice(subject.start, subject.end)) : null;
  if (comma >= 0 && (identified || /^(?:speaking|writing|talking|asked|requesting|declining|citing|located|situated|based|when[ \t]+asked)\b/i.test(text.slice(subject.start, subject.end)) || /^[Ww]ho\b/.test(text.slice(subject.start, subject.end)))) {
    let j = sepAt - 1;
    while (j > floor && text[j] !== ',' && !((text[j] === '”' || text[j] === '"') && isQuoteEnd(text, j))) j--;
    const np = trimSpan(text, j + 1, sepAt);
    if (j > floor && np.end > np.start && /^(?:a|an|the|one|two|three|\p{Lu})/u.test(text.slice(np.start, np.end)) && text.slice(np.start, np.end).split(/\s+/).length <= 8) {
      subject = identified ? { start: subject.end - (identified[1] as string).length, end: subject.end } : np;
      sepAt = j;
      if (text[j] !== ',') { quoteEnd = j; comma = -1; } else comma = j;
    }
  }
  // 'C, Roe, 51, said', 'C, Roe, 51, a farmer, said', 'C, Roe, 51, and Doe, 45, said': a name with its age in apposition
  const subjectText = text.slice(subject.start, subject.end);
  // ('C, Jane Roe, district superintendent of police, said': a title phrase without an article after the name)
  const aged = comma >= 0 && (/^\d{1,3}$/.test(subjectText) || APPOSITIVE_STARTERS.test(subjectText))
    ? agedNamesBefore(text, floor, /^\d{1,3}$/.test(subjectText) ? subjectEnd : sepAt)
    : comma >= 0 && isTitlePhrase(subjectText) ? personNameBefore(text, floor, sepAt) : null;
  if (aged) {
    subject = aged.subject;
    sepAt = aged.sepAt;
    if (text[sepAt] !== ',') { quoteEnd = sepAt; comma = -1; } else comma = sepAt;
  }
  // 'C, Jane Doe, the head of X, said.': the name before the appositive
  // ("..., Antwerp, Belgium, the paper added": a medium's anaphor is the speaker itself, not an appositive)
  const anaphorOnly = MEDIUM_ANAPHOR_NP.test(text.slice(subject.start, subject.end)) && /^[ \t]*$/.test(text.slice(subject.end, auxStart));
  // ("..., Madhyapara, Khilkhet, the Daily Star reports": a listed medium right before the cue is the speaker itself)
  const namedMedium = /^[ \t]*$/.test(text.slice(subject.end, auxStart)) && (ctx.outletAt(subject.start)?.end ?? -1) >= subject.end - 1;
  if (APPOSITIVE_STARTERS.test(text.slice(subject.start, subject.end)) && !namedMedium) {
    // the appositive begins at the comma after the name; the name begins after the separator before it
    let k = sepAt;
    let j = k - 1;
    while (j > floor && text[j] !== ',' && !((text[j] === '”' || text[j] === '"') && isQuoteEnd(text, j))) j--;
    const name = trimSpan(text, j + 1, k);
    while (name.start < name.end && /["'“”‘’\s]/.test(text[name.start] as string)) name.start++;
    k = j;
    // ("35-year-old Cavazos, who ..., wrote": an age before the name)
    // ("C, the mayor, a Democrat, said": an indefinite description after a definite one describes it)
    const definiteHead = /^(?:a|an)[ \t]/i.test(text.slice(subject.start, subject.end)) && DEFINITE_LOWER_NOUN_PHRASE.test(text.slice(name.start, name.end));
    if (k > floor && (AGED_NAME_START.test(text.slice(name.start, name.end)) || definiteHead) && text.slice(name.start, name.end).split(/\s+/).length <= 5 && !(anaphorOnly && !ctx.outletAt(name.start))) {
      subject = name;
      sepAt = k;
      if (text[k] !== ',') { quoteEnd = k; comma = -1; } else comma = k;
    }
  }
  // ("C, Reuters, Bloomberg and CNN reported": a list of media is one subject, the content ends before it)
  if (comma >= 0 && subject.end > subject.start) {
    const list = outletListSubject(ctx, subject, floor, auxStart);
    let k = list.start;
    while (k > floor && isBlankAt(text, k - 1)) k--;
    if (list.start < subject.start && text[k - 1] === ',') { subject = list; sepAt = comma = k - 1; }
  }
  frameWithSubject(scan, v, auxStart, cueText, right, floor, subject, sepAt, comma, quoteEnd);
}

/** "the Border Guard Service of the State Committee for National Security": a body's name in title case */
const LONG_BODY_NAME = /^(?:the[ \t]+)?\p{Lu}[\p{L}'’.&-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.&-]*|of|the|for|and|on))*$/u;
/**
 * A subject's length in words for the limit `limit`: beyond it, and up to 26 words, a relative clause on the speaker
 * (" who spoke to the Reuters news agency by phone") does not count.
 */
function wordsBeforeRelative(text: string, span: Span, words: number, limit: number): number {
  const who = words > limit && words <= 26 ? WHO_ON_SPEAKER.exec(text.slice(span.start, span.end)) : null;
  return who ? splitWordCount(text.slice(span.start, span.start + who.index)) : words;
}
/** " who spoke to", " who told": a relative clause on a speaker, by what it says the speaker did */
const WHO_ON_SPEAKER = /[ \t]who[ \t]+(?:(?:had|has|was|were)[ \t]+)?(?:spoke|spoken|talked|told|asked|requested|declined|was|were|is|are|works|worked|lives|witnessed|saw)(?![\p{L}])/u;
/** The claim of a trailing frame whose subject was found ('C, Jane Doe said'), and its clause (pushed to scan.out). */
function frameWithSubject(scan: CueScan, v: VerbHit, auxStart: number, cueText: string, right: RightSide, floor: number, subject: Span, sepAt: number, comma: number, quoteEnd: number): void {
  const { ctx, text, s1, contentStart, out } = scan;
  const { b, lemma } = v;
  const subjWords = splitWordCount(text.slice(subject.start, subject.end));
  // ("C, a senior police officer who spoke to the Reuters news agency by phone said")
  const headWords = wordsBeforeRelative(text, subject, subjWords, 12);
  // ("the Border Guard Service of the State Committee for National Security of Kyrgyzstan told M": a long name is one subject)
  if (subject.end <= subject.start || (headWords > 12 && !(subjWords <= 18 && LONG_BODY_NAME.test(text.slice(subject.start, subject.end))))) return;
  if (/^(?:[Aa]nd|[Bb]ut|[Ww]hich|[Ww]ho|[Tt]hat|[Ww]hile|[Aa]s|[Ww]hen|[Ss]o)\b/.test(text.slice(subject.start, subject.end))) return;
  // ("C, in a brief report on the unrest, said": a prepositional setting is no subject)
  if (LOWER_PREPOSITION_START.test(text.slice(subject.start, subject.end))) return;
  // ("In June, the paper published photos which they said showed C": a cue inside a relative clause whose gapped
  // predicate follows it; the relative-gap pass reads it)
  if (RELATIVE_BEFORE_CUE.test(text.slice(subject.start, subject.end)) && GAPPED_PREDICATE_AHEAD.test(text.slice(right.pos, Math.min(s1, right.pos + 20)))) return;
  // 'C, its editor-in-chief, Jane Doe, said': the description belongs to the speaker, not the claim
  if (comma >= 0) {
    let k = sepAt - 1;
    while (k > floor && text[k] !== ',') k--;
    // ('"C," the spokeswoman, Ann Lee, said': the description follows the quotation's closing mark)
    const desc = text.slice(k + 1, sepAt).replace(/^[\s"”]+/, '').trim();
    if (k > floor && /^(?:(?:its|his|her|their|the|a|an)\s|\p{Lu}[\p{L}.-]*['’]s\s)/iu.test(desc) && desc.split(/\s+/).length <= 6 &&
      !desc.split(/\s+/).some((w) => VERB_FORMS.has(w.toLowerCase()))) { sepAt = k; comma = k; }
  }
  let claim = claimBefore(text, contentStart, sepAt + (quoteEnd >= 0 && comma < 0 ? 1 : 0));
  // "talked with sources who, it said, were close to the firm": a frame set off inside a relative clause; the
  // relative's predicate after the frame is the claim ("it", "they": the sentence's subject)
  if (comma >= 0 && claim && RELATIVE_PRONOUN_END.test(text.slice(Math.max(claim.start, sepAt - 8), sepAt))) {
    const after = /^[ \t]*,[ \t]*/.exec(text.slice(right.pos, right.pos + 4));
    if (!after) return;
    const cs = right.pos + after[0].length;
    const predicate = trimClaim(text, cs, relativeClauseEnd(text, cs, s1));
    if (predicate.end - predicate.start < 5 || !/^\p{Ll}/u.test(text[predicate.start] ?? '')) return;
    const pronoun = /^(?:it|they)$/i.test(text.slice(subject.start, subject.end));
    const floor0 = afterLeadingAdjuncts(text, scan.afterAdverbial, sepAt);
    // ("The Globe and Mail talked with sources who, it said, ...": "it" is the sentence's subject, a medium there;
    // "the company talked with Reuters reporters who, it said, ...": the company, not the medium it talked with)
    const conj = pronoun ? /^(?:But|And|Yet|So)[ \t]+/.exec(text.slice(floor0, floor0 + 5)) : null;
    const outer = pronoun ? sentenceSubject(text, floor0 + (conj ? conj[0].length : 0), sepAt) ?? lastMediumIn(ctx, floor0, sepAt) : null;
    out.push(base('pre', lemma, cueText, auxStart, b, { subject: outer ?? subject, claim: predicate, frameStart: sepAt, dateText: right.dateText, medium: right.medium, citing: right.citing, parenthetical: true }));
    scan.skipUntil = predicate.end;
    return;
  }
  // "The pipeline, the company said, would be built": a frame inside the content, whose first part has no verb;
  // "Under the deal, the paper said, C2": a fronted phrase, and the content after the frame
  const cont = comma >= 0 ? CONTINUATION_AFTER_FRAME.exec(text.slice(right.pos, Math.min(s1, right.pos + 24))) : null;
  // ("The decision, he said, was final": a short rest that opens with its finite verb)
  const restAt = cont ? right.pos + cont[0].length : -1;
  const restFits = !!cont && (s1 - restAt >= 12 || (s1 - restAt >= 5 && FINITE_VERB_START.test(text.slice(restAt, restAt + 12))));
  // ("The bus, police said, was carrying 40 passengers": a head too short to be a claim of its own)
  // ("Anelka, the president said, muttered the words": or a past-tense verb after a name)
  if (!claim && restFits && (FINITE_VERB_START.test(text.slice(restAt, restAt + 12)) || PAST_VERB_START.test(text.slice(restAt, restAt + 20)))) {
    const head = trimSpan(text, skipLeadingAdverbial(text, contentStart, sepAt), sepAt);
    if (head.end - head.start >= 2 && /^["“]?(?:the|a|an|this|its|his|her|their|\p{Lu})/iu.test(text.slice(head.start, head.end))) claim = head;
  }
  // ("So far, it said, almost all the deaths had been recorded": a short fronted adverbial, then the content)
  if (!claim && restFits && comma >= 0 && SHORT_FRONTED_ADVERBIAL.test(text.slice(skipLeadingAdverbial(text, contentStart, sepAt), sepAt))) claim = trimClaim(text, restAt, s1);
  if (!claim) return;
  if (cont && restFits && !FINITE_VERB.test(text.slice(claim.start, claim.end))) {
    const rest = trimClaim(text, right.pos + cont[0].length, s1);
    // ("But on Monday, the paper reported, C", "Right now, the Times reports, C": a fronted adverbial is no part of the content)
    const head = text.slice(claim.start, claim.end).replace(LEADING_CONJUNCTION, '');
    claim = LEADING_PREPOSITION.test(head) || FRONTED_TIME_WORDS.test(head) ? rest : { start: claim.start, end: rest.end };
  }
  // "... to boycott the event because, they claimed, C": a frame right after a conjunction owns what follows it,
  // and leaves the clause around it whole
  if (cont && s1 - (right.pos + cont[0].length) >= 12 && CONJUNCTION_BEFORE_COMMA.test(text.slice(Math.max(floor, sepAt - 12), sepAt))) {
    out.push(base('pre', lemma, cueText, auxStart, b, { subject, claim: trimClaim(text, right.pos + cont[0].length, s1), frameStart: subject.start, dateText: right.dateText, medium: right.medium, citing: right.citing, parenthetical: true }));
    return;
  }
  out.push(base('post', lemma, cueText, auxStart, b, { subject, claim, frameStart: sepAt, dateText: right.dateText, medium: right.medium, citing: right.citing }));
}

/** The object of "told" that is the thing narrated, not its audience: "the story of", "a tale of", "the history of". */
const TOLD_STORY = /^(?:the|a|an|his|her|its|their)(?:[ \t]+\p{Ll}[\p{Ll}-]*)?[ \t]+(?:story|stories|tale|tales|history|saga)[ \t]/u;
/** A conjunction or complementizer right before a comma: "because,", "that,", "but,". */
const CONJUNCTION_BEFORE_COMMA = /(?:^|[ \t])(?:because|that|although|though|since|if|when|whereas|unless|and|but|so)[ \t]*$/i;
/** The comma-separated segment that ends at `end` (after floor), and the separator (a comma or a closing quote) before it. */
function segmentBefore(text: string, floor: number, end: number): { span: Span; sep: number } {
  let j = end - 1;
  while (j > floor && text[j] !== ',' && !((text[j] === '”' || text[j] === '"') && isQuoteEnd(text, j))) j--;
  const span = trimSpan(text, j + 1, end);
  while (span.start < span.end && /["'“”‘’\s]/.test(text[span.start] as string)) span.start++;
  return { span, sep: j };
}
const AGE = /^\d{1,3}$/;
const SHORT_NAME = /^\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/**
 * 'C, Roe, 51, said' / 'C, Roe, 51, a farmer, said': the name before an age in apposition whose segment ends at `end`;
 * 'C, Roe, 51, and Doe, 45, said': both names with their ages. Null when no age and name stand there.
 */
function agedNamesBefore(text: string, floor: number, end: number): { subject: Span; sepAt: number } | null {
  const age = segmentBefore(text, floor, end);
  if (age.sep <= floor || !AGE.test(text.slice(age.span.start, age.span.end))) return null;
  const name = segmentBefore(text, floor, age.sep);
  const nameText = text.slice(name.span.start, name.span.end);
  const second = /^and[ \t]+/.exec(nameText);
  if (!SHORT_NAME.test(second ? nameText.slice(second[0].length) : nameText)) return null;
  if (!second) return name.sep > floor ? { subject: name.span, sepAt: name.sep } : null;
  const age1 = segmentBefore(text, floor, name.sep);
  if (age1.sep <= floor || !AGE.test(text.slice(age1.span.start, age1.span.end))) return null;
  const first = segmentBefore(text, floor, age1.sep);
  if (first.sep <= floor || !SHORT_NAME.test(text.slice(first.span.start, first.span.end))) return null;
  return { subject: { start: first.span.start, end: age.span.end }, sepAt: first.sep };
}

/** "Sonitpur superintendent of police", "Kano state police commissioner": a title after a name, with no article. */
function isTitlePhrase(phrase: string): boolean {
  const ws = phrase.split(/[ \t]+/);
  if (ws.length < 2 || ws.length > 8 || !startsWithCapital(ws[0] as string)) return false;
  let title = false;
  for (const w of ws) {
    if (startsWithCapital(w) || /^(?:of|for|the|and|in)$/.test(w)) continue;
    if (TITLE_WORDS.has(w) || ROLE_NOUNS.has(w)) { title ||= TITLE_WORDS.has(w); continue; }
    return false;
  }
  return title;
}

/** A person's name (two to four capitalised words) in the segment that ends at the comma `end`. */
function personNameBefore(text: string, floor: number, end: number): { subject: Span; sepAt: number } | null {
  const name = segmentBefore(text, floor, end);
  const words = text.slice(name.span.start, name.span.end).split(/[ \t]+/).length;
  return name.sep > floor && words >= 2 && SHORT_NAME.test(text.slice(name.span.start, name.span.end)) ? { subject: name.span, sepAt: name.sep } : null;
}

const REDUCED_RELATIVE_PRONOUN = /^(?:it|they|he|she)$/;
const NOT_HEAD_NOUN = /^(?:said|says|told|tells|that|which|what|who|and|but|or|as|because|if|when|so|than|where|how|why|while|after|before|since|until|also|then|now|still|even|just|only|not|never|too|has|have|had|is|are|was|were|be|been|will|would|could|should|can|may|might|must|did|does|do|\p{Ll}+ly|\p{Ll}+ed)$/u;
const FINITE_VERB_AHEAD = /^[ \t]+(?:was|were|is|are|had|has|have|showed|shows|show|contained|contains|depicted|depicts|included|includes|\p{Ll}{3,}ed)(?![\p{L}])/u;

const LOWERCASE_NOUN = /^\p{Ll}{3,}$/u;

/** "footage it said showed C", "a letter they said was forged": the pronoun is the speaker, the verb phrase after the cue its claim. */
function reducedRelativeCue(scan: CueScan, auxStart: number, b: number, cueText: string, lemma: string, right: RightSide): boolean {
  const { text, s1, contentStart, out } = scan;
  const pron = wordBefore(text, auxStart, contentStart);
  if (!pron || !REDUCED_RELATIVE_PRONOUN.test(pron.word)) return false;
  const noun = wordBefore(text, pron.start, contentStart);
  if (!noun || !LOWERCASE_NOUN.test(noun.word) || NOT_HEAD_NOUN.test(noun.word)) return false;
  const ahead = FINITE_VERB_AHEAD.exec(text.slice(right.pos, Math.min(s1, right.pos + 24)));
  if (!ahead) return false;
  const claim = trimClaim(text, right.pos + ahead[0].length - ahead[0].trimStart().length, s1);
  if (claim.end - claim.start < 8) return false;
  const floor = scan.afterAdverbial;
  // ("it", "they": the subject of the verb whose object the noun is: "The army released new images it said ...")
  let verb = wordBefore(text, noun.start, floor);
  for (let k = 0; k < 3 && verb && /^(?:a|an|the|some|new|its|their|his|her|what|from|of|on|to|with)$/.test(verb.word); k++) verb = wordBefore(text, verb.start, floor);
  const ofSentence = (pron.word === 'it' || pron.word === 'they') && verb && /^\p{Ll}/u.test(verb.word) ? subjectBefore(text, floor, verb.start) ?? scan.ctx.outletAt(floor) : null;
  const subject = ofSentence && ofSentence.end <= noun.start ? ofSentence : { start: pron.start, end: pron.start + pron.word.length };
  out.push(base('pre', lemma, cueText, auxStart, b, { subject, claim, frameStart: pron.start, dateText: right.dateText, medium: right.medium }));
  return true;
}

/** " Inter want to sign", " Chelsea have won": a name and its finite verb, a clause without "that" */
const NAMED_CLAUSE = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}[ \t]+(?:want|wants|have|has|are|is|were|was|will|would|could|plan|plans|intend|intends|need|needs|hope|hopes|expect|expects|remain|remains|face|faces|\p{Ll}{3,}ed)(?![\p{L}])`;
const NAMED_CLAUSE_AHEAD = new RegExp(String.raw`^[ \t]+` + NAMED_CLAUSE, 'u');
// (NAMED_CLAUSE_AHEAD on ' ' + text, without building that string: ~50 ns a call)
const NAMED_CLAUSE_AT_START = new RegExp(String.raw`^[ \t]*` + NAMED_CLAUSE, 'u');

/** ", Channel 12 news ", ", the Kan ": a comma, then only a name (and "news") before the cue. */
const NAME_AFTER_COMMA = /,[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}.&'’-]*|\d+))*(?:[ \t]+news)?[ \t]+$/u;
/** Only closing punctuation between pos and the sentence end. */
const closesSentence = (text: string, pos: number, end: number): boolean => /^[\s.!?"”’)]*$/.test(text.slice(pos, Math.min(end, pos + 8))) && end - pos <= 8;

/** An outlet's name ends with the word at wordStart ("Sky Sports News" before "claim"): tried from up to three capitalised words back. */
function outletEndsAt(ctx: SentenceContext, wordStart: number, floor: number): boolean {
  let p = wordStart;
  for (let k = 0; k < 4; k++) {
    const om = ctx.outletAt(p);
    if (om && om.end >= wordStart) return true;
    const w = wordBefore(ctx.text, p, floor);
    if (!w || !startsWithCapital(w.word)) return false;
    p = w.start;
  }
  return false;
}

/** ", reporting for the Kyiv Independent": the medium a journalist reports for */
const REPORTING_FOR = /^[ \t]*,[ \t]*(?:reporting|writing)[ \t]+(?:for|in|on)[ \t]+((?:the[ \t]+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.'’&-]*){0,4})/u;
/** "the report", "the latest story": a medium's work, named by its noun */
const REPORT_NP = /^(?:the|this|that|its|their)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:report|story|article|dispatch|broadcast|investigation)$/iu;
/** A media noun inside a phrase: "the state-run IRNA news agency", "the daily Le Monde". */
const MEDIA_WORD_INSIDE = /(?:^|[ \t])(?:news[ \t]+agency|agency|newspaper|daily|weekly|broadcaster|channel|network|radio|television|TV|magazine|tabloid|outlet|website|news[ \t]+site)(?![\p{L}])/iu;
/** Whether a word of the span starts a listed medium's name. */
function namesListedMedium(ctx: SentenceContext, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    if ((i === span.start || isBlankAt(ctx.text, i - 1)) && ctx.outletAt(i)) return true;
  }
  return false;
}
/** ", who spoke to Daily NK in July", ", who talked to Reuters,": the medium a source spoke to (1) */
const SPOKE_TO_AFTER = /^[ \t]*,[ \t]*who[ \t]+(?:had[ \t]+)?(?:spoke|talked|was[ \t]+speaking|gave[ \t]+an[ \t]+interview)[ \t]+(?:exclusively[ \t]+)?(?:to|with)[ \t]+((?:the[ \t]+)?\p{Lu}[^,;:]{0,40}?)(?=[ \t]+(?:in|on|last|this|earlier|late|early)[ \t]|[ \t]*,)/u;
const COMMON_NOUN_PHRASE = /^(?:a|an|the|one|another|its|his|her|their|our)\s+\p{Ll}/u;
/** "on Monday, ", "last night, " */
const LEADING_DAY_COMMA = /^(?:on|last|this|earlier|late|early)\s+\p{L}+(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*/u;

function prepositionalCue(scan: CueScan, a: number, b: number, capital: boolean, h: CueHit, lw: string): void {
  const { text, s0, s1, contentStart, out, freeCiting } = scan;
  if (capital && a > scan.afterAdverbial + 1) return;
  if (lw === 'citing' || lw === 'quoting') {
    // only the prepositional use: ", citing X" or a sentence-initial "Citing X,"
    let q = a;
    while (q > s0 && isBlankAt(text, q - 1)) q--;
    // "said without citing sources": a source not cited
    if (q - 7 >= s0 && /without$/i.test(text.slice(q - 7, q))) return;
    const np = phraseAfter(text, b, s1);
    // ("... to buy the firm citing sources close to both companies.": no comma, but a source phrase that ends the sentence)
    const bareAtEnd = !!np && /^[\s.!?"”]*$/.test(text.slice(np.end, s1)) && isSourcePhrase(text.slice(np.start, np.end));
    if (!(q <= scan.afterAdverbial || text[q - 1] === ',' || text[q - 1] === '(' || bareAtEnd)) return;
    if (np && isSourcePhrase(text.slice(np.start, np.end)) && !out.some((c) => c.citing && c.citing.start === np.start)) freeCiting.push(np);
    return;
  }
  // "He said, according to the BBC, that C": an interjection the cue's own frame has taken
  if (/\b(?:said|says|told|tells|reported|reports|added|wrote|stated)[ \t]*,[ \t]*$/i.test(text.slice(Math.max(s0, a - 14), a)) && out.some((c) => c.medium && c.medium.start > a && c.medium.start < a + 60)) return;
  // "CNN reported that(,) according to two sources(,) C": the source of the outer report's content
  if (lw === 'according to') {
    const outer = out.find((c) => c.claim && c.claim.start <= a && c.claim.start >= a - 2 && (c.kind === 'pre' || c.kind === 'participle') && !c.citing);
    if (outer) {
      const tail = text.slice(b, Math.min(s1, b + 100));
      const m = /^[ \t]+([^,;:.!?"“]{2,60}?)(?:[ \t]*,[ \t]*|[ \t]+(?=(?:the|a|an|it|he|she|they|there|this|its|his|her|their)[ \t]))/u.exec(tail);
      if (m) {
        const st = b + m[0].indexOf(m[1] as string);
        outer.citing = { start: st, end: st + (m[1] as string).length };
        outer.claim = { start: b + m[0].length, end: outer.claim!.end };
        scan.skipUntil = b + m[0].length;
        return;
      }
    }
  }
  const whole = phraseAfter(text, b, s1);
  if (!whole) return;
  // ("taxed as per their levels of emissions", "as per the rules": a measure or rule, not a source)
  // ("a submarine class according to British designs", "according to the rules": a norm or a design followed, not a source)
  if ((lw === 'as per' || lw === 'according to') && AS_PER_MEASURE.test(text.slice(whole.start, whole.end))) return;
  // ("according to a report by the Financial Times citing two diplomats": the source after "citing" is not part of the report's name)
  const citingWord = /[ \t](?:citing|quoting)[ \t]+/.exec(text.slice(whole.start, whole.end));
  const phrase = citingWord && citingWord.index > 0 ? { start: whole.start, end: whole.start + citingWord.index } : whole;
  const citedInPhrase = citingWord && citingWord.index > 0 ? trimSpan(text, whole.start + citingWord.index + citingWord[0].length, whole.end) : null;
  const np = outletListAfter(scan.ctx, phrase, s1);
  // "according to a report by X that cited Y", "according to X, which quoted Y,": Y is the source
  const relCited = RELATIVE_CITING_AT.exec(text.slice(np.end, Math.min(s1, np.end + 120)));
  let relCiting: Span | null = relCited ? { start: np.end + relCited[0].indexOf(relCited[1] as string, relCited[0].length - (relCited[1] as string).length - 2), end: 0 } : null;
  if (relCiting && relCited) relCiting.end = relCiting.start + (relCited[1] as string).length;
  relCiting ??= citedInPhrase;
  // "according to Jane Roe, reporting for VOA from the capital": the medium the person reports for
  const reportingFor = REPORTING_FOR.exec(text.slice(np.end, Math.min(s1, np.end + 80)));
  const reportsFor = reportingFor ? { start: np.end + reportingFor[0].length - (reportingFor[1] as string).length, end: np.end + reportingFor[0].length } : null;
  const leadFloor = scan.afterAdverbial;
  // "That's according to a Journal report.": the claim is the sentence before
  const thatIs = /^(?:That|This|It)(?:['’]s|\s+is|\s+was)\s+(?:all\s+|also\s+)?$/u.exec(text.slice(leadFloor, a));
  if (thatIs) {
    const after = relCited ? np.end + relCited[0].length : np.end;
    // (", Ukrinform reports." after it is the publisher's own credit)
    if (/^[\s.!]*$/.test(text.slice(after, s1)) || PUBLISHER_CREDIT_TAIL.test(text.slice(after, s1))) {
      out.push(base('passive', 'according to', h.word, a, b, { subject: np, citing: relCiting, claim: null, frameStart: leadFloor, claimIsPreviousSentence: true }));
      scan.skipUntil = s1;
      return;
    }
  }
  if (a <= leadFloor + 1) {
    // "According to X, C." — past a relative clause on X ("the people, who asked ..., C") or the source X cites
    let p = relCited ? np.end + relCited[0].length : citedInPhrase ? whole.end : np.end;
    while (p < s1 && isSpaceOrCommaAt(text, p)) p++;
    // "a witness, Jane Doe, C": a name in apposition to a common-noun source
    const commonNoun = COMMON_NOUN_PHRASE.test(text.slice(np.start, np.end));
    let speaker = np;
    // ("According to the state-run IRNA news agency, Maria Lopez, the mayor of X, said C": after a medium, a name opens the
    // content, unless it is the medium's own name: "According to the newspaper, Le Monde, C")
    // ("According to the report, Maria Lopez, the mayor, said C": nor after a medium's report)
    const medium = commonNoun && (MEDIA_WORD_INSIDE.test(text.slice(np.start, np.end)) || REPORT_NP.test(text.slice(np.start, np.end)) || namesListedMedium(scan.ctx, np)) && !scan.ctx.outletAt(p);
    for (let k = 0; k < 2 && !medium && isAppositiveAt(text, p, s1, commonNoun); k++) {
      const comma = phraseCommaAfter(text, p);
      if (comma < 0 || comma >= s1 || comma - p > 160) break;
      // ("According to the head of the clinic, Jane Roe, C": the name the description gives is the speaker)
      if (k === 0 && commonNoun && NAME_THEN_COMMA.test(text.slice(p, p + 60))) speaker = trimSpan(text, p, comma);
      p = comma + 1;
      while (p < s1 && /\s/.test(text[p] as string)) p++;
    }
    if (p >= s1) return;
    // "As reported by Reuters on Monday, C": the date of the report is not the claim
    const dated = LEADING_DAY_COMMA.exec(text.slice(p, Math.min(s1, p + 40)));
    if (dated) p += dated[0].length;
    // ("According to a source, who spoke to Daily NK in July, C": the medium the source spoke to)
    const spoke = SPOKE_TO_AFTER.exec(text.slice(np.end, Math.min(s1, np.end + 90)));
    const spokeAt = spoke ? np.end + spoke[0].length - (spoke[1] as string).length : -1;
    const spokenTo = spoke && scan.ctx.outletAt(spokeAt) ? { start: spokeAt, end: spokeAt + (spoke[1] as string).length } : null;
    out.push(base('prep-lead', lw, h.word, a, b, { subject: speaker, claim: { start: p, end: s1 }, frameStart: a, citing: relCiting, medium: spokenTo }));
  } else {
    let fs = a;
    while (fs > s0 && isSpaceOrCommaAt(text, fs - 1)) fs--;
    const cs = claimStartBefore(text, contentStart, fs, true);
    // "The gunman, according to witnesses, fled on foot": a head without a verb, the frame, then the rest of the clause
    const rest = text.charCodeAt(fs) === 44 ? INTERJECTED_REST.exec(text.slice(np.end, Math.min(s1, np.end + 30))) : null;
    if (rest && fs - cs >= 2 && !headHasFiniteVerb(text.slice(cs, fs)) && s1 - (np.end + rest[0].length) >= 5) {
      out.push(base('prep-trail', lw, h.word, a, b, { subject: np, claim: trimClaim(text, cs, s1), frameStart: fs, medium: reportsFor ?? np, citing: relCiting }));
      return;
    }
    // "The commander, as quoted by Nipashe, said C": the frame sits between a speaker and its verb; the medium is the verb's
    if (text.charCodeAt(fs) === 44 && fs - cs >= 2 && !headHasFiniteVerb(text.slice(cs, fs)) && SPEECH_VERB_REST.test(text.slice(np.end, Math.min(s1, np.end + 40)))) {
      out.push(base('frame-only', lw, h.word, a, b, { subject: np, medium: reportsFor ?? np, frameStart: fs, speakerBefore: trimSpan(text, cs, fs) }));
      return;
    }
    if (fs - cs < 8) return;
    const claim = text[cs] === '"' || text[cs] === '“' ? quoteClaim(text, cs, fs) : trimSpan(text, cs, fs);
    out.push(base('prep-trail', lw, h.word, a, b, { subject: np, claim, frameStart: fs, medium: reportsFor ?? np, citing: relCiting }));
  }
  return;
}

/** "Jane Roe,", "Khalil al-Hayya,", "Ursula von der Leyen,": a name, its particles in lower case included, then a comma */
const NAME_THEN_COMMA = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:al|el|bin|ibn|de|da|di|du|van|von|der|den|la|le|dos|das)\s+)*(?:(?:al|el|ad|as|ash|at|az)-)?\p{Lu}[\p{L}.'’-]*){0,3}\s*,/u;

/** At q, after "According to X,": an appositive on X (a relative clause, a noun phrase, a name after a common noun), not the claim. */
function isAppositiveAt(text: string, q: number, s1: number, commonNoun: boolean): boolean {
  // ("According to Reuters, the plant, which employs 3,000 people, would close": a noun phrase with a relative clause of
  // its own is the content's subject)
  return /^(?:who|which|whose|where)\b/.test(text.slice(q, q + 6)) || (/^(?:a|an|the)\b/.test(text.slice(q, q + 4)) && isNounPhraseAt(text, q, s1) && !RELATIVE_AFTER_PHRASE.test(text.slice(phraseCommaAfter(text, q), phraseCommaAfter(text, q) + 10))) ||
    (commonNoun && NAME_THEN_COMMA.test(text.slice(q, q + 60)));
}

/** ", which ", ", who ": a relative clause set off after a noun phrase */
const RELATIVE_AFTER_PHRASE = /^,[ \t]*(?:which|who|whose)[ \t]/;
/** "the report published the names": a noun phrase with a past verb and its object */
const PREDICATE_IN_PHRASE = /^(?:a|an|the)\s+\S+(?:\s+\S+)*?\s+\p{Ll}{3,}ed\s+(?:a|an|the|its|his|her|their|to|that|\d)\b/u;

/** An appositive is a noun phrase: "the vast majority ... were residents of A, B and C" is the claim. */
function isNounPhraseAt(text: string, q: number, s1: number): boolean {
  const comma = phraseCommaAfter(text, q);
  const seg = text.slice(q, comma < 0 || comma > s1 ? s1 : comma);
  // (a past verb after the noun, "the document provided a roadmap", makes it a clause)
  // ("a senior officer said unemployment rose": a verb of saying, or an irregular past, makes it a clause too)
  return !/\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|said|says|told|tells)\b/.test(seg) && !PREDICATE_IN_PHRASE.test(seg) && !IRREGULAR_PAST_WORD.test(seg);
}

function disputingParticiple(scan: CueScan, a: number, b: number, lemma: string): boolean {
  const { ctx, text, s0, s1, out } = scan;
  const reported = namedReportAfter(ctx, b, s1);
  if (reported) {
    let inherit: number | null = null;
    for (let i = out.length - 1; i >= 0; i--) if ((out[i] as Clause).cueStart < a && (out[i] as Clause).kind !== 'prep-trail') { inherit = i; break; }
    const subject = inherit === null ? mainSubject(text, scan.afterAdverbial, a) : null;
    const reportIdx = out.length;
    out.push(base('report-noun', 'report', 'report', reported.source.start, reported.source.end, { subject: reported.source, claim: { start: reported.claimStart, end: s1 }, frameStart: reported.source.start }));
    let fs = a;
    while (fs > s0 && isSpaceOrCommaAt(text, fs - 1)) fs--;
    out.push(base('participle', lemma, text.slice(a, b), a, b, {
      subject, claim: { start: reported.claimStart, end: s1 }, frameStart: fs, inheritFrom: inherit,
      relation: { to: reportIdx, type: lemma === 'confirm' ? 'confirms' : 'contradicts' },
    }));
    scan.skipUntil = reported.claimStart;
    return true;
  }
  return false;
}

function accusingCue(scan: CueScan, a: number, b: number, capital: boolean, form: VerbForm['form'], lemma: string): void {
  const { text, s1, contentStart, out } = scan;
  // "X accused Y of Z", "X slammed Y for Z": the accusation (Y + the charge) is X's claim
  if (capital) return;
  const prevWord = wordBefore(text, a, contentStart);
  // ("is accusing X of Y": a progressive; "Activists accuse police of Y": a plural subject's present tense)
  const progressive = form === 'ing' && !!prevWord && /^(?:is|are|was|were|been)$/i.test(prevWord.word);
  // ("kicked off his campaign on Sunday, accusing X of Y": a participle after the main clause's comma)
  const afterClause = form === 'ing' && !progressive && /,[ \t]*$/.test(text.slice(Math.max(contentStart, a - 3), a));
  if (form === 'ing' && !progressive && !afterClause) return;
  if (form === 'base' && (!prevWord || /^(?:to|will|would|shall|can|could|may|might|must|should|did|does|do|not|never|the|a|an)$/i.test(prevWord.word))) return;
  if (!progressive && prevWord && /^(?:was|were|is|are|be|been|being|who|which|not|never)$/i.test(prevWord.word)) return;
  const m = (lemma === 'accuse' ? ACCUSE_OF : lemma === 'attribute' ? ATTRIBUTE_TO : lemma === 'blame' ? BLAMED : BLAME_FOR).exec(text.slice(b, Math.min(s1, b + 140)));
  if (!m) return;
  let auxStart = a;
  for (let k = 0; k < 3; k++) {
    const aux = wordBefore(text, auxStart, contentStart);
    if (!aux || !/^(?:has|have|had|also|publicly|repeatedly|now|since|then|later|again|is|are|was|were|been)$/i.test(aux.word)) break;
    auxStart = aux.start;
  }
  // "The minister resigned on Monday and is accusing X of Y": the subject of the first predicate
  const and = wordBefore(text, auxStart, contentStart);
  const subject = afterClause
    ? mainSubject(text, scan.afterAdverbial, a)
    : and && /^(?:and|but)$/i.test(and.word) && and.start > contentStart + 8
      ? mainSubject(text, scan.afterAdverbial, and.start)
      : subjectBefore(text, scan.afterAdverbial, auxStart);
  if (!subject) return;
  const st = b + m[0].length - (m[1] as string).length;
  let fs = a;
  while (afterClause && fs > contentStart && isSpaceOrCommaAt(text, fs - 1)) fs--;
  out.push(base(afterClause ? 'participle' : 'pre', lemma, text.slice(auxStart, b), auxStart, b, { subject, claim: { start: st, end: accusationEnd(text, st, s1) }, frameStart: afterClause ? fs : subject.start }));
  return;
}

/** "accused Y of Z, fears ...", "accused Y of Z after S was sworn in": the charge ends at a comma or a temporal adjunct (a stop's first characters). */
const ACCUSATION_STOP = /,["”]?[ \t]|[ \t](?:during|amid|(?:after|before|when|while|once|until|since|as)[ \t]+(?:[\p{L}'’.-]+[ \t]+){1,4}?(?:was|were|is|are|had|has|have|did|took|\p{Ll}{2,}ed)(?![\p{L}]))[ \t]/u;

function accusationEnd(text: string, start: number, s1: number): number {
  const region = text.slice(start, s1);
  let from = 0;
  for (let m = ACCUSATION_STOP.exec(region); m; m = ACCUSATION_STOP.exec(region.slice(from))) {
    const at = from + m.index;
    // (a comma inside a quotation is part of it: 'of an "informational provocation," with': the stop after its closing mark)
    if ((region.slice(0, at).match(/["“”]/g) ?? []).length % 2 === 0) return start + at;
    const close = region.slice(at).search(/["”]/);
    if (close < 0) return s1;
    // ('of an "informational provocation," with ...': a quotation that closes on its comma ends the charge)
    if (close === 1 && region[at] === ',') return start + at + 2;
    from = at + close + 1;
  }
  return s1;
}

/** " about 100 deaths", " at least 40,000 casualties": a figure and its noun as the whole object, before a comma, the end or an adjunct (1) */
const ESTIMATED_FIGURE = /^[ \t]+((?:(?:about|around|some|nearly|roughly|almost|at[ \t]+least|more[ \t]+than|over|up[ \t]+to|fewer[ \t]+than)[ \t]+)?\d[\d,.]*(?:[ \t]+(?:million|billion|thousand|hundred))?(?:[ \t]+\p{Ll}[\p{L}-]*){1,2}?)(?=[ \t]*(?:[,.;]|$)|[ \t]+(?:based|according|in|across|since|so|this|last|on|from|among|nationwide|overall)(?![\p{L}]))/u;

/** A verb of naming, its object, then the quoted name it gives (1: the verb, 2: the object; the quotation opens where the match ends). */
const NAMING_QUOTE = /(?:^|[ \t])(called|calls|dubbed|dubs|branded|brands|labell?ed|labels|termed|terms|described|describes)[ \t]+((?:(?:the|a|an|his|her|its|their|this|that|these|those|it|him|them)(?![\p{L}])|\p{Lu})[^,;:"“”.!?]{0,70}?)[ \t]+(?:(?:a|an|the)[ \t]+)?(?:\p{Ll}[\p{L}-]*[ \t]+)?["“](?=\p{L})/gu;

/** 'S called X "Q"', 'S described X a "Q"': the object and the quoted name are S's claim (verbs with "as" or "for" are read elsewhere). */
function namingCue(text: string, contentStart: number, s1: number, out: Clause[]): void {
  const region = text.slice(contentStart, s1);
  // (every name is quoted)
  if (!region.includes('"') && !region.includes('“')) return;
  NAMING_QUOTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAMING_QUOTE.exec(region))) {
    const verbStart = contentStart + m.index + m[0].indexOf(m[1] as string);
    const verbEnd = verbStart + (m[1] as string).length;
    if (out.some((c) => c.cueStart <= verbStart && c.cueEnd >= verbEnd)) continue;
    // ("was called", "who dubbed", "a man called Roe": a passive, a relative or a participle names no speaker here)
    const before = wordBefore(text, verbStart, contentStart);
    if (before && /^(?:was|were|is|are|be|been|being|who|which|that|a|an|the|not|never|to)$/i.test(before.word)) continue;
    // ("what he called his "travel ban"": a free relative, read as what the speaker calls it)
    if (/(?:^|[ \t])what(?:ever)?[ \t]+(?:[\p{L}'’.-]+[ \t]+){1,4}$/u.test(text.slice(Math.max(contentStart, verbStart - 40), verbStart))) continue;
    const objStart = verbEnd + m[0].slice(m[0].indexOf(m[1] as string) + (m[1] as string).length).search(/\S/);
    const open = contentStart + m.index + m[0].length - 1;
    // the claim runs over the quotation and the words that finish its noun phrase, to a comma or the end
    const close = text.slice(open + 1, s1).search(/["”]/);
    // ('called the police "immediately"': a lone adverb in quotation marks names nothing)
    if (close < 0 || /^\p{Ll}+ly[,.]?$/u.test(text.slice(open + 1, open + 1 + close))) continue;
    let e = open + 1 + close + 1;
    const rest = /^(?:[ \t]+(?!(?:and|but|or|which|who|that|after|before|when|while|as|because|if|on|in|at|over|for|with|by|from|during|to|of|last|this|amid)(?![\p{L}]))\p{Ll}[\p{L}-]*){0,3}/u.exec(text.slice(e, s1));
    if (rest) e += rest[0].length;
    let auxStart = verbStart;
    const aux = wordBefore(text, verbStart, contentStart);
    if (aux && /^(?:has|have|had|also|publicly|repeatedly|once|previously)$/i.test(aux.word)) auxStart = aux.start;
    const subject = subjectBefore(text, skipLeadingAdverbial(text, contentStart, s1), auxStart);
    if (!subject) continue;
    out.push(base('pre', 'call', text.slice(auxStart, verbEnd), auxStart, verbEnd, { subject, claim: trimClaim(text, objStart, e), frameStart: subject.start }));
  }
}

/** "Reuters estimates about 100 deaths": the figure is the subject's claim. */
function estimateCue(scan: CueScan, a: number, b: number): boolean {
  const { text, s1, contentStart, out } = scan;
  const prevWord = wordBefore(text, a, contentStart);
  if (prevWord && /^(?:was|were|is|are|be|been|being|an|the|its|their|who|which|that|not|never)$/i.test(prevWord.word)) return false;
  // ("estimated the crowd at 20,000", "estimated that C" are read as before)
  const m = ESTIMATED_FIGURE.exec(text.slice(b, Math.min(s1, b + 100)));
  if (!m) return false;
  let auxStart = a;
  const aux = wordBefore(text, a, contentStart);
  if (aux && /^(?:has|have|had|also|now|then|later|previously|earlier|initially)$/i.test(aux.word)) auxStart = aux.start;
  const subject = subjectBefore(text, scan.afterAdverbial, auxStart);
  if (!subject) return false;
  const st = b + m[0].length - (m[1] as string).length;
  out.push(base('pre', 'estimate', text.slice(auxStart, b), auxStart, b, { subject, claim: trimClaim(text, st, b + m[0].length), frameStart: subject.start }));
  return true;
}

function describingCue(scan: CueScan, a: number, b: number, lemma: string): boolean {
  const { text, s1, contentStart, out } = scan;
  // "the leader described the vote as a sham", "dismissed the result as fake": object and description are the claim
  const prevWord = wordBefore(text, a, contentStart);
  const m0 = prevWord && /^(?:was|were|is|are|be|been|being|as|who|which|not|never)$/i.test(prevWord.word) ? null : DESCRIBED_AS.exec(text.slice(b, Math.min(s1, b + 160)));
  // ("denied the allegations as soon as ...": a denial describes only with a description after "as")
  // ("rejected the bid as too low": a proposal turned down is no report denied)
  const m = m0 && (lemma === 'deny' || lemma === 'reject') && (DENIAL_AS_NOT_DESCRIPTION.test(text.slice(b, Math.min(s1, b + m0[0].length + 12))) || !DENIED_OBJECT.test(m0[1] as string)) ? null : m0;
  let auxStart = a;
  for (let k = 0; k < 2; k++) {
    const w = wordBefore(text, auxStart, contentStart);
    if (w && /^(?:has|have|had|also|publicly|flatly|repeatedly|angrily|previously)$/i.test(w.word)) auxStart = w.start; else break;
  }
  const subject = m ? subjectBefore(text, scan.afterAdverbial, auxStart) : null;
  if (m && subject) {
    const st = b + m[0].length - (m[1] as string).length;
    // 'described the situation as "quite catastrophic"': the quoted words are the claim
    const q = /[ \t]as[ \t]+(["“])[^"“”]{2,200}["”][ \t]*[.,;]?[ \t]*$/u.exec(text.slice(st, s1));
    const claim = (lemma === 'describe' || lemma === 'deny' || lemma === 'reject') && q ? quoteClaim(text, st + q.index + q[0].indexOf(q[1] as string), s1) : { start: st, end: s1 };
    // "described the charges in an interview with Reuters as ...": the medium of the setting between object and description
    const iv = INTERVIEW_WITH_NAME.exec(text.slice(st, q ? st + q.index : s1));
    const medium = iv ? trimSpan(text, st + iv.index + iv[0].length - (iv[1] as string).length, st + iv.index + iv[0].length) : null;
    out.push(base('pre', lemma, text.slice(auxStart, b), auxStart, b, { subject, claim, frameStart: subject.start, medium }));
    return true;
  }
  if (lemma === 'describe') return true;
  return false;
}

/** "The Guardian's story, which said C, was denied": a report named as the subject has its content end where the main predicate resumes. */
function relativeReportEnd(scan: CueScan, nameStart: number, link: string, contentStart: number): number {
  const { text, s1 } = scan;
  return /^[ \t]*,/.test(link) && nameStart <= skipLeadingAdverbial(text, scan.contentStart, s1) + 4 ? appositiveRelativeEnd(text, contentStart, s1) : s1;
}

function reportNounCue(scan: CueScan, a: number, b: number, lw: string): boolean {
  const { ctx, text, s1, contentStart, out } = scan;
  // ("claimed in a BuzzFeed News story that C": a report noun between a cue and its content is that cue's setting)
  const previous = out[out.length - 1];
  if (previous?.claim && previous.cueEnd <= a && previous.claim.start >= b) return false;
  // "responding to a report Saturday in The Washington Post saying C": the medium's report says C
  const by = /^(?:a|an|the|this|that|earlier|recent)$/i.test(wordBefore(text, a, contentStart)?.word ?? '') ? REPORT_BY_AFTER.exec(text.slice(b, Math.min(s1, b + 140))) : null;
  if (by && ctx.outletAt(b + by[0].indexOf(by[1] as string))) {
    const st = b + by[0].indexOf(by[1] as string);
    const p = b + by[0].length;
    if (p < s1) out.push(base('report-noun', 'report', lw, a, b, { subject: { start: st, end: st + (by[1] as string).length }, claim: { start: p, end: s1 }, frameStart: a }));
    scan.skipUntil = p;
    return true;
  }
  const owner = NAMED_REPORT_BEFORE.exec(text.slice(Math.max(contentStart, a - 60), a));
  const link = owner ? REPORT_LINK_AFTER.exec(text.slice(b, Math.min(s1, b + 60))) : null;
  if (owner && link) {
    const name = owner[1] as string;
    const nameStart = a - owner[0].length + owner[0].indexOf(name);
    // ("the Reuters report": the gazetteer's mention may start at the article)
    const om = ctx.outletAt(nameStart);
    const st = om && om.start < nameStart && om.end >= nameStart + name.length ? om.start : nameStart;
    const p = b + link[0].length;
    if (p < s1) out.push(base('report-noun', 'report', lw, a, b, { subject: { start: st, end: nameStart + name.length }, claim: { start: p, end: relativeReportEnd(scan, st, link[0], p) }, frameStart: st }));
    scan.skipUntil = p;
    return true;
  }
  // "after Reuters' report that C", "Bloomberg's story, which said C": a medium's possessive report
  const q = text.charCodeAt(a - 2) === 39 || text.charCodeAt(a - 2) === 0x2019 || text.charCodeAt(a - 3) === 39 || text.charCodeAt(a - 3) === 0x2019;
  const possessor = !owner && q ? MEDIUM_POSSESSIVE_BEFORE.exec(text.slice(Math.max(contentStart, a - 60), a)) : null;
  const plink = possessor ? REPORT_LINK_AFTER.exec(text.slice(b, Math.min(s1, b + 60))) : null;
  if (possessor && plink) {
    const name = possessor[1] as string;
    const st = a - possessor[0].length + possessor[0].indexOf(name);
    const om = ctx.outletAt(st);
    const p = b + plink[0].length;
    if (om && om.end >= st + name.length - 1 && p < s1) {
      out.push(base('report-noun', 'report', lw, a, b, { subject: { start: Math.min(om.start, st), end: st + name.length }, claim: { start: p, end: relativeReportEnd(scan, Math.min(om.start, st), plink[0], p) }, frameStart: Math.min(om.start, st) }));
      scan.skipUntil = p;
      return true;
    }
  }
  // "a Wall Street Journal report that cites ...": a noun after its article and owner, not a verb
  if (owner && /^(?:a|an)\b/i.test(owner[0].trim())) return true;
  return false;
}

function scoopCue(scan: CueScan, a: number, b: number, lemma: string): boolean {
  const { ctx, text, s1, contentStart, out } = scan;
  const fm = FIRST_TO_BEFORE.exec(text.slice(Math.max(contentStart, a - 40), a));
  if (fm) {
    const auxStart = a - fm[0].length + (fm[0].length - fm[0].trimStart().length);
    const subject = subjectBefore(text, scan.afterAdverbial, auxStart);
    const right = parseRight(ctx, lemma, b, s1);
    const content = contentAfter(text, lemma, right.pos, s1);
    if (subject && content.kind === 'content') {
      out.push(base('pre', lemma, text.slice(auxStart, b), auxStart, b, { subject, claim: { start: content.start, end: s1 }, frameStart: subject.start, dateText: right.dateText }));
    }
    return true;
  }
  return false;
}

/** "the Times to retract a report": a medium asked to take back, correct or remove its own report (its name in group 1). */
const RETRACTING_MEDIUM = /((?:the[ \t]+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.&'’-]*){0,4})[ \t]+to[ \t]+(?:retract|correct|withdraw|remove|delete|pull|take[ \t]+down|apologi[sz]e[ \t]+for)[ \t]+(?:a|an|the|its|their)[ \t]+(?:[\p{L}-]+[ \t]+)?$/u;

function unnamedReportsCue(scan: CueScan, a: number, b: number, lw: string, next: ReturnType<typeof wordAfter>, nextLw: string): boolean {
  const { text, s1, contentStart, out } = scan;
  const np = UNNAMED_REPORTS_BEFORE.exec(text.slice(Math.max(contentStart, a - 60), a));
  // ("The Guardian reports that C", "The Punch reports": a medium named like a demonym ("Italian", "French") is the one reporting)
  const phraseAt = np ? a - (np[2] ?? '').length : -1;
  // ("Radio Okapi reports that C": or a listed name that ends there)
  if (np && np[2] && /\p{Lu}\p{Ll}/u.test(np[2]) && (scan.ctx.outletAt(phraseAt) || scan.ctx.outletAt(phraseAt + (/^(?:the|The)[ \t]+/.exec(np[2])?.[0].length ?? 0)) || outletEndsAt(scan.ctx, phraseAt, contentStart))) return false;
  // ("Reuters said in a report that C": the report is the setting of the cue before it, whose content this is)
  const cueThenIn = np && !np[1] && np[2] ? CUE_THEN_IN.exec(text.slice(Math.max(contentStart, phraseAt - 40), phraseAt)) : null;
  if (cueThenIn && isFiniteCueForm(cueThenIn[1] as string)) return false;
  if (np && (np[1] || np[2])) {
    let p = next!.end;
    if (nextLw !== 'that') { const th = /^[ \t]+that(?![\p{L}])/u.exec(text.slice(p, p + 8)); if (th) p += th[0].length; }
    while (p < s1 && isBlankAt(text, p)) p++;
    if (s1 - p >= 8) {
      // "called on the Times to retract a report that C": the report is the medium's asked to take it back
      const owner = RETRACTING_MEDIUM.exec(text.slice(Math.max(contentStart, a - 120), a));
      const ownerAt = owner ? a - owner[0].length + owner[0].indexOf(owner[1] as string) : -1;
      const medium = owner ? scan.ctx.outletAt(ownerAt) ?? scan.ctx.outletAt(ownerAt + 4) : null;
      const subject = medium ? { start: medium.start, end: medium.end } : trimSpan(text, a - (np[2] ?? '').length, b);
      out.push(base('report-noun', 'report', lw, a, b, { subject, claim: { start: p, end: s1 }, frameStart: medium ? a : subject.start }));
      scan.skipUntil = p;
      return true;
    }
  }
  return false;
}

function mediumReportCue(scan: CueScan, a: number, b: number, lw: string, prev: NonNullable<ReturnType<typeof wordBefore>>): boolean {
  const { ctx, text, s1, out } = scan;
  const by = REPORT_BY_MEDIUM_THAT.exec(text.slice(b, Math.min(s1, b + 90)));
  const np = by ? b + by[0].indexOf(by[1] as string, 3) : -1;
  if (by && (ctx.outletAt(np) || ctx.outletAt(np + (/^\S+['’]s\s/u.exec(by[1] as string)?.[0].length ?? 0))) && s1 - (b + by[0].length) >= 8) {
    const subject = { start: prev.start, end: np + (by[1] as string).length };
    out.push(base('report-noun', 'report', lw, a, b, { subject, claim: { start: b + by[0].length, end: s1 }, frameStart: prev.start }));
    scan.skipUntil = b + by[0].length;
    return true;
  }
  return false;
}

function nounReadingCue(scan: CueScan, a: number, b: number, lw: string): void {
  const { ctx, text, s0, s1, contentStart, quoted, out } = scan;
  // "issued a warning that C", "broadcast a report Monday evening that C"
  if ((lw === 'warning' || lw === 'report') && NOUN_WARNING_BEFORE.test(text.slice(Math.max(s0, a - 60), a))) {
    const verbStart = a - (NOUN_WARNING_BEFORE.exec(text.slice(Math.max(s0, a - 60), a))?.[0].length ?? 0);
    const nounLemma = lw === 'warning' ? 'warn' : 'report';
    const right = parseRight(ctx, nounLemma, b, s1);
    // (a report needs "that": "published a report on the economy" names no content)
    // ("broadcast a report Monday evening at around 5.30 p.m. that C": a time before "that" is passed over)
    const reportThat = lw === 'report' ? /^[^,;:"“”]{0,70}?[ \t]that[ \t]+(?!(?:was|were|is|are|has|have|had|will|would|could|can|may|showed|shows|found|finds|said|says|described|detailed|cited|quoted|named|accused)(?![\p{L}]))/u.exec(text.slice(right.pos, Math.min(s1, right.pos + 90))) : null;
    const content = lw === 'report' ? (reportThat && !/\b(?:said|says|told|reported|claimed|which|who)\b/.test(reportThat[0]) ? { kind: 'content' as const, start: right.pos + reportThat[0].length } : null) : contentAfter(text, nounLemma, right.pos, s1);
    if (content?.kind === 'content') {
      const subject = subjectBefore(text, contentStart, verbStart);
      out.push(base('pre', nounLemma, text.slice(verbStart, b), verbStart, b, { subject, claim: { start: content.start, end: s1 }, frameStart: verbStart, dateText: right.dateText }));
    }
  }
  return;
}

/** "remarks by Jane Roe, ": the words of a named person */
const REMARKS_BY = /(?:remarks|comments|statements?|words|claims|assertions)[ \t]+(?:by|from|of)[ \t]+((?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,5}\p{Lu}[\p{L}.'’-]*)[ \t]*,[ \t]*$/u;

function participleCue(scan: CueScan, a: number, b: number, beBefore: boolean, lemma: string, lw: string): boolean {
  const { ctx, text, s0, s1, contentStart, out } = scan;
  if (beBefore && (lemma === 'report' || lemma === 'say' || lemma === 'claim' || lemma === 'tell' || lemma === 'warn' || lemma === 'insist' || lemma === 'write' || lemma === 'deny')) {
    // "is reporting", "are claiming": a finite verb
  } else if ((CONTINUATION_PARTICIPLES.has(lw) && lw !== 'writing') || (WITH_PARTICIPLES.has(lw) && WITH_SUBJECT.test(text.slice(Math.max(s0, a - 120), a)))) {
    const before = text.slice(Math.max(s0, a - 120), a);
    // "..., with many claiming that C", "with the Times reporting that C": the noun phrase after "with" says C
    // ("with his office dismissing it as fake and saying C": the subject of the first participle says C too)
    const withSubject = WITH_SUBJECT.exec(before) ?? WITH_COORDINATED.exec(before);
    // ("shut down production after announcing that C": the subject did the saying before it acted)
    // ("rejected the call saying \"C\"", "refuted rumours of X saying that C", "... - saying that C": "saying" with its quotation
    // or "that" after the main clause's object or a dash)
    const sayingOn = lw === 'saying' && SAYING_ON.test(text.slice(b, b + 8)) && /(?:\p{Ll}{3,}|[-—–])[ \t]*$/u.test(before);
    // (',” adding C2': a comma inside the closing quotation mark is still the participle's comma)
    if (!/(?:,[”"]?|\band|\bwhile|\bby|\bafter|\bbefore)\s*(?:(?:only|also|further|again|then|simply|merely|even|before|later|first|publicly)\s+)?$/i.test(before) && !NOUN_STATEMENT.test(before) && !withSubject && !sayingOn) return true;
    const right = parseRight(ctx, lemma, b, s1);
    // "saying C" takes any clause; "warning/noting/claiming ..." need "that", a quote or a clause subject
    let content = contentAfter(text, lw === 'saying' || lw === 'stating' || lw === 'telling' || lw === 'reporting' || lw === 'urging' || lw === 'cautioning' ? lemma : 'claim', right.pos, s1);
    // ", adding TPG resisted the terms": a named subject starts the added clause
    if (content.kind !== 'content' && lw === 'adding') {
      const m = /^[ \t]+(?=\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:and[ \t]+)?\p{Lu}[\p{L}.'’-]*){0,4}[ \t]+\p{Ll}+(?:ed|s)\b)/u.exec(text.slice(right.pos, right.pos + 80));
      if (m) content = { kind: 'content', start: right.pos + m[0].length };
    }
    if (content.kind !== 'content') return true;
    let inherit: number | null = null;
    for (let i = out.length - 1; i >= 0; i--) if ((out[i] as Clause).cueStart < a && (out[i] as Clause).kind !== 'prep-trail') { inherit = i; break; }
    let subject: Span | null = null;
    // "..., appearing to downplay remarks by X, saying C": the remarks' author says C
    const remarks = REMARKS_BY.exec(before);
    if (remarks && lw === 'saying') {
      const np = remarks[1] as string;
      const st = a - (before.length - remarks.index - remarks[0].indexOf(np, remarks[0].length - np.length - 4));
      subject = { start: st, end: st + np.length };
      inherit = null;
      // the participial phrase that names the remarks ends the claim before it
      const phrase = /,[ \t]+\p{Ll}+ing[ \t][^,]*,[ \t]*$/u.exec(before);
      let fs = phrase ? a - before.length + phrase.index : a;
      while (fs > s0 && isSpaceOrCommaAt(text, fs - 1)) fs--;
      out.push(base('participle', lemma, text.slice(a, b), a, b, { subject, claim: { start: content.start, end: s1 }, frameStart: fs, dateText: right.dateText }));
      return true;
    }
    if (withSubject) {
      const np = withSubject[1] as string;
      const st = a - withSubject[0].length + withSubject[0].indexOf(np, 4);
      let fs = a - withSubject[0].length;
      while (fs > s0 && isSpaceOrCommaAt(text, fs - 1)) fs--;
      out.push(base('participle', lemma, text.slice(a, b), a, b, { subject: { start: st, end: st + np.length }, claim: { start: content.start, end: s1 }, frameStart: fs, dateText: right.dateText }));
      return true;
    }
    let cueStart = a;
    const stmt = NOUN_STATEMENT.exec(before);
    if (stmt && inherit === null) {
      cueStart = a - stmt[0].length;
      // ("Youm7 had published an article claiming C": an auxiliary before the verb is not the subject's)
      const aux = /(?:^|[ \t])(?:has|had|have|also|then|later|earlier|previously|recently)(?:[ \t]+(?:also|then|later|earlier|previously|recently))?[ \t]+$/i.exec(text.slice(Math.max(contentStart, cueStart - 30), cueStart));
      subject = subjectBefore(text, contentStart, aux ? cueStart - aux[0].length + (aux[0].length - aux[0].trimStart().length) : cueStart);
    } else if (inherit === null) {
      subject = mainSubject(text, scan.afterAdverbial, a);
    }
    let fs = a;
    while (fs > s0 && isSpaceOrCommaAt(text, fs - 1)) fs--;
    // "made the remarks in an interview with Al Jazeera, saying C": the interview's medium carried the words
    let medium = right.medium;
    const iv = !medium && inherit === null && before.includes('interview') ? INTERVIEW_WITH_NAME.exec(before) : null;
    if (iv) medium = ctx.outletAt(a - before.length + iv.index + iv[0].length - (iv[1] as string).length);
    out.push(base('participle', lemma, text.slice(cueStart, b), cueStart, b, {
      subject, claim: { start: content.start, end: s1 }, frameStart: inherit === null ? fs : fs, inheritFrom: inherit, dateText: right.dateText,
      citing: right.citing, medium,
    }));
    return true;
  } else return true;
  return false;
}

/** "The news", "the story", "these reports": a subject that only names a report */
const REPORT_WORD_SUBJECT = /^(?:the|this|that|these|those|such)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:news|story|stories|report|reports|information|claims?|allegations?|rumou?rs?|revelations?|details|findings)$/iu;

const isBlankRun = (text: string, from: number, to: number): boolean => { for (let i = from; i < to; i++) if (!isBlankAt(text, i)) return false; return true; };

/** ", who led the tests,", ", a senior official,", ", 45,": what is set off by commas between a subject and its verb (at the end). */
const SET_OFF_BEFORE_CUE = /,[ \t]*(?:(?:who|whose|which|a|an|the|his|her|its|their)[ \t][^,;:"“”()]{2,100}|\d{1,3}),$/u;
function passiveCue(scan: CueScan, a: number, auxStart: number, b: number, lemma: string, next: ReturnType<typeof wordAfter>, nextLw: string): boolean {
  const { ctx, text, s0, s1, contentStart, out } = scan;
  // "It has been confirmed by the police that C": the agent is the speaker of the that-clause
  if (nextLw === 'by' && /^it$/i.test(wordBefore(text, auxStart, contentStart)?.word ?? '')) {
    const agent = /^[ \t]+by[ \t]+([^,;:"“]{2,60}?)[ \t]*,?[ \t]+that[ \t]+/u.exec(text.slice(b, Math.min(s1, b + 90)));
    if (agent) {
      const st = b + agent[0].indexOf(agent[1] as string, 3);
      const p = b + agent[0].length;
      out.push(base('pre', lemma, text.slice(auxStart, b), auxStart, b, { subject: { start: st, end: st + (agent[1] as string).length }, claim: { start: p, end: s1 }, frameStart: auxStart }));
      scan.skipUntil = p;
      return true;
    }
  }
  // ("A Hamas official was reported as saying that C": reported as saying, like quoted as saying)
  // ("The mayor is quoted in the Guardian as saying C": the medium the words appeared in; "in a statement" names none)
  // ("Mr Jones was reported in the Guardian as saying C", "was quoted in Haaretz saying C": "as" may go)
  const quotedIn = (lemma === 'quote' || lemma === 'report') && nextLw === 'in' && /^[ \t]+in[ \t]+[^,.;:"“]{1,60}?[ \t]+(?:as[ \t]+)?(?:saying|stating)(?![\p{L}])/u.test(text.slice(b, Math.min(s1, b + 100)));
  if ((lemma === 'quote' || (lemma === 'cite' && nextLw === 'by') || (lemma === 'report' && nextLw === 'as' && /^[ \t]+as[ \t]+saying(?![\p{L}])/u.test(text.slice(b, b + 14))) || quotedIn) && (nextLw === 'by' || nextLw === 'as' || quotedIn)) {
    let pos = b;
    let medium: Span | null = null;
    if (nextLw === 'by' || quotedIn) {
      // ('"C," Peskov was quoted by Interfax.': the medium closes the sentence)
      const np = /^[ \t]+(?:by|in)[ \t]+((?:[^,.;:"“]|\.(?=[\p{L}-])){1,80}?)(?=[ \t]+(?:as[ \t]+)?(?:saying|stating)(?![\p{L}])|[ \t]*[,:]|[ \t]*[.!?][ \t]*$|$)/u.exec(text.slice(b, Math.min(s1, b + 120)));
      if (!np) return true;
      medium = { start: b + np[0].length - (np[1] as string).length, end: b + np[0].length };
      pos = medium.end;
    }
    const as = /^[ \t]*,?[ \t]*(?:as[ \t]+(?:saying|stating|telling[ \t]+\S+)|(?:saying|stating)(?![\p{L}]))[ \t]*/u.exec(text.slice(pos, pos + 40));
    if (as) pos += as[0].length;
    const cueEndAt = pos;
    // "was quoted as saying by Interfax"
    // ("was quoted as saying at a press conference by Zee News": a setting before the medium)
    const setting = as && !medium ? /^(?:(?:at|in|during|on)[ \t]+(?:a|an|the|his|her|its|their)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:press conference|news conference|conference|briefing|interview|meeting|rally|speech|event)[ \t]+)(?=by[ \t])/iu.exec(text.slice(pos, Math.min(s1, pos + 80))) : null;
    const byAt = pos + (setting ? setting[0].length : 0);
    const byAfter = as && !medium ? /^by[ \t]+((?:[^,.;:"“]|\.(?=[\p{L}-])){1,60}?)(?=[ \t]*(?:[,;:]|\.(?![\p{L}-])|$|[ \t]+that[ \t]))/u.exec(text.slice(byAt, Math.min(s1, byAt + 80))) : null;
    if (byAfter) {
      medium = { start: byAt + 3 + byAfter[0].slice(3).indexOf(byAfter[1] as string), end: byAt + byAfter[0].length };
      pos = byAt + byAfter[0].length;
    }
    // "was quoted as saying on the website of French daily Le Parisien"
    const edition = as && !medium ? stickyAt(text, EDITION_OF_MEDIUM_AT, pos, s1) : null;
    if (edition) {
      const last = pos + edition[0].length - 1;
      const dot = text[last] === '.' && !isAbbreviationPeriod(text, last) ? 1 : 0;
      medium = { start: pos + edition[0].length - (edition[1] as string).length, end: last + 1 - dot };
      pos = medium.end;
    }
    // "... of French daily X (www.x.fr)": the medium's address in brackets
    const address = /^[ \t]*\((?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\/?\)/u.exec(text.slice(pos, Math.min(s1, pos + 80)));
    if (address) pos += address[0].length;
    const content = contentAfter(text, 'say', pos, s1);
    if (content.kind !== 'content') {
      // '"C," the official was quoted as saying.'
      const cueText = text.slice(auxStart, as ? cueEndAt : b).trim();
      let lb = auxStart;
      while (lb > s0 && isBlankAt(text, lb - 1)) lb--;
      let q = lb - 1;
      // the speaker NP between the quotation and the cue (with an appositive)
      while (q > contentStart && !((text[q] === '”' || text[q] === '"') && isQuoteEnd(text, q))) q--;
      if (q <= contentStart || lb - q > 120) {
        // 'C, the officials were quoted as saying.': no quotation marks, a comma ends the claim
        // ('C, Kim, who led the tests, was quoted as saying.': an appositive or relative clause set off after the subject)
        const setOff = text.charCodeAt(lb - 1) === 44 ? SET_OFF_BEFORE_CUE.exec(text.slice(Math.max(contentStart, lb - 200), lb)) : null;
        if (setOff) lb -= setOff[0].length;
        const comma = text.lastIndexOf(',', lb - 1);
        const subj = comma > contentStart ? trimSpan(text, comma + 1, lb) : null;
        const claim = subj && lb - comma <= 80 ? claimBefore(text, contentStart, comma) : null;
        if (subj && claim && subj.end > subj.start && !text.slice(subj.start, subj.end).includes(',')) {
          out.push(base('inverted', 'quote', cueText, auxStart, b, { subject: subj, medium, claim, frameStart: comma, inFocus: !medium && lemma === 'quote' }));
        }
        return true;
      }
      const claim = claimBefore(text, contentStart, q + 1);
      let subj = trimSpan(text, q + 1, lb);
      const comma = text.slice(subj.start, subj.end).indexOf(',');
      if (comma > 0) subj = trimSpan(text, subj.start, subj.start + comma);
      if (!claim || subj.end <= subj.start) return true;
      out.push(base('inverted', 'quote', cueText, auxStart, b, { subject: subj, medium, claim, frameStart: q, inFocus: !medium && lemma === 'quote' }));
      return true;
    }
    const subject = subjectBefore(text, contentStart, auxStart);
    out.push(base('pre', 'quote', text.slice(auxStart, medium ? medium.start : b).trim(), auxStart, b, { subject, medium, claim: { start: content.start, end: s1 }, frameStart: auxStart, inFocus: !medium && lemma === 'quote' }));
    return true;
  }
  // "Staff were told by managers that C", "The BBC was told by sources that C"
  // ("he has been assured by the owners that C", "residents were warned by police that C": the agent speaks)
  if ((lemma === 'tell' || lemma === 'assure' || lemma === 'reassure' || lemma === 'inform' || lemma === 'warn' || lemma === 'promise' || lemma === 'brief' || lemma === 'advise' || lemma === 'remind') && nextLw === 'by') {
    const np = phraseAfter(text, next!.end, s1);
    const that = np ? /^[ \t]*,?[ \t]*(?:[^,.;:"“]{0,40}?[ \t])?that[ \t]+/u.exec(text.slice(np.end, np.end + 60)) : null;
    const recipient = subjectBefore(text, scan.afterAdverbial, auxStart);
    if (np && that && recipient) {
      out.push(base('pre', 'tell', text.slice(auxStart, b), auxStart, b, { subject: np, medium: recipient, claim: { start: np.end + that[0].length, end: s1 }, frameStart: recipient.start }));
      scan.skipUntil = np.end + that[0].length;
    }
    return true;
  }
  // "His arrest was reported by the Guardian", "The toll was reported Sunday by Xinhua": the subject is what the medium reported
  if (lemma === 'report' && !/^(?:this|that|it|which|who)$/i.test(wordBefore(text, auxStart, contentStart)?.word ?? '')) {
    const by = reportedByMedium(text, b, s1, (p) => ctx.outletAt(p));
    if (by) {
      const from = reportedSubjectStart(text, out, scan.afterAdverbial, auxStart);
      const claim = from === null ? null : trimSpan(text, from, auxStart);
      // ("The news was first reported by Bloomberg": a word for a report names no content of its own)
      if (claim && claim.end - claim.start >= 4 && !/^(?:he|she|they|we|i|you)$/i.test(text.slice(claim.start, claim.end)) && !REPORT_WORD_SUBJECT.test(text.slice(claim.start, claim.end))) {
        const r2 = parseRight(ctx, 'say', by.end, s1);
        out.push(base('inverted', lemma, text.slice(auxStart, b), auxStart, b, { subject: by.agent, citing: r2.citing, claim, frameStart: auxStart, dateText: r2.dateText }));
        scan.skipUntil = by.end;
      }
      return true;
    }
  }
  // "C, it was reported by the Financial Times on Friday.": the trailing frame's impersonal subject; C is before it
  if (lemma === 'report' && /^it$/i.test(wordBefore(text, auxStart, contentStart)?.word ?? '')) {
    const itAt = (wordBefore(text, auxStart, contentStart) as NonNullable<ReturnType<typeof wordBefore>>).start;
    const comma = text.lastIndexOf(',', itAt);
    const by = comma > contentStart && isBlankRun(text, comma + 1, itAt) ? reportedByMedium(text, b, s1, (p) => ctx.outletAt(p)) : null;
    const r2 = by ? parseRight(ctx, 'say', by.end, s1) : null;
    const claim = r2 && /^[\s.]*$/.test(text.slice(r2.pos, s1)) ? claimBefore(text, contentStart, comma) : null;
    if (by && claim) {
      out.push(base('inverted', lemma, text.slice(auxStart, b), auxStart, b, { subject: by.agent, citing: r2!.citing, claim, frameStart: comma, dateText: r2!.dateText }));
      return true;
    }
  }
  // "This was reported by the Journal, citing officials.": the previous sentence is the claim
  if (nextLw === 'by' && (lemma === 'report' || lemma === 'announce' || lemma === 'reveal' || lemma === 'say' || lemma === 'state')) {
    const subj = wordBefore(text, auxStart, contentStart);
    if (subj && subj.start <= scan.afterAdverbial && /^(?:this|that|it)$/i.test(subj.word)) {
      const np = phraseAfter(text, next!.end, s1);
      if (np) {
        const r2 = parseRight(ctx, 'say', np.end, s1);
        out.push(base('passive', lemma, text.slice(auxStart, b), auxStart, b, { subject: np, citing: r2.citing, claim: null, frameStart: subj.start, claimIsPreviousSentence: true, dateText: r2.dateText }));
      }
    }
    return true;
  }
  if (nextLw === 'by' && (lemma === 'deny' || lemma === 'confirm' || lemma === 'dispute' || lemma === 'reject')) {
    const subj = wordBefore(text, auxStart, contentStart);
    if (subj && /^(?:this|that|it|which|these|those|claims?|reports?|allegations?)$/i.test(subj.word)) {
      const np = phraseAfter(text, next!.end, s1);
      if (np) {
        let fs = subj.start;
        out.push(base('passive', lemma, text.slice(auxStart, next!.end), auxStart, b, { subject: np, claim: null, frameStart: fs, claimIsPrevious: true }));
      }
    }
    return true;
  }
  if (!/^(?:has|have|had)$/i.test(text.slice(auxStart, a).trim().split(/\s+/)[0] ?? '')) return true;
  // "It has been reported that C": a passive without its agent hedges, it attributes nothing
  if (/\b(?:been|being)\b/i.test(text.slice(auxStart, a))) return true;
  return false;
}

function quotingCue(scan: CueScan, a: number, auxStart: number, b: number, lemma: string): void {
  const { ctx, text, s0, s1, contentStart, out } = scan;
  // ("quoted the operator, Tokyo Electric Power Co., as saying": an abbreviation's period inside the apposition)
  // ("an unnamed “Israeli” official": a quoted word inside the source; "cited an official saying that C", "quoted a police
  // officer saying the ferry sank": no "as", then a clause)
  const q = /^[ \t]+((?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:[^,.;:"“]|["“][\p{L} -]{1,60}["”]){1,100}?)(?:,((?:[^.;:"“]|\.(?=,)){2,80}?),?)?[ \t]+(?:as[ \t]+(?:saying|stating|telling[ \t]+\S+)|saying(?=[ \t]+(?:that[ \t]|["“]|(?:the|a|an|he|she|it|they|we|there|this|its|his|her|their|no|some|all|\d+|\p{Lu}[\p{L}'’.-]*)[ \t])))(?![\p{L}])/u.exec(text.slice(b, Math.min(s1, b + 200)));
  if (q) {
    // ("quoted the operator, Tokyo Electric Power Co., as saying": the name in apposition is the source)
    const named = q[2] && /^[ \t]*\p{Lu}[\p{L}.&'’-]*(?:[ \t]+\p{Lu}[\p{L}.&'’-]*){0,5}[ \t]*$/u.test(q[2]) && /^(?:the|a|an|its|his|her|their)[ \t]/i.test(q[1] as string) ? (q[2] as string).trim() : null;
    let np = named ?? q[1] as string;
    const npStart = b + (named ? q[0].indexOf(named) : q[0].indexOf(np));
    // "quoted a government source Thursday as saying": the date between the source and "as saying" is not the source
    const dated = TRAILING_SUBJECT_DATE.exec(np);
    if (dated && dated.index > 0) np = np.slice(0, dated.index);
    const quotedCue = `${text.slice(auxStart, b)} ${/\bas[ \t]+\S+(?:[ \t]+\S+)?$/.exec(q[0].replace(/[ \t]+$/, ''))?.[0] ?? ''}`.replace(/\s+/g, ' ').trim();
    const content = contentAfter(text, 'say', b + q[0].length, s1);
    const subject = subjectBefore(text, scan.afterAdverbial, auxStart);
    if (content.kind === 'content' && subject) {
      out.push(base('pre', lemma, quotedCue, auxStart, b, {
        subject, citing: { start: npStart, end: npStart + np.length }, claim: { start: content.start, end: s1 }, frameStart: subject.start,
      }));
      scan.skipUntil = b + q[0].length;
    } else if (subject && /^[\s.]*$/.test(text.slice(parseRight(ctx, 'say', b + q[0].length, s1).pos, s1))) {
      // '"C," Bloomberg quoted an analyst as saying.': the quotation before the frame
      let qe = subject.start;
      while (qe > s0 && /\s/.test(text[qe - 1] as string)) qe--;
      const lastComma = text.lastIndexOf(',', auxStart);
      // ('"C," South Korea's JoongAng Ilbo quoted X as saying': the closing quote mark after the comma is no part of the subject)
      let ts = lastComma + 1;
      while (ts < auxStart && (text[ts] === '"' || text[ts] === '”' || text[ts] === '’')) ts++;
      const trailSubject = lastComma > contentStart ? trimSpan(text, ts, auxStart) : null;
      if (trailSubject && trailSubject.end > trailSubject.start && trailSubject.end - trailSubject.start <= 60 && !/["”]/.test(text.slice(lastComma - 1, lastComma + 1))) {
        // 'S said C, the agency quotes him as saying at a news conference.'
        const claim = claimBefore(text, contentStart, lastComma);
        if (claim) {
          out.push(base('post', lemma, quotedCue, auxStart, b, { subject: trailSubject, citing: { start: npStart, end: npStart + np.length }, claim, frameStart: lastComma }));
          scan.skipUntil = b + q[0].length;
        }
      } else if (/["”]/.test(text[qe - 1] ?? '') && isQuoteEnd(text, qe - 1)) {
        const open = text.lastIndexOf(text[qe - 1] === '”' ? '“' : '"', qe - 2);
        if (open >= contentStart) {
          out.push(base('post', lemma, quotedCue, auxStart, b, {
            subject, citing: { start: npStart, end: npStart + np.length }, claim: quoteClaim(text, open, qe), frameStart: qe - 1,
          }));
          scan.skipUntil = b + q[0].length;
        }
      }
    }
  }
  return;
}

/**
 * "denied (media) reports that C": the denier disputes C, and unnamed reports (when the noun is one) said it.
 * nounPhrase is the text from the cue's right side to the claim.
 */
function disputedNoun(scan: CueScan, auxStart: number, b: number, cueText: string, lemma: string, right: RightSide, nounPhrase: string, claim: Span): boolean {
  const { text, out } = scan;
  const subject = subjectBefore(text, scan.afterAdverbial, auxStart);
  if (!subject) return false;
  const reports = UNNAMED_REPORTS.exec(nounPhrase);
  let relation: Clause['relation'] = null;
  if (reports) {
    const st = right.pos + reports.index + reports[0].length - reports[0].trimStart().length;
    const np = trimSpan(text, st, right.pos + reports.index + reports[0].length);
    relation = { to: out.length, type: lemma === 'confirm' ? 'confirms' : 'contradicts' };
    out.push(base('report-noun', 'report', text.slice(np.start, np.end).split(/\s+/).pop() as string, np.start, np.end, { subject: np, claim, frameStart: np.start }));
  }
  out.push(base('pre', lemma, cueText, auxStart, b, { subject, claim, frameStart: subject.start, dateText: right.dateText, relation }));
  scan.skipUntil = claim.start;
  return true;
}

function disputedReportCue(scan: CueScan, auxStart: number, b: number, cueText: string, lemma: string, right: RightSide): boolean {
  const { ctx, text, s1, contentStart, out } = scan;
  const tail = text.slice(right.pos, Math.min(s1, right.pos + 200));
  // "dismissed reports of a lack of medicine", "denies reports of OPEC discussing output": the reports' noun phrase is the claim
  const of = DENIED_NOUN_OF.exec(tail);
  if (of && !ctx.outletAt(right.pos + of[0].length)) {
    const cs = right.pos + of[0].length;
    let ce = cs;
    while (ce < s1 && !/[,;:!?(]/.test(text[ce] as string) && !(text[ce] === '.' && !isAbbreviationPeriod(text, ce))) ce++;
    // ("refuted rumours of an outbreak saying C2": a participle after the noun phrase is the denier's, not part of it)
    const participle = /[ \t]+(?:saying|adding|insisting|stressing|noting|arguing|explaining|warning)[ \t]/.exec(text.slice(cs, ce));
    if (participle && participle.index >= 3) ce = cs + participle.index;
    if (ce - cs >= 3 && disputedNoun(scan, auxStart, b, cueText, lemma, right, of[0], trimSpan(text, cs, ce))) return true;
  }
  const ro = REPORT_OBJECT.exec(tail) ?? null;
  const rp = ro ? null : REPORT_OBJECT_POSSESSIVE.exec(tail);
  if (ro || rp) {
    let srcSpan: Span;
    let after: number;
    if (ro) {
      const np = phraseAfter(text, right.pos + ro[0].length, s1);
      if (!np) return true;
      srcSpan = np;
      after = np.end;
    } else {
      const name = (rp![1] ?? rp![2]) as string;
      const st = right.pos + rp![0].indexOf(name);
      srcSpan = { start: st, end: st + name.length };
      // "the Reuters report": the gazetteer mention starts at its article
      const om = ctx.outletAt(st);
      if (om && om.start < st && om.end >= srcSpan.end) srcSpan = { start: om.start, end: srcSpan.end };
      after = right.pos + rp![0].length;
    }
    const r2 = parseRight(ctx, 'say', after, s1);
    let p = r2.pos;
    const link = /^[ \t]*,?[ \t]*(?:(?:(stating|saying|claiming|alleging|suggesting|reporting)|(?:which|that)[ \t]+(said|says|stated|claimed|claims|alleged|alleges|suggested))[ \t]+)?(?:that[ \t]+)?/iu.exec(text.slice(p, p + 40));
    const linkWord = link?.[1] ?? link?.[2] ?? null;
    if (link) p += link[0].length;
    const hasThat = /that[ \t]+$/.test(link?.[0] ?? '');
    // "dismissed the Reuters report, saying it was false": the participle is the denier's, the report's content is unknown
    const deniersOwn = !hasThat && !!linkWord && /^[ \t]*,/.test(link![0]) && /^(?:saying|stating|claiming|alleging)$/i.test(linkWord) && lemma !== 'confirm';
    if (deniersOwn) {
      const subject = subjectBefore(text, scan.afterAdverbial, auxStart);
      if (subject && p < s1) {
        out.push(base('pre', lemma, cueText, auxStart, b, { subject, claim: { start: p, end: s1 }, frameStart: subject.start, dateText: right.dateText }));
        scan.skipUntil = p;
      }
      return true;
    }
    if (p < s1 && (hasThat || linkWord)) {
      const subject = subjectBefore(text, contentStart, auxStart);
      const reportIdx = out.length;
      out.push(base('report-noun', 'report', linkWord ?? 'report', linkWord ? p - (link![0].length - (link![0].indexOf(linkWord))) : srcSpan.start, linkWord ? p : srcSpan.end, {
        subject: srcSpan, claim: { start: p, end: s1 }, frameStart: srcSpan.start, dateText: r2.dateText,
      }));
      out.push(base('pre', lemma, cueText, auxStart, b, {
        subject, claim: { start: p, end: s1 }, frameStart: auxStart, dateText: right.dateText,
        relation: { to: reportIdx, type: lemma === 'confirm' ? 'confirms' : 'contradicts' },
      }));
      scan.skipUntil = p;
      return true;
    }
  }
  // "dismissed suggestions that C": the subject rejects C
  // ("denied rumours of X" in the past, or in a headline line: "The club dismisses reports of a sale." is no statement)
  const noun = DENIED_NOUN_THAT.exec(tail);
  if (noun && disputedNoun(scan, auxStart, b, cueText, lemma, right, noun[0], { start: right.pos + noun[0].length, end: s1 })) return true;
  // "denied a report they had offered ...": a report's clause without "that"
  const bare = noun ? null : DENIED_REPORT_BARE.exec(tail);
  if (bare) {
    const ahead = text.slice(right.pos + bare[0].length, Math.min(s1, right.pos + bare[0].length + 70));
    const clause = CLAUSE_AHEAD.test(ahead) || PAST_CLAUSE_AHEAD.test(ahead) || /^(?:he|she|they|it|we)[ \t]+(?:had|has|have|was|were|is|are|would|will|could|\p{Ll}{2,}ed)(?![\p{L}])/u.test(ahead);
    if (clause && disputedNoun(scan, auxStart, b, cueText, lemma, right, bare[0], { start: right.pos + bare[0].length, end: s1 })) return true;
  }
  // ("has denied the allegations", "dismissed accusations of fraud": the charge named is the claim, read as content)
  if (lemma !== 'dispute' && lemma !== 'confirm' && DENIED_CHARGE.test(tail.trimStart())) return false;
  // "Suga denied this at a news conference", "the ministry dismissed the claims on Monday": the claim is the one just reported
  const anaphoric = ANAPHORIC_REPORT_OBJECT.exec(tail) ?? /^[ \t]+(?:this|that|it|them)(?![\p{L}])/u.exec(tail) ?? NAMED_REPORT_OBJECT.exec(tail);
  if (anaphoric && ANAPHORIC_OBJECT_END.test(tail.slice(anaphoric[0].length))) {
    const subject = subjectBefore(text, scan.afterAdverbial, auxStart);
    if (subject) out.push(base('pre', lemma, cueText, auxStart, b, { subject, claim: null, frameStart: subject.start, claimIsPrevious: true, dateText: right.dateText }));
    return true;
  }
  if (ANAPHORIC_REPORT_OBJECT.test(tail)) {
    // "flatly denied the report: ..." names no content of its own
    return true;
  }
  return false;
}

function asFrameCue(scan: CueScan, a: number, auxStart: number, b: number, cueText: string, lemma: string, right: RightSide): boolean {
  const { text, s1, contentStart, out } = scan;
  const floor = scan.afterAdverbial;
  // (each regex only where its opening can be: "As" and a blank at the floor, a comma before the cue)
  const lead = text.startsWith('As', floor) && isBlankAt(text, floor + 2) ? /^As[ \t]+((?:the[ \t]+|a[ \t]+)?[^,;:"“]{2,60}?)[ \t]+$/u.exec(text.slice(floor, auxStart)) : null;
  const beforeCue = lead ? '' : text.slice(Math.max(contentStart, auxStart - 70), auxStart);
  const trail = beforeCue.includes(',') ? /,[ \t]*as[ \t]+((?:the[ \t]+)?[^,;:"“]{2,60}?)[ \t]+$/u.exec(beforeCue) : null;
  const m = lead ?? trail;
  if (m) {
    const np = m[1] as string;
    const npStart = auxStart - (m[0].length - m[0].indexOf(np, 2));
    const subject = { start: npStart, end: npStart + np.length };
    const after = text.slice(right.pos, s1);
    if (lead && /^[ \t]*,[ \t]*\S/.test(after)) {
      const cs = right.pos + (/^[ \t]*,[ \t]*/.exec(after) as RegExpExecArray)[0].length;
      out.push(base('pre', lemma, cueText, auxStart, b, { subject, medium: right.medium, citing: right.citing, claim: { start: cs, end: s1 }, frameStart: floor, dateText: right.dateText }));
      scan.skipUntil = cs;
      return true;
    }
    if (trail && /^[\s.!?"”]*$/.test(after)) {
      const comma = auxStart - m[0].length;
      const claim = claimBefore(text, contentStart, comma);
      if (claim) out.push(base('post', lemma, cueText, auxStart, b, { subject, medium: right.medium, citing: right.citing, claim, frameStart: comma, dateText: right.dateText }));
      return true;
    }
  }
  return false;
}

function relativeSpeakerCue(scan: CueScan, auxStart: number, b: number, cueText: string, lemma: string, rel: RegExpExecArray, right: RightSide): boolean {
  const { text, s1, out } = scan;
  const np = rel[2] as string;
  const relStart = auxStart - rel[0].length;
  const npStart = relStart + rel[0].indexOf(np, (rel[1] as string).length);
  let cs = right.pos;
  while (cs < s1 && isBlankAt(text, cs)) cs++;
  let e = cs;
  while (e < s1 && !isPhraseStopAt(text, e)) e++;
  if (e - cs >= 5 && /^\p{Ll}/u.test(text.slice(cs, cs + 1))) {
    out.push(base('participle', lemma, cueText, auxStart, b, { subject: { start: npStart, end: npStart + np.length }, claim: { start: cs, end: e }, frameStart: relStart }));
    scan.skipUntil = e;
    return true;
  }
  return false;
}

/** "The BBC spoke to ", "Reuters interviewed ": a medium, then a verb of interviewing, ending a segment */
const SPOKE_TO_END = /^[ \t]*(?:\S+[ \t]+){0,5}?(?:(?:has|had|have|also)[ \t]+)*(?:spoke|spoken|talked|interviewed|contacted|reached)(?:[ \t]+(?:to|with))?[ \t]+$/u;

/** The medium opening `seg` (at `from`) when the segment is "M spoke to " or "M interviewed ", else null. */
function mediumSpokeTo(ctx: SentenceContext, seg: string, from: number): Span | null {
  if (!seg.includes('spo') && !seg.includes('talked') && !seg.includes('interviewed') && !seg.includes('contacted') && !seg.includes('reached')) return null;
  let p = 0;
  while (p < seg.length && (seg.charCodeAt(p) === 32 || seg.charCodeAt(p) === 9)) p++;
  const om = ctx.outletAt(from + p);
  return om && SPOKE_TO_END.test(seg.slice(om.end - from)) ? { start: om.start, end: om.end } : null;
}

/** "the", "some", a capital: how a claim's own subject starts */
const CLAIM_START = /^(?:the|a|an|one|two|three|some|several|\p{Lu})/u;

function contentCue(scan: CueScan, a: number, auxStart: number, b: number, content: Extract<ContentStart, { kind: 'content' }>, cueText: string, lb: number, lemma: string, quoteBefore: boolean, right: RightSide): void {
  const { text, s1, contentStart, hits, out } = scan;
  if (quoteBefore && lb > contentStart) return; // '", said that' is not a pattern we trust
  // "37 the army says are dead": a relative clause without its subject has no claim of its own
  if (lemma === 'say' && /^(?:is|are|was|were|has|have|had)(?![\p{L}])/u.test(text.slice(content.start, content.start + 5))) return;
  const andBefore = wordBefore(text, auxStart, contentStart);
  const coordinated = andBefore && /^(?:and|but)$/i.test(andBefore.word) && andBefore.start > contentStart + 8;
  // "The AP says a US official claims C": a subject inside an earlier clause's content starts with that content
  let floor = scan.afterAdverbial;
  // "argued that his client had not stated that the report had said C": the subject starts after the last "that" of an earlier cue
  for (let k = hits.length - 1; k >= 0 && !coordinated; k--) {
    const ph = hits[k] as { start: number; end: number };
    if (ph.end > auxStart || ph.start === a) continue;
    // (a noun clause before, "Regarding a report that C1, an official said C2", leaves the main subject where it is)
    if (out.some((o) => o.kind === 'report-noun' && o.cueStart === ph.start)) break;
    const seg = text.slice(ph.end, auxStart);
    let th: RegExpExecArray | null;
    let last = -1;
    const re = /(?:^|[ \t,])that[ \t]+/g;
    while ((th = re.exec(seg))) last = th.index + th[0].length;
    // (a cue-shaped noun between, "the report had said", has no "that" of its own: look further back)
    if (last >= 0) { floor = Math.max(floor, ph.end + last); break; }
  }
  const outer = out[out.length - 1];
  if (!coordinated && outer && outer.kind === 'pre' && outer.claim && outer.claim.start > floor && outer.claim.start < auxStart && outer.cueEnd <= outer.claim.start &&
      /^(?:the|a|an|one|two|three|some|several|\p{Lu})/u.test(text.slice(outer.claim.start, outer.claim.start + 6))) floor = outer.claim.start;
  const found = coordinated
    ? mainSubject(text, floor, andBefore.start)
    : cleftSubject(text, floor, auxStart) ?? subjectBefore(text, floor, auxStart);
  // ("Reuters, Bloomberg and CNN all reported C": a list of media is one subject)
  const subject = found && outletListSubject(scan.ctx, found, floor, auxStart);
  if (!subject && lemma !== 'speak') return;
  // "Two officials, speaking to Reuters, said C": the aside names the medium
  let medium = right.medium;
  const between = subject ? text.slice(subject.end, auxStart) : '';
  let aside = subject ? SPEAKING_TO_ASIDE.exec(between) : null;
  // ("Maria Lopez, the mayor of X, speaking to Reuters, said C": the aside after the subject's appositive)
  let asideAt = 0;
  for (let i = between.indexOf(',', 1); !aside && i > 0 && i < between.length - 1; i = between.indexOf(',', i + 1)) {
    if (!/^\s*,[^,]{2,80}$/u.test(between.slice(0, i))) break;
    aside = SPEAKING_TO_ASIDE.exec(between.slice(i));
    if (aside) asideAt = i;
  }
  if (aside && !medium) {
    const st = subject!.end + asideAt + aside.index + aside[0].indexOf(aside[1] as string);
    medium = { start: st, end: st + (aside[1] as string).length };
  }
  let citing = right.citing;
  const relCiting = subject && !citing ? RELATIVE_CITING_ASIDE.exec(text.slice(subject.end, auxStart)) : null;
  if (relCiting && isSourcePhrase(relCiting[1] as string)) {
    const st = subject!.end + relCiting[0].lastIndexOf(relCiting[1] as string);
    citing = { start: st, end: st + (relCiting[1] as string).length };
  }
  out.push(base('pre', lemma, cueText, auxStart, b, {
    subject, medium, citing, claim: { start: content.start, end: s1 }, frameStart: subject ? subject.start : auxStart,
    dateText: right.dateText,
  }));
  return;
}

function speakCue(scan: CueScan, auxStart: number, b: number, cueText: string, form: VerbForm['form'], lemma: string, right: RightSide): void {
  const { text, s1, out } = scan;
  const subject = subjectBefore(text, scan.afterAdverbial, auxStart);
  // 'spoke of "a blow to his knee"': the quoted words are the claim
  const of = form === 'past' ? /^[ \t]+(?:of|about)[ \t]+(?=["“])/u.exec(text.slice(right.pos, right.pos + 12)) : null;
  if (of && subject) {
    const q = right.pos + of[0].length;
    const close = text.slice(q + 1, s1).search(/["”]/);
    const claim = close > 2 ? trimSpan(text, q + 1, q + 1 + close) : quoteClaim(text, q, s1);
    out.push(base('pre', lemma, `${text.slice(auxStart, b)} ${of[0].trim().split(/\s+/)[0]}`, auxStart, b, { subject, claim, frameStart: subject.start, dateText: right.dateText }));
    return;
  }
  out.push(base('frame-only', lemma, cueText, auxStart, b, { subject, medium: right.medium, claim: null, frameStart: auxStart }));
  return;
}

/** "After initially putting ...,", "Before ": a leading adjunct's subordinator (and adverb) right before its gerund. */
const LEADING_ADJUNCT_HEAD = /^(?:After|Before|While|Since|Upon|On|When|Besides)[ \t]+(?:\p{Ll}+ly[ \t]+)?$/u;
/** The subject of the main clause after a leading adjunct whose gerund is text[a, b), or null when the gerund opens no such adjunct. */
function leadingAdjunctSubject(text: string, contentStart: number, a: number, b: number, s1: number): Span | null {
  if (!LEADING_ADJUNCT_HEAD.test(text.slice(contentStart, a))) return null;
  const comma = text.slice(b, s1).indexOf(',');
  return comma >= 0 ? mainSubject(text, b + comma + 1, s1) : null;
}

/** ", who in recent weeks ", ", who on Monday ", ", who last year ": the pronoun, then a time adverbial, before its verb. */
const RELATIVE_THEN_TIME = /,[ \t]*who[ \t]+(?:(?:in|on|at|during|over)[ \t]+(?:recent|the[ \t]+past|the[ \t]+last|past|last|early|late)?[ \t]*(?:[\p{L}\d]+[ \t]+){0,1}(?:days|weeks|months|years|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\p{Lu}\p{Ll}+[ \t]+\d{1,2})|last[ \t]+(?:week|month|year)|earlier[ \t]+this[ \t]+(?:week|month|year)|this[ \t]+(?:week|month|year))[ \t]+$/u;

/** Participles that restate or extend what the clause before them attributed. */
const LATER_PARTICIPLES = new Set(['signaling', 'signalling', 'indicating', 'suggesting', 'acknowledging', 'asserting', 'alleging', 'predicting',
  'revealing', 'confirming', 'denying', 'describing', 'dismissing', 'rejecting', 'disputing', 'emphasizing', 'emphasising', 'reiterating', 'recalling',
  'contending', 'maintaining', 'declaring', 'announcing', 'accusing', 'blaming']);
/** Participles of an act against someone: done by the actor of the reported clause, not by its reporter. */
const ACTION_LEMMAS = new Set(['accuse', 'blame']);
/** A definite subject and a finite verb opening reported content: "the army has suspended". */
const CLAIM_SUBJECT = /^((?:the|its|his|her|their)[ \t]+[\p{L}-]+(?:[ \t]+[\p{L}-]+){0,2}?|\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})[ \t]+(?:has|have|had|is|are|was|were)[ \t]+\p{Ll}+ed(?![\p{L}])/u;
/** Verbs that are cues only as such a participle ("signaled a shift" is no statement). */
const PARTICIPLE_ONLY = new Set(['signal', 'indicate']);
/** Subjects that indicate by being read, not by speaking (evidence, a move, the tone or wording of words already reported). */
const EVIDENCE_NOUN = /^(?:data|figures|results|study|studies|survey|surveys|polls?|evidence|research|findings|statistics|numbers|signs|analysis|reports?|documents?|records?|tests?|trends?|models?|move|moves|decision|decisions|language|tone|wording|rhetoric|timing|choice|shift|rise|fall|drop|increase|decline|surge|indicators?|markets?|prices|readings?|images?|footage|it|this|that|which|what)$/i;

function laterParticiple(ctx: SentenceContext, out: Clause[], lemma: string, a: number, b: number, s0: number, s1: number): Clause | null {
  const { text } = ctx;
  if (!/,[ \t]*(?:(?:also|further|again|then|while|before|later)[ \t]+)?$/.test(text.slice(Math.max(s0, a - 12), a))) return null;
  let inherit: number | null = null;
  for (let i = out.length - 1; i >= 0; i--) {
    const c = out[i] as Clause;
    if (c.cueStart < a && c.kind !== 'prep-trail' && c.kind !== 'frame-only' && c.claim && c.claim.end >= a - 2) { inherit = i; break; }
    // "C1, the report said, suggesting that C2": a participle right after a trailing frame continues it
    if ((c.kind === 'post' || c.kind === 'inverted') && c.claim && c.cueEnd < a && a - c.cueEnd <= 24 && !/[.;:"“”]/.test(text.slice(c.cueEnd, a))) { inherit = i; break; }
  }
  if (inherit === null) return null;
  const right = parseRight(ctx, lemma, b, s1);
  let start = -1;
  if (lemma === 'deny' || lemma === 'dismiss' || lemma === 'reject' || lemma === 'dispute') {
    const noun = DENIED_NOUN_THAT.exec(text.slice(right.pos, Math.min(s1, right.pos + 80)));
    if (noun) start = right.pos + noun[0].length;
    else if (lemma === 'deny') {
      const c = contentAfter(text, 'deny', right.pos, s1);
      if (c.kind === 'content') start = c.start;
    }
  } else if (lemma === 'describe') {
    const m = DESCRIBED_AS.exec(text.slice(right.pos, Math.min(s1, right.pos + 160)));
    if (m) start = right.pos + m[0].length - (m[1] as string).length;
    // ', describing it as "quite catastrophic"': the quoted words are the claim
    const q = m ? /[ \t]as[ \t]+(["“])[^"“”]{2,200}["”][ \t]*[.,;]?[ \t]*$/u.exec(text.slice(start, s1)) : null;
    if (q) {
      const claim = quoteClaim(text, start + q.index + q[0].indexOf(q[1] as string), s1);
      let fs = a;
      while (fs > s0 && isSpaceOrCommaAt(text, fs - 1)) fs--;
      return base('participle', lemma, text.slice(a, b), a, b, { subject: null, claim, frameStart: fs, inheritFrom: inherit, dateText: right.dateText });
    }
  } else if (lemma === 'accuse' || lemma === 'blame') {
    const m = (lemma === 'accuse' ? ACCUSE_OF : BLAMED).exec(text.slice(right.pos, Math.min(s1, right.pos + 140)));
    if (m) start = right.pos + m[0].length - (m[1] as string).length;
  } else {
    const c = contentAfter(text, 'claim', right.pos, s1);
    if (c.kind === 'content') start = c.start;
  }
  if (start < 0 || s1 - start < 8) return null;
  let fs = a;
  while (fs > s0 && isSpaceOrCommaAt(text, fs - 1)) fs--;
  // "Officials say the army has suspended talks, accusing the rebels of ...": the reported actor accuses
  const from = out[inherit] as Clause;
  if (ACTION_LEMMAS.has(lemma) && from.claim && (from.lemma === 'say' || from.lemma === 'report')) {
    const actor = CLAIM_SUBJECT.exec(text.slice(from.claim.start, Math.min(a, from.claim.start + 80)));
    if (actor && !/^(?:it|he|she|they|there|this|that)$/i.test(actor[1] as string)) {
      const st = from.claim.start;
      return base('participle', lemma, text.slice(a, b), a, b, { subject: { start: st, end: st + (actor[1] as string).length }, claim: { start, end: accusationEnd(text, start, s1) }, frameStart: fs, dateText: right.dateText });
    }
  }
  return base('participle', lemma, text.slice(a, b), a, b, { subject: null, claim: { start, end: ACTION_LEMMAS.has(lemma) ? accusationEnd(text, start, s1) : s1 }, frameStart: fs, inheritFrom: inherit, dateText: right.dateText });
}

/** What "citing X" names when X is a source: people, documents, media, a name — not a reason ("citing weak demand"). */
const SOURCE_PHRASE = /\b(?:sources?|officials?|bureaus?|departments?|commissions?|administrations?|regulators?|people|persons?|documents?|reports?|data|figures|statistics|statements?|analysts?|diplomats?|witness(?:es)?|police|authorities|ministry|ministries|government|agency|agencies|newspapers?|media|outlets?|insiders?|executives?|aides?|spokes(?:man|woman|person|people)|surveys?|polls?|stud(?:y|ies)|research(?:ers)?|records|filings?|letters?|memos?|e-?mails?|interviews?|someone|lawyers?|investigators?|residents|experts?|economists?|tally|estimates?|accounts?|communiqu[eé]|briefing|transcripts?|intelligence|security|military|army|commanders?|leaders?|members?|employees|staff|traders|bankers|dealers|person|individuals?|colleagues|journalists?|reporters?|correspondents?|tweets?|posts?|videos?|footage|testimony|court|ministers?|secretar(?:y|ies)|directors?|chairm[ae]n|chairwom[ae]n|chairs?|presidents?|chiefs?|heads?|ambassadors?|envoys?|advis[eo]rs?|governors?|mayors?|commissioners?|prosecutors?|generals?|officers?|negotiators?|managers?|representatives?|deputies|deputy|counsel|attorneys?|compan(?:y|ies)|firms?|organi[sz]ations?|part(?:y|ies)|offices?|councils?|committees?|unions?|hospitals?|embass(?:y|ies)|consulates?|campaigns?|spokespeople|council+ors?|villagers?|survivors?|eyewitness(?:es)?|doctors?|nurses?|teachers?|farmers?|workers?|activists?|lawmakers?|legislators?|senators?|judges?|relatives?|neighbou?rs?|students?|fisherm[ae]n|passengers?|pilots?|soldiers?|fighters?|rebels?|militants?|protesters?|organi[sz]ers?|campaigners?|volunteers?|rescuers?|medics?|paramedics?|firefighters?|m[ae]n|wom[ae]n|mothers?|fathers?|friends?)\b/iu;
const NAMED_OR_QUOTED_START = /^(?:(?:the|a|an)\s+)?(?:\p{Lu}|["“])/u;

function isSourcePhrase(np: string): boolean {
  const t = np.trim();
  return NAMED_OR_QUOTED_START.test(t) || SOURCE_PHRASE.test(t);
}

const SPEAKING_TO_ASIDE = /^\s*,\s*(?:(?:(?:who|which)\s+(?:(?:was|were|had)\s+)?(?:spoke|speaking|talked|talking|gave\s+an\s+interview)\s+(?:exclusively\s+)?(?:to|with)|(?:(?:who|which)\s+(?:was|were)\s+)?(?:(?:when|once|after)\s+)?(?:quoted|cited|interviewed|contacted|reached|approached)\s+by|(?:(?:who|which)\s+(?:was|were)\s+)?(?:quoted|cited)\s+in|(?:speaking|talking|writing)\s+(?:exclusively\s+)?(?:to|with|for|on)|writing\s+in|appearing\s+on)|in\s+(?:a|an|his|her|its|their)\s+(?:[\p{L}-]+\s+)?(?:(?:statement|interview|email|e-mail|comments?|remarks|letter|post|op-ed|column)\s+(?:to|with|for|in)|appearance\s+on)|in\s+(?:(?:a|an|his|her|its|their)\s+(?:[\p{L}-]+\s+)?)?(?:comments|remarks|interview|statement|video|letter)\s+(?:carried|published|broadcast|aired|reported)\s+(?:by|on))\s+([^,]{2,60}?)(?:\s+(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously|on\s+background|by\s+(?:phone|telephone))(?:\s+(?:because|as|since)\s[^,]*)?)?\s*,\s*$/u;
/** ", which cited unnamed sources," / " that quoted two officials": the source of an outlet or report. */
const RELATIVE_CITING_AT = /^\s*,?\s*(?:which|that)\s+(?:also\s+)?(?:cited|quoted|cites|quotes|citing|quoting|relied\s+on|was\s+based\s+on|drew\s+on)\s+([^,.;:"“]{2,80}?)(?=\s*(?:,|\.|;|$))/u;
const RELATIVE_CITING_STICKY = /[ \t]*,[ \t]*(?:which|who)[ \t]+(?:also[ \t]+)?(?:cited|quoted)[ \t]+([^,.;:"“]{2,80}?)(?=[ \t]*(?:[,.;]|$))/uy;
/** The same between a subject and its cue: "Bloomberg, which cited two people, said C". */
const RELATIVE_CITING_ASIDE = /^\s*,\s*(?:which|that)\s+(?:also\s+)?(?:cited|quoted|relied\s+on|drew\s+on)\s+([^,]{2,80}?)\s*,\s*$/u;

/** Cues of "As X reported, C" and "C, as X noted." */
const AS_FRAME_LEMMAS = new Set(['report', 'say', 'write', 'note', 'tell', 'reveal', 'disclose', 'explain', 'state', 'announce', 'confirm']);

const PER_OUTLET_END = /,[ \t]*(?:per|via)[ \t]+(?:(?:a|an)[ \t]+)?((?:the[ \t]+)?[\p{Lu}][^,.;:"“”]{1,50}?)[ \t]*[.!]?[ \t]*["”]?$/u;
/** "Per Le Monde, C", "Via a Reuters report, C": a medium credited before the content */
const PER_OUTLET_LEAD = /^(?:Per|Via)[ \t]+(?:(?:a|an)[ \t]+)?((?:the[ \t]+)?\p{Lu}[^,.;:"“”]{1,50}?)[ \t]*,[ \t]*/u;
const URL_AT = /[ \t]*\(?https?:\/\/[^\s)]+\)?/y;

/** " to ", " in ", " on ", " for " before a medium's name after a cue. */
const ASIDE_BEFORE_THAT_AT = /,[ \t]*\p{Ll}[^,;:"“”()]{2,100},(?=[ \t]*that(?![\p{L}]))/uy;
/** " – citing unnamed sources –", " — quoting a police officer —": a source between dashes after a cue. */
const DASHED_CITING_AT = /[ \t]*(?:[–—]|-(?=[ \t]))[ \t]*(citing|quoting)[ \t]+([^,.;:"“–—]{2,120}?)[ \t]*(?:[–—]|-(?=[ \t]))(?=[ \t])/uy;
// ('"C," an insider shared with E! News': "with" the medium a statement was shared with)
const TO_IN_ON_AT = /[ \t]+(to|in|on|for|with)[ \t]+/y;

/** ', according to the BBC, that C' right after a cue. */
const INTERJECTED_MEDIUM_AT = /[ \t]*,[ \t]*(?:according[ \t]+to|as[ \t]+quoted[ \t]+by|as[ \t]+reported[ \t]+by|per)[ \t]+([^,.;:"“]{2,60}?)[ \t]*(?:,(?=[ \t]*(?:that(?![\p{L}])|["“]))|:(?=[ \t]*["“]))/uy;

/** "with many", "with some lawmakers", "with several of the residents" before a participle of saying. */
/** Participles whose subject may follow "with": "with the Times reporting that C", "with MRTV saying C". */
const WITH_PARTICIPLES = new Set(['reporting', 'saying', 'claiming', 'confirming', 'adding', 'noting', 'stating', 'warning', 'insisting', 'telling', 'citing', 'gushing', 'boasting']);
const WITH_SUBJECT = /(?:^|[\s,])with[ \t]+((?:the|its|his|her)[ \t]+(?:[\p{Ll}-]+[ \t]+)?(?:paper|newspaper|daily|news agency|agency|broadcaster|channel|network|outlet|website|magazine|tabloid|station|report|story)(?=[ \t]+(?:(?:also|further|later|then)[ \t]+)?$)|(?:the[ \t]+)?(?:(?:[\p{Ll}-]+[ \t]+)?(?:broadcaster|newspaper|news agency|agency|channel|daily|website|outlet|network)[ \t]+)?\p{Lu}[\p{L}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}.'’&-]*){0,4}|(?:state|local|foreign|Western|national|official|\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ch))[ \t]+(?:media|television|radio)|(?:many|some|several|most|others|critics|officials|analysts|experts|residents|witnesses|(?:(?:many|some|several|most|other)[ \t]+(?:of[ \t]+(?:the|them|those)[ \t]+)?)(?:[\p{L}-]+[ \t]+)?[\p{L}-]+s))[ \t]+(?:(?:also|further|later|then)[ \t]+)?$/u;

/** "Name: claim in the first person or in quotes" on the title line. */
const HEADLINE_SPEAKER = /^(\p{Lu}[\p{L}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}.'’&-]*){0,3}):[ \t]+((?:["“‘'][^"“”‘’']{8,}|(?:[^:]*?\b(?:I|I'm|I’m|we|We|we're|we’re|our|Our|us|my|My|you|You)\b)[^:]*)$)/u;
const HEADLINE_MEDIUM = /^((?:The[ \t]+)?\p{Lu}[\p{L}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}.'’&-]*){0,3}):[ \t]+((\S[^:]{8,}))$/u;
const HEADLINE_LABELS = /^(?:Why|What|How|Update|Updated|Breaking|Watch|Exclusive|Analysis|Opinion|Live|Explainer|Factbox|Timeline|Editorial|Review|Interview|Video|Photos|Report|Read|Listen|Podcast|Comment|Editor|Letter|Letters|Poll|Quiz|Correction|Background|Context|Note)\b/;

const LETTER_FIRST = /^\p{L}/u;

/** The article's first line written in Title Case (most words capitalised), without a final full stop. */
function isTitleCaseLine(text: string, s0: number, s1: number): boolean {
  if (s0 !== 0 || s1 - s0 > 200 || /[.]\s*$/.test(text.slice(s0, s1))) return false;
  const ws = text.slice(s0, s1).split(/\s+/).filter((w) => LETTER_FIRST.test(w));
  if (ws.length < 4) return false;
  const caps = ws.filter((w) => startsWithCapital(w) || /^(?:a|an|the|of|in|on|at|to|for|and|or|but|with|by|from|as)$/.test(w)).length;
  return caps / ws.length >= 0.85 && ws.filter((w) => startsWithCapital(w)).length >= ws.length / 2;
}

const OPENING_MARK = /["“]/g;

/** Closed quotations inside [from, to): curly pairs, and straight quotes that open at a word start. */
function quotedRanges(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  // (the marks found by a regex over the sentence, not by a loop over its characters)
  const seg = text.slice(from, to);
  OPENING_MARK.lastIndex = 0;
  for (let m = OPENING_MARK.exec(seg); m; m = OPENING_MARK.exec(seg)) {
    const i = from + m.index;
    let j = -1;
    if (m[0] === '“') j = text.indexOf('”', i + 1);
    else if ((i === from || /[\s(—–-]/.test(text[i - 1] as string)) && /\S/.test(text[i + 1] ?? '')) j = text.indexOf('"', i + 1);
    else continue;
    if (j < 0 || j >= to) break;
    out.push({ start: i, end: j });
    OPENING_MARK.lastIndex = j + 1 - from;
  }
  return out;
}

/** "what it calls Y", "what Pyongyang described as Y", "what critics have dubbed Y". */
/** "by their Defence Minister for ": the agent of a passive, before the reason it gave (group 1). */
const PASSIVE_AGENT_BEFORE = /(?:^|[ \t])by[ \t]+((?:the|their|his|her|its|a|an)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?[\p{L}-]+|\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3})[ \t]+(?:for|over)[ \t]+$/u;
const WHAT_X_CALLS = /\bwhat[ \t]+((?:it|they|he|she|(?:the[ \t]+)?\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}|(?:some|many|the)?[ \t]*\p{Ll}+s))[ \t]+((?:(?:has|have|had)[ \t]+)?(?:calls|called|describes[ \t]+as|described[ \t]+as|terms|termed|dubs|dubbed|labels|labelled|labeled|characterized[ \t]+as|characterised[ \t]+as))[ \t]+/u;

/** A name, an optional age and one appositive noun phrase: "John Smith, 61, a farmer from Leeds". */
/** "the paper", "the agency", "the blog": a bare reference back to a medium. */
const MEDIUM_ANAPHOR_NP = /^the\s+(?:paper|newspaper|daily|agency|news agency|broadcaster|channel|network|station|report|blog|website|site|magazine|outlet|tabloid|weekly)$/i;
// (an auxiliary as a whole word: "Mexican" and "Paris" hold no "can" and no "is")
const APPOSITIVE_SUBJECT = /^(?:(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov)\.?[ \t]+)?\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,4}(?:,[ \t]*\d{1,3})?,[ \t]*(?:(?:a|an|the|its|his|her|their)[ \t]+|\p{Ll}[\p{L}-]*[ \t]+|\p{Lu}[\p{L}\p{N}.&-]*['’]s?[ \t]+)(?:(?!(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do)(?![\p{L}]))[^,;:"“”.!?])*$/u;

/** "said Jane Roe, ...": the speaker after an inverted verb */
// ('..., writes the "Mail on Sunday".': a medium's name in quotation marks)
// ("said the U.S. envoy": the last initial of an initialism, then a lower-case word, is inside the phrase)
// ("reported news site Vlast.kz.": the dot of a web address)
const WEB_DOMAIN_ENDS = 'com|net|org|info|news|ru|ua|by|kz|kg|uz|az|am|ge|md|pl|hu|ro|bg|rs|ba|hr|tr|il|ir|pk|in|lk|np|ng|ke|za|gh|ug|eg|ma|sa|ae|qa|lb|iq|de|fr|it|es|ch|at|ie|ca|mx|br|ar|hk|tw|jp|kr|vn|th|my|sg|id|ph|au|nz';
const INVERTED_SPEAKER = new RegExp(String.raw`^[ \t]+((?:the[ \t]+)?["“]\p{Lu}[^"“”,;:!?]{1,50}["”](?=[ \t]*[.,;!?]?[ \t]*$)|(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Sgt|Capt|Sen|Rep|Gov|Maj|Adm|Cmdr|Jr|Sr|St|Rev)\.|\p{Lu}\.(?=\p{Lu}|-|[ \t]+\p{Lu}\p{Ll})|(?<=\.)\p{Lu}\.(?=[ \t]+\p{Ll})|\.(?=(?:${WEB_DOMAIN_ENDS})(?![\p{L}\p{N}]))|[^,.;:!?"“”]){1,100}?)(?=[ \t]*(?:[,;:!?]|\.(?!(?:${WEB_DOMAIN_ENDS})(?![\p{L}\p{N}]))|$))`, 'u');
/** "officials", "local residents": a plural source without a determiner */
const BARE_PLURAL_SOURCE = /^(?:\p{Ll}+[ \t]+)?(?:investigators|officials|police|witnesses|sources|prosecutors|authorities|residents|analysts|experts|doctors|rescuers|diplomats|officers|activists|organizers|organisers|researchers|scientists|medics)$/u;
/** a determiner, a number or a capital */
const SPEAKER_START = /^(?:(?:the|a|an|one|two|three|another|some|several|many)\b|\p{Lu}|(?:al|el)-\p{Lu})/u;
const PARTICIPLE_WORD = /\b\p{Ll}+ed\b/u;
const GERUND_WORD = /\b\p{Ll}{3,}ing\b/u;

/** The speaker after an inverted cue: a short noun phrase that closes the clause. */
/** A bare description without an article: "former champion", "retired nurse Ann Page", "fire chief". */
const BARE_ROLE_SPEAKER = /^(?:(?:former|retired|veteran|longtime|long-time|then|ex|acting|interim)[ \t-]+(?:[\p{L}-]+[ \t]+){0,3}[\p{L}-]+|(?:[\p{Ll}-]+[ \t]+){0,2}(?:chief|official|spokes(?:man|woman|person)|minister|champion|coach|nurse|doctor|manager|director|officer|commander|leader|president|mayor|governor|expert|analyst|teacher|lawyer|judge|prosecutor|resident|witness|survivor|player|captain|founder|executive|boss|chairman|chairwoman|head|researcher|scientist|economist|activist|aide|adviser|advisor|source|insider|envoy|diplomat|ally|negotiator|senator|lawmaker|MP)(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,3})$/u;

/** "news agency PTI", "state broadcaster NHK": a media noun without an article, then the medium's name */
const BARE_MEDIUM_SPEAKER = /^(?:(?:state|state-run|state-owned|official|semi-?official|private|local|public|national|independent)[ \t]+)?(?:news[ \t]+agency|newspaper|daily|broadcaster|news[ \t]+(?:site|website|portal)|website|tabloid|weekly|magazine|television|TV|radio)[ \t]+\p{Lu}/u;

const IRREGULAR_PAST_WITH_OBJECT = new RegExp(String.raw`(?<![\p{L}-])(?:${IRREGULAR_PAST})[ \t]+(?:(?:the|a|an|his|her|their|its|him|them|it)(?![\p{L}])|\p{Lu})`, 'u');

/** ", which employs 3,000 people, would close", ", the plant's owner, would sell": a relative clause or an appositive set off by commas, then a finite verb */
const RELATIVE_THEN_PREDICATE = /^[ \t]*,[ \t]*(?:which|who|whose|the|a|an|its|his|her|their)[ \t](?:[^,;:"“”]|,(?=\d)){1,120},[ \t]*(?:(?:also|still|now|not|never|already)[ \t]+)?(?:will|would|could|can|may|might|must|should|is|are|was|were|has|have|had|did|does|do|\p{Ll}{2,}(?:ed|es))(?![\p{L}])/u;
function invertedSpeaker(text: string, pos: number, end: number): Span | null {
  const np = INVERTED_SPEAKER.exec(text.slice(pos, Math.min(end, pos + 120)));
  if (!np) return null;
  let phrase = np[1] as string;
  let phraseEnd = pos + np[0].length;
  // ('..., said the plant, which employs 3,000 people, would close': a relative clause, then a verb of its own: the noun
  // phrase is the content's subject, not the speaker)
  if (RELATIVE_THEN_PREDICATE.test(text.slice(phraseEnd, Math.min(end, phraseEnd + 160)))) return null;
  // ('..., said the plant (which employs 3,000 people) would close': a bracket the phrase does not close is no speaker's)
  if (phrase.includes('(') && !phrase.includes(')')) return null;
  // "said a senior official who asked not to be named": the relative clause describes the speaker, whose noun phrase ends before it
  const relative = phrase.includes(' who') ? /^(.{3,60}?)[ \t]+who(?:se)?[ \t]/u.exec(phrase) : null;
  if (relative && !/\b(?:had|has|have|is|are|was|were|will|would|could|did|does)\b/.test(relative[1] as string)) {
    phraseEnd -= phrase.length - (relative[1] as string).length;
    phrase = relative[1] as string;
  }
  // "..., said investigators, and ...": a bare plural noun of sources
  const barePlural = BARE_PLURAL_SPEAKER.test(phrase);
  // ("said al-Rihawi": a name may open with a lower-case Arabic article)
  // ("says former champion", "said longtime coach Bill Ray", "says fire chief": a bare description, in headline style)
  const bareRole = BARE_ROLE_SPEAKER.test(phrase);
  // ("said sources familiar with the matter", "said two people briefed on the talks": unnamed sources and what qualifies them)
  const unnamedSources = UNNAMED_SOURCES_SPEAKER.test(phrase);
  // ("reported news agency PTI", "said state broadcaster NHK": a medium named after its bare description)
  const bareMedium = BARE_MEDIUM_SPEAKER.test(phrase);
  if (splitWordCount(phrase) > 12 || (!barePlural && !bareRole && !unnamedSources && !bareMedium && !DETERMINED_OR_NAMED_START.test(phrase))) return null;
  if (/^(?:that|it|this|there)\b/i.test(phrase)) return null;
  // a clause is not a speaker: "said several firms had lobbied"
  if (/\b(?:had|has|have|is|are|was|were|will|would|could|can|may|might|should|must|did|does|do)\b/i.test(phrase)) return null;
  // ('A letter, seen by the Times, says the ministers met the donor': an irregular past with its object is a clause)
  if (IRREGULAR_PAST_WITH_OBJECT.test(phrase)) return null;
  if (!unnamedSources && PARTICIPLE_WORD.test(phrase.replace(/\b(?:unnamed|unidentified|retired|elected|appointed|based|armed|united|alleged|related|concerned|detailed|named|so-called)\b/g, ''))) return null;
  // "posted a video featuring ...": an object with a participle, not a speaker
  if (/^(?:a|an)[ \t]/i.test(phrase) && GERUND_WORD.test(phrase)) return null;
  return { start: phraseEnd - phrase.length, end: phraseEnd };
}

/** The speaker of an inverted cue without a setting that follows it ("Roe in an interview with the BBC"), and the setting's medium. */
function invertedSetting(text: string, inv: Span, medium: Span | null): { subject: Span; medium: Span | null } | null {
  const phrase = text.slice(inv.start, inv.end);
  if (!phrase.includes(' in ')) return null;
  const setting = TRAILING_STATEMENT_SETTING.exec(phrase);
  if (!setting || setting.index < 2) return null;
  const named = medium ? null : TRAILING_SETTING_MEDIUM.exec(setting[0]);
  const st = named ? inv.start + setting.index + named.index + named[0].length - (named[1] as string).length : -1;
  return { subject: trimSpan(text, inv.start, inv.start + setting.index), medium: named ? trimSpan(text, st, st + (named[1] as string).length) : medium };
}

/** '"C," said Roe, head of the label, in a message to Forbes.': the setting after the speaker's appositive names the medium. */
function settingAfterAppositive(text: string, inv: Span, s1: number, medium: Span | null): { subject: Span; medium: Span | null } | null {
  if (medium || text.charCodeAt(inv.end) !== 44) return null;
  const rest = text.slice(inv.end, s1);
  const appositive = APPOSITIVE_BEFORE_SETTING.exec(rest);
  if (!appositive) return null;
  const tail = rest.slice(appositive[0].length);
  const setting = TRAILING_STATEMENT_SETTING.exec(tail);
  const named = setting && setting.index === 0 ? TRAILING_SETTING_MEDIUM.exec(setting[0]) : null;
  if (!named) return null;
  const st = inv.end + appositive[0].length + named.index + named[0].length - (named[1] as string).length;
  return { subject: inv, medium: trimSpan(text, st, st + (named[1] as string).length) };
}
/** ", speaking to AFP", ", a resident, talking to Reuters by phone": perhaps an appositive, then an aside naming the medium spoken to */
const SPEAKING_TO_AFTER_SPEAKER = /^(?:,[ \t]+[^,;:"“”()]{2,80}?)?,[ \t]*(?:(?:who[ \t]+)?(?:was[ \t]+)?(?:speaking|talking|spoke|talked)[ \t]+(?:exclusively[ \t]+)?(?:to|with)|in[ \t]+(?:an?|a[ \t]+(?:telephone|phone))[ \t]+interview[ \t]+with)[ \t]+/u;
/** '"C," said S, speaking to AFP.': the medium of an aside after an inverted speaker, when it is a listed one. */
function speakingToAfterSpeaker(ctx: SentenceContext, inv: Span, s1: number, medium: Span | null): { subject: Span; medium: Span } | null {
  if (medium || ctx.text.charCodeAt(inv.end) !== 44) return null;
  const m = SPEAKING_TO_AFTER_SPEAKER.exec(ctx.text.slice(inv.end, Math.min(s1, inv.end + 140)));
  const named = m ? ctx.outletAt(inv.end + m[0].length) : null;
  return named ? { subject: inv, medium: { start: named.start, end: named.end } } : null;
}
/** ", head of the label" before ", in a …": one appositive, without quotation or clause marks */
const APPOSITIVE_BEFORE_SETTING = /^,[ \t]+[^,;:"“”()]{2,80}?(?=,[ \t]+in[ \t])/u;

/** ", C2" after a frame inside the content (not a new clause of the narrator's or another cue). */
const CONTINUATION_AFTER_FRAME = /^[ \t]*,[ \t]*(?!(?:and|but|or|which|who|whom|where|citing|quoting|according|adding|saying|noting|as|while|after|before|because|although|though|in|on|at|with|without|when|if)(?![\p{L}]))(?=["“]?[\p{L}\d])/iu;
const FINITE_VERB = /(?:^|[ \t])(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|must|should|shall|did|does|do|\p{Ll}{2,}ed|\p{Ll}{3,}s)(?![\p{L}])/u;
/** A head before an interjected "according to X" that already has its verb; a plural noun right after a determiner is none ("The strikes", "Two of the talks"). */
function headHasFiniteVerb(head: string): boolean {
  const m = FINITE_VERB.exec(head);
  if (!m) return false;
  const word = m[0].trimStart();
  if (!word.endsWith('s') || word.endsWith('ss') || /^(?:is|has|was|does)$/.test(word)) return true;
  const before = /([\p{L}\d]+)[ \t]*$/u.exec(head.slice(0, m.index));
  if (!before || !(DETERMINERS.has(before[1]!.toLowerCase()) || /^\d/.test(before[1]!))) return true;
  return headHasFiniteVerb(head.slice(m.index + m[0].length));
}
/** After an interjected "according to X": a comma and a verb that continues the clause ("fled", "was", "had been"). */
const INTERJECTED_REST = /^[ \t]*,[ \t]*(?=(?:is|are|was|were|will|would|could|can|may|might|must|should|has|have|had|did|does|\p{Ll}{2,}ed)(?![\p{L}])|(?:fled|fell|rose|left|died|shot|hit|struck|took|made|ran|came|went|sent|told|lost|won|held|kept|led|met|paid|sold|spent|stood|began|broke|caught|grew|knew|saw|set|cut|put)(?![\p{L}]))/u;
/** what a denial describes: a report or a claim ("the story", "the allegations", "reports of a sale") */
const DENIED_OBJECT = /^(?:the|a|an|his|her|its|their|this|that|these|those)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:report|reports|story|stories|article|articles|claim|claims|allegation|allegations|accusation|accusations|rumou?r|rumou?rs|speculation|suggestion|suggestions|assertion|assertions|charge|charges)[ \t]/iu;
/** "as soon", "as well", "as it": an "as" after a denial's object that opens no description */
const DENIAL_AS_NOT_DESCRIPTION = /[ \t]as[ \t]+(?:soon|well|long|much|many|far|part|if|though|it|they|he|she|we|I|you|the|a|an|of|to|such|per|early|late|recently)(?![\p{L}])/u;
/** "muttered the", "insulted him": a past-tense verb and the word after it */
const PAST_VERB_START = /^\p{Ll}{3,}ed[ \t]+\p{L}/u;
const FINITE_VERB_START = /^(?:is|are|was|were|will|would|could|can|may|might|must|should|has|have|had|did|does|do|remains?|remained)(?![\p{L}])/u;
const LEADING_CONJUNCTION = /^(?:But|And|Yet|So|Still|Meanwhile)[ \t]+/;
/** A fronted time without a preposition: "Right now", "Today", "Last week" */
const FRONTED_TIME_WORDS = /^(?:right[ \t]+now|now|today|yesterday|tonight|currently|so[ \t]+far|for[ \t]+now|(?:this|last|next)[ \t]+(?:week|month|year|morning|afternoon|evening|night|weekend))$/i;
const LEADING_PREPOSITION = /^(?:under|in|on|at|after|before|during|according|for|with|without|by|from|since|despite|amid|as|of|to|within|over|until)(?![\p{L}])/iu;
/** After "a report": an optional date, the medium that carried it, and the link to its content. */
const REPORT_BY_AFTER = /^(?:[ \t]+(?:on[ \t]+|last[ \t]+|earlier[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|today|yesterday)(?:[ \t]+(?:morning|afternoon|evening|night))?)?[ \t]+(?:in|by|from|on|(?:published|carried|aired|broadcast)[ \t]+(?:by|in|on))[ \t]+(?:(?:the|a|an)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?(?:daily|newspaper|paper|tabloid|weekly|magazine|broadcaster|network|channel|agency|website|outlet|publication)[ \t]+)?((?:the[ \t]+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{N}.'’&-]*|of|de|al|el))*)[ \t]*,?[ \t]+(?:saying|stating|claiming|alleging|suggesting|(?:which|that)[ \t]+(?:said|says|reported|claimed|claims|alleged|alleges|stated)|that)(?:[ \t]+that)?[ \t]+(?!(?:cited|cites|quoted|quotes|said|says|reported|claimed|named|was|were|is|has|had|appeared|ran)(?![\p{L}]))/u;
const TRAILING_STATEMENT_SETTING = /,?[ \t]+in[ \t]+(?:(?:comments|remarks)(?=[ \t]+(?:to|with|carried|published|reported|aired|broadcast|released|quoted)[ \t])|(?:a|an|his|her|its|their|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:statement|interview|post|tweet|speech|address|letter|message|e-?mail|note|response|reply|answer|briefing|video|news conference|press conference|appearance|column|op-ed|article|essay|podcast|programme|documentary))(?:[ \t]+(?:posted|published|released|issued|given|carried|reported|aired|broadcast|on|to|with|at|late|early|from|for)[^,;"“”]{0,80})?[ \t]*[.!?]?[ \t]*$/u;
/** A medium's name modifying a trailing setting's work: " in the Folha interview", " in a CNN op-ed" (1: the name). */
const TRAILING_SETTING_MODIFIER = /[ \t](?:the|a|an)[ \t]+((?:\p{Lu}[\p{L}\p{N}.&'’-]*)(?:[ \t]+\p{Lu}[\p{L}\p{N}.&'’-]*){0,2})[ \t]+(?:interview|column|op-ed|article|podcast|programme|documentary)(?![\p{L}])/u;
/** The medium a trailing setting names: " with the BBC", " by state news agency RIA Novosti", " by the official IRNA news agency" (not a day). */
const TRAILING_SETTING_MEDIUM = /(?:with|to|for|by|on)[ \t]+((?:the[ \t]+)?(?:(?:state|official|public|semi-?official)[ \t]+)?(?:(?:news[ \t]+agency|broadcaster|newspaper|daily|television|channel|network|radio)[ \t]+)?(?!(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?![\p{L}]))\p{Lu}[\p{L}\p{N}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.'’&-]*){0,4}(?:[ \t]+(?:news[ \t]+agency|agency|newspaper|daily|broadcaster|channel|network))?)/u;
/** After an anaphoric object ("denied this"): nothing, or only a time, place or occasion. */
// ("rejected the report, calling it baseless": the verdict on it, no content of its own)
const ANAPHORIC_OBJECT_END = /^(?:[ \t]*(?:,[ \t]*)?(?:(?:at|in|on|during|via|through|to|before|after|late|early|last|earlier|later|again|also|outright|strongly|flatly|categorically)(?![\p{L}])[^,;:"“”]{0,60})?)?(?:[ \t]*,[ \t]*calling[ \t]+(?:it|them)[ \t]+(?:["“][^"“”]{1,60}["”]|[^,;:"“”.]{1,60}))?[ \t]*[.!]?["”]?[ \t]*$/u;
const SPEAKING_WITH_AFTER = /,?[ \t]+(?:while|when|as)[ \t]+(?:speaking|talking|appearing)[ \t]+(?:exclusively[ \t]+)?(?:with|to|on)[ \t]+((?:the[ \t]+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.'’&-]*){0,4})(?![\p{L}])/u;
// (also: "tweeted it was on the scene and urged residents to stay home": a speech act of the speaker's own coordinated after
// the content; "reported C – also a target of X": an appositive after a spaced dash at the end)
/** ", the first day of ...", ", the third night since ...": an appositive describing the day the content ends with */
/** what every DAY_APPOSITIVE match holds, looked for first (its lookbehind is tried at every position) */
const COMMA_THE = /,[ \t]+the[ \t]/;
const DAY_APPOSITIVE = /(?<=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|weekend))[ \t]*,[ \t]+the[ \t]+(?:first|second|third|fourth|fifth|last|final|same|latest|\d+(?:st|nd|rd|th))[ \t]+(?:day|night|week|weekend|time)[ \t]+(?:of|since|in|that|when|after)[ \t]/u;
/** ", needed help", ", was closed": the predicate a clause resumes after an aside set off by commas */
const PREDICATE_AFTER_ASIDE = /^[^,;]*,\s+(?:\p{Ll}+ed|is|was|were|are|has|had|have|will|would|could|can|may|might|must|should|remains|remained)(?![\p{L}])/u;
const ADJUNCT_AFTER_CLAIM = /,\s+having\s+(?:\p{Ll}+ed|been|begun|done|made|taken|given|seen|won|lost|held|kept|left|met|paid|sent|spent|told|broken|fallen|risen|grown|shown)\s|,\s+despite\s+(?:warnings?|calls?|concerns?|fears?|protests?|criticism|objections?|pressure|opposition)\b|,\s+(?:confirming|denying|dismissing|rejecting|contradicting|describing|calling|labelling|labeling|branding|dubbing|prompting|sparking|triggering|forcing|leaving|sending|drawing|echoing|following|speaking|writing|appearing|demanding|urging|vowing|pledging|threatening|asking\s+for|appealing\s+for|pleading\s+for)\s|,?\s+and\s+(?:demanding|urging|vowing|pledging|threatening|calling\s+for|calling\s+on|apologi[sz]ing|thanking|praising)\s|\s+and\s+(?:urged|appealed|advised|encouraged|thanked|vowed|pledged|called\s+on)\s|\s[–—]\s+(?:also\s+)?(?:a|an)\s(?=[^–—]*$)|,\s+amid\s|\s+amid\s+(?:(?:growing|rising|mounting|renewed|widespread|deep|deepening|heightened|ongoing|continuing)\s+)?(?:concerns?|fears?|worries|tensions?|speculation|criticism|pressure|calls|reports|questions|outrage|protests|anger|uncertainty|a\s+row|a\s+dispute)\b|\s+after\s+(?:the\s+|official\s+|preliminary\s+|initial\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:showed|revealed|announced|indicated|suggested|confirmed|emerged)\s/u;

/** A day between a setting's participle and its medium: "published on Sunday by", "aired Thursday on". */
const SETTING_DAY = String.raw`(?: (?:(?:on|late|early|last) )?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?: (?:morning|afternoon|evening|night))?| today| yesterday| overnight| earlier)?`;
const LEADING_MEDIUM = new RegExp(String.raw`^(?:(?:Quoted|Cited) by|In (?:a )?conversation with|In (?:a|an|his|her|their|its) (?:[\p{L}-]+ )?(?:statement|message|dispatch|interview|report|letter|video|op-ed|column|article|essay|commentary|speech|address|appearance|broadcast|podcast|programme|program|documentary|memo|email|e-mail|document|note|filing|recording|transcript) (?:carried|published|released|aired|broadcast|reported|printed|run|produced|hosted|seen|obtained|reviewed|viewed|examined)${SETTING_DAY} (?:by|on|in)|(?:In|During) (?:an|a|his|her|their|its) (?:[\p{L}-]+ )?(?:interview|conversation|comments?|remarks|statement|appearance) (?:with|to|on)|In (?:an|a) (?:[\p{L}-]+ )?(?:interview|appearance|programme|program|documentary) (?:that|which) (?:aired|ran|was (?:aired|broadcast|published))${SETTING_DAY} (?:on|by|in)|(?:Speaking|Talking) (?:exclusively )?(?:to|with|on)|(?:Speaking|Talking) in (?:an|a) (?:[\p{L}-]+ )?interview (?:with|on)|Appearing on|Interviewed by|Asked by|(?:When )?(?:Contacted|contacted|Reached|reached|Approached|approached) by|In (?:comments|remarks|an interview|a statement|an email|a letter) (?:to|with)|In (?:an|a) (?:[\p{L}-]+ )?interview (?:(?:that|which) )?(?:he|she|they) (?:gave|granted|had given|had granted)(?: to)?|In (?:comments|remarks|(?:a|an) (?:[\p{L}-]+ )?(?:statement|email|e-mail|message|letter|note)) (?:sent|given|emailed|e-mailed|provided|made|supplied) to|In (?:comments|remarks) (?:carried|published|released|aired|broadcast|quoted|reported)${SETTING_DAY} (?:by|on)|In (?:a|an)(?= (?:\p{Lu}[\p{L}\p{N}.&'’-]*\s){1,4}(?:TV\s|television\s|radio\s)?interview,)|Writing (?:in|for) (?:an|a|his|her|their|its) (?:[\p{L}-]+ )?(?:op-ed|column|article|essay|piece|commentary|editorial|blog post|opinion piece) (?:for|in|on|published by)|Writing (?:in|for|on)|In (?:an|a) (?:op-ed|column|article|essay|commentary) (?:(?:published|carried|written) )?(?:in|for|by)) ([^,]{2,60}),`, 'u');
const LEADING_MEDIUM_AFTER_ADVERBIAL = new RegExp(LEADING_MEDIUM.source, 'iu');
/** The letters LEADING_MEDIUM's settings start with ("Quoted by", "In an interview with", "contacted by", ...). */
const LEADING_MEDIUM_INITIALS = 'QCIDSTAWRcra';
/**
 * Whether a LEADING_MEDIUM setting may start at `at` (in any case for LEADING_MEDIUM_AFTER_ADVERBIAL): a
 * test of one letter before the long regex, which most sentences fail. (ſ is an s to a case-blind Unicode regex.)
 */
function mayLeadMedium(text: string, at: number, anyCase: boolean): boolean {
  const c = text.charAt(at);
  if (!c) return false;
  return LEADING_MEDIUM_INITIALS.includes(c) || (anyCase && (LEADING_MEDIUM_INITIALS.toLowerCase().includes(c.toLowerCase()) || c === 'ſ'));
}
const NUMERAL_WORD = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens|hundreds|thousands)$/i;
/** The noun phrase ending a clause: a determiner and up to four more words ("a senior Russian official"). */
const ANTECEDENT_AFTER_CLAUSE = /[ \t]((?:a|an|the|another|one|two|three|several|some)[ \t]+(?:[\p{L}'’.-]+[ \t]+){0,3}[\p{L}'’.-]+)$/u;
/** A finite verb in the words before it: "arrested", "exfiltrated from Russia in 2017", "has interviewed". */
const FINITE_VERB_BEFORE_NP = /(?:^|[ \t])(?:\p{Ll}{2,}ed|has|have|had|is|are|was|were|met|found|saw|told|caught|held|sent|brought|took)(?![\p{L}])/u;
const HEDGED_INFINITIVE_BEFORE = /(?:^|[ \t])(?:is|are|was|were|be|been)[ \t]+(?:also[ \t]+|widely[ \t]+|now[ \t]+|still[ \t]+)?(?:understood|believed|thought|said|reported|known|alleged|rumou?red|presumed|assumed|expected)[ \t]+to[ \t]+$/;
const LOWER_PREPOSITION_START = /^(?:in|on|at|for|with|from|by|of|after|before|during|under|over|into|through|amid)[ \t]/;
/** ", Ukrinform reports.": a publisher crediting itself at the end of a sentence */
const PUBLISHER_CREDIT_TAIL = /^,[ \t]+\p{Lu}[\p{L}.&-]*(?:[ \t]+\p{Lu}[\p{L}.&-]*){0,3}[ \t]+(?:reports|reported|writes|said)[ \t]*\.?\s*$/u;
/** " last week", " on Monday", " earlier this month": when the setting was, after the medium it names */
/** " in Bangkok", " from the capital Kabul": where a setting took place, after its medium */
const SETTING_PLACE_AFTER = /\s+(?:in|from|at)\s+(?:the\s+(?:capital\s+)?)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
const SETTING_TIME_AFTER = /\s+(?:(?:(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:week|weekend|month|year|summer|winter|spring|autumn|fall|season))|(?:(?:on|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|yesterday|today|recently|earlier)$/u;
/** A pronoun with its verb contracted: "it's", "they're", "we'll", "she'd". */
const CONTRACTED_PRONOUN = /^(?:it|he|she|they|we|i|there|that|you)['’](?:s|re|ll|ve|d|m)$/i;
/** An adverb set off by commas inside the verb group: "has, however, acknowledged". */
const INTERRUPTING_ADVERB = /^(?:however|meanwhile|though|too|also|in turn|in fact|indeed|so far|as expected|again|once again|moreover|nevertheless|nonetheless|for (?:its|his|her|their) part)$/i;
/** A subject segment that ends in an auxiliary: "CCTV has". */
const AUXILIARY_END = /[ \t]+(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does|do)$/;
/** "During Sky Sports' coverage of the game on Friday,": the medium (1) whose broadcast the statement was made in. */
const DURING_COVERAGE_LEAD = /^During[ \t]+((?:the[ \t]+)?\p{Lu}[^,]{0,40}?)['’]s?[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:coverage|broadcast|programme|program|show|podcast|bulletin|commentary)(?![\p{L}])[^,;:"“”]{0,100},/u;
/** "On Sky News," (a listed medium checked before): the medium (1). */
const ON_MEDIUM_LEAD = /^On ([^,]{2,60}),$/;
/** "When asked repeatedly by Folha reporters about", "Asked by the BBC whether", "Asked in an interview with CNN if": the asker (1). */
const ASKED_BY_LEAD = /^(?:(?:When|While|After being|After|Once)[ \t]+)?(?:asked|Asked|questioned|Questioned|pressed|Pressed)(?:[ \t]+(?:repeatedly|again|later|directly|specifically|twice|once more))?[ \t]+(?:by|in[ \t]+(?:an|a)[ \t]+(?:[\p{L}-]+[ \t]+)?interview[ \t]+with)[ \t]+((?:the[ \t]+)?\p{Lu}[^,;:]{1,50}?)(?=[ \t]+(?:about|whether|if|over|regarding|on|why|what|how|when|to)[ \t]|,)/u;

/** Claim before a trailing attribution whose frame starts at `end`. */
/** a quotation that is a sentence of its own (a capital) or the predicate of a subject before it ("has been arrested") */
const QUOTED_SENTENCE_OR_PREDICATE = /^(?:\p{Lu}|(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does|do)[ \t])/u;
function claimBefore(text: string, contentStart: number, end: number): Span | null {
  let e = end;
  while (e > contentStart && isSpaceOrCommaAt(text, e - 1)) e--;
  const lead = skipLeadingAdverbial(text, contentStart, e);
  const cs = text[lead] === '"' || text[lead] === '“' ? lead : claimStartBefore(text, contentStart, e);
  if (e - cs < 8) return null;
  if (text[cs] === '"' || text[cs] === '“') return quoteClaim(text, cs, e);
  // ('Roe, 19, who works for X, "has been arrested for 30 days," his lawyer told AFP': a quotation opened after a comma
  // in mid-sentence, right before the frame, is the words the speaker said)
  const close = text[e - 1] === '"' || text[e - 1] === '”' ? e - 1 : -1;
  if (close > cs + 4) {
    const open = Math.max(text.lastIndexOf('“', close - 1), text.lastIndexOf('"', close - 1));
    if (open > cs + 2 && text[open - 2] === ',' && text[open - 1] === ' ' && splitWordCount(text.slice(open + 1, close)) >= 3 && QUOTED_SENTENCE_OR_PREDICATE.test(text.slice(open + 1, open + 12))) return quoteClaim(text, open, e);
  }
  return trimSpan(text, cs, e);
}

/** Content that runs to the sentence end stops where a later attribution's own words begin. */
/** ", said", ", later told": a speech verb after an interjected "according to X" (which then frames no content of its own) */
const SPEECH_VERB_REST = /^[ \t]*,[ \t]*(?:(?:also|later|then|earlier|previously|has|had|have)[ \t]+)?(?:said|says|told|tells|added|adds|stated|wrote|warned|insisted|explained|noted|confirmed|denied|announced|claimed|argued|revealed|admitted)(?![\p{L}])/u;

/** " to CNN", " to the Daily Monitor on Monday night": the medium a thing was confirmed to, perhaps with its time, closing the content */
const TO_MEDIUM_AT_END = /[ \t]+to[ \t]+(?=\S)/gu;
const TIME_TAIL = /^(?:[ \t]+(?:on|late|early|last|this|earlier|in)[ \t]+[\p{L}\d]+(?:[ \t]+(?:morning|afternoon|evening|night))?)?[ \t]*[.,;]?[ \t]*$/u;

/** "Her manager confirmed the death to CNN": the medium a thing was confirmed to is the clause's medium, not part of its content. */
function mediumAfterThingConfirmed(ctx: SentenceContext, clauses: Clause[]): void {
  const { text } = ctx;
  for (const c of clauses) {
    if (c.kind !== 'pre' || !c.claim || c.medium || (c.lemma !== 'confirm' && c.lemma !== 'deny')) continue;
    const body = text.slice(c.claim.start, c.claim.end);
    if (!body.includes(' to ')) continue;
    TO_MEDIUM_AT_END.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TO_MEDIUM_AT_END.exec(body))) {
      // (the thing is a plain noun phrase: "..., according to M" is a frame of its own)
      if (/[,;:"“”]/.test(body.slice(0, m.index))) break;
      const at = c.claim.start + m.index + m[0].length;
      const om = ctx.outletAt(at) ?? ctx.outletAt(at + 4);
      if (!om || (om.start !== at && !/^the[ \t]+$/i.test(text.slice(at, om.start)))) continue;
      if (!TIME_TAIL.test(text.slice(om.end, c.claim.end))) continue;
      c.medium = { start: at, end: om.end };
      c.claim = trimSpan(text, c.claim.start, c.claim.start + m.index);
      break;
    }
  }
}

/** " and the news portal Dalsoor confirmed.": a second subject and its past reporting verb closing the sentence */
const AND_SECOND_FRAME = /^[ \t]+and[ \t]+((?:the[ \t]+)?[^,;:.!?"“”]{1,60}?)[ \t]+(\p{Ll}{3,})(?=[ \t]*[.!?"”]*[ \t]*$)/u;

/**
 * "C, the group announced and the news portal Dalsoor confirmed": two trailing frames joined by "and" over
 * one content; the second frame reports the same content.
 */
function addCoordinatedTrailingFrames(text: string, clauses: Clause[], s1: number): void {
  for (const f of [...clauses]) {
    if (f.kind !== 'post' || !f.claim || !f.subject) continue;
    const end = Math.max(f.cueEnd, f.subject.end);
    const m = AND_SECOND_FRAME.exec(text.slice(end, s1));
    const form = m ? VERB_FORMS.get(m[2] as string) : undefined;
    if (!m || !form || (form.form !== 'past' && form.form !== 'third')) continue;
    const np = m[1] as string;
    const npStart = end + m[0].indexOf(np, m[0].indexOf('and') + 3);
    const cueStart = end + m[0].length - (m[2] as string).length;
    const subject = { start: npStart, end: npStart + np.length };
    // (the scanner may have read the second verb as a frame over everything before it: it takes the first frame's content)
    const read = clauses.find((c) => c.cueStart === cueStart);
    if (read) {
      if (read.kind === 'post') Object.assign(read, { subject, claim: f.claim, frameStart: npStart });
      continue;
    }
    insertInCueOrder(clauses, base('post', form.lemma, m[2] as string, cueStart, cueStart + (m[2] as string).length, { subject, claim: f.claim, frameStart: npStart }));
  }
}

/** A bare noun phrase (no clause of its own) as the content before an interjected frame: "Senior officials", 'Unnamed "insiders"' */
const BARE_NOUN_PHRASE = /^[ \t]*(?:["“]?[\p{L}.'’-]+["”]?[ \t]+){0,4}["“]?[\p{L}.'’-]+(?:,?["”])?[ \t]*,?$/u;
/** A word that makes a clause of the words around it */
const CLAUSE_WORD = /(?<![\p{L}])(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|must|do|does|did|not|that|who|which|\p{Ll}+ed)(?![\p{L}])/u;

/**
 * "Senior officials, the newspaper reported, believe C", 'Unnamed "insiders," the Times said, predict C': a
 * reporting frame set off by commas between a subject and its own speech verb reports that verb; the subject
 * is its speaker, not the frame's content.
 */
function lendInterjectedReporters(text: string, clauses: Clause[]): void {
  for (const f of clauses) {
    if ((f.kind !== 'post' && f.kind !== 'inverted') || !f.claim || !f.subject || f.claim.start >= f.frameStart) continue;
    const frameEnd = Math.max(f.cueEnd, f.subject.end);
    const comma = /^[ \t]*,[ \t]*(?:(?:also|now|still|privately|openly)[ \t]+)?/u.exec(text.slice(frameEnd, frameEnd + 20));
    if (!comma) continue;
    const verb = clauses.find((o) => o !== f && o.kind === 'pre' && o.cueStart === frameEnd + comma[0].length && o.claim);
    const np = text.slice(f.claim.start, f.frameStart);
    if (!verb || !BARE_NOUN_PHRASE.test(np) || CLAUSE_WORD.test(np)) continue;
    // ("Diplomats, Reuters reported, told the paper C": the medium the verb names is the frame's own)
    verb.medium ??= f.subject;
    verb.subject = trimSpan(text, f.claim.start, f.frameStart);
    f.claim = null;
  }
}

/** "S, according to M, said C": the interjected frame's medium and speaker go to the verb right after it. */
function lendInterjectedMedia(clauses: Clause[]): void {
  for (const f of clauses) {
    if (f.kind !== 'frame-only' || !f.speakerBefore || !f.subject) continue;
    const verb = clauses.find((o) => o !== f && o.cueStart > f.subject!.end && o.cueStart - f.subject!.end < 40 && !o.medium);
    if (!verb) continue;
    verb.medium = f.medium;
    // ("The commander, as quoted by Reuters, said": the verb's own subject reader stopped inside the frame)
    if (!verb.subject || verb.subject.start >= f.speakerBefore.end) verb.subject = f.speakerBefore;
  }
}

const TRAILING_FRAME_KINDS: ReadonlySet<ClauseKind> = new Set(['post', 'inverted', 'prep-trail']);

/**
 * "C1, says People, and C2, says the Daily Mail": two trailing frames over one stretch of content; the
 * second frame's content starts after the first frame and the conjunction that follows it.
 */
function startAfterEarlierFrame(text: string, clauses: Clause[]): void {
  for (const c of clauses) {
    if (!c.claim || !TRAILING_FRAME_KINDS.has(c.kind)) continue;
    let after = -1;
    for (const o of clauses) {
      if (o === c || !o.claim || !TRAILING_FRAME_KINDS.has(o.kind) || o.claim.start !== c.claim.start || o.frameStart >= c.frameStart) continue;
      after = Math.max(after, o.cueEnd, o.subject?.end ?? 0, o.medium?.end ?? 0);
    }
    if (after < 0) continue;
    const link = /^[ \t]*,[ \t]*(?:(?:and|but|while|whereas)[ \t]+)?/u.exec(text.slice(after, after + 12));
    if (!link) continue;
    const start = after + link[0].length;
    if (c.frameStart - start >= 12) c.claim = { start, end: c.claim.end };
  }
}

function cutClaims(text: string, clauses: Clause[]): void {
  startAfterEarlierFrame(text, clauses);
  for (const c of clauses) {
    if (!c.claim) continue;
    if (c.kind === 'pre' || c.kind === 'participle' || c.kind === 'prep-lead' || c.kind === 'report-noun') {
      let end = c.claim.end;
      for (const o of clauses) {
        if (o === c) continue;
        if ((o.kind === 'post' || o.kind === 'inverted' || o.kind === 'participle' || o.kind === 'prep-trail') && o.frameStart > c.claim.start && o.frameStart < end) end = o.frameStart;
        // a coordinated clause with its own speaker: '...C1; although a statement insists C2', '... and this was denied by X'
        const oStart = o.kind === 'passive' ? o.frameStart : o.subject?.start ?? -1;
        if ((o.kind === 'pre' || o.kind === 'passive') && oStart > c.claim.start && oStart < end) {
          const between = text.slice(c.claim.start, oStart);
          let cut = -1;
          const re = /;|,\s+(?:and|but|while|although|though|whereas)\s|\s(?:although|though|whereas|but)\s/g;
          let m: RegExpExecArray | null;
          while ((m = re.exec(between))) cut = m.index;
          // ("M reported that C1 and N reported that C2": "and" right before a subject with a cue of its own;
          // "S insisted C1 as a report revealed C2": so does a subordinating conjunction)
          const oClaim = o.kind === 'pre' && o.subject ? o.claim : null;
          const joined = oClaim ? /\s+(?:and|as|while|whereas|even\s+as|just\s+as)\s+$/.exec(between) : null;
          const needsThat = joined ? /^\s+and\s/.test(joined[0]) : false;
          if (joined && oClaim && cut < 0 && (!needsThat || /^(?:that|["“])/.test(text.slice(o.cueEnd, oClaim.start).trim() || text.slice(oClaim.start, oClaim.start + 1)))) cut = joined.index;
          if (cut > 0) end = c.claim.start + cut;
          else if (o.kind === 'passive') end = oStart;
          // "While a report suggests C, officials have told ...": a fronted subordinate clause ends at its comma
          // ("Regarding a report that C, an official said": so does a fronted phrase around a reported noun)
          // (not a parenthetical frame after a conjunction: "... because, they claimed, C2")
          else if (c.subject && /\b(?:while|although|though|whereas|as|because|since|if|when|regarding|amid|after|following|despite|about|on)[ \t]+(?:(?:a|an|the)[ \t]+)?$/i.test(text.slice(Math.max(0, c.subject.start - 14), c.subject.start)) && between.lastIndexOf(',') > 0 &&
              !CONJUNCTION_BEFORE_COMMA.test(between.slice(Math.max(0, between.lastIndexOf(',') - 12), between.lastIndexOf(',')))) {
            end = c.claim.start + between.lastIndexOf(',');
          }
        }
      }
      // "S wrote C1 and noted: C2": a second cue coordinated with the same subject ends C1
      for (const o of clauses) {
        if (o === c || o.kind !== 'pre' || !o.subject || o.subject.start >= c.claim.start) continue;
        if (o.cueStart <= c.claim.start || o.cueStart >= end) continue;
        const m = /,?\s+(?:and|but)\s+(?:(?:also|then|later)\s+)?$/.exec(text.slice(Math.max(c.claim.start, o.cueStart - 30), o.cueStart));
        if (m) end = o.cueStart - m[0].length;
      }
      // "calls in which officials said C, and also tapped ...": the relative clause's content ends where the main predicate resumes
      if (c.subject && /\b(?:which|whom)[ \t]+$/i.test(text.slice(Math.max(0, c.subject.start - 12), c.subject.start))) {
        const resumed = /,[ \t]+and[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?\p{Ll}+ed[ \t]/u.exec(text.slice(c.claim.start, end));
        if (resumed && resumed.index >= 12) end = c.claim.start + resumed.index;
      }
      // "its story, which claimed that C, is true": the relative clause's content ends where its head's own predicate starts
      if (/,[ \t]*(?:which|who)[ \t]+(?:also[ \t]+|had[ \t]+|has[ \t]+)?$/i.test(text.slice(Math.max(0, c.cueStart - 16), c.cueStart))) {
        const predicate = /,[ \t]+(?:is|was|are|were|has|have|had|will|would|remains|remained|could|can|may|might|must|should)(?![\p{L}])/u.exec(text.slice(c.claim.start, end));
        if (predicate && predicate.index >= 12 && quotesBalanced(text.slice(c.claim.start, c.claim.start + predicate.index))) end = c.claim.start + predicate.index;
      }
      // "have begun to suggest that C and to advocate ...": the second infinitive continues the catenative, not the content
      if (INFINITIVE_CUE_END.test(c.cue)) {
        const second = /[ \t]+and[ \t]+to[ \t]+\p{Ll}/u.exec(text.slice(c.claim.start, end));
        if (second && second.index >= 12) end = c.claim.start + second.index;
      }
      // narrator's asides: "..., in what would have been its second launch"
      const aside = /,\s+in (?:what|a move|a sign|a bid|a step)\s/.exec(text.slice(c.claim.start, end));
      if (aside) end = c.claim.start + aside.index;
      // the narrator's adjuncts after the content: ", describing ...", "and demanding that ...", "amid concerns ..."
      const adjunct = ADJUNCT_AFTER_CLAIM.exec(text.slice(c.claim.start, end));
      // ("the city, having lost its employer, needed help": a participle set off inside the clause, whose predicate goes on)
      const inside = adjunct && adjunct[0].startsWith(', having') && PREDICATE_AFTER_ASIDE.test(text.slice(c.claim.start + adjunct.index + adjunct[0].length, end));
      if (adjunct && !inside && adjunct.index >= 12 && quotesBalanced(text.slice(c.claim.start, c.claim.start + adjunct.index))) end = c.claim.start + adjunct.index;
      // "S said C, but critics see it as ...", "..., but he declined to ...": the narrator's turn to another stance
      // "... from protests on Friday, the first day of unrest since ...": the narrator's appositive to the day ends the content
      const dayAside = COMMA_THE.test(text.slice(c.claim.start, end)) ? DAY_APPOSITIVE.exec(text.slice(c.claim.start, end)) : null;
      if (dayAside && dayAside.index >= 12 && quotesBalanced(text.slice(c.claim.start, c.claim.start + dayAside.index))) end = c.claim.start + dayAside.index;
      const turn = NARRATOR_TURN.exec(text.slice(c.claim.start, end));
      if (turn && turn.index >= 12 && quotesBalanced(text.slice(c.claim.start, c.claim.start + turn.index))) end = c.claim.start + turn.index;
      // a free-standing ", citing X" or "(as) per X" after the content ends it too
      const tail = text.slice(c.claim.start, end);
      // (run only on a tail holding one of its words)
      const cut = SOURCE_CUT_WORDS.test(tail) &&
        /,\s*(?:citing|quoting)\s|\s+(?:citing|quoting)\s+(?=(?:sources|people|officials|unnamed|anonymous|senior|government|diplomatic|security|military|police|two|three|four|several)\b)|\s+as per\s|,\s*(?:he|she|they|it) (?:said|added|says)\b/.exec(tail);
      if (cut) end = c.claim.start + cut.index;
      // "C, per a statement to Politico.": the medium that carried it, not part of the claim
      const per = /,\s*(?:per|via|(?:as\s+)?(?:quoted|cited|carried)\s+by|in\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|interview|post|remarks|comments|message|letter|dispatch)\s+(?:carried|published|released|quoted|cited|aired|broadcast)\s+by)\s+(?:(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|interview|post|remarks|comments|email|e-mail|letter|memo)\s+(?:to|with|in|from)\s+)?([^,;]{2,60}?)[\s.]*$/u.exec(text.slice(c.claim.start, end));
      if (per) {
        if (!c.medium) {
          const np = per[1] as string;
          const st = c.claim.start + per.index + per[0].lastIndexOf(np);
          c.medium = { start: st, end: st + np.length };
        }
        end = c.claim.start + per.index;
      }
      // "said C in a statement posted on its website": the setting after the content is not part of it
      const setting = tail.includes(' in ') ? TRAILING_STATEMENT_SETTING.exec(text.slice(c.claim.start, end)) : null;
      if (setting && setting.index >= 12 && quotesBalanced(text.slice(c.claim.start, c.claim.start + setting.index))) {
        // ("in an interview with the BBC": the medium the setting names)
        // ("in the Folha interview", "in a CNN op-ed": or the medium that modifies the work)
        const named = TRAILING_SETTING_MEDIUM.exec(setting[0]) ?? TRAILING_SETTING_MODIFIER.exec(setting[0]);
        if (named && !c.medium) {
          const st = c.claim.start + setting.index + named.index + named[0].indexOf(named[1] as string);
          c.medium = trimSpan(text, st, st + (named[1] as string).length);
        }
        end = c.claim.start + setting.index;
      }
      // "said C while speaking with TMZ on his way home": the setting names the medium and ends the claim
      const speaking = SPEAKING_WITH_AFTER.exec(text.slice(c.claim.start, end));
      if (speaking && speaking.index >= 8) {
        if (!c.medium) {
          const np = speaking[1] as string;
          const st = c.claim.start + speaking.index + speaking[0].lastIndexOf(np);
          c.medium = { start: st, end: st + np.length };
        }
        end = c.claim.start + speaking.index;
      }
      c.claim = trimClaim(text, c.claim.start, end);
    }
  }
}

function quotesBalanced(s: string): boolean {
  let straight = 0;
  let open = 0;
  for (const ch of s) {
    if (ch === '"') straight++;
    else if (ch === '“') open++;
    else if (ch === '”') open--;
  }
  return straight % 2 === 0 && open === 0;
}

export function trimClaim(text: string, start: number, end: number): Span {
  if (text[start] === '"' || text[start] === '“') return quoteClaim(text, start, end);
  const s = trimSpan(text, start, end);
  // drop an unmatched closing quote at the end
  const body = text.slice(s.start, s.end);
  if (/[”"]$/.test(body)) {
    const opens = (body.match(/[“"]/g) ?? []).length;
    const closes = (body.match(/[”"]/g) ?? []).length;
    if ((body.match(/"/g) ?? []).length % 2 === 1 || closes > opens - (body.match(/"/g) ?? []).length) {
      if (!body.includes('“') && (body.match(/"/g) ?? []).length % 2 === 1) return trimSpan(text, s.start, s.end - 1);
    }
  }
  return s;
}

/** A preposition, an owner's possessive, a statement noun, an optional day, then "that". */
const OWNED_STATEMENT_THAT = /(?:^|[ \t,])(?:after|following|amid|despite|over|about|on|with|by|of|to)[ \t]+((?:the[ \t]+)?(?:\p{Lu}[\p{L}.'’-]*[ \t]+){0,3}\p{Lu}[\p{L}.-]*|the[ \t]+(?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+?)['’]s?[ \t]+((?:(?:latest|recent|earlier|public|repeated|previous|own|first|initial)[ \t]+)?(?:remarks|comments|statement|statements|claim|claims|announcement|assertion|assertions|insistence|admission|warning|warnings|pledge|promise|suggestion|declaration|argument))(?:[ \t]+(?:(?:on|last|this|earlier)[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|today|yesterday))?[ \t]+that[ \t]+/u;

/** "after the president's remarks on Wednesday that C": the owner says C (pushed to out unless another clause holds it). */
function ownedStatement(text: string, from: number, to: number, out: Clause[]): void {
  const seg = text.slice(from, to);
  // (the regex only on a sentence holding a possessive and "that"; the possessive first: an includes whose first character
  // is a space stops at every space, one that starts with an apostrophe is quick)
  if ((!seg.includes("'s ") && !seg.includes('’s ')) || !seg.includes(' that ')) return;
  const m = OWNED_STATEMENT_THAT.exec(seg);
  if (!m) return;
  const ownerAt = from + m.index + m[0].indexOf(m[1] as string);
  const nounAt = ownerAt + m[0].slice(m[0].indexOf(m[1] as string)).indexOf(m[2] as string);
  const claimAt = from + m.index + m[0].length;
  if (to - claimAt < 8) return;
  // (inside another clause's content, or holding another cue, it is that clause's wording)
  if (out.some((c) => (c.cueStart >= ownerAt && c.cueStart < to) || (c.claim && c.claim.start <= ownerAt && c.claim.end > ownerAt))) return;
  out.push(base('pre', 'remark', m[2] as string, nounAt, nounAt + (m[2] as string).length, { subject: { start: ownerAt, end: ownerAt + (m[1] as string).length }, claim: trimClaim(text, claimAt, to), frameStart: from + m.index }));
}

function base(kind: ClauseKind, lemma: string, cue: string, cueStart: number, cueEnd: number, rest: Partial<Clause>): Clause {
  return {
    kind, lemma, cue: cue.trim(), cueStart, cueEnd,
    subject: null, medium: null, citing: null, claim: null, frameStart: cueStart, dateText: null,
    inheritFrom: null, relation: null, quoteFromPrevious: false, claimIsPrevious: false,
    ...rest,
  };
}

// A medium established earlier in the discourse that carries to a later attribution which names none.
// Only cues that tie the speaker to that medium carry it: a definite anaphor of the medium's own
// unnamed source ("the source", "the official", "this person"), a source the medium's journalist
// cited ("the official Roe cited"), the medium's own staff ("the anchor"), a statement given to a
// medium in the sentence before ("S released a statement to M. '...,' the statement reads"), and a
// passage the article quotes from a medium's report ("a couple of quotes from the article: ...").
// A speaker who speaks again in a later paragraph, or after someone else has spoken, keeps no medium:
// that is how the annotated sets mostly read ("S told AFP C1. ... S said C2" gives C2 no outlet); in the
// same paragraph, with nobody speaking in between, the medium carries ("S told AFP C1. 'C2,' S said"). A person
// a medium quoted is different when the text goes on with a pronoun or the same description: the
// medium is the reporter of what that person says next ("M quoted the woman as saying C1. '...,' she
// said" is still M's quotation).
const QUOTED_BY_MEDIUM = /\b(?:quot|cit)(?:ed|es|ing|e)\b/i;
import { isSpaceAt } from './chars.js';
import { isCommonWord } from './lexicon/common-words.js';
import type { Span } from './sentences.js';
import type { Attribution } from './types.js';

export interface DiscourseScene {
  text: string;
  sentences: readonly Span[];
  records: readonly Attribution[];
  /** record index -> index of its sentence */
  recordSentence: ReadonlyMap<number, number>;
  /** the medium a noun phrase at pos names or refers back to ("the paper", "Bloomberg", a journalist's surname) */
  mediumOf(np: string, pos: number, sentenceIdx: number): string | null;
  /** the medium last named before pos, within a few paragraphs */
  mediumBefore(pos: number): string | null;
}

export interface CarryQuery {
  speaker: string;
  subject: Span | null;
  claim: Span;
  /** the reporting words as written ("wrote", "said in a statement") */
  cue: string;
  sentenceIdx: number;
}

export interface Carried {
  outlet: string;
  mention: string | null;
}

/** "the source", "these officials", "this person", "two of the people", "the Saudi Foreign Ministry source", "the U.S. officials": a source introduced before */
// ("the source at the Quds Military Hospital", "the official close to the regime": perhaps with where or whose the source is)
const SOURCE_ANAPHOR = /^(?:the|this|that|these|those|both|one of the|two of the)\s+(?:[\p{L}.-]+\s+){0,3}?(sources?|officials?|person|people|insiders?|diplomats?|aides?)(?:\s+(?:(?:at|in|from|inside|within)\s+(?:the\s+)?\p{Lu}[^,;:]{1,60}|close\s+to\s+[^,;:]{2,60}))?$/iu;
/** an unnamed source as a record's speaker */
const UNNAMED_SOURCE = /\b(?:sources?|officials?|people|person|insiders?|diplomats?|aides?)\b/i;
/** "Sources gave the Lebanese channel more details", "an official told the newspaper": a medium's source in narration */
const SOURCE_TO_MEDIUM = /\b(?:sources?|officials?|insiders?|people familiar with [\p{L} ]{2,30}?)\s+(?:had\s+|have\s+|has\s+)?(?:gave|told|provided|briefed|confirmed\s+to)\s+((?:the\s+)?[^,.;:]{2,60}?)(?=\s*[,.;:]|\s+(?:more|further|new|additional|details|that|about|on|with)\b)/giu;
/** "The US official Roe cited", "sources the paper quoted": a source as the one who reported it cited it */
const CITED_BY = /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome)\s+(?:[\p{L}-]+\s+){0,3}?(?:sources?|officials?|person|people|insiders?|diplomats?|aides?|experts?|witness(?:es)?)\s+(?:whom\s+|that\s+)?((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|the\s+(?:paper|newspaper|report|agency|outlet|network|broadcaster|channel|daily|magazine|site|website)|it)\s+(?:had\s+)?(?:cited|quoted|interviewed|spoke\s+(?:to|with))$/u;
/** "the anchor", "their correspondent", "the voice-over of the anchor in the clip": a medium's own staff */
const STAFF = /^(?:the|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:of\s+(?:the|their|its)\s+)?(anchor|correspondent|presenter|newsreader|newscaster|reporter)s?\b/iu;
/** "The couple released a formal statement to AP." */
const STATEMENT_TO = /\b(?:released|issued|gave|sent|provided|emailed)\s+(?:a|an|the|their|its|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|comments?|response)\s+to\s+((?:the\s+)?[^,.;:]{2,50}?)(?=\s*[,.;:]|\s+(?:about|on|in|regarding|over|after|that)\b|\s*$)/u;
/** the speaker of a statement just introduced: the statement itself, a pronoun or a definite description */
const STATEMENT_SPEAKER = /^(?:[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?\p{Ll}[\p{L}-]*|[Ii]t|[Tt]hey|[Hh]e|[Ss]he)$/u;
/** "a couple of quotes from the article:", "tidbits in the report ... :" — a passage quoted from a medium's report */
const QUOTED_REPORT = /\b(?:in|from)\s+(?:the|that|this|their|its)\s+(?:[\p{L}-]+\s+)?(?:article|report|story|piece|interview|feature|profile)\b/iu;
/** "internal emails obtained by M", "documents seen by M": writings a medium holds */
const OBTAINED_WRITINGS = /\b(?:e-?mails?|documents?|memos?|letters?|messages?|texts?|files?|minutes|transcripts?|notes?)\b[^.;]{0,40}?\b(?:obtained|seen|reviewed|viewed|acquired)\s+by\b/iu;
/** a written statement; one posted on a platform or blog is the writer's own */
const WROTE = /^wr(?:ote|ites|iting)\b/i;
const POSTED = /\b(?:on|in)\s+(?:Twitter|X|Facebook|Instagram|Telegram|LinkedIn|social media|a (?:post|tweet|blog)|(?:his|her|their) (?:blog|column|book))\b/u;
/** a narrator's own sentence ends a quoted passage */
const NARRATOR = /^(?:I|I['’](?:ve|m|ll|d)|We|We['’](?:ve|re|ll)|Our|My)\b/u;

export const headOf = (noun: string): string => noun.toLowerCase().replace(/(?:ie)?s$/, '').replace(/^peop$/, 'people');

/** The medium an earlier sentence ties this speaker to, or null. */
export function carriedOutlet(scene: DiscourseScene, q: CarryQuery): Carried | null {
  const { speaker } = q;
  const subjectText = q.subject ? scene.text.slice(q.subject.start, q.subject.end).trim() : speaker;
  // ("they say" resolved to "the sources" is a pronoun's guess, not the text referring back to a source)
  const pronoun = /^(?:they|them|he|she|him|her|it)$/i.test(subjectText);
  const source = pronoun ? null : SOURCE_ANAPHOR.exec(speaker);
  if (source) return sourceOutlet(scene, q, source[1] as string);
  // "Two sources said C2", "The third source said C3" after "three sources told Reuters C1": some of those sources
  const subset = pronoun ? null : SUBSET_OF_SOURCES.exec(speaker);
  if (subset) return subsetOutlet(scene, q, subset[1] as string, subset[2] as string);
  // "the spokesperson said" after "a spokesperson told The Hill"; "According to diplomats" after "M quoted two diplomats"
  const described = pronoun ? null : DESCRIBED_SOURCE.exec(speaker) ?? BARE_SOURCE.exec(speaker);
  if (described) {
    const carried = describedSourceOutlet(scene, q, described[1] as string, !/^the\s/i.test(speaker));
    if (carried || !INDEFINITE_SOURCES.test(speaker)) return carried;
  }
  // "A source said C2", "senior intelligence sources say C2" after "Sources tell CBC News C1"
  if (!pronoun && INDEFINITE_SOURCES.test(speaker)) return sourcesOfMediumOutlet(scene, q);
  // "the doctor said" after "A doctor in Mosul told Al Jazeera that C"
  const person = pronoun ? null : THE_PERSON.exec(speaker);
  if (person) {
    const carried = introducedPersonOutlet(scene, q, person[1] as string);
    if (carried) return carried;
  }
  const cited = pronoun ? null : CITED_BY.exec(speaker);
  if (cited) {
    const np = cited[1] as string;
    const at = q.subject ?? q.claim;
    const outlet = scene.mediumOf(np, at.start + Math.max(0, scene.text.slice(at.start, at.end).indexOf(np)), q.sentenceIdx) ?? reporterOutlet(scene, np);
    if (outlet) return { outlet, mention: null };
  }
  const staff = pronoun ? null : STAFF.exec(subjectText) ?? STAFF.exec(speaker);
  if (staff) return staffOutlet(scene, q, staff[1] as string);
  return statementOutlet(scene, q) ?? quotedReportOutlet(scene, q) ?? obtainedWritingOutlet(scene, q) ?? quotedPersonOutlet(scene, q, subjectText) ??
    namedSpeakerInParagraph(scene, q, subjectText);
}

/** A name, or he/she: what may refer again to a named person who spoke just before. */
const NAME_OR_PERSONAL_PRONOUN = /^(?:(?:he|she|He|She)|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u;
/** A speaker named by a person's name, perhaps after a title: "Anil Mehta", "farmer leader Anil Mehta". */
const PERSON_NAME = /(?:^|\s)\p{Lu}[\p{L}'’.-]*\s+\p{Lu}[\p{L}'’.-]*$|^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * "S told AFP C1. 'C2,' S said." in the same paragraph, with nobody else speaking in between: the medium S was
 * speaking to carries (in the annotated sets 25 such statements kept it and 8 did not; a statement in a later
 * paragraph, or after another speaker, mostly did not).
 */
function namedSpeakerInParagraph(scene: DiscourseScene, q: CarryQuery, subjectText: string): Carried | null {
  // ("according to Nichols": a source named by the narrator, not the person speaking on)
  if (!NAME_OR_PERSONAL_PRONOUN.test(subjectText) || /^according/i.test(q.cue)) return null;
  const at = Math.min(q.claim.start, q.subject?.start ?? q.claim.start);
  for (let i = scene.records.length - 1; i >= Math.max(0, scene.records.length - 4); i--) {
    const r = scene.records[i] as Attribution;
    // (a record after this one's start is a frame inside it, not an earlier statement)
    if (r.claimStart >= at && r.sentenceStart >= at) continue;
    if (!r.speaker || !r.outlet) return null;
    // ("Analysts told AP C1. Analysts stated C2": a common noun opening a sentence is no name)
    if (!sameSurname(q.speaker, r.speaker) || !PERSON_NAME.test(r.speaker) || UNNAMED_SOURCE.test(r.speaker) || isCommonWord(r.speaker.toLowerCase())) return null;
    const from = Math.min(r.sentenceStart, r.claimStart);
    return scene.text.slice(from, at).includes('\n') ? null : { outlet: r.outlet, mention: null };
  }
  return null;
}

/** "A police official", "an aide", "one resident": a person described, not named */
const UNNAMED_DESCRIPTION = /^(?:[Aa]n?|[Oo]ne)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*$/u;
/** A description: "the spokesman", "the minister". */
const THE_THEN_LOWERCASE = /^the\s+\p{Ll}/u;

/**
 * Whether a subject continues the words of an earlier record's speaker: he/she for one person, or the
 * same description again ("the woman"). A name said again opens a statement of its own (the annotated
 * sets give "S was quoted by M as saying C1. S said C2" no outlet for C2).
 */
function continuesSpeaker(subject: string, speaker: string): boolean {
  const a = subject.toLowerCase();
  const b = speaker.toLowerCase().replace(/^(?:the|a|an)\s+/, '');
  // ("A police official told PTI C1. '...,' he said": one unnamed person too; not "officials", "sources")
  if (/^(?:he|she|him|her)$/.test(a)) return !/^(?:they|them|it|we)$/.test(b) && !/s$/.test(b) && !/\bpeople\b/.test(b);
  return THE_THEN_LOWERCASE.test(subject) && a.slice(4) === b;
}

/** "M quoted the woman as saying C1. '...,' she said C2": the medium that quoted this person in the sentences just before. */
function quotedPersonOutlet(scene: DiscourseScene, q: CarryQuery, subjectText: string): Carried | null {
  let window = firstSentence(scene, q);
  for (let i = scene.records.length - 1; i >= Math.max(0, scene.records.length - 6); i--) {
    const r = scene.records[i] as Attribution;
    const at = scene.recordSentence.get(i) ?? -100;
    if (window - at > 2) return null;
    if (!r.speaker) continue;
    if (continuesSpeaker(subjectText, r.speaker)) {
      // ("He said C" where "he" was resolved to someone else than the last speaker: a new speaker, no carried medium)
      if (q.speaker !== subjectText && !sameSurname(q.speaker, r.speaker)) return null;
      // the person's last words carried a medium: one that quoted them, or one carried on from such a quotation
      // (or an unnamed person the medium spoke to: "A police official told PTI C1. '...,' he said")
      return r.outlet && (QUOTED_BY_MEDIUM.test(r.cue) || r.outletMention === null || UNNAMED_DESCRIPTION.test(r.speaker)) ? { outlet: r.outlet, mention: null } : null;
    }
    // ("M quoted the woman as saying C1. '...,' she said. According to the woman, C3": the chain goes on through its pronouns)
    if (/^(?:he|she)$/i.test(r.speaker) && r.outlet && r.outletMention === null) window = at;
  }
  return null;
}

/** "Robert Mugabe" and "Mugabe": the same last word */
function sameSurname(a: string, b: string): boolean {
  return a.slice(a.lastIndexOf(' ') + 1).toLowerCase() === b.slice(b.lastIndexOf(' ') + 1).toLowerCase();
}

/** "Bergman" after "Writing for the Post, correspondent Jane Bergman said C": the medium that person reported for. */
function reporterOutlet(scene: DiscourseScene, name: string): string | null {
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  if (!/^\p{Lu}/u.test(surname)) return null;
  for (let i = scene.records.length - 1; i >= 0; i--) {
    const r = scene.records[i] as Attribution;
    if (r.outlet && r.speaker && (r.speaker === surname || r.speaker.endsWith(' ' + surname))) return r.outlet;
  }
  return null;
}

/** The sentence index holding the start of the attribution (its subject or its claim, whichever comes first). */
function firstSentence(scene: DiscourseScene, q: CarryQuery): number {
  const at = Math.min(q.claim.start, q.subject?.start ?? q.claim.start);
  let k = q.sentenceIdx;
  while (k > 0 && (scene.sentences[k] as Span).start > at) k--;
  return k;
}

/** The records from sentence k on, with their sentence index (the last few records only). */
function recordsFrom(scene: DiscourseScene, k: number): { sentence: number; speaker: string | null }[] {
  const out: { sentence: number; speaker: string | null }[] = [];
  for (let i = scene.records.length - 1; i >= 0; i--) {
    const sentence = scene.recordSentence.get(i) ?? -1;
    if (sentence < k) break;
    out.push({ sentence, speaker: (scene.records[i] as Attribution).speaker });
  }
  return out;
}

/** "the source said": the medium of the source it refers back to. */
function sourceOutlet(scene: DiscourseScene, q: CarryQuery, noun: string): Carried | null {
  const first = firstSentence(scene, q);
  // a source given to a medium in the narration just before: "Sources gave the channel details. The sources said C"
  // (narration only: a sentence with an attribution of its own, or an unnamed source speaking since, comes first)
  for (let k = first - 1; k >= Math.max(0, first - 2); k--) {
    const since = recordsFrom(scene, k);
    if (since.some((r) => r.sentence === k) || since.some((r) => r.speaker && UNNAMED_SOURCE.test(r.speaker))) continue;
    const s = scene.sentences[k] as Span;
    const body = scene.text.slice(s.start, s.end);
    if (!/\b(?:gave|told|provided|briefed|confirmed)\b/.test(body)) continue;
    SOURCE_TO_MEDIUM.lastIndex = 0;
    let m: RegExpExecArray | null;
    let found: string | null = null;
    while ((m = SOURCE_TO_MEDIUM.exec(body))) {
      const np = m[1] as string;
      found = scene.mediumOf(np, s.start + m.index + m[0].lastIndexOf(np), k) ?? found;
    }
    if (found) return { outlet: found, mention: null };
  }
  // the last record whose speaker has the same head ("the official" -> "a senior official"), else the last unnamed source
  const head = headOf(noun);
  let unnamed: Attribution | null = null;
  for (let i = scene.records.length - 1; i >= Math.max(0, scene.records.length - 8); i--) {
    const r = scene.records[i] as Attribution;
    if (first - (scene.recordSentence.get(i) ?? -100) > 8) break;
    const sp = r.speaker;
    // ("NBC News says a senior official responded ... the official said C": a medium's claim that opens with the source)
    if (!sp) { if (r.outlet && introducedIn(r.claim, head)) return { outlet: r.outlet, mention: null }; continue; }
    const words = sp.toLowerCase().split(/[^\p{L}-]+/u).map(headOf);
    if (words.includes(head)) return r.outlet ? { outlet: r.outlet, mention: null } : null;
    if (!unnamed && UNNAMED_SOURCE.test(sp) && first - (scene.recordSentence.get(i) ?? -100) <= 6) unnamed = r;
  }
  return unnamed?.outlet ? { outlet: unnamed.outlet, mention: null } : null;
}

/** "two sources", "the third source", "another official": a count or rank of sources (1), and their noun (2) */
const SUBSET_OF_SOURCES = /^(one|two|three|four|five|another|a\s+third|a\s+fourth|the\s+(?:first|second|third|fourth|fifth|other))\s+(?:of\s+the\s+)?(?:[\p{L}.-]+\s+){0,2}?(sources?|officials?|people|person|insiders?|diplomats?|bankers?|analysts?|traders?|executives?|witness(?:es)?|residents?|investors?|lawyers?)$/iu;
const COUNT_WORDS = new Map([['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10]]);
const RANK_WORDS = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['other', 2], ['another', 2]]);
/**
 * The medium of the sources a subset is taken from: the last record in the sentences just before whose speaker
 * counts more of the same sources ("three sources related to the matter told Reuters" for "two sources", "the third source").
 */
function subsetOutlet(scene: DiscourseScene, q: CarryQuery, part: string, noun: string): Carried | null {
  const words = part.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] as string;
  const needed = COUNT_WORDS.get(last) ?? RANK_WORDS.get(last) ?? 2;
  const head = headOf(noun);
  const first = firstSentence(scene, q);
  for (let i = scene.records.length - 1; i >= Math.max(0, scene.records.length - 8); i--) {
    const r = scene.records[i] as Attribution;
    if (first - (scene.recordSentence.get(i) ?? -100) > 6) break;
    const sp = r.speaker?.toLowerCase().split(/[^\p{L}-]+/u) ?? [];
    if (!sp.map(headOf).includes(head)) continue;
    const count = sp.map((w) => COUNT_WORDS.get(w) ?? 0).find((n) => n > 0) ?? 0;
    // (sources not counted, "Sources told M", may be any number)
    const enough = count === 0 ? sp.some((w) => headOf(w) === head && w !== head) : count > 1 && count >= needed;
    return r.outlet && enough ? { outlet: r.outlet, mention: null } : null;
  }
  return null;
}

/** "a source", "Sources", "senior intelligence sources": unnamed sources described by common words only */
const INDEFINITE_SOURCES = /^(?:(?:[Aa]n?|[Ss]ome|[Ss]everal|[Oo]ther)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(?:[Ss]ources?)$/u;

/**
 * The medium that named its unnamed sources last, when the records since then name no other medium and no unnamed
 * source spoke without one: "Sources tell CBC News C1. ... In an interview with CBC News, S said C2. ... A source
 * said C3" keeps CBC News for C3. Sources who speak after another medium's report may be anyone's.
 */
/** Unnamed sources a medium cites: "sources", "people familiar with the matter", "a person briefed on the talks", "insiders". */
const UNNAMED_SOURCES_OF_MEDIUM = /\bsources?\b|\b(?:people|persons?)\s+(?:familiar|with\s+knowledge|close|briefed|aware|involved)\b|\binsiders?\b/i;
function sourcesOfMediumOutlet(scene: DiscourseScene, q: CarryQuery): Carried | null {
  // (the distance counts from the latest record of the medium: each one keeps its sources in the discourse)
  let last = firstSentence(scene, q);
  let medium: string | null = null;
  for (let i = scene.records.length - 1; i >= Math.max(0, scene.records.length - 10); i--) {
    const r = scene.records[i] as Attribution;
    const at = scene.recordSentence.get(i) ?? -100;
    if (last - at > 6) break;
    if (at === q.sentenceIdx && r.claimStart >= q.claim.start) continue;
    // ("citing people familiar with the matter" ... "sources said": unnamed sources by another name)
    const unnamed = !!r.speaker && UNNAMED_SOURCES_OF_MEDIUM.test(r.speaker);
    if (!r.outlet) {
      if (r.speaker && UNNAMED_SOURCE.test(r.speaker)) return null;
      continue;
    }
    if (medium && r.outlet !== medium) return null;
    medium = r.outlet;
    last = at;
    // (sources the medium was carried to stand for the ones it named: look further back for those)
    if (unnamed && r.outletMention) return { outlet: medium, mention: null };
  }
  return null;
}

/** "the spokesperson", "the officer": an unnamed person described by their office, referred back to */
const DESCRIBED_SOURCE = /^the\s+(spokes(?:man|woman|person)|officer|representative)$/iu;
const IRREGULAR_PLURAL: Record<string, string> = { spokesman: 'spokesmen', spokeswoman: 'spokeswomen', spokesperson: 'spokespeople' };
/** "officials", "diplomats": a bare plural of sources, as in "According to diplomats" */
const BARE_SOURCE = /^(sources|officials|diplomats|insiders|aides)$/iu;

/**
 * The medium of the record that introduced this described source in the sentences just before: its speaker
 * has the head noun ("A State Department spokesperson told The Hill"), its frame has it ("A spokesman for
 * Acme told Bloomberg"), or the medium's claim opens with it ("NBC News says a senior official responded").
 * Only that record counts: a description that matches none names someone new.
 */
function describedSourceOutlet(scene: DiscourseScene, q: CarryQuery, noun: string, bare: boolean): Carried | null {
  const head = headOf(noun);
  const word = new RegExp(String.raw`(?:^|[^\p{L}])(?:${head}s?|${IRREGULAR_PLURAL[head] ?? head})(?![\p{L}])`, 'iu');
  return introducingRecordOutlet(scene, q, bare ? 2 : 3, (r) => {
    const frame = r.claimStart > r.sentenceStart ? scene.text.slice(r.sentenceStart, r.claimStart) : scene.text.slice(r.claimEnd, r.sentenceEnd);
    return r.speaker ? word.test(r.speaker) || (!bare && word.test(frame)) : !bare && introducedIn(r.claim, head);
  });
}

/** "the doctor", "the witness", "the local resident": a person described by one noun, perhaps after a modifier */
const THE_PERSON = /^the\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}[\p{Ll}-]{2,})$/u;
/** "A doctor in Mosul", "a witness, who", "one resident": an indefinite description and its head noun (1) */
const INDEFINITE_PERSON = /^(?:[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]{2,})(?=\s+(?:in|at|from|of|near|on|with|who|whose)\s|\s*[,(]|$)/u;

/**
 * The medium of a record in the sentences just before whose speaker introduced this person by the same
 * noun ("A doctor in Mosul told Al Jazeera C1. '...,' the doctor said"): the medium's unnamed source,
 * referred back to, still speaks through it.
 */
function introducedPersonOutlet(scene: DiscourseScene, q: CarryQuery, noun: string): Carried | null {
  return introducingRecordOutlet(scene, q, 3, (r) => INDEFINITE_PERSON.exec(r.speaker ?? '')?.[1] === noun);
}

/**
 * The medium of the latest of the last few records, within `sentencesBack` sentences and before this claim, that
 * introduced the speaker (`introduces`); null when that record has none or no record did.
 */
function introducingRecordOutlet(scene: DiscourseScene, q: CarryQuery, sentencesBack: number, introduces: (r: Attribution) => boolean): Carried | null {
  const first = firstSentence(scene, q);
  for (let i = scene.records.length - 1; i >= Math.max(0, scene.records.length - 6); i--) {
    const r = scene.records[i] as Attribution;
    const at = scene.recordSentence.get(i) ?? -100;
    if (first - at > sentencesBack) break;
    if (at === q.sentenceIdx && r.claimStart >= q.claim.start) continue;
    if (introduces(r)) return r.outlet ? { outlet: r.outlet, mention: null } : null;
  }
  return null;
}

/** Whether a claim opens with an indefinite source of that head: "a senior administration official responded ...". */
export function introducedIn(claim: string, head: string): boolean {
  const opening = INDEFINITE_OPENING.exec(claim);
  return !!opening && headOf(opening[1] as string) === head;
}
const INDEFINITE_OPENING = /^(?:a|an|one|two|three|several|some)\s+(?:[\p{L}-]+\s+){0,3}?(sources?|officials?|person|people|insiders?|diplomats?|aides?|spokes(?:man|woman|person)|officers?|representatives?)(?![\p{L}])/iu;

/** "the anchor said": the medium whose staff it is — the one named last, unless that staff member spoke before with none. */
function staffOutlet(scene: DiscourseScene, q: CarryQuery, noun: string): Carried | null {
  const head = headOf(noun);
  for (let i = scene.records.length - 1; i >= Math.max(0, scene.records.length - 8); i--) {
    const r = scene.records[i] as Attribution;
    if (r.speaker && r.speaker.toLowerCase().split(/[^\p{L}-]+/u).map(headOf).includes(head)) return r.outlet ? { outlet: r.outlet, mention: null } : null;
  }
  const outlet = scene.mediumBefore((q.subject ?? q.claim).start);
  return outlet ? { outlet, mention: null } : null;
}

/** "S released a statement to M. '...,' the statement reads": the medium the statement was given to. */
function statementOutlet(scene: DiscourseScene, q: CarryQuery): Carried | null {
  if (!STATEMENT_SPEAKER.test(q.speaker)) return null;
  const k = firstSentence(scene, q) - 1;
  if (k < 0) return null;
  const s = scene.sentences[k] as Span;
  // (a sentence with an attribution of its own is not the frame of the next one)
  if (recordsFrom(scene, k).some((r) => r.sentence === k)) return null;
  const m = STATEMENT_TO.exec(scene.text.slice(s.start, s.end));
  if (!m) return null;
  const np = m[1] as string;
  const outlet = scene.mediumOf(np, s.start + m.index + m[0].lastIndexOf(np), k);
  return outlet ? { outlet, mention: null } : null;
}

/** Attributions inside a passage the article quotes from a medium's report, up to the narrator's next own sentence. */
function quotedReportOutlet(scene: DiscourseScene, q: CarryQuery): Carried | null {
  const first = firstSentence(scene, q);
  for (let k = first - 1; k >= Math.max(0, first - 8); k--) {
    const s = scene.sentences[k] as Span;
    // (the sentence's end without its trailing white space, as trimEnd would cut it, found without a copy;
    // NARRATOR only runs on a sentence that starts with its first letters: I, W, O, M)
    let end = s.end;
    while (end > s.start && isSpaceAt(scene.text, end - 1)) end--;
    const lead = scene.text.charCodeAt(s.start);
    if (end > s.start && (lead === 73 || lead === 87 || lead === 79 || lead === 77) && NARRATOR.test(scene.text.slice(s.start, end))) return null;
    if (end === s.start || scene.text.charCodeAt(end - 1) !== 58) continue;
    const body = scene.text.slice(s.start, end);
    const m = QUOTED_REPORT.exec(body);
    if (!m) return null;
    const outlet = scene.mediumBefore(s.start + m.index);
    return outlet ? { outlet, mention: null } : null;
  }
  return null;
}

/** "according to emails obtained by M. ... S wrote C": what S wrote is in the writings the medium obtained. */
function obtainedWritingOutlet(scene: DiscourseScene, q: CarryQuery): Carried | null {
  if (!WROTE.test(q.cue)) return null;
  const first = firstSentence(scene, q);
  const s = scene.sentences[q.sentenceIdx] as Span;
  if (POSTED.test(scene.text.slice(s.start, s.end))) return null;
  for (let i = scene.records.length - 1; i >= Math.max(0, scene.records.length - 8); i--) {
    const r = scene.records[i] as Attribution;
    if (first - (scene.recordSentence.get(i) ?? -100) > 6) break;
    if (r.outlet && r.speaker && OBTAINED_WRITINGS.test(scene.text.slice(r.sentenceStart, r.sentenceEnd))) return { outlet: r.outlet, mention: null };
  }
  return null;
}

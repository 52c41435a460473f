// "a test of what Pyongyang claimed was a hydrogen bomb", "letters, which the paper confirmed were about
// the agency", "a strike that the group claims was launched by the army": a relative clause whose subject
// is gapped inside the reported content. The speaker is the relative clause's subject; the claim is the
// predicate after the cue, whose subject is the noun the relative pronoun stands for.
import type { Span } from './sentences.js';

export interface GapClause {
  lemma: string;
  cue: Span;
  subject: Span;
  claim: Span;
  /** where the relative clause starts (its pronoun) */
  frameStart: number;
}

const LEMMA: Record<string, string> = {
  said: 'say', says: 'say', say: 'say',
  claimed: 'claim', claims: 'claim', claim: 'claim',
  confirmed: 'confirm', confirms: 'confirm',
  alleged: 'allege', alleges: 'allege', allege: 'allege',
  insisted: 'insist', insists: 'insist', insist: 'insist',
  maintained: 'maintain', maintains: 'maintain', maintain: 'maintain',
  asserted: 'assert', asserts: 'assert', assert: 'assert',
  contended: 'contend', contends: 'contend', contend: 'contend',
  argued: 'argue', argues: 'argue', argue: 'argue',
  reported: 'report', reports: 'report',
};

/**
 * After a relative pronoun: the subject (a pronoun, or a determiner or a name and up to five words without
 * punctuation), an optional adverb, the cue, then a finite verb that opens the gapped predicate.
 */
const GAP_AFTER_PRONOUN = /(?:which|who|whom|that|what)[ \t]+((?:he|she|it|they|we|(?:\p{Ll}+[ \t]+)?\p{Ll}{3,}s|(?:the|a|an|its|his|her|their|some|many|several|local|\p{Lu}[\p{L}.'’-]*)(?:[ \t]+[\p{L}.'’&-]+){0,5}?))[ \t]+(?:(?:also|later|previously|earlier|initially|first|had|has|have|now|still)[ \t]+)?(said|says|say|claimed|claims|claim|confirmed|confirms|alleged|alleges|allege|insisted|insists|insist|maintained|maintains|maintain|asserted|asserts|assert|contended|contends|contend|argued|argues|argue|reported|reports)[ \t]+(?=(?:was|were|is|are|had|has|have|would|will|could|might|may|can|should|must|\p{Ll}{3,}ed)(?![\p{L}'’]))/uy;

/** Words that cannot open the relative clause's subject: verbs, auxiliaries and negations read as names. */
const NOT_A_SUBJECT = /(?:^|[ \t])(?:not|never|did|does|do|is|are|was|were|would|could|should|will|said|says|and|or|but|that|which|who)(?:[ \t]|$)/u;

/** The content's end: a comma, semicolon, colon, dash or bracket, or the sentence's end ("Simmons, 67, living": not an age's commas). */
const CONTENT_STOP = /(?<!,[ \t]*\d{1,3}),(?![ \t]*\d{1,3},)|[;:(—–]|[ \t]-[ \t]|[.!?](?=[ \t"”’]*(?:$|[ \t]+[\p{Lu}"“]))/u;

/** A second finite be-verb after a word of the predicate, with no subject of its own before it. */
const MAIN_VERB_RESUMED = /(?<=^\S+[ \t].*?\p{Ll}{2,})[ \t]+(?<!(?:that|which|who|and|but|it|he|she|they|there)[ \t]+)(?=(?:was|were|is|are)[ \t])/u;

/** The stems of the cues a relative clause can gap (each of LEMMA's words starts with one). */
const CUE_STEM = /\b(?:said|says|say|claim|confirm|alleg|insist|maintain|assert|contend|argue|report)/g;

/** Where CUE_STEM matches in seg. */
function cueStemsIn(seg: string): number[] {
  const at: number[] = [];
  CUE_STEM.lastIndex = 0;
  for (let m = CUE_STEM.exec(seg); m; m = CUE_STEM.exec(seg)) at.push(m.index);
  return at;
}

/** Gapped relative clauses of the sentence text[from, to). */
export function relativeGapClauses(text: string, from: number, to: number): GapClause[] {
  const out: GapClause[] = [];
  const seg = text.slice(from, to);
  // (a cheap pre-check: a cue that can be gapped before a verb)
  const stems = cueStemsIn(seg);
  if (!stems.length) return out;
  const pronoun = /\b(?:which|who|whom|that|what)[ \t]/g;
  let m: RegExpExecArray | null;
  while ((m = pronoun.exec(seg))) {
    const at = m.index;
    // "What he said was ...": a pseudo-cleft opening the sentence is no relative clause
    if (seg[at] === 'w' && seg.startsWith('what', at) && !/\p{Ll}[ \t]+$/u.test(seg.slice(Math.max(0, at - 12), at))) continue;
    // "everything that she said was true": the pronoun stands for what was said, not for the content's subject
    if (seg[at] === 't' && /(?:thing|all|much|little)[ \t]+$/.test(seg.slice(Math.max(0, at - 12), at))) continue;
    // (the gapped cue follows the pronoun, within the 120 characters read: "said that C" has none after its "that")
    if (!stems.some((p) => p > at && p < at + 120)) continue;
    GAP_AFTER_PRONOUN.lastIndex = at;
    const g = GAP_AFTER_PRONOUN.exec(seg.slice(0, Math.min(seg.length, at + 120)));
    if (!g) continue;
    const subjectText = g[1] as string;
    if (NOT_A_SUBJECT.test(subjectText.slice(subjectText.indexOf(' ') + 1)) && subjectText.includes(' ')) continue;
    const cueWord = g[2] as string;
    // "that the claims were false", "that the media reports were wrong": a plural noun, not a verb with its subject
    if (/^(?:claims?|reports)$/.test(cueWord) && !/^(?:he|she|it|they|we|\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*)*)$/u.test(subjectText)) continue;
    if (/^(?:the|a|an|its|his|her|their|some|many|several|local)$/i.test(subjectText)) continue;
    const subjectStart = from + at + g[0].indexOf(subjectText, g[0].indexOf(' '));
    const cueStart = from + at + g[0].lastIndexOf(cueWord);
    const claimStart = from + at + g[0].length;
    const rest = text.slice(claimStart, Math.min(to, claimStart + 240));
    const stop = CONTENT_STOP.exec(rest);
    let claimEnd = claimStart + (stop ? stop.index : rest.length);
    // "the man who police said had fled was arrested": the main clause's verb resumes after the gapped predicate
    const resumed = MAIN_VERB_RESUMED.exec(text.slice(claimStart, claimEnd));
    if (resumed) claimEnd = claimStart + resumed.index;
    while (claimEnd > claimStart && /[\s"”’'.]/.test(text[claimEnd - 1] as string)) claimEnd--;
    if (claimEnd - claimStart < 8) continue;
    out.push({
      lemma: LEMMA[cueWord] as string,
      cue: { start: cueStart, end: cueStart + cueWord.length },
      subject: { start: subjectStart, end: subjectStart + subjectText.length },
      claim: { start: claimStart, end: claimEnd },
      frameStart: from + at,
    });
    pronoun.lastIndex = claimStart - from;
  }
  return out;
}

/** "The Tumblr post described ...": a sentence's subject (a determiner and up to four words, or a name), before its verb. */
const SUBJECT_THEN_VERB = /^((?:[Tt]he|An?|an?|[Tt]his|[Tt]hat)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?[\p{L}'’-]+|\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3})[ \t]+(?:(?:also|has|had|have)[ \t]+)?\p{Ll}{3,}(?:ed|es)(?![\p{L}])/u;

/** The subject opening text[from, to), or null. */
export function sentenceSubject(text: string, from: number, to: number): Span | null {
  const m = SUBJECT_THEN_VERB.exec(text.slice(from, Math.min(to, from + 80)));
  if (!m) return null;
  return { start: from, end: from + (m[1] as string).length };
}

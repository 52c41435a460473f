// "The BBC spoke to a witness who said C", "Reuters interviewed two residents, who said C": the medium
// that heard a speaker is the outlet of what the speaker said. The speaker is the object of the
// medium's verb of interviewing; the medium is its subject.
import type { Span } from './sentences.js';

/** What the reader needs of the article: its text and the gazetteer outlet that starts at an offset. */
export interface InterviewerLookup {
  text: string;
  outletAt(pos: number): { start: number; end: number } | null;
}

/** A verb of hearing someone out, then its preposition: "spoke to", "has talked with", "interviewed", "reached". */
const INTERVIEW_VERB = String.raw`(?:(?:has|have|had)[ \t]+)?(?:also[ \t]+|later[ \t]+|separately[ \t]+)?(?:spoke|spoken|speaks|talked|talks|interviewed|interviews|reached|contacted|met)(?:[ \t]+(?:by[ \t]+(?:phone|telephone)[ \t]+)?(?:to|with))?[ \t]+`;
/** "The BBC spoke to a witness": a subject that swallowed the medium and its verb (1: medium, 2: the one heard) */
const MEDIUM_VERB_OBJECT = new RegExp(String.raw`^(\S.*?)[ \t]+${INTERVIEW_VERB}((?:a|an|the|one|two|three|four|several|some|\p{Lu})[^,;:"“”]*)$`, 'u');
/** "interviewed " just before the speaker */
const VERB_BEFORE = new RegExp(String.raw`[ \t]+${INTERVIEW_VERB}$`, 'u');
/** "the newspaper", "the agency": a medium referred back to by its kind */
const MEDIUM_ANAPHOR = /^(?:the|a)[ \t]+(?:newspaper|paper|daily|weekly|magazine|agency|news agency|broadcaster|station|channel|network|outlet|website|publication)$/i;

/** The medium span, when `start..end` is one: a gazetteer outlet named whole, or "the newspaper". */
function mediumAt(ctx: InterviewerLookup, start: number, end: number): Span | null {
  const raw = ctx.text.slice(start, end);
  if (MEDIUM_ANAPHOR.test(raw)) return { start, end };
  const m = ctx.outletAt(start);
  return m && m.end === end ? { start, end } : null;
}

/**
 * The medium that interviewed the subject of a statement, and the subject without it:
 * "The BBC spoke to a witness" -> medium "The BBC", subject "a witness"; "a nurse" after "CNN interviewed " -> medium "CNN".
 * `floor` is where the sentence's own words start. Null when no medium heard the speaker (the medium is null
 * when a subject that is no medium swallowed the one "who" speaks: "The minister spoke to a witness").
 */
export function interviewerOf(ctx: InterviewerLookup, subject: Span, floor: number): { medium: Span | null; subject: Span } | null {
  const { text } = ctx;
  const raw = text.slice(subject.start, subject.end);
  // (every shape needs a verb of speaking or interviewing somewhere near: a cheap test first)
  const near = text.slice(Math.max(floor, subject.start - 80), subject.end);
  if (!/(?:spok|talk|interview|reached|contacted|met[ \t])/.test(near)) return null;
  const inside = MEDIUM_VERB_OBJECT.exec(raw);
  if (inside) {
    const medium = mediumAt(ctx, subject.start, subject.start + (inside[1] as string).length);
    const obj = inside[2] as string;
    const objStart = subject.start + raw.length - obj.length;
    const heard = { start: objStart, end: objStart + obj.trimEnd().length };
    if (medium) return { medium, subject: heard };
    // ("The minister spoke to a witness who said C": the one "who" follows speaks, with no medium)
    return /^,?[ \t]+who[ \t]/.test(text.slice(subject.end, subject.end + 8)) ? { medium: null, subject: heard } : null;
  }
  const from = Math.max(floor, subject.start - 80);
  const verb = VERB_BEFORE.exec(text.slice(from, subject.start));
  if (!verb) return null;
  // "CNN interviewed a nurse": the medium ends where the verb starts; it is at most five words long
  const end = from + verb.index;
  let st = end;
  for (let k = 0; k < 5 && st > from; k++) {
    st--;
    while (st > from && text[st - 1] !== ' ' && text[st - 1] !== '\t') st--;
    if (text.slice(st, end).includes(',')) break;
    const medium = mediumAt(ctx, st, end);
    if (medium) return { medium, subject };
  }
  return null;
}

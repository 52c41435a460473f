// "Kommersant removed a report from its website in which S said C", "a story by the Post in which S
// said C": a statement inside a medium's work is reported by that medium. The work's medium is its
// subject at the head of the sentence, its owner ("the Post's story"), or the medium after it ("a
// report in the Post"); a work referred back to ("the report, in which") is left to the anaphor rules.
import type { OutletMention } from './lexicon/outlets.js';
import type { Span } from './sentences.js';

/** A medium's work, then up to a few words, then "in which" right before the speaker. */
const WORK_IN_WHICH = /(?:^|[\s,])((?:an?|the|its|their|his|her|\p{Lu}[\p{L}\p{N}.&'’-]*['’]s?)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?)((?:report|story|article|interview|piece|broadcast|column|editorial|investigation|documentary|podcast|programme|program)s?)((?:[ \t,]+[^.;:!?"“”]{0,80}?)?)[ \t,]+in[ \t]+which[ \t]+$/u;

export interface WorkMedium {
  /** the gazetteer mention of the work's medium */
  mention: OutletMention;
  /** the work as written ("a report") */
  work: string;
}

/**
 * The medium of the work an "in which" clause before subjectStart sits in, from the sentence's
 * gazetteer mentions (offsets in the text), or null.
 */
export function workInWhichMedium(text: string, sentence: Span, contentStart: number, subjectStart: number, mentions: readonly OutletMention[]): WorkMedium | null {
  const before = text.slice(sentence.start, subjectStart);
  if (!before.endsWith('which ') && !/which[ \t]+$/.test(before)) return null;
  const m = WORK_IN_WHICH.exec(before);
  if (!m) return null;
  const workStart = sentence.start + m.index + m[0].indexOf(m[1] as string);
  const nounEnd = workStart + (m[1] as string).length + (m[2] as string).length;
  const work = text.slice(workStart, nounEnd);
  // "the Post's story in which": the owner in the determiner
  const owner = mentions.find((x) => x.start >= workStart && x.end <= nounEnd);
  if (owner) return { mention: owner, work };
  // "a report in the Post in which", "a story by Reuters, in which": the medium right after the work
  const tail = m[3] as string;
  const after = /^[ \t,]*(?:by|in|from|on|for)[ \t]+/.exec(tail);
  if (after) {
    const at = nounEnd + after[0].length;
    const named = mentions.find((x) => x.start >= at && x.start <= at + 4);
    if (named) return { mention: named, work };
  }
  // "Kommersant has removed a report ... in which": the medium that is the sentence's subject
  const head = mentions.find((x) => x.start >= contentStart && x.start <= contentStart + 4 && x.end < workStart);
  if (head && /^[ \t]+(?:(?:has|had|have|also|then|later|first|earlier|on[ \t]+\p{L}+)[ \t]+)*(?:\p{Ll}+(?:ed|s)|ran|put|wrote|broke|got|did)\b/u.test(text.slice(head.end, workStart))) return { mention: head, work };
  return null;
}

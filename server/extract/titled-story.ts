// A medium's story given by its title, and a medium's scoop: "Gawker ran a story called "T"", "The Times
// published a story with the headline: "T"", "Le Monde ran an article titled 'T'", "The Sun was first with the
// news that C". The title (or the content) is what the medium reported; the subject before the verb is the
// medium. ("The Guardian ran a story about the floods" names no content; "a film called "T"" no medium's work.)
import type { Span } from './sentences.js';

export interface TitledStory {
  /** from the verb to the word before the title or the content */
  cue: Span;
  /** where the title's opening quotation mark, or the content, starts */
  contentStart: number;
  quoted: boolean;
  /** a work only the press publishes ("story", "article", "headline"), not "report" or "investigation" */
  pressWork: boolean;
}

const WORK = String.raw`(?:story|stories|article|piece|report|editorial|column|feature|headline|op-ed|segment|item|investigation|exposé|expose)`;
const STORY_TITLED = new RegExp(
  String.raw`(?:^|[ \t])((?:(?:has|had|have|also|then|later|first|earlier)[ \t]+)*(?:ran|run|runs|published|publishes|carried|carries|posted|posts|aired|airs|printed|prints)[ \t]+(?:a|an|its|their|the)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?${WORK}(?:[ \t]+(?:on|last|this|earlier)[ \t]+\p{L}+)?,?[ \t]+(?:called|titled|entitled|headlined|under[ \t]+the[ \t]+(?:headline|title)|with[ \t]+the[ \t]+(?:headline|title)))[ \t]*[:,]?[ \t]*(?=["“‘'])`,
  'u',
);
const PRESS_WORK = /(?:^|[ \t])(?:story|stories|article|piece|editorial|column|headline|op-ed|news)(?![\p{L}])/u;
const FIRST_WITH_NEWS = /(?:^|[ \t])((?:was|were|is|are|has[ \t]+been|had[ \t]+been)[ \t]+(?:the[ \t]+)?first[ \t]+with[ \t]+the[ \t]+(?:news|story|report)(?:[ \t]+(?:on|last|this|earlier)[ \t]+\p{L}+)?)[ \t]+that[ \t]+/u;

/** The titled story or scoop in the sentence text[from, to), if any. */
export function titledStory(text: string, from: number, to: number): TitledStory | null {
  const seg = text.slice(from, to);
  // (cheap pre-check: the words every alternative needs)
  const titled = seg.includes('called') || seg.includes('titled') || seg.includes('headline') || seg.includes(' title');
  if (!titled && !seg.includes('first with')) return null;
  const m = (titled ? STORY_TITLED.exec(seg) : null) ?? FIRST_WITH_NEWS.exec(seg);
  if (!m) return null;
  const cueStart = from + m.index + m[0].indexOf(m[1] as string);
  const cueEnd = cueStart + (m[1] as string).length;
  const pressWork = PRESS_WORK.test(m[1] as string);
  return { cue: { start: cueStart, end: cueEnd }, contentStart: from + m.index + m[0].length, quoted: /["“‘']/.test(text[from + m.index + m[0].length] ?? ''), pressWork };
}

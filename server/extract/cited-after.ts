// "Reuters reported that C. It cited "several sources close to the matter" that were not
// identified.": a sentence after a medium's report that names only the report's sources gives
// them to that report as its speaker.
import type { Span } from './sentences.js';

/** "It cited ", "The newspaper quoted ": the medium just named, then the sources it relied on. */
const CITED_NEXT = /(?:It|The[ \t]+(?:report|newspaper|paper|agency|news agency|daily|broadcaster|outlet|story|article))[ \t]+(?:also[ \t]+)?(?:cited|quoted|relied[ \t]+on)[ \t]+["“]?((?:(?:two|three|four|several|many|multiple|unnamed|anonymous|unidentified)[ \t]+)*(?:[\p{L}-]+[ \t]+){0,2}?(?:sources?|officials?|people|insiders?|persons?|diplomats?|executives?)(?:[ \t]+(?:close[ \t]+to|familiar[ \t]+with|with[ \t]+knowledge[ \t]+of|briefed[ \t]+on|in|at|from)[ \t]+(?:the[ \t]+)?[\p{L}-]+(?:[ \t]+[\p{L}-]+){0,2}?)?)["”]?(?=[ \t]*(?:[.,;]|$)|[ \t]+(?:that|who|which)[ \t])/uy;

/** ", who claimed that", " who said": a relative clause in which the sources speak */
const RELATIVE_STATEMENT_AFTER = /^[ \t]*,?[ \t]*(?:who|which|that)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:said|says|claimed|claims|told|added|insisted|alleged|confirmed)(?![\p{L}])/u;

/** The sources a sentence of that shape names (without quotation marks), or null. */
export function sourcesCitedIn(text: string, sentence: Span): string | null {
  const c = text.charCodeAt(sentence.start);
  if (c !== 73 && c !== 84) return null; // I, T
  // (the next word first: most sentences starting "The" are no such report)
  if (c === 84 && !/^The[ \t]+(?:report|newspaper|paper|agency|news|daily|broadcaster|outlet|story|article)/.test(text.slice(sentence.start, sentence.start + 20))) return null;
  CITED_NEXT.lastIndex = sentence.start;
  const m = CITED_NEXT.exec(text);
  if (!m || m.index + m[0].length > sentence.end) return null;
  // ("The report cited an unnamed source, who claimed that C": the sources' own statement follows, a record of its own)
  if (RELATIVE_STATEMENT_AFTER.test(text.slice(m.index + m[0].length, Math.min(sentence.end, m.index + m[0].length + 40)))) return null;
  return m[1] as string;
}

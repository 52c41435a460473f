// Media named in a list of three or more: "Reuters, Bloomberg and CNN reported C", "according to
// Reuters, Bloomberg and the BBC". A comma ends a subject or a prepositional object everywhere
// else, so a list is read across its commas only when every name in it is a gazetteer outlet.
import type { Span } from './sentences.js';

/** What the list reader needs of the article: its text and the outlet mention that starts at an offset. */
export interface OutletLookup {
  text: string;
  outletAt(pos: number): { start: number; end: number } | null;
}

/** The list item that ends just before a comma at `comma` (its start), when it is an outlet named whole. */
function outletEndingAt(ctx: OutletLookup, comma: number, floor: number): number {
  let p = comma;
  while (p > floor && (ctx.text[p - 1] === ' ' || ctx.text[p - 1] === '\t')) p--;
  const end = p;
  // (an outlet name is at most five words: look back word by word for the mention that ends here)
  for (let k = 0; k < 5 && p > floor; k++) {
    let s = p;
    while (s > floor && ctx.text[s - 1] !== ' ' && ctx.text[s - 1] !== '\t' && ctx.text[s - 1] !== ',') s--;
    const m = ctx.outletAt(s);
    if (m && m.end === end) return m.start;
    if (s <= floor || ctx.text[s - 1] === ',') break;
    p = s - 1;
  }
  return -1;
}

/**
 * A subject that is one medium of a list of media, "Bloomberg and CNN" after "Reuters, " or "The Guardian"
 * before ", the BBC and Sky News", stretched over the whole list (up to verbStart, where its verb starts).
 */
export function outletListSubject(ctx: OutletLookup, subject: Span, floor: number, verbStart: number): Span {
  const { text } = ctx;
  if (!ctx.outletAt(subject.start)) return subject;
  let end = subject.end;
  // ("The Guardian, the BBC and Sky News reported": the subject reader took the first name for one with appositives)
  if (text.charCodeAt(end) === 44 && verbStart - end < 200) {
    const after = outletListAfter(ctx, subject, verbStart);
    if (after.end > end && /^[ \t]*$/.test(text.slice(after.end, verbStart))) end = after.end;
  }
  let start = subject.start;
  // ("Le Monde, and Der Spiegel": the subject reader left the "and" of an Oxford comma out)
  const andBefore = /,?[ \t]+and[ \t]+$/.exec(text.slice(Math.max(floor, start - 6), start));
  if (!andBefore && !text.slice(start, end).includes(' and ')) return { start, end };
  let p = andBefore ? start - andBefore[0].length : start - 2;
  for (let k = 0; k < 6 && p > floor; k++) {
    const separated = (andBefore && k === 0) || (text.charCodeAt(p) === 44 && text.charCodeAt(p + 1) === 32);
    if (!separated) break;
    const item = outletEndingAt(ctx, p, floor);
    if (item < 0) break;
    start = item;
    p = start - 2;
  }
  return { start, end };
}

const NAME = String.raw`(?:the[ \t]+)?\p{Lu}[\p{L}\p{N}.&'’!-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}.&'’!-]*){0,4}`;
/** ", B and C" / ", B, C, and D" after a first name, then the end of the phrase. */
const LIST_TAIL = new RegExp(String.raw`^(?:[ \t]*,[ \t]*(${NAME}))+?,?[ \t]+and[ \t]+(${NAME})(?=[ \t]*(?:[,.;!?"”]|$))`, 'u');

/** "according to Reuters, Bloomberg and the BBC": the phrase after the cue stretched over the list, if every name is an outlet. */
export function outletListAfter(ctx: OutletLookup, np: Span, end: number): Span {
  const { text } = ctx;
  if (text.charCodeAt(np.end) !== 44 || !ctx.outletAt(np.start)) return np;
  const m = LIST_TAIL.exec(text.slice(np.end, end));
  if (!m) return np;
  let listEnd = np.end + m[0].length;
  // (a sentence's full stop after the last name is not part of it)
  while (text[listEnd - 1] === '.') listEnd--;
  // every item after the first starts an outlet mention that runs to its end
  let p = np.end;
  while (p < listEnd) {
    while (p < listEnd && /[\s,]/.test(text[p] as string)) p++;
    if (text.startsWith('and ', p)) p += 4;
    while (p < listEnd && /\s/.test(text[p] as string)) p++;
    const om = ctx.outletAt(p);
    if (!om) return np;
    p = om.end;
    // (the mention covers the item: only a comma, "and" or the list's end may follow)
    const rest = text.slice(p, listEnd);
    if (rest && !/^(?:[ \t]*,|[ \t]+and[ \t])/.test(rest)) return np;
  }
  return { start: np.start, end: listEnd };
}

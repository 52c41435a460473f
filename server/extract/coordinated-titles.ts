// "told TMZ and Variety", "Bild and Kicker reported": a title the gazetteer reads only after "the" (because
// it is also a common word or name: Variety, Kicker, Fortune) is a medium when it is coordinated with a
// medium the text names. Each such title becomes a mention of its own.
import { isBlankAt } from './chars.js';
import { lookupOutlet, type OutletMention } from './lexicon/outlets.js';

/** "and Variety", ", Kicker": a coordinator, then a capitalised name of up to three words (group 1) */
const NAME_AFTER = /^(?:[ \t]*,[ \t]*(?:(?:and|&|or)[ \t]+)?|[ \t]+(?:and|&|or)[ \t]+)(\p{Lu}[\p{L}!'’.-]*(?:[ \t]+\p{Lu}[\p{L}!'’.-]*){0,2})/u;
/** "Variety and ", "Kicker, ": a capitalised name (group 1), then a coordinator before the medium */
const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}!'’.-]*(?:[ \t]+\p{Lu}[\p{L}!'’.-]*){0,2})[ \t]*(?:,|[ \t](?:and|&|or))[ \t]+$/u;

/** Whether text ends at `end` as NAME_BEFORE's match does: a comma, or a blank and "and", "&" or "or", then blanks. */
// (most mentions follow none: the regex would try a name at each of the 60 places before)
function coordinatorBefore(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && isBlankAt(text, i - 1)) i--;
  if (i === end) return false;
  if (text.charCodeAt(i - 1) === 44) return true;
  const word = text.endsWith('and', i) ? 3 : text.endsWith('or', i) ? 2 : text.endsWith('&', i) ? 1 : 0;
  return word > 0 && isBlankAt(text, i - word - 1);
}

/** The listed title a coordinated name is, the whole capitalised run ("Time", not the "Time" of "Time Warner"); else null. */
function listedTitle(name: string): OutletMention['entry'] | null {
  const entry = lookupOutlet(name);
  return entry && [entry.canonical, ...entry.aliases].includes(name) ? entry : null;
}

/** Mentions of listed titles coordinated with the mentions given (in text order, none overlapping them). */
export function coordinatedTitleMentions(text: string, mentions: readonly OutletMention[]): OutletMention[] {
  const out: OutletMention[] = [];
  const add = (name: string, start: number): void => {
    const entry = listedTitle(name);
    const end = start + name.length;
    const free = !mentions.some((m) => m.start < end && start < m.end) && !out.some((m) => m.start < end && start < m.end);
    if (entry && free) out.push({ start, end, mention: name, entry });
  };
  for (const m of mentions) {
    const after = NAME_AFTER.exec(text.slice(m.end, m.end + 60));
    if (after) add(after[1] as string, m.end + after[0].length - (after[1] as string).length);
    const before = coordinatorBefore(text, m.start) ? NAME_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start)) : null;
    if (before) add(before[1] as string, m.start - (before[0].length - before[0].indexOf(before[1] as string)));
  }
  return out.sort((a, b) => a.start - b.start);
}

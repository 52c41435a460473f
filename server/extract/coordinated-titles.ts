// "told TMZ and Variety", "Bild and Kicker reported": a title the gazetteer reads only after "the" (because
// it is also a common word or name: Variety, Kicker, Fortune) is a medium when it is coordinated with a
// medium the text names. Each such title becomes a mention of its own.
import { lookupOutlet, type OutletMention } from './lexicon/outlets.js';

/** "and Variety", ", Kicker": a coordinator, then a capitalised name of up to three words (group 1) */
const NAME_AFTER = /^(?:[ \t]*,[ \t]*(?:(?:and|&|or)[ \t]+)?|[ \t]+(?:and|&|or)[ \t]+)(\p{Lu}[\p{L}!'’.-]*(?:[ \t]+\p{Lu}[\p{L}!'’.-]*){0,2})/u;
/** "Variety and ", "Kicker, ": a capitalised name (group 1), then a coordinator before the medium */
const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}!'’.-]*(?:[ \t]+\p{Lu}[\p{L}!'’.-]*){0,2})[ \t]*(?:,|[ \t](?:and|&|or))[ \t]+$/u;

/** The listed title a coordinated name is, the whole capitalised run ("Time", not the "Time" of "Time Warner"); else null. */
function listedTitle(name: string): { entry: OutletMention['entry']; written: string } | null {
  const entry = lookupOutlet(name);
  return entry && [entry.canonical, ...entry.aliases].includes(name) ? { entry, written: name } : null;
}

/** Mentions of listed titles coordinated with the mentions given (in text order, none overlapping them). */
export function coordinatedTitleMentions(text: string, mentions: readonly OutletMention[]): OutletMention[] {
  const out: OutletMention[] = [];
  const free = (start: number, end: number) => !mentions.some((m) => m.start < end && start < m.end) && !out.some((m) => m.start < end && start < m.end);
  for (const m of mentions) {
    const after = NAME_AFTER.exec(text.slice(m.end, m.end + 60));
    const title = after ? listedTitle(after[1] as string) : null;
    if (after && title) {
      const start = m.end + after[0].length - (after[1] as string).length;
      if (free(start, start + title.written.length)) out.push({ start, end: start + title.written.length, mention: title.written, entry: title.entry });
    }
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (before) {
      const name = before[1] as string;
      const entry = lookupOutlet(name);
      const start = m.start - (before[0].length - before[0].indexOf(name));
      if (entry && [entry.canonical, ...entry.aliases].includes(name) && free(start, start + name.length)) out.push({ start, end: start + name.length, mention: name, entry });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// "told TMZ and Variety", "Bild and Kicker reported": a title the gazetteer reads only after "the" (because
// it is also a common word or name: Variety, Kicker, Fortune) is a medium when it is coordinated with a
// medium the text names. Each such title becomes a mention of its own.
import { lookupOutlet, type OutletMention } from './lexicon/outlets.js';

/** "and Variety", ", Kicker": a coordinator, then a capitalised name of up to three words (group 1) */
const NAME_AFTER = /^(?:[ \t]*,[ \t]*(?:(?:and|&|or)[ \t]+)?|[ \t]+(?:and|&|or)[ \t]+)(\p{Lu}[\p{L}!'’.-]*(?:[ \t]+\p{Lu}[\p{L}!'’.-]*){0,2})/u;
/** "Variety and ", "Kicker, ": a capitalised name (group 1), then a coordinator before the medium */
const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}!'’.-]*(?:[ \t]+\p{Lu}[\p{L}!'’.-]*){0,2})[ \t]*(?:,|[ \t](?:and|&|or))[ \t]+$/u;

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
    const before = NAME_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (before) add(before[1] as string, m.start - (before[0].length - before[0].indexOf(before[1] as string)));
  }
  return out.sort((a, b) => a.start - b.start);
}

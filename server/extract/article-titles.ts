// "El Mundo Deportivo": a title written with its own article before a listed name ("Mundo Deportivo")
// that the gazetteer's longest match at the article took for a shorter title ("El Mundo").
import { lookupOutlet, type OutletMention } from './lexicon/outlets.js';

const TITLE_ARTICLE = /^(?:El|La|Le|Les|Il|Lo|Los|Las|O|Os|Die|Der|Das|Het|De|Al)[ \t]+/;
const CAPITALISED_WORDS = /^(?:[ \t]+\p{Lu}[\p{L}'’-]*)+/u;

/** The mention extended to the longer listed title it begins, or the mention as it was. */
export function withLongerTitle(text: string, m: OutletMention): OutletMention {
  const article = TITLE_ARTICLE.exec(m.mention);
  if (!article || text.charCodeAt(m.end) !== 32) return m;
  const more = CAPITALISED_WORDS.exec(text.slice(m.end, m.end + 60));
  if (!more) return m;
  const words = more[0].trim().split(/[ \t]+/);
  for (let n = Math.min(words.length, 3); n >= 1; n--) {
    const end = m.end + more[0].indexOf(words[n - 1] as string) + (words[n - 1] as string).length;
    const name = text.slice(m.start + article[0].length, end);
    const entry = lookupOutlet(name);
    if (entry && entry !== m.entry && [entry.canonical, ...entry.aliases].includes(name)) {
      return { start: m.start, end, mention: text.slice(m.start, end), entry };
    }
  }
  return m;
}

// "a journalist for local newspaper Expreso", "the newspaper El Heraldo de Chiapas", "broadcaster Radio Okapi":
// a medium the gazetteer lacks, named after the lower-case noun that says what it is. Each is a mention like a
// listed one, so that "the paper said" or "the publication reported" later can refer back to it.
import type { OutletKind, OutletMention } from './lexicon/outlets.js';
import { isDemonymLike } from './outlet-roles.js';

/**
 * the lower-case media noun (1) and the capitalised name after it (2); "de", "of", "al" may join its words. (No letter or
 * hyphen before the noun: checked after it, as (?<![\p{L}-]\1), so that the search runs on the literal nouns; a leading
 * \p lookbehind is tried at every character, and in a text outside Latin-1 by a function call each.)
 */
const DESCRIBED_NAME = /(newspaper|daily|weekly|tabloid|magazine|broadcaster|news agency|news site|news website|news portal|radio station|television station|TV station|TV channel|television channel)(?<![\p{L}-]\1)[ \t]+((?:[Tt]he[ \t]+)?\p{Lu}[\p{L}\p{N}.'’&-]*(?:[ \t]+(?:(?:de|del|do|da|dos|das|di|du|des|of|al|el|la|le|e|i|y|van|von|der|den)[ \t]+)?\p{Lu}[\p{L}\p{N}.'’&-]*){0,4})/gu;
/** words that begin a clause or a date, not a medium's name */
const NOT_A_NAME_START = /^(?:On|In|At|By|For|From|With|And|But|Or|As|If|When|While|After|Before|Since|This|That|These|Those|It|He|She|They|We|I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
const GATE = /newspaper|daily|weekly|tabloid|magazine|broadcaster|news agency|news site|news website|news portal|station|channel/;

function kindOf(noun: string): OutletKind {
  if (noun === 'magazine') return 'magazine';
  if (noun === 'news agency') return 'agency';
  if (noun.startsWith('news ')) return 'online';
  if (/station|channel|broadcaster/.test(noun)) return 'broadcaster';
  return 'newspaper';
}

/** The unlisted media named after a media noun, in text order, where no listed mention already stands. */
export function describedMediaMentions(text: string, listed: readonly OutletMention[]): OutletMention[] {
  if (!GATE.test(text)) return [];
  const out: OutletMention[] = [];
  for (const m of text.matchAll(DESCRIBED_NAME)) {
    const name = (m[2] as string).replace(/['’]s$/, '').replace(/[.'’-]+$/, '');
    const first = name.replace(/^[Tt]he[ \t]+/, '').split(/[ \t]+/)[0] as string;
    // ("the weekly German publication Stern": a demonym describes the medium named later)
    if (NOT_A_NAME_START.test(first) || name.length < 3 || isDemonymLike(first)) continue;
    const start = (m.index as number) + (m[0].length - (m[2] as string).length);
    const end = start + name.length;
    if (listed.some((o) => o.start < end && start < o.end)) continue;
    out.push({ start, end, mention: name, entry: { canonical: name.replace(/^the[ \t]+/, 'The '), aliases: [], kind: kindOf(m[1] as string) } });
  }
  return out;
}

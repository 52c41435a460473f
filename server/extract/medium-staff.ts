// "Reuters witnesses near the scene", "an AFP photographer", "one of the Bloomberg reporters",
// "a CNN producer who was at the rally": people the medium sent or spoke to, named by the medium as
// a modifier of their noun. They speak through the medium: it is the outlet, the phrase the speaker.

/** What may stand before the medium's name: an article or a quantity ("two", "one of the", "several"). */
const LEAD = /^(?:(?:a|an|the|one|two|three|four|five|several|some|many|other|multiple|both|all)(?:\s+of(?:\s+(?:the|its|their))?)?\s+)?(?:(?:a|an|the)\s+)?$/iu;

/** The people of a medium, in the singular and the plural, and its unnamed sources ("a Reuters source"). */
const STAFF_NOUN = /^(?:sources?|insiders?|reporters?|correspondents?|journalists?|editors?|producers?|photographers?|photojournalists?|camera(?:man|men|woman|women)|crews?|stringers?|staffers?|witness(?:es)?|teams?|writers?|columnists?|anchors?|hosts?|presenters?|analysts?)$/iu;

/** Words that may qualify the staff noun ("senior", "local", "political", "TV"). */
const STAFF_MODIFIER = /^(?:senior|chief|local|political|diplomatic|military|security|defen[cs]e|foreign|investigative|economics|business|national|deputy|managing|executive|news|own|special|veteran|video|photo|camera|TV|television|radio|film|field|staff|sports?|White|House|bureau)$/u;

/** Where a phrase after the staff noun starts to say where they were or what they did: "near the scene", "who saw it". */
const TAIL_OPENING = /^(?:in|near|at|from|on|inside|outside|with|who|that|based|covering|traveling|travelling|embedded|accompanying|reporting|visiting|present)$/iu;

/**
 * Is `before` + medium + `after` a medium's people ("two Reuters witnesses near the market")?
 * `before` and `after` are the words around the medium's name, without its possessive.
 */
export function isMediumStaff(before: string, after: string[]): boolean {
  if (!LEAD.test(before.trim() ? `${before.trim()} ` : '')) return false;
  let i = 0;
  while (i < after.length && STAFF_MODIFIER.test(after[i] as string)) i++;
  if (i >= after.length || !STAFF_NOUN.test(after[i] as string)) return false;
  return i + 1 === after.length || TAIL_OPENING.test(after[i + 1] as string);
}

/**
 * "Pentagon sources for Politico", "a source of Interfax in the security services": unnamed sources a
 * medium has (1: the sources, 2: the medium, then perhaps where the sources are).
 */
export const SOURCES_FOR_MEDIUM = /^((?:(?:a|an|the|one|two|three|several|some|many|other|multiple)\s+)?(?:[\p{L}.’'-]+\s+){0,3}?(?:sources?|insiders?|interlocutors?))\s+(?:for|of)\s+(\S.*?)(?:\s+(?:in|at|within|inside|among|close\s+to|familiar\s+with|with\s+knowledge\s+of|who)\s.*)?$/iu;

/** A medium's work of writing or broadcasting. */
const WORK_NOUN = /^(?:column|columns|piece|op-ed|editorial|article|report|story|investigation|analysis|feature|exposé|expose|documentary|podcast|blog|newsletter)$/iu;

/**
 * Is `before` + medium + `after` a medium's work qualified by its topic or kind ("A Sydney Morning Herald
 * rugby column", "a New York Times opinion piece")? `after` holds at most two lower-case words, then the work.
 */
export function isMediumWork(before: string, after: string[]): boolean {
  if (after.length < 2 || after.length > 3 || !LEAD.test(before.trim() ? `${before.trim()} ` : '')) return false;
  return WORK_NOUN.test(after[after.length - 1] as string) && after.slice(0, -1).every((w) => /^\p{Ll}[\p{Ll}-]+$/u.test(w));
}

/**
 * "The report by Jane Roe in today's Herald", "the follow-up article in The Atlantic": a work, perhaps its
 * author, then the medium it appeared in (group 1).
 */
export const WORK_IN_MEDIUM = /^(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:report|story|article|column|piece|op-ed|editorial|investigation|feature|analysis)\s+(?:by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+)?in\s+(?:(?:today|yesterday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)['’]s\s+|this\s+(?:week|month)['’]s\s+)?((?:the\s+)?\p{Lu}.*)$/iu;

/** A journalist's title in apposition before their name, opening the sentence: "Dawn's correspondent, " (group 1). */
const JOURNALIST_TITLE_BEFORE_NAME = /^[ \t"“]*((?:[^,;:"“”]{1,40}?[ \t])?(?:correspondent|reporter|journalist|editor|columnist|anchor|host|presenter|producer|writer|commentator)(?:[ \t]+(?:for|of|at|with)[ \t]+[^,;:"“”]{2,40})?)[ \t]*,[ \t]*$/iu;

/** "Dawn's correspondent, Jane Roe, reported": the title before the name, when it opens the sentence. */
export function journalistTitleBefore(text: string, sentenceStart: number, nameStart: number): { start: number; end: number } | null {
  if (nameStart - sentenceStart < 8 || nameStart - sentenceStart > 90 || text.charCodeAt(nameStart - 2) !== 44) return null;
  const m = JOURNALIST_TITLE_BEFORE_NAME.exec(text.slice(sentenceStart, nameStart));
  if (!m) return null;
  const start = sentenceStart + m[0].indexOf(m[1] as string);
  return { start, end: start + (m[1] as string).length };
}

/**
 * "NHK reported online on a statement released by Kim Yo Jong" (as the head of "..., in which she said C"):
 * a medium reporting on someone's statement (1: the medium, 2: whose statement it is).
 */
export const MEDIUM_ON_STATEMENT_BY = /^((?:the\s+|The\s+)?\p{Lu}[^,;:"“”]{1,50}?)\s+(?:reported|reports|wrote|writes|aired|published)\s+(?:(?:online|today|yesterday|earlier|on\s+\p{Lu}\p{Ll}+day)\s+)?(?:on|about)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|speech|letter|interview|remarks|comments|post|message|address|announcement|video|op-ed)(?:\s+(?:released|issued|published|posted|given|delivered|made)(?:\s+[^,;:"“”]{0,30}?)?)?\s+(?:by|from)\s+(\S[^,;:"“”]{1,60})$/u;

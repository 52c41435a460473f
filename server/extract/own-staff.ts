// "Our correspondent spoke to a shop owner who said C", "told our reporter C", "according to our sources": the
// publishing medium's own staff or sources gave or received the statement, so the publisher is its outlet.
import type { Span } from './sentences.js';

const OWN_STAFF = /(?:^|[\s(])[Oo]ur[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:correspondents?|reporters?|journalists?|reporting[ \t]+team|news[ \t]+team|team|editor|producer|crew|interviewer|sources?|informants?)(?![\p{L}])/u;

/** Does the sentence name the publisher's own staff ("our correspondent")? (a word test before the regex) */
export function namesOwnStaff(text: string, sentence: Span): boolean {
  // ("ur " starting inside the sentence, looked for there only: indexOf on the text would read on to the article's end)
  return text.slice(sentence.start, sentence.end + 2).includes('ur ') && OWN_STAFF.test(text.slice(sentence.start, sentence.end));
}

// "Reuters said Pakistan had denied reports that C", "According to Bloomberg, Israel had warned the US
// that C": a medium reports a named party's own act of speech (a denial, a warning, an appeal). The
// medium's claim is the whole clause and the party's statement is a record of its own, which the
// medium's cites. Its own sources ("officials said", "a senior official warned") and a plain
// statement ("the minister said", "S told X that C") stay one record: the medium carrying that speaker's words.

/** Speech acts done to or against someone, reported as events: urging, insisting, warning, denying, accusing, vowing. */
const REPORTED_ACTS = new Set([
  'urge', 'insist', 'warn', 'caution', 'deny', 'reject', 'dismiss', 'dispute', 'accuse', 'blame', 'condemn',
  'criticize', 'criticise', 'slam', 'vow', 'pledge', 'promise', 'charge',
]);

/** Speakers that are a medium's sourcing rather than a party: unnamed officials, sources, people, witnesses. */
const SOURCING = /(?:^|\s)(?:sources?|officials?|people|persons?|diplomats?|witness(?:es)?|insiders?|aides?|analysts?|experts?|observers?|investigators?|spokes(?:man|woman|person|people|men|women)|representatives?|someone|one|others?|reports?|media|they|he|she|it|we|i)$/iu;
const INDEFINITE = /^(?:a|an|one|two|three|four|five|several|some|many|unnamed|anonymous|senior|other)\s/iu;

/** Whether the lemma is one of those acts. */
export const isActLemma = (lemma: string): boolean => REPORTED_ACTS.has(lemma);

/** Whether a medium's report of an inner clause with this lemma and speaker (as written) is a party's own act. */
export function isReportedAct(lemma: string, speaker: string | null): boolean {
  if (!speaker || !REPORTED_ACTS.has(lemma)) return false;
  return !SOURCING.test(speaker) && !INDEFINITE.test(speaker);
}

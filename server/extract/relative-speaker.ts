// "The minister, who said C, resigned", "spoke to a shop owner who said C": the noun phrase a
// relative "who" refers back to is the speaker, and an appositive relative clause ends where the
// main clause's predicate resumes.
import type { Span } from './sentences.js';

/** The noun phrase before ", who" / " who", after a preposition, verb or comma that opens it (the last such). */
const NP_BEFORE_WHO = /^(?:[^]*(?:,|[ \t](?:by|with|to|from|met|quoted|cited|and|interviewed|said|says|added|told|of|for|among|including|saw|found|\p{Ll}{2,}ed)))?[ \t]*((?:a|an|the|one|two|three|several|another|\p{Lu})[^,;:"“”]{0,60}?)(,?)[ \t]*$/u;

/**
 * The speaker of "who said" at relStart, looked for in text[from, relStart): the noun phrase the
 * relative pronoun follows, with whether a comma sets the relative clause off.
 */
export function speakerBeforeWho(text: string, from: number, relStart: number): { subject: Span; appositive: boolean } | null {
  const seg = text.slice(from, relStart);
  const m = NP_BEFORE_WHO.exec(seg);
  if (!m) return null;
  const np = m[1] as string;
  const start = from + m[0].lastIndexOf(np);
  return np.trim() ? { subject: { start, end: start + np.trimEnd().length }, appositive: m[2] === ',' } : null;
}

/** ", resigned on Friday", ", will resign", ", later reversed course": the predicate of the main clause after the relative clause. */
const PREDICATE_RESUMES = /,[ \t]+(?:(?:also|later|then|now|still|soon|has|have|had|\p{Ll}+ly)[ \t]+)?(?:\p{Ll}{2,}ed|is|was|were|are|has|had|have|will|would|can|could|may|might|must|should|did|does|plans|wants|went|left|took|made|became|remains|faces|resigned|quit)(?![\p{L}])/u;

/** Where the content of "NP, who said C, VERB ..." ends: before the comma that resumes the main clause (else `end`). */
export function appositiveRelativeEnd(text: string, contentStart: number, end: number): number {
  const m = PREDICATE_RESUMES.exec(text.slice(contentStart, end));
  return m ? contentStart + m.index : end;
}

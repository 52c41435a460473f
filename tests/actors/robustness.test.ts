import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';
import { findOutletMentions, lookupOutlet } from '../../server/extract/lexicon/outlets.js';

// Words that exercise the gazetteers and the name scanner, mixed with punctuation and noise.
const WORDS = ['Reuters', 'AFP', 'the', 'The', 'said', 'Qatari', 'Doha', 'proposed', 'U.S.', 'CIA', 'chief', 'William', 'Burns', 'of', 'and',
  '(MSF)', 'Médecins', 'Sans', 'Frontières', '"Israel"', "Hamas'", 'hotel', 'the hotel', 'Al-Jazeera', 'bin', 'al-', '—', '.', ',', '\n', 'É', '’s', 'AK-47'];

describe('actor resolver on arbitrary text', () => {
  it('never throws and returns mentions inside the text, in order', () => {
    const text = fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((w) => w.join(' ')));
    fc.assert(
      fc.property(text, (t) => {
        const r = createActorResolver(t);
        const ms = r.mentions();
        let prev = 0;
        for (const m of ms) {
          expect(m.start).toBeGreaterThanOrEqual(prev);
          expect(m.end).toBeLessThanOrEqual(t.length);
          expect(m.canonical.length).toBeGreaterThan(0);
          prev = m.start;
        }
        const all = r.actorsIn(0, t.length);
        expect(new Set(all).size).toBe(all.length);
        for (const a of all) expect(ms.some((m) => m.canonical === a)).toBe(true);
        r.canonicalSpeaker(t.slice(0, 40));
        r.isPersonName(t.slice(0, 30));
        for (const m of findOutletMentions(t)) expect(t.slice(m.start, m.end)).toBe(m.mention);
        lookupOutlet(t.slice(0, 30));
      }),
      { numRuns: 300 },
    );
  });
});

// Helpers shared by the extraction tests: run the engine on a sentence, find the one record for a claim.
import { expect } from 'vitest';
import { extract } from '../../server/extract/index.js';
import type { Attribution, Extraction } from '../../server/extract/types.js';

export const run = (text: string, published = '2024-03-16'): Extraction => extract({ id: 't', title: 't', text, published });

export const brief = (ex: Extraction) => ex.attributions.map((a) => ({ outlet: a.outlet, speaker: a.speaker, claim: a.claim }));

/** The single record whose claim contains `needle` (the failure message lists every record). */
export function recordWith(ex: Extraction, needle: string): Attribution {
  const hits = ex.attributions.filter((a) => a.claim.includes(needle));
  expect(hits.map((h) => h.claim), `records with "${needle}" in ${JSON.stringify(brief(ex))}`).toHaveLength(1);
  return hits[0] as Attribution;
}

/** [outlet, speaker] of the single record whose claim contains `needle`, in a one-article run of `text`. */
export function outletAndSpeakerOf(text: string, needle: string): [string | null, string | null] {
  const r = recordWith(run(text), needle);
  return [r.outlet, r.speaker];
}

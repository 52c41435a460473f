// Hand-built article records for the graph tests: sentences written for these
// tests, attributions located in them by search so the offsets are real.
import type { ArticleRecord } from '../../server/store/types.js';
import type { Attribution, Relation } from '../../server/extract/types.js';

export interface AttributionSpec {
  outlet?: string | null;
  outletMention?: string | null;
  speaker?: string | null;
  speakerActor?: string | null;
  cue?: string;
  claim: string;
  actors?: string[];
  date?: string | null;
}

export function record(
  id: string,
  text: string,
  specs: AttributionSpec[],
  opts: { published?: string | null; publisher?: string | null; title?: string; relations?: Relation[] } = {},
): ArticleRecord {
  const attributions: Attribution[] = specs.map((spec) => {
    const claimStart = text.indexOf(spec.claim);
    if (claimStart < 0) throw new Error(`claim not in text: ${spec.claim}`);
    const claimEnd = claimStart + spec.claim.length;
    const sentenceStart = Math.max(0, text.lastIndexOf('. ', claimStart) + 2 * Number(text.lastIndexOf('. ', claimStart) >= 0));
    const dot = text.indexOf('.', claimEnd);
    return {
      outlet: spec.outlet ?? null,
      outletMention: spec.outletMention ?? spec.outlet ?? null,
      speaker: spec.speaker ?? null,
      speakerActor: spec.speakerActor ?? null,
      cue: spec.cue ?? 'said',
      claim: spec.claim,
      claimStart,
      claimEnd,
      sentenceStart,
      sentenceEnd: dot < 0 ? text.length : dot + 1,
      actors: spec.actors ?? [],
      date: spec.date ?? null,
    };
  });
  return {
    article: {
      id,
      title: opts.title ?? `Article ${id}`,
      text,
      published: opts.published === undefined ? '2024-03-01' : opts.published,
      publisher: opts.publisher ?? null,
      url: null,
      hash: `hash-${id}`,
      ingestedAt: '2024-03-02T00:00:00Z',
    },
    extraction: { attributions, relations: opts.relations ?? [] },
  };
}

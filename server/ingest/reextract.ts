// Re-runs an extractor over every stored article and replaces its attributions.
import type { Article, Extraction } from '../extract/types.js';
import { extract as defaultExtract } from '../extract/index.js';
import type { Store } from '../store/types.js';

export interface ReextractProgress {
  articles: number;
  /** Articles whose attributions changed. */
  changed: number;
  attributionsBefore: number;
  attributionsAfter: number;
  failed: number;
  elapsedMs: number;
}

export interface ReextractOptions {
  extract?: (article: Article) => Extraction;
  onProgress?: (progress: ReextractProgress) => void;
  /** Called when the extractor throws on an article; that article keeps its old attributions. */
  onFailure?: (id: string, message: string) => void;
  /** Progress every this many articles (default 500). */
  every?: number;
}

export function reextractAll(store: Store, options: ReextractOptions = {}): ReextractProgress {
  const extract = options.extract ?? defaultExtract;
  const every = Math.max(1, options.every ?? 500);
  const started = performance.now();
  const p: ReextractProgress = { articles: 0, changed: 0, attributionsBefore: 0, attributionsAfter: 0, failed: 0, elapsedMs: 0 };
  // records() reads in pages, so writing while iterating is safe; each article is its own transaction.
  for (const { article, extraction: old } of store.records()) {
    p.articles++;
    p.attributionsBefore += old.attributions.length;
    let fresh: Extraction;
    try {
      fresh = extract(article);
    } catch (err) {
      p.failed++;
      p.attributionsAfter += old.attributions.length;
      options.onFailure?.(article.id, err instanceof Error ? err.message : String(err));
      continue;
    }
    p.attributionsAfter += fresh.attributions.length;
    if (canonical(fresh) !== canonical(old)) {
      store.replaceExtraction(article.id, fresh);
      p.changed++;
    }
    if (p.articles % every === 0) {
      p.elapsedMs = performance.now() - started;
      options.onProgress?.({ ...p });
    }
  }
  p.elapsedMs = performance.now() - started;
  return p;
}

/** The extraction as a string that does not depend on the key order of its objects. */
function canonical(e: Extraction): string {
  return JSON.stringify([
    e.attributions.map((a) => [a.outlet, a.outletMention, a.speaker, a.speakerActor, a.cue, a.claim,
      a.claimStart, a.claimEnd, a.sentenceStart, a.sentenceEnd, a.actors, a.date]),
    e.relations.map((r) => [r.from, r.to, r.type]).sort(),
  ]);
}

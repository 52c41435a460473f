// Re-runs an extractor over every stored article and replaces its attributions.
import type { Article, Extraction } from '../extract/types.js';
import { extract as defaultExtract } from '../extract/index.js';
import type { ArticleRecord, Store } from '../store/types.js';
import { createExtractPool, type ExtractOutcome } from './extract-pool.js';

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
  /** A custom extractor (turns workers off). */
  extract?: (article: Article) => Extraction;
  /** Extraction worker threads (0, the default: this thread). */
  workers?: number;
  onProgress?: (progress: ReextractProgress) => void;
  /** Called when the extractor throws on an article; that article keeps its old attributions. */
  onFailure?: (id: string, message: string) => void;
  /** Progress every this many articles (default 500). */
  every?: number;
}

const CHUNK = 25;

export async function reextractAll(store: Store, options: ReextractOptions = {}): Promise<ReextractProgress> {
  const extract = options.extract ?? defaultExtract;
  const every = Math.max(1, options.every ?? 500);
  const started = performance.now();
  const p: ReextractProgress = { articles: 0, changed: 0, attributionsBefore: 0, attributionsAfter: 0, failed: 0, elapsedMs: 0 };
  const pool = !options.extract && (options.workers ?? 0) > 0 ? createExtractPool(options.workers) : undefined;
  const extractChunk = pool
    ? (articles: Article[]) => pool.extractMany(articles)
    : (articles: Article[]) => Promise.resolve(articles.map((a): ExtractOutcome => {
      try {
        return { ok: true, extraction: extract(a) };
      } catch (err) {
        return { ok: false, message: err instanceof Error ? err.message : String(err) };
      }
    }));
  const inFlight: { records: ArticleRecord[]; outcomes: Promise<ExtractOutcome[]> }[] = [];
  const maxInFlight = pool ? pool.size * 2 : 1;

  const settleOldest = async () => {
    const job = inFlight.shift();
    if (!job) return;
    const outcomes = await job.outcomes;
    job.records.forEach(({ article, extraction: old }, i) => {
      const outcome = outcomes[i];
      p.articles++;
      p.attributionsBefore += old.attributions.length;
      if (!outcome.ok) {
        p.failed++;
        p.attributionsAfter += old.attributions.length;
        options.onFailure?.(article.id, outcome.message);
      } else {
        p.attributionsAfter += outcome.extraction.attributions.length;
        if (canonical(outcome.extraction) !== canonical(old)) {
          // Each article is its own transaction: a crash leaves every article whole, old or new.
          store.replaceExtraction(article.id, outcome.extraction);
          p.changed++;
        }
      }
      if (p.articles % every === 0) {
        p.elapsedMs = performance.now() - started;
        options.onProgress?.({ ...p });
      }
    });
  };

  try {
    // records() reads in pages, so writing while iterating is safe.
    let chunk: ArticleRecord[] = [];
    const submit = () => {
      if (!chunk.length) return;
      inFlight.push({ records: chunk, outcomes: extractChunk(chunk.map((r) => r.article)) });
      chunk = [];
    };
    for (const record of store.records()) {
      chunk.push(record);
      if (chunk.length >= CHUNK) {
        submit();
        while (inFlight.length >= maxInFlight) await settleOldest();
      }
    }
    submit();
    while (inFlight.length) await settleOldest();
  } finally {
    await pool?.close();
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

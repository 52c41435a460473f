// The live service: one store, the graph model built from it at start-up and kept
// up to date on ingest (no full rebuild), and a single writer for ingests.
import type { Article, Attribution } from './extract/types.js';
import { extract } from './extract/index.js';
import { openStore, type OpenStoreOptions } from './store/index.js';
import type { Store } from './store/types.js';
import { buildGraphModel, type GraphModel } from './graph/index.js';

export interface IngestedArticle {
  /** the id the article is stored under (the existing one for a duplicate) */
  id: string;
  title: string;
  /** false when the same text was already stored: nothing was added */
  inserted: boolean;
  /** the id the article asked for, when another article already had it */
  renamedFrom?: string;
  attributions: (Attribution & { claimKey: string | null })[];
  /** keys of the graph nodes this article added */
  addedNodes: string[];
}

export interface AppService {
  readonly store: Store;
  readonly model: GraphModel;
  /** bumped whenever the graph changes; caches key on it */
  readonly version: number;
  /** true once close() was called */
  readonly closed: boolean;
  ingest(articles: Article[]): Promise<IngestedArticle[]>;
  /** calls `listener` after each batch that changed the graph; returns the unsubscribe function */
  onChange(listener: () => void): () => void;
  close(): Promise<void>;
}

/** Thrown when the extractor fails on an article: a problem with that input, not with the server. */
export class ExtractionFailedError extends Error {
  constructor(readonly articleId: string, cause: unknown) {
    super(`could not extract attributions from article "${articleId.slice(0, 80)}"`);
    this.name = 'ExtractionFailedError';
    this.cause = cause;
  }
}

export function openService(opts: { dbFile: string; store?: OpenStoreOptions }): AppService {
  const store = openStore(opts.dbFile, opts.store);
  let model: GraphModel;
  try {
    model = buildGraphModel(store.records());
  } catch (err) {
    store.close();
    throw err;
  }
  return createService(store, model);
}

function createService(store: Store, model: GraphModel): AppService {
  let version = 1;
  let closed = false;
  // One writer: each ingest waits for the previous one, so graph updates never interleave.
  let queue: Promise<unknown> = Promise.resolve();
  const listeners = new Set<() => void>();

  function ingestOne(article: Article): IngestedArticle {
    let extraction;
    try {
      extraction = extract(article);
    } catch (err) {
      throw new ExtractionFailedError(article.id, err);
    }
    const result = store.ingest(article, extraction);
    const stored = result.inserted ? store.getArticle(result.id) : undefined;
    const addedNodes = stored ? model.addRecord(stored) : [];
    if (stored) version++;
    const record = stored ?? store.getArticle(result.id);
    const attributions = (record?.extraction.attributions ?? extraction.attributions).map((a: Attribution, i: number) => ({
      ...a,
      claimKey: model.claimKeyOf(result.id, i) ?? null,
    }));
    const out: IngestedArticle = { id: result.id, title: record?.article.title ?? article.title, inserted: result.inserted, attributions, addedNodes };
    if (result.inserted && result.id !== article.id) out.renamedFrom = article.id;
    return out;
  }

  const service: AppService = {
    store,
    model,
    get version() {
      return version;
    },
    get closed() {
      return closed;
    },
    ingest(articles) {
      if (closed) return Promise.reject(new Error('the service is closed'));
      const run = queue.then(async () => {
        const out: IngestedArticle[] = [];
        const before = version;
        try {
          for (let i = 0; i < articles.length; i++) {
            out.push(ingestOne(articles[i]));
            // Let reads run between articles of a big batch.
            if (i % 16 === 15) await new Promise((resolve) => setImmediate(resolve));
          }
        } finally {
          if (version !== before) for (const listener of listeners) listener();
        }
        return out;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      if (closed) return;
      closed = true;
      await queue;
      store.close();
    },
  };
  return service;
}

// Files → articles → extraction → store, in batches (one transaction each), with progress.
// A bad file or line is reported and skipped; a store that cannot be written stops the run.
import fs from 'node:fs';
import type { Article, Extraction } from '../extract/types.js';
import { extract as defaultExtract } from '../extract/index.js';
import type { IngestResult, Store } from '../store/types.js';
import { StoreInputError } from '../store/errors.js';
import { expandPaths } from './expand-paths.js';
import { readArticleFile, type ReadItem } from './read-articles.js';
import { createExtractPool, defaultPoolSize, type ExtractOutcome } from './extract-pool.js';

export interface IngestProblem {
  file: string;
  /** 1-based line, for JSONL inputs. */
  line?: number;
  message: string;
}

export interface IngestProgress {
  filesTotal: number;
  filesDone: number;
  /** Articles read and extracted so far (stored or found already stored). */
  articles: number;
  /** Articles newly stored. */
  inserted: number;
  /** Articles whose text was already in the store. */
  duplicates: number;
  /** Attributions found in the newly stored articles. */
  attributions: number;
  problems: number;
  elapsedMs: number;
}

export interface IngestSummary extends IngestProgress {
  problemList: IngestProblem[];
  /** Articles stored under another id because theirs was taken by a different text. */
  renamed: { file: string; from: string; to: string }[];
  /** True when `signal` stopped the run early (everything counted above is stored). */
  stopped: boolean;
}

export interface IngestFilesOptions {
  /** Articles per transaction (default 250). */
  batchSize?: number;
  onProgress?: (progress: IngestProgress) => void;
  onProblem?: (problem: IngestProblem) => void;
  /** The extractor (default: the project's `extract`). */
  extract?: (article: Article) => Extraction;
  /**
   * Worker threads for extraction: a number (0, the default, extracts on this thread), or
   * 'auto' for defaultPoolSize() when the inputs hold more than a few MB. Workers run the
   * project's extractor, so a custom `extract` turns them off.
   */
  workers?: number | 'auto';
  /** Stops the run after the batch in progress is stored (Ctrl-C in the CLI). */
  signal?: AbortSignal;
}

interface Pending {
  article: Article;
  extraction: Extraction;
  file: string;
  line?: number;
}

/** Ingests files, folders and globs into `store`. Throws only when the store fails (read-only, full...). */
export async function ingestFiles(store: Store, paths: readonly string[], options: IngestFilesOptions = {}): Promise<IngestSummary> {
  const extract = options.extract ?? defaultExtract;
  const batchSize = Math.max(1, options.batchSize ?? 250);
  const started = performance.now();
  const { files, problems: pathProblems } = expandPaths(paths);
  const summary: IngestSummary = {
    filesTotal: files.length,
    filesDone: 0,
    articles: 0,
    inserted: 0,
    duplicates: 0,
    attributions: 0,
    problems: 0,
    elapsedMs: 0,
    problemList: [],
    renamed: [],
    stopped: false,
  };
  const report = (p: IngestProblem) => {
    summary.problems++;
    summary.problemList.push(p);
    options.onProblem?.(p);
  };
  const progress = () => {
    summary.elapsedMs = performance.now() - started;
    options.onProgress?.(progressOf(summary));
  };
  pathProblems.forEach(report);

  let pending: Pending[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    storeBatch(store, batch, summary, report);
  };

  // Articles go to the extractor in chunks; with workers several chunks are in flight
  // while this thread reads on. Chunks are stored in the order they were read.
  const workers = options.extract ? 0 : options.workers === 'auto' ? autoWorkers(files) : options.workers ?? 0;
  const pool = workers > 0 ? createExtractPool(workers) : undefined;
  const extractChunk = pool
    ? (articles: Article[]) => pool.extractMany(articles)
    : (articles: Article[]) => Promise.resolve(articles.map((a) => extractSafely(extract, a)));
  const inFlight: { items: ReadOk[]; outcomes: Promise<ExtractOutcome[]> }[] = [];
  const maxInFlight = pool ? pool.size * 2 : 1;
  let chunk: ReadOk[] = [];

  const submit = () => {
    if (chunk.length === 0) return;
    inFlight.push({ items: chunk, outcomes: extractChunk(chunk.map((i) => i.article)) });
    chunk = [];
  };
  /** Takes the oldest chunk's extractions into the store batch; false once stopped. */
  const settleOldest = async (): Promise<boolean> => {
    const done = inFlight.shift();
    if (!done) return true;
    const outcomes = await done.outcomes;
    done.items.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome.ok) pending.push({ article: item.article, extraction: outcome.extraction, file: item.file, line: item.line });
      else report({ file: item.file, line: item.line, message: `extraction failed: ${outcome.message}` });
    });
    if (pending.length >= batchSize) {
      flush();
      progress();
      await yieldToEventLoop();
    }
    return !options.signal?.aborted;
  };

  try {
    files: for (const file of files) {
      for (const item of readArticleFile(file)) {
        if (!item.ok) {
          report({ file: item.file, line: item.line, message: item.message });
          continue;
        }
        // Already stored (a re-run, say): no need to extract it again.
        if (store.idOfText(item.article.text) !== undefined) {
          summary.articles++;
          summary.duplicates++;
          continue;
        }
        chunk.push(item);
        if (chunk.length >= CHUNK) {
          submit();
          while (inFlight.length >= maxInFlight) {
            if (!(await settleOldest())) {
              summary.stopped = true;
              break files;
            }
          }
        }
      }
      summary.filesDone++;
      progress();
      if (options.signal?.aborted) {
        summary.stopped = true;
        break;
      }
    }
    if (!summary.stopped) {
      submit();
      while (inFlight.length) {
        if (!(await settleOldest())) {
          summary.stopped = true;
          break;
        }
      }
    }
    flush();
  } finally {
    await pool?.close();
  }
  progress();
  return summary;
}

/** Below this much input, starting workers costs more than it saves. */
const AUTO_WORKERS_MIN_BYTES = 4 * 1024 * 1024;

function autoWorkers(files: string[]): number {
  let bytes = 0;
  for (const f of files) {
    try {
      bytes += fs.statSync(f).size;
    } catch {
      // unreadable: the reader reports it
    }
    if (bytes > AUTO_WORKERS_MIN_BYTES) return defaultPoolSize();
  }
  return 0;
}

/** Articles per extraction job. */
const CHUNK = 25;

type ReadOk = Extract<ReadItem, { ok: true }>;

function extractSafely(extract: (a: Article) => Extraction, article: Article): ExtractOutcome {
  try {
    return { ok: true, extraction: extract(article) };
  } catch (err) {
    return { ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}

function storeBatch(store: Store, batch: Pending[], summary: IngestSummary, report: (p: IngestProblem) => void): void {
  let results: (IngestResult | undefined)[];
  try {
    results = store.ingestMany(batch.map(({ article, extraction }) => ({ article, extraction })));
  } catch (err) {
    if (!(err instanceof StoreInputError)) throw err;
    // One refused article must not cost the others their place: store them one by one.
    results = batch.map((p) => {
      try {
        return store.ingest(p.article, p.extraction);
      } catch (e) {
        if (!(e instanceof StoreInputError)) throw e;
        report({ file: p.file, line: p.line, message: e.message });
        return undefined;
      }
    });
  }
  results.forEach((r, i) => {
    if (!r) return;
    summary.articles++;
    if (r.inserted) {
      summary.inserted++;
      summary.attributions += r.attributions;
    } else {
      summary.duplicates++;
    }
    if (r.renamedFrom !== undefined) summary.renamed.push({ file: batch[i].file, from: r.renamedFrom, to: r.id });
  });
}

function progressOf(s: IngestSummary): IngestProgress {
  const { filesTotal, filesDone, articles, inserted, duplicates, attributions, problems, elapsedMs } = s;
  return { filesTotal, filesDone, articles, inserted, duplicates, attributions, problems, elapsedMs };
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

// A small pool of worker threads running `extract`, so that extraction (the slow part of
// ingest) uses every core while the main thread reads files and writes SQLite.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article, Extraction } from '../extract/types.js';

export type ExtractOutcome = { ok: true; extraction: Extraction } | { ok: false; message: string };
export interface WorkerRequest { id: number; articles: Article[] }
export interface WorkerReply { id: number; results: ExtractOutcome[] }

export interface ExtractPool {
  readonly size: number;
  /** Extracts the articles on some worker; outcomes come back in the same order. */
  extractMany(articles: Article[]): Promise<ExtractOutcome[]>;
  close(): Promise<void>;
}

/**
 * Workers to use by default: one per core but one (the main thread reads and writes),
 * at most 8 — and none below 4 cores, where each worker's start-up and JIT warm-up cost
 * more than the parallelism saves (measured on 2 cores: about 2x the CPU per article
 * for the first thousand articles of each worker).
 */
export function defaultPoolSize(cores = os.availableParallelism()): number {
  return cores >= 4 ? Math.min(8, cores - 1) : 0;
}

/**
 * Starts `size` workers. The worker script is this folder's extract-worker: .js once
 * compiled; .ts from source, loaded through tsx's API.
 */
export function createExtractPool(size = defaultPoolSize()): ExtractPool {
  const fromSource = import.meta.url.endsWith('.ts');
  const script = new URL(`./extract-worker${fromSource ? '.ts' : '.js'}`, import.meta.url);
  // From source, a bootstrap registers tsx in the worker first: workers do not inherit the
  // parent's module hooks (neither tsx's nor vitest's).
  const needsTsx = fromSource;
  const tsxApi = needsTsx ? pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href : '';
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(script.href)}); })`;
  const waiting = new Map<number, { resolve: (r: ExtractOutcome[]) => void; reject: (e: Error) => void; worker: Worker }>();
  const load = new Map<Worker, number>();
  let nextId = 0;
  let failure: Error | undefined;

  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const w = needsTsx ? new Worker(bootstrap, { eval: true }) : new Worker(script);
    load.set(w, 0);
    w.on('message', (reply: WorkerReply) => {
      const job = waiting.get(reply.id);
      if (!job) return;
      waiting.delete(reply.id);
      load.set(w, (load.get(w) ?? 1) - 1);
      job.resolve(reply.results);
    });
    const fail = (err: Error) => {
      failure ??= err;
      for (const [id, job] of waiting) {
        if (job.worker === w) {
          waiting.delete(id);
          job.reject(err);
        }
      }
    };
    w.on('error', fail);
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`an extraction worker stopped (exit code ${code})`));
    });
    return w;
  });

  return {
    size: workers.length,
    extractMany(articles) {
      if (failure) return Promise.reject(failure);
      // The least busy worker gets the job.
      let best = workers[0];
      for (const w of workers) if ((load.get(w) ?? 0) < (load.get(best) ?? 0)) best = w;
      const id = nextId++;
      load.set(best, (load.get(best) ?? 0) + 1);
      const outcome = new Promise<ExtractOutcome[]>((resolve, reject) => {
        waiting.set(id, { resolve, reject, worker: best });
        best.postMessage({ id, articles } satisfies WorkerRequest);
      });
      // A caller may stop before awaiting every job; a failed job must not become an unhandled rejection.
      outcome.catch(() => {});
      return outcome;
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

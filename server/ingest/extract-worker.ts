// Worker thread: runs the extractor over the articles it is sent (extraction is pure,
// so any worker gives the same answer as the main thread).
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract/index.js';
import type { Article } from '../extract/types.js';
import type { WorkerReply, WorkerRequest } from './extract-pool.js';

const port = parentPort;
if (!port) throw new Error('extract-worker runs as a worker thread');
port.on('message', (req: WorkerRequest) => {
  const results = req.articles.map((article: Article) => {
    try {
      return { ok: true as const, extraction: extract(article) };
    } catch (err) {
      return { ok: false as const, message: err instanceof Error ? err.message : String(err) };
    }
  });
  port.postMessage({ id: req.id, results } satisfies WorkerReply);
});

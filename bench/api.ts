// /api/graph latency for a one-outlet view over a 100k-article store, through the real HTTP server.
// The generated database is cached under bench/out/ so repeated runs reuse it.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.js';
import { extract } from '../server/extract/index.js';
import { openStore } from '../server/store/index.js';
import { openService } from '../server/app-service.js';
import { createApp } from '../server/api/app.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES = Number(process.env.BENCH_API_ARTICLES ?? 100_000);
const CHUNK = 5000;
const BATCH = 1000;
const WARM_REQUESTS = 300;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Builds (once) a store of ARTICLES generated articles, ingested straight into the store in big transactions. */
function ensureDatabase(): string {
  const dir = path.join(REPO_ROOT, 'bench/out');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `api-${ARTICLES}.db`);
  if (fs.existsSync(file)) {
    const store = openStore(file);
    const n = store.counts().articles;
    store.close();
    if (n >= ARTICLES) {
      console.log(`reusing ${path.relative(REPO_ROOT, file)} (${n} articles)`);
      return file;
    }
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
  const t0 = performance.now();
  const store = openStore(file);
  let done = 0;
  for (let c = 0; done < ARTICLES; c++) {
    const articles = generateCorpus({ articles: Math.min(CHUNK, ARTICLES - done), seed: 5000 + c });
    for (let i = 0; i < articles.length; i += BATCH) {
      store.ingestMany(articles.slice(i, i + BATCH).map((article) => ({ article, extraction: extract(article) })));
    }
    done += articles.length;
    if (done % 20_000 === 0 || done === ARTICLES) console.log(`  generated and stored ${done} articles (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  const counts = store.counts();
  store.close();
  console.log(`built ${path.relative(REPO_ROOT, file)}: ${counts.articles} articles, ${counts.attributions} attributions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return file;
}

async function get(url: string): Promise<{ ms: number; bytes: number; status: number; body: string }> {
  const t0 = performance.now();
  const res = await fetch(url);
  const body = await res.text();
  return { ms: performance.now() - t0, bytes: body.length, status: res.status, body };
}

export async function run(): Promise<void> {
  const dbFile = ensureDatabase();
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const service = openService({ dbFile });
  const { graph } = service.model;
  console.log(`graph built from the store in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${graph.order} nodes, ${graph.size} edges, RSS +${mb(process.memoryUsage().rss - rss0)}`);

  const server = http.createServer(createApp(service, { clientDir: null }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const outlets = JSON.parse((await get(`${base}/api/outlets`)).body).outlets as { key: string; label: string; claimCount: number }[];
    const chosen = outlets.slice(0, 30);
    console.log(`${outlets.length} outlets; views measured for the ${chosen.length} with most claims (${chosen[0].label}: ${chosen[0].claimCount} claims … ${chosen[chosen.length - 1].label}: ${chosen[chosen.length - 1].claimCount})`);

    // Cold: the first request for each outlet after a graph change (nothing cached).
    const cold: number[] = [];
    let sizes = 0;
    let nodes = 0;
    for (const o of chosen) {
      const r = await get(`${base}/api/graph?outlet=${encodeURIComponent(o.key)}`);
      if (r.status !== 200) throw new Error(`status ${r.status} for ${o.key}`);
      cold.push(r.ms);
      sizes += r.bytes;
      nodes += JSON.parse(r.body).nodes.length;
    }
    // Warm: repeated one-outlet views, as a user clicking around between ingests.
    const warm: number[] = [];
    for (let i = 0; i < WARM_REQUESTS; i++) warm.push((await get(`${base}/api/graph?outlet=${encodeURIComponent(chosen[i % chosen.length].key)}`)).ms);
    cold.sort((a, b) => a - b);
    warm.sort((a, b) => a - b);
    console.log(`one-outlet view: avg ${Math.round(nodes / chosen.length)} nodes, ${mb(sizes / chosen.length)} JSON`);
    console.log(`/api/graph?outlet= cold (first request per outlet): p50 ${percentile(cold, 50).toFixed(1)} ms, p95 ${percentile(cold, 95).toFixed(1)} ms, max ${cold[cold.length - 1].toFixed(1)} ms`);
    console.log(`/api/graph?outlet= warm (${WARM_REQUESTS} requests):        p50 ${percentile(warm, 50).toFixed(1)} ms, p95 ${percentile(warm, 95).toFixed(1)} ms  (target p50 < 50 ms)`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await service.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  run().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}

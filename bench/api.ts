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
import { exportView, selectView } from '../server/graph/index.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES = Number(process.env.BENCH_API_ARTICLES ?? 100_000);
const CHUNK = 5000;
const BATCH = 1000;
const WARM_REQUESTS = 300;
/** outlets whose one-outlet views the server pre-computes after start-up (server/api/view-cache.ts) */
const PREWARMED = 24;

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
  // a fresh connection per request: client and server share this process's event loop
  const res = await fetch(url, { headers: { connection: 'close' } });
  const body = await res.text();
  return { ms: performance.now() - t0, bytes: body.length, status: res.status, body };
}

export async function run(): Promise<void> {
  const dbFile = ensureDatabase();
  if (process.env.BENCH_API_PREPARE_ONLY) return;
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let peakRss = rss0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  const service = openService({ dbFile });
  clearInterval(sampler);
  const cpu = process.cpuUsage(cpu0);
  const { graph } = service.model;
  const counts = service.store.counts();
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  console.log(`store: ${counts.articles} articles, ${counts.attributions} attributions`);
  console.log(
    `graph built from the store (read + build + layout) in ${((performance.now() - t0) / 1000).toFixed(1)} s wall, ` +
      `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU: ${graph.order} nodes, ${graph.size} edges; ` +
      `RSS ${mb(process.memoryUsage().rss)} (peak sampled ${mb(peakRss)}), heap used ${mb(process.memoryUsage().heapUsed)}`,
  );

  const server = http.createServer(createApp(service, { clientDir: null }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const outlets = JSON.parse((await get(`${base}/api/outlets`)).body).outlets as { key: string; label: string; claimCount: number }[];
    const chosen = outlets.slice(0, 24);
    console.log(`${outlets.length} outlets; views measured for the ${chosen.length} with most claims (${chosen[0].label}: ${chosen[0].claimCount} claims … ${chosen[chosen.length - 1].label}: ${chosen[chosen.length - 1].claimCount})`);

    // Uncached, in process: what one view costs to compute and serialise (as right after a graph change).
    const cold: number[] = [];
    let sizes = 0;
    let nodes = 0;
    for (const o of outlets) {
      const t = performance.now();
      const text = JSON.stringify(exportView(graph, { outlets: [o.key] }));
      cold.push(performance.now() - t);
      sizes += text.length;
      nodes += (JSON.parse(text) as { nodes: unknown[] }).nodes.length;
    }
    // For comparison: the same view as a new graphology graph (what the GEXF/CSV exports of a view use).
    const asGraph: number[] = [];
    for (const o of outlets.slice(0, 8)) {
      const t = performance.now();
      JSON.stringify(selectView(graph, { outlets: [o.key] }).export());
      asGraph.push(performance.now() - t);
    }
    // Uncached, over HTTP: the first request for each outlet the server does not pre-compute.
    const uncachedOutlets = outlets.slice(PREWARMED);
    const coldHttp: number[] = [];
    for (const o of uncachedOutlets) {
      const r = await get(`${base}/api/graph?outlet=${encodeURIComponent(o.key)}`);
      if (r.status !== 200) throw new Error(`status ${r.status}`);
      coldHttp.push(r.ms);
    }
    // Let the background pre-computation of the busiest outlets' views finish.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (let settled = 0; settled < 3; ) {
      const r = await get(`${base}/api/graph?outlet=${encodeURIComponent(chosen[0].key)}`);
      settled = r.ms < 100 ? settled + 1 : 0;
      if (!settled) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // Cached, over HTTP: one-outlet views as a user clicks through outlets again (served from memory).
    const warm: number[] = [];
    for (let i = 0; i < WARM_REQUESTS; i++) {
      const r = await get(`${base}/api/graph?outlet=${encodeURIComponent(chosen[i % chosen.length].key)}`);
      if (r.status !== 200) throw new Error(`status ${r.status}`);
      warm.push(r.ms);
    }
    for (const xs of [cold, asGraph, coldHttp, warm]) xs.sort((a, b) => a - b);
    const stats = (xs: number[]) => (xs.length ? `p50 ${percentile(xs, 50).toFixed(1)} ms, p95 ${percentile(xs, 95).toFixed(1)} ms` : 'n/a');
    console.log(`one-outlet view: avg ${Math.round(nodes / outlets.length)} nodes, ${mb(sizes / outlets.length)} JSON`);
    console.log(`UNCACHED view computed in process (exportView + JSON.stringify, ${outlets.length} outlets): ${stats(cold)}`);
    console.log(`UNCACHED GET /api/graph?outlet= over HTTP (first request, ${coldHttp.length} outlets not pre-computed): ${stats(coldHttp)}  (target p50 < 50 ms)`);
    console.log(`CACHED GET /api/graph?outlet= over HTTP (${WARM_REQUESTS} requests, ${chosen.length} outlets): ${stats(warm)}`);
    console.log(`for comparison, view as a new graphology graph + export() (${asGraph.length} outlets): ${stats(asGraph)}`);
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

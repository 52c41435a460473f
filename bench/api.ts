// /api/graph latency for one-outlet views over a 100k-article store, in process and through the real
// HTTP server, uncached and cached, with and without the default node cap; and the model's build cost.
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
import { exportViewPieces } from '../server/graph/index.js';
import { spawn } from 'node:child_process';
import readline from 'node:readline';
import { DEFAULT_VIEW_LIMIT } from '../server/api/view-params.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES = Number(process.env.BENCH_API_ARTICLES ?? 100_000);
const CHUNK = 5000;
const BATCH = 1000;
/** distinct outlets whose one-outlet views are measured */
const OUTLETS = Number(process.env.BENCH_API_OUTLETS ?? 40);


const CACHED_ROUNDS = 5;

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

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? `p50 ${percentile(s, 50).toFixed(1)} ms, p95 ${percentile(s, 95).toFixed(1)} ms` : 'n/a';
};
const cpuSeconds = (u: NodeJS.CpuUsage) => ((u.user + u.system) / 1e6).toFixed(1);

interface ViewShape {
  attributes: { truncated: boolean; totalNodes: number; totalEdges: number };
  nodes: unknown[];
  edges: unknown[];
}

/** Node and edge counts of a capped view from its pieces: the totals are in its attributes (the first piece). */
function shapeOf(pieces: string[]): { nodes: number; total: number; edges: number; totalEdges: number; bytes: number; bytesUncapped: number } {
  const head = pieces[0]!;
  const attributes = JSON.parse(head.slice(head.indexOf('"attributes":') + '"attributes":'.length, head.lastIndexOf(',"nodes":['))) as ViewShape['attributes'];
  let nodes = attributes.totalNodes;
  let edges = attributes.totalEdges;
  if (attributes.truncated) {
    const view = JSON.parse(pieces.join('')) as ViewShape;
    nodes = view.nodes.length;
    edges = view.edges.length;
  }
  return { nodes, total: attributes.totalNodes, edges, totalEdges: attributes.totalEdges, bytes: 0, bytesUncapped: 0 };
}

/** The timing client (bench/http-client.ts) as a long-lived child: one batch of URLs at a time. */
function startClient() {
  const child = spawn(process.execPath, [...process.execArgv, path.join(REPO_ROOT, 'bench/http-client.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  let name = '?';
  return {
    async batch(urls: string[]): Promise<{ ms: number[]; bytes: number[]; status: number[] }> {
      child.stdin!.write(JSON.stringify({ urls }) + '\n');
      const next = await lines.next();
      if (next.done) throw new Error('the HTTP client process ended');
      const r = JSON.parse(next.value) as { client?: string; error?: string; ms: number[]; bytes: number[]; status: number[] };
      if (r.error) throw new Error(r.error);
      if (r.status.some((s) => s !== 200)) throw new Error(`status ${r.status.find((s) => s !== 200)}`);
      name = r.client ?? name;
      return r;
    },
    name: () => name,
    stop: () => child.stdin!.end(),
  };
}

export async function run(): Promise<void> {
  const dbFile = ensureDatabase();
  if (process.env.BENCH_API_PREPARE_ONLY) return;
  const client = startClient();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const service = openService({ dbFile });
  const buildCpu = process.cpuUsage(cpu0);
  const buildWall = (performance.now() - t0) / 1000;
  const { graph } = service.model;
  const counts = service.store.counts();
  const dbBytes = fs.statSync(dbFile).size;
  console.log(`store: ${counts.articles} articles, ${counts.attributions} attributions, ${mb(dbBytes)} file`);
  console.log(
    `model build at start-up (read store + build + layout): ${buildWall.toFixed(1)} s wall, ${cpuSeconds(buildCpu)} s CPU; ` +
      `${graph.order} nodes, ${graph.size} edges; RSS ${mb(process.memoryUsage().rss)}, process peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}, ` +
      `heap used ${mb(process.memoryUsage().heapUsed)}`,
  );

  // Prewarming off: the first request of each (outlet, limit) is computed, later ones come from the cache.
  const server = http.createServer(createApp(service, { clientDir: null, prewarmOutlets: 0 }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const outlets = (JSON.parse((await get(`${base}/api/outlets`)).body).outlets as { key: string; label: string; claimCount: number }[]).slice(0, OUTLETS);
    console.log(`${outlets.length} outlets measured (${outlets[0].label}: ${outlets[0].claimCount} claims … ${outlets[outlets.length - 1].label}: ${outlets[outlets.length - 1].claimCount})`);

    // In process: exportViewPieces as the server calls it (lean edges), no view cache at all.
    const viewSizes: { nodes: number; total: number; edges: number; totalEdges: number; bytes: number; bytesUncapped: number }[] = [];
    const inProcess = (limit: number, record = false) => {
      const ms: number[] = [];
      const cpu = process.cpuUsage();
      for (const [i, o] of outlets.entries()) {
        const t = performance.now();
        const pieces = exportViewPieces(graph, { outlets: [o.key] }, { lean: true, limit });
        ms.push(performance.now() - t);
        if (record) viewSizes[i] = shapeOf(pieces);
      }
      return { ms, cpu: process.cpuUsage(cpu) };
    };
    const cold = inProcess(DEFAULT_VIEW_LIMIT, true);
    const warmCapped = inProcess(DEFAULT_VIEW_LIMIT);
    const warmUncapped = inProcess(0);

    // Requests come from a separate, small process started before the model was built (bench/http-client.ts):
    // a client in this process would share the server's event loop and heap (its garbage, megabytes per view,
    // would be collected on the server's time), and this process, once it holds the model, should not fork.
    const viewUrl = (key: string, limit: number) => `${base}/api/graph?outlet=${encodeURIComponent(key)}&limit=${limit}`;
    const http1 = async (limit: number, record: boolean) => {
      const r = await client.batch(outlets.map((o) => viewUrl(o.key, limit)));
      if (record) for (const [i, bytes] of r.bytes.entries()) viewSizes[i]![limit ? 'bytes' : 'bytesUncapped'] = bytes;
      return r.ms;
    };
    const uncachedCapped = await http1(DEFAULT_VIEW_LIMIT, true);
    console.log(`HTTP client: ${client.name()} in a separate process (time to the last byte)`);
    const uncachedUncapped = await http1(0, true);
    const cachedCapped: number[] = [];
    const cachedUncapped: number[] = [];
    for (let round = 0; round < CACHED_ROUNDS; round++) {
      cachedCapped.push(...(await http1(DEFAULT_VIEW_LIMIT, false)));
      cachedUncapped.push(...(await http1(0, false)));
    }

    const sum = (f: (v: (typeof viewSizes)[number]) => number) => viewSizes.reduce((n, v) => n + f(v), 0);
    const truncatedViews = viewSizes.filter((v) => v.total > v.nodes).length;
    console.log(
      `one-outlet views: uncapped ${Math.min(...viewSizes.map((v) => v.total))}–${Math.max(...viewSizes.map((v) => v.total))} nodes ` +
        `(avg ${Math.round(sum((v) => v.total) / viewSizes.length)}), avg ${Math.round(sum((v) => v.totalEdges) / viewSizes.length)} edges, avg ${mb(sum((v) => v.bytesUncapped) / viewSizes.length)} JSON; ` +
        `capped at ${DEFAULT_VIEW_LIMIT}: ${truncatedViews}/${viewSizes.length} views cut, avg ${Math.round(sum((v) => v.nodes) / viewSizes.length)} nodes, ` +
        `${Math.round(sum((v) => v.edges) / viewSizes.length)} edges, ${mb(sum((v) => v.bytes) / viewSizes.length)} JSON`,
    );
    console.log(`  per view (nodes kept/total): ${viewSizes.map((v) => `${v.nodes}/${v.total}`).join(' ')}`);
    console.log(`UNCACHED in process, exportViewPieces (no view cache; first ever, node/edge fragments cold), capped: ${stats(cold.ms)}, ${cpuSeconds(cold.cpu)} s CPU for ${outlets.length}`);
    console.log(`UNCACHED in process, exportViewPieces (no view cache; fragments warm), capped:   ${stats(warmCapped.ms)}, ${cpuSeconds(warmCapped.cpu)} s CPU for ${outlets.length}`);
    console.log(`UNCACHED in process, exportViewPieces (no view cache; fragments warm), uncapped: ${stats(warmUncapped.ms)}, ${cpuSeconds(warmUncapped.cpu)} s CPU for ${outlets.length}`);
    console.log(`UNCACHED GET /api/graph?outlet=X (first request of each outlet, prewarm off), capped (default limit): ${stats(uncachedCapped)}  [target p50 < 50 ms]`);
    console.log(`UNCACHED GET /api/graph?outlet=X&limit=0 (first request of each outlet), uncapped:                     ${stats(uncachedUncapped)}`);
    console.log(`CACHED   GET /api/graph?outlet=X, capped   (${cachedCapped.length} requests): ${stats(cachedCapped)}`);
    console.log(`CACHED   GET /api/graph?outlet=X&limit=0, uncapped (${cachedUncapped.length} requests): ${stats(cachedUncapped)}`);
  } finally {
    client.stop();
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

// Load and concurrency: 8 ingest clients post 1,000 distinct articles in all while 8 readers request
// views and exports, against a spawned server on 127.0.0.1 only. Bounded in count and time.
// Prints p50/p99 latency and throughput, and checks: every article stored exactly once,
// every response well-formed, no 5xx.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { generateCorpus } from './corpus.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WRITERS = 8;
const READERS = 8;
const ARTICLES = Number(process.env.BENCH_LOAD_ARTICLES ?? 1000);
const MAX_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 600);
const MAX_READS = 20_000;

interface Sample { kind: string; ms: number; status: number; ok: boolean }

const failures: string[] = [];

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

async function startServer(dbFile: string): Promise<{ url: string; stop(): Promise<number | null> }> {
  const child = spawn(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['server/cli.ts', 'serve', '--db', dbFile, '--port', '0', '--host', '127.0.0.1'], {
    cwd: REPO_ROOT,
    env: { ...process.env, HOST: '', PORT: '', REPORTGRAPH_TOKEN: '', REPORTGRAPH_WRITE_RATE: '1000000' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    child.stdout.on('data', () => {
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    exited.then((code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

async function timed(kind: string, samples: Sample[], run: () => Promise<{ status: number; ok: boolean }>): Promise<void> {
  const t0 = performance.now();
  let status = 0;
  let ok = false;
  try {
    ({ status, ok } = await run());
    if (!ok && failures.length < 10) failures.push(`${kind}: status ${status}`);
  } catch (err) {
    status = 0;
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    if (failures.length < 10) failures.push(`${kind}: ${err instanceof Error ? err.message : String(err)} ${cause?.code ?? ''} ${cause?.message ?? ''}`);
  }
  samples.push({ kind, ms: performance.now() - t0, status, ok });
}

function wellFormedJson(text: string, check: (v: any) => boolean): boolean {
  try {
    return check(JSON.parse(text));
  } catch {
    return false;
  }
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-load-'));
  const dbFile = path.join(dir, 'load.db');
  const articles = generateCorpus({ articles: ARTICLES, seed: 777 });
  const server = await startServer(dbFile);
  const { url } = server;
  const samples: Sample[] = [];
  const deadline = Date.now() + MAX_SECONDS * 1000;
  let next = 0;
  let writersDone = 0;
  let reads = 0;
  let outletNames: string[] = ['Reuters'];

  const writer = async () => {
    while (next < articles.length && Date.now() < deadline) {
      const article = articles[next++];
      await timed('POST /api/articles', samples, async () => {
        const res = await fetch(`${url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(article) });
        const text = await res.text();
        return { status: res.status, ok: wellFormedJson(text, (v) => res.status === 201 && v.article?.id === article.id && Array.isArray(v.addedNodes)) };
      });
    }
    writersDone++;
  };

  const READS: { kind: string; path: () => string; check: (text: string, res: Response) => boolean }[] = [
    { kind: 'GET /api/graph', path: () => '/api/graph', check: (t) => wellFormedJson(t, (v) => Array.isArray(v.nodes) && Array.isArray(v.edges)) },
    {
      kind: 'GET /api/graph?outlet=',
      path: () => `/api/graph?outlet=${encodeURIComponent(outletNames[Math.floor(Math.random() * outletNames.length)])}`,
      check: (t) => wellFormedJson(t, (v) => Array.isArray(v.nodes) && v.nodes.filter((n: any) => n.attributes.kind === 'outlet').length <= 1),
    },
    { kind: 'GET /api/outlets', path: () => '/api/outlets', check: (t) => wellFormedJson(t, (v) => Array.isArray(v.outlets)) },
    { kind: 'GET /api/search', path: () => '/api/search?q=minister', check: (t) => wellFormedJson(t, (v) => Array.isArray(v.results)) },
    { kind: 'GET /api/export.gexf', path: () => '/api/export.gexf?outlet=Reuters', check: (t) => t.startsWith('<?xml') && t.trimEnd().endsWith('</gexf>') },
    { kind: 'GET /api/export.csv', path: () => '/api/export.csv?outlet=AFP', check: (t) => /^[^\n]*claim/i.test(t) },
  ];

  const reader = async (i: number) => {
    let k = i;
    while (writersDone < WRITERS && reads < MAX_READS && Date.now() < deadline) {
      const r = READS[k++ % READS.length];
      reads++;
      await timed(r.kind, samples, async () => {
        const res = await fetch(`${url}${r.path()}`);
        const text = await res.text();
        return { status: res.status, ok: res.status === 200 && r.check(text, res) };
      });
    }
  };

  const started = performance.now();
  const outletsRefresher = setInterval(async () => {
    try {
      const v = (await (await fetch(`${url}/api/outlets`)).json()) as { outlets: { label: string }[] };
      if (v.outlets.length) outletNames = v.outlets.map((o) => o.label);
    } catch {
      /* counted by the readers */
    }
  }, 1000);
  await Promise.all([...Array.from({ length: WRITERS }, writer), ...Array.from({ length: READERS }, (_, i) => reader(i))]);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(outletsRefresher);

  const health = (await (await fetch(`${url}/api/health`)).json()) as { articles: number };
  const shutdownCode = await server.stop();

  // Every posted article stored exactly once.
  const db = new Database(dbFile, { readonly: true });
  const ids = db.prepare('SELECT id FROM articles').pluck().all() as string[];
  const integrity = db.pragma('integrity_check', { simple: true });
  const orphans = (db.prepare('SELECT count(*) FROM attributions t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = t.article_id)').pluck().get() as number) ?? 0;
  db.close();
  const idSet = new Set(ids);
  const missing = articles.filter((a) => !idSet.has(a.id)).length;
  const extra = ids.length - idSet.size + (ids.length - articles.length);

  console.log(`load: ${WRITERS} writers posted ${next} of ${articles.length} articles, ${READERS} readers made ${reads} requests, in ${seconds.toFixed(1)} s`);
  const kinds = [...new Set(samples.map((s) => s.kind))];
  console.log(`${'request'.padEnd(26)} ${'count'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'req/s'.padStart(7)} ${'5xx'.padStart(4)} ${'bad'.padStart(4)}`);
  for (const kind of ['all', ...kinds]) {
    const s = kind === 'all' ? samples : samples.filter((x) => x.kind === kind);
    const ms = s.map((x) => x.ms).sort((a, b) => a - b);
    const five = s.filter((x) => x.status >= 500 || x.status === 0).length;
    const bad = s.filter((x) => !x.ok).length;
    console.log(`${kind.padEnd(26)} ${String(s.length).padStart(6)} ${percentile(ms, 50).toFixed(1).padStart(8)} ${percentile(ms, 99).toFixed(1).padStart(8)} ${(s.length / seconds).toFixed(1).padStart(7)} ${String(five).padStart(4)} ${String(bad).padStart(4)}`);
  }
  const writes = samples.filter((x) => x.kind === 'POST /api/articles');
  console.log(`ingest throughput: ${(writes.length / seconds).toFixed(1)} articles/s over HTTP while serving reads`);
  const fiveXX = samples.filter((x) => x.status >= 500 || x.status === 0).length;
  const malformed = samples.filter((x) => !x.ok).length;
  const checks = {
    'articles stored': `${ids.length} (health says ${health.articles})`,
    'missing articles': missing,
    'duplicate or extra rows': extra,
    'attributions without article': orphans,
    integrity,
    '5xx or failed requests': fiveXX,
    'malformed responses': malformed,
    'server exit code after SIGTERM': shutdownCode,
  };
  for (const [k, v] of Object.entries(checks)) console.log(`  ${k}: ${v}`);
  if (failures.length) console.log(`first failures:\n  ${failures.join('\n  ')}`);
  fs.rmSync(dir, { recursive: true, force: true });
  const pass = missing === 0 && extra === 0 && orphans === 0 && integrity === 'ok' && fiveXX === 0 && malformed === 0 && shutdownCode === 0 && next === articles.length;
  console.log(pass ? 'load: PASS' : 'load: FAIL');
  if (!pass) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  run().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}

// Graph benchmark: builds a synthetic attribution graph of about 100k nodes and
// 300k edges through GraphModel.addRecord, then measures the layout, a one-outlet
// view, and the GEXF export (seconds and peak memory), with graphology-gexf's
// writer for comparison (skip it with BENCH_SKIP_GRAPHOLOGY_GEXF=1).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import gexf from 'graphology-gexf';
import type { ArticleRecord } from '../server/store/types.js';
import type { Attribution } from '../server/extract/types.js';
import { GraphModel, selectView, writeGexf } from '../server/graph/index.js';
import { prng } from './corpus.js';
import { openStore } from '../server/store/index.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');


const OUTLETS = [
  'Reuters', 'Agence France-Presse', 'Associated Press', 'The New York Times', 'The Washington Post', 'Financial Times',
  'The Wall Street Journal', 'BBC News', 'CNN', 'Al Jazeera', 'Bloomberg', 'The Guardian', 'Axios', 'Politico', 'Yonhap',
  'Kyodo News', 'Xinhua', 'KCNA', 'Le Monde', 'Der Spiegel', 'Haaretz', 'Deutsche Welle', 'NHK', 'TASS', 'ANSA', 'EFE',
];
const ANON = ['sources familiar with the matter', 'a senior official', 'two people briefed on the talks', 'diplomats', 'witnesses', 'analysts'];
const WORDS = (
  'ceasefire talks sanctions vote delegation border trade deal prisoners aid package rates currency inquiry contract ' +
  'harbour bridge pipeline election budget strike reactor satellite drought flood vaccine tariff embassy summit treaty ' +
  'convoy refinery airport railway grain exports imports loan bond court verdict appeal protest curfew ministry agency'
).split(' ');
const VERBS = ['will resume', 'has delayed', 'plans to expand', 'rejected', 'approved', 'is reviewing', 'cancelled', 'extended', 'suspended', 'announced'];

/** Deterministic records: ~30% of claims repeat an earlier one (reported by another outlet). */
export function syntheticRecords(articles: number, seed = 7): ArticleRecord[] {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const actors = Array.from({ length: 4000 }, (_, i) => `Actor ${i} ${pick(WORDS)}`);
  const people = Array.from({ length: 600 }, (_, i) => `Speaker ${i}`);
  const claims: string[] = [];
  const records: ArticleRecord[] = [];
  for (let a = 0; a < articles; a++) {
    const attributions: Attribution[] = [];
    const count = 2 + Math.floor(r() * 2);
    const day = String(1 + (a % 28)).padStart(2, '0');
    for (let i = 0; i < count; i++) {
      let claim: string;
      if (claims.length > 100 && r() < 0.3) claim = claims[Math.floor(r() * claims.length)]!;
      else {
        claim = `${pick(actors)} ${pick(VERBS)} the ${pick(WORDS)} ${pick(WORDS)} ${a}-${i} with ${pick(actors)}`;
        claims.push(claim);
      }
      const kind = r();
      const named = kind < 0.45 ? pick(people) : null;
      const anonymous = !named && kind < 0.85 ? pick(ANON) : null;
      attributions.push({
        outlet: pick(OUTLETS),
        outletMention: null,
        speaker: named ?? anonymous,
        speakerActor: named,
        cue: 'said',
        claim,
        claimStart: 0,
        claimEnd: claim.length,
        sentenceStart: 0,
        sentenceEnd: claim.length,
        actors: r() < 0.6 ? [pick(actors)] : [pick(actors), pick(actors)],
        date: `2024-03-${day}`,
      });
    }
    records.push({
      article: {
        id: `a${a}`, title: `Article ${a}`, text: '', published: `2024-03-${day}`, publisher: pick(OUTLETS), url: null,
        hash: `h${a}`, ingestedAt: '2024-04-01T00:00:00Z',
      },
      extraction: { attributions, relations: count > 2 && r() < 0.2 ? [{ from: 0, to: 1, type: 'contradicts' }] : [] },
    });
  }
  return records;
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
/** CPU seconds (user + system) since `start`: less noisy than wall time on a shared machine. */
const cpuSeconds = (start: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(start);
  return ((u.user + u.system) / 1e6).toFixed(2);
};
/** Peak resident set size of the process so far, in bytes. */
const peakRss = () => process.resourceUsage().maxRSS * 1024;

/**
 * The GEXF export as a user runs it: the synthetic records in a real store, then a fresh
 * process runs `npx tsx server/cli.ts export --format gexf --db STORE -o FILE` under
 * /usr/bin/time (its peak RSS is the largest of the process tree), and a fresh
 * `bench/export-child.ts` process does the same steps and times build and export apart.
 */
function exportInChildProcesses(records: ArticleRecord[]): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'reportgraph-bench-child-'));
  try {
    const dbFile = path.join(dir, 'store.db');
    const store = openStore(dbFile);
    // the store wants a (distinct) article text; the graph is built from the attributions alone
    const withText = records.map(({ article, extraction }) => ({
      article: { ...article, text: `${extraction.attributions.map((a) => a.claim).join('. ')} (${article.id})` },
      extraction,
    }));
    for (let i = 0; i < withText.length; i += 2000) store.ingestMany(withText.slice(i, i + 2000));
    const counts = store.counts();
    store.close();
    console.log(`child-process export: store of ${counts.articles} articles, ${counts.attributions} attributions (${mb(statSync(dbFile).size)})`);

    const out = path.join(dir, 'cli.gexf');
    if (existsSync('/usr/bin/time')) {
      const t = performance.now();
      const cli = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', 'npx', 'tsx', 'server/cli.ts', 'export', '--format', 'gexf', '--db', dbFile, '-o', out], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
      });
      const wall = (performance.now() - t) / 1000;
      const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(cli.stderr ?? '');
      if (cli.status !== 0 || !m) throw new Error(`CLI export failed (${cli.status}): ${cli.stderr}`);
      console.log(
        `  npx tsx server/cli.ts export --format gexf (whole run: start, read store, build model, layout, export): ${wall.toFixed(1)} s wall, ` +
          `${(Number(m[2]) + Number(m[3])).toFixed(1)} s CPU, peak RSS ${mb(Number(m[4]) * 1024)}, ${mb(statSync(out).size)} file  [target < 1 GB]`,
      );
    }
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/export-child.ts', dbFile, out], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`export child failed (${child.status}): ${child.stderr}`);
    const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as {
      nodes: number; edges: number; build: { seconds: number; cpu: number }; export: { seconds: number; cpu: number }; bytes: number;
      peakRssAfterBuild: number; peakRss: number;
    };
    console.log(
      `  fresh process (bench/export-child.ts), ${r.nodes} nodes, ${r.edges} edges: model build ${r.build.seconds.toFixed(1)} s (cpu ${r.build.cpu.toFixed(1)} s), ` +
        `GEXF export ${r.export.seconds.toFixed(2)} s (cpu ${r.export.cpu.toFixed(2)} s), ${mb(r.bytes)} file; ` +
        `peak RSS after build ${mb(r.peakRssAfterBuild)}, at the end ${mb(r.peakRss)}  [targets: export < 3 s, < 1 GB]`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const articles = Number(process.env.BENCH_GRAPH_ARTICLES ?? 32000);
  const records = syntheticRecords(articles);
  if (!process.env.BENCH_SKIP_CHILD_EXPORT) exportInChildProcesses(records);
  const attributions = records.reduce((n, rec) => n + rec.extraction.attributions.length, 0);

  const model = new GraphModel();
  let cpu = process.cpuUsage();
  let t = performance.now();
  for (const rec of records) model.addRecord(rec);
  const buildSeconds = (performance.now() - t) / 1000;
  const g = model.graph;
  console.log(`graph: ${g.order} nodes, ${g.size} edges from ${articles} articles (${attributions} attributions)`);
  console.log(`build (incremental addRecord): ${buildSeconds.toFixed(2)} s (cpu ${cpuSeconds(cpu)} s), ${Math.round(articles / buildSeconds)} articles/s`);

  cpu = process.cpuUsage();
  t = performance.now();
  model.layout({ maxMillis: 5000 });
  console.log(`layout (ForceAtlas2, bounded): ${((performance.now() - t) / 1000).toFixed(2)} s (cpu ${cpuSeconds(cpu)} s)`);

  const viewTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const s = performance.now();
    selectView(g, { outlets: [OUTLETS[i % OUTLETS.length]!] });
    viewTimes.push(performance.now() - s);
  }
  viewTimes.sort((a, b) => a - b);
  console.log(`selectView one outlet: p50 ${viewTimes[15]!.toFixed(1)} ms, p95 ${viewTimes[28]!.toFixed(1)} ms`);

  const dir = mkdtempSync(path.join(tmpdir(), 'reportgraph-bench-'));
  try {
    const file = path.join(dir, 'graph.gexf');
    // twice: the first run pays for JIT warm-up and collects the build's garbage
    for (const run of ['first', 'second']) {
      const rssBefore = process.memoryUsage().rss;
      const peakBefore = peakRss();
      let rssMax = rssBefore;
      const fd = openSync(file, 'w');
      cpu = process.cpuUsage();
      t = performance.now();
      writeGexf(g, (chunk) => {
        writeSync(fd, chunk);
        const rss = process.memoryUsage.rss();
        if (rss > rssMax) rssMax = rss;
      });
      closeSync(fd);
      const gexfSeconds = (performance.now() - t) / 1000;
      console.log(
        `GEXF export to file, ${run} run (streaming writer): ${gexfSeconds.toFixed(2)} s (cpu ${cpuSeconds(cpu)} s), ${mb(statSync(file).size)} file, ` +
          `RSS ${mb(rssBefore)} -> max ${mb(rssMax)} (delta ${mb(rssMax - rssBefore)}), process peak RSS ${mb(Math.max(peakBefore, peakRss()))}` +
          `  [targets: < 3 s, < 1 GB]`,
      );
    }

    cpu = process.cpuUsage();
    t = performance.now();
    let bytes = 0;
    writeGexf(g, (chunk) => {
      bytes += chunk.length;
    });
    console.log(
      `GEXF generation alone (no file): ${((performance.now() - t) / 1000).toFixed(2)} s (cpu ${cpuSeconds(cpu)} s), ${mb(bytes)} of text`,
    );

    if (process.env.BENCH_SKIP_GRAPHOLOGY_GEXF) return;
    const gexfModule = ((gexf as { default?: unknown }).default ?? gexf) as typeof gexf;
    const before = process.memoryUsage().rss;
    cpu = process.cpuUsage();
    t = performance.now();
    const xml = gexfModule.write(g, { version: '1.3', pedantic: true });
    const seconds = (performance.now() - t) / 1000;
    console.log(
      `graphology-gexf write (comparison): ${seconds.toFixed(2)} s (cpu ${cpuSeconds(cpu)} s), ${mb(xml.length)} string, ` +
        `RSS ${mb(before)} -> ${mb(process.memoryUsage().rss)}, process peak RSS ${mb(peakRss())}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}

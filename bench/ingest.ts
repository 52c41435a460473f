// Ingest throughput into SQLite, extraction included: JSONL files of generated articles →
// ingestFiles → a fresh database file. Also prints the store-only and extraction-only rates
// so a slowdown can be placed, and the rate of a second, all-duplicate run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from './corpus.js';
import { extract } from '../server/extract/index.js';
import { openStore } from '../server/store/index.js';
import { ingestFiles } from '../server/ingest/ingest-files.js';
import { defaultPoolSize } from '../server/ingest/extract-pool.js';

const ARTICLES = Number(process.env.BENCH_INGEST_ARTICLES ?? 5000);
const PER_FILE = 500;

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-bench-ingest-'));
  try {
    const corpus = generateCorpus({ articles: ARTICLES, seed: 7 });
    const bytes = corpus.reduce((n, a) => n + a.text.length, 0);
    const inputs = path.join(dir, 'in');
    fs.mkdirSync(inputs);
    for (let i = 0; i < corpus.length; i += PER_FILE) {
      const lines = corpus.slice(i, i + PER_FILE).map((a) => JSON.stringify(a));
      fs.writeFileSync(path.join(inputs, `part-${String(i / PER_FILE).padStart(3, '0')}.jsonl`), `${lines.join('\n')}\n`);
    }
    console.log(`corpus: ${corpus.length} articles, ${(bytes / 1e6).toFixed(1)} MB of text, ${Math.ceil(corpus.length / PER_FILE)} JSONL files`);

    // The CLI's default: none below 4 cores (see defaultPoolSize); the bench measures at least 2.
    const workers = Math.max(2, defaultPoolSize());
    const single = openStore(path.join(dir, 'single.db'));
    const cpuBefore = process.cpuUsage();
    const one = await ingestFiles(single, [inputs], { workers: 0 });
    const cpu = process.cpuUsage(cpuBefore);
    single.close();
    const cpuMsPerArticle = (cpu.user + cpu.system) / 1000 / one.articles;
    console.log(`ingest, extraction on the main thread: ${one.inserted} articles, ${one.attributions} attributions in ${(one.elapsedMs / 1000).toFixed(2)} s -> ${(one.articles / (one.elapsedMs / 1000)).toFixed(0)} articles/s`);
    // Wall-clock rates depend on what else the machine runs; CPU time per article does not.
    console.log(`  CPU time ${cpuMsPerArticle.toFixed(2)} ms per article -> ${(1000 / cpuMsPerArticle).toFixed(0)} articles/s on one idle core`);
    const store = openStore(path.join(dir, 'bench.db'));
    const first = await ingestFiles(store, [inputs], { workers });
    const rate = first.articles / (first.elapsedMs / 1000);
    console.log(`ingest (read + extract + store, ${workers} extraction workers; the CLI default here is ${defaultPoolSize()}): ${first.inserted} articles, ${first.attributions} attributions in ${(first.elapsedMs / 1000).toFixed(2)} s -> ${rate.toFixed(0)} articles/s`);
    const best = Math.max(rate, one.articles / (one.elapsedMs / 1000));
    console.log(`ingest articles/s into SQLite, extraction included: ${best.toFixed(0)} (target >= 500; load average now ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores)`);
    const again = await ingestFiles(store, [inputs]);
    console.log(`re-ingest of the same files: ${again.duplicates} duplicates, ${again.inserted} new, ${(again.articles / (again.elapsedMs / 1000)).toFixed(0)} articles/s`);
    store.close();
    const dbBytes = fs.statSync(path.join(dir, 'bench.db')).size;
    console.log(`database: ${(dbBytes / 1e6).toFixed(1)} MB`);

    const sample = corpus.slice(0, Math.min(2000, corpus.length));
    let t = performance.now();
    const extracted = sample.map((article) => ({ article, extraction: extract(article) }));
    const extractRate = sample.length / ((performance.now() - t) / 1000);
    const storeOnly = openStore(path.join(dir, 'store-only.db'));
    t = performance.now();
    for (let i = 0; i < extracted.length; i += 250) storeOnly.ingestMany(extracted.slice(i, i + 250));
    const storeRate = extracted.length / ((performance.now() - t) / 1000);
    t = performance.now();
    let n = 0;
    for (const rec of storeOnly.records()) n += rec.extraction.attributions.length >= 0 ? 1 : 0;
    const readRate = n / ((performance.now() - t) / 1000);
    storeOnly.close();
    console.log(`breakdown on ${sample.length} articles: extract ${extractRate.toFixed(0)} articles/s, store.ingestMany ${storeRate.toFixed(0)} articles/s, store.records() ${readRate.toFixed(0)} articles/s`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// SIGKILL in the middle of a large ingest: the database must be consistent afterwards
// and re-running the same command must finish the job without duplicates.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus.js';
import { extract } from '../../server/extract/index.js';
import { contentHash, openStore } from '../../server/store/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = [process.execPath, '--import', 'tsx', path.join(ROOT, 'server/cli.ts')] as const;
const ARTICLES = 1500;
const PER_FILE = 100;

let dir: string;
let inputs: string;
let dbFile: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-crash-'));
  inputs = path.join(dir, 'in');
  dbFile = path.join(dir, 'crash.db');
  fs.mkdirSync(inputs);
  const corpus = generateCorpus({ articles: ARTICLES, seed: 11 });
  for (let i = 0; i < corpus.length; i += PER_FILE) {
    const lines = corpus.slice(i, i + PER_FILE).map((a) => JSON.stringify(a));
    fs.writeFileSync(path.join(inputs, `part-${String(i / PER_FILE).padStart(3, '0')}.jsonl`), lines.join('\n'));
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function storedArticles(file = dbFile): number {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created yet, or the schema is still being written
  }
}

it('survives SIGKILL mid-ingest: integrity ok, no half-stored article, re-run completes without duplicates', async () => {
  const child = spawn(CLI[0], [...CLI.slice(1), 'ingest', '--db', dbFile, '--batch', '50', '--workers', '2', inputs], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })));
  let finished = false;
  void exited.then(() => { finished = true; });

  // Kill once some batches are in, well before the end.
  const deadline = Date.now() + 60_000;
  while (!finished && storedArticles() < 150 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  child.kill('SIGKILL');
  const { signal } = await exited;
  expect(signal).toBe('SIGKILL');

  const db = new Database(dbFile);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  db.close();

  const store = openStore(dbFile);
  const partial = store.counts().articles;
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(ARTICLES);
  // Every stored article holds exactly the attributions a fresh extraction gives it.
  let checked = 0;
  for (const rec of store.records()) {
    const expected = extract(rec.article);
    expect(rec.extraction.attributions.length).toBe(expected.attributions.length);
    expect(rec.extraction.relations.length).toBe(expected.relations.length);
    checked++;
  }
  expect(checked).toBe(partial);
  store.close();

  const rerun = spawnSync(CLI[0], [...CLI.slice(1), 'ingest', '--db', dbFile, inputs], { cwd: ROOT, encoding: 'utf8' });
  expect(rerun.stderr.split('\n').filter((l) => l && !/^ingest: \d+\/\d+ files, /.test(l))).toEqual([]);
  expect(rerun.status).toBe(0);
  expect(rerun.stdout).toMatch(new RegExp(`${ARTICLES - partial} new articles, ${partial} already stored`));

  const done = openStore(dbFile);
  const corpusTexts = new Set(generateCorpus({ articles: ARTICLES, seed: 11 }).map((a) => contentHash(a.text)));
  expect(done.counts().articles).toBe(corpusTexts.size);
  const hashes = [...done.records()].map((r) => r.article.hash);
  expect(new Set(hashes).size).toBe(hashes.length);
  done.close();
}, 240_000);

it('stops cleanly on Ctrl-C (SIGINT) after the batch in progress, with a summary', async () => {
  const file = path.join(dir, 'interrupted.db');
  const child = spawn(CLI[0], [...CLI.slice(1), 'ingest', '--db', file, '--batch', '50', inputs], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => { stdout += c.toString(); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (storedArticles(file) < 100 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
  child.kill('SIGINT');
  expect(await exited).toBe(130);
  expect(stdout).toMatch(/interrupted: re-run the same command/);
  const stored = Number(/(\d+) new articles/.exec(stdout)?.[1]);
  const store = openStore(file);
  expect(store.counts().articles).toBe(stored);
  expect(stored).toBeLessThan(ARTICLES);
  store.close();
}, 240_000);

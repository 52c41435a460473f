#!/usr/bin/env node
// `npm start`: build the explorer page when its sources changed, load the bundled sample articles
// into the database when it is empty, then serve the API and the page on http://127.0.0.1:3000.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const dbFile = resolve(root, process.env.REPORTGRAPH_DB ?? 'data/reportgraph.db');

function newestMtime(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function storedArticles(file) {
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare('SELECT count(*) AS n FROM articles').get().n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // no schema yet: the ingest below creates it
  }
}

const page = join(root, 'client', 'dist', 'index.html');
const clientSources = [join(root, 'client', 'src'), join(root, 'client', 'index.html')].filter(existsSync);
if (!existsSync(page) || clientSources.some((p) => newestMtime(p) > statSync(page).mtimeMs)) {
  console.log('Building the explorer page…');
  run(bin('vite'), ['build', 'client', '--logLevel', 'warn']);
}

if (storedArticles(dbFile) === 0) {
  console.log(`Loading the sample articles into ${dbFile}…`);
  run(bin('tsx'), [join(root, 'server', 'cli.ts'), 'ingest', '--db', dbFile, join(root, 'data', 'samples')]);
}

const server = spawn(bin('tsx'), [join(root, 'server', 'cli.ts'), 'serve', '--db', dbFile], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

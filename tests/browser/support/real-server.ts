// The real Reportgraph server on a fresh temporary database holding data/samples, for the browser tests.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Builds the page into client/dist (once per test run: the explorer test file calls it in beforeAll). */
export function buildClient(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'client', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
}

export interface RealServer {
  url: string;
  dir: string;
  stop(): Promise<void>;
}

function cli(args: string[]): string[] {
  return ['--import', 'tsx', path.join(ROOT, 'server/cli.ts'), ...args];
}

export async function startRealServer(): Promise<RealServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-browser-'));
  const db = path.join(dir, 'test.db');
  execFileSync(process.execPath, cli(['ingest', '--db', db, path.join(ROOT, 'data/samples')]), { cwd: ROOT, stdio: 'pipe' });
  const child: ChildProcess = spawn(process.execPath, cli(['serve', '--db', db, '--port', '0', '--host', '127.0.0.1']), {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, REPORTGRAPH_TOKEN: '', REPORTGRAPH_WRITE_RATE: '1000' },
  });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${log}`));
    });
  });
  return {
    url,
    dir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

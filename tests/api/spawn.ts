// Spawning the real CLI server for process-level tests.
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT } from './helpers.js';

export interface SpawnedServer {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

export function spawnCli(args: string[], env: Record<string, string | undefined> = {}): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['server/cli.ts', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, HOST: '', PORT: '', REPORTGRAPH_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** Starts `serve` on an ephemeral port and resolves once it prints its URL. */
export async function spawnServer(dbFile: string, env: Record<string, string> = {}, timeoutMs = 60_000): Promise<SpawnedServer> {
  const s = spawnCli(['serve', '--db', dbFile, '--port', '0'], env);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${s.output()}`)), timeoutMs);
    const check = () => {
      const m = /(http:\/\/[\d.:[\]]+:\d+)\//.exec(s.output());
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    s.child.stdout!.on('data', check);
    s.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${s.output()}`));
    });
  });
  return { ...s, url };
}

// Graceful shutdown of the spawned server: SIGTERM lets an in-flight request finish, then closes the database.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { tempDir } from './helpers.js';
import { spawnServer } from './spawn.js';
import { ORCHESTRA } from './articles.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('SIGTERM', () => {
  it('finishes the in-flight request, refuses new connections, closes the database and exits 0', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'shutdown.db');
    const s = await spawnServer(dbFile);
    const { port } = new URL(s.url);
    const body = Buffer.from(JSON.stringify(ORCHESTRA));

    // Start a POST and send only half of its body: the request is in flight.
    const socket = net.connect(Number(port), '127.0.0.1');
    await new Promise<void>((r) => socket.once('connect', () => r()));
    let reply = '';
    socket.on('data', (d) => (reply += d));
    const ended = new Promise<void>((r) => socket.on('close', () => r()));
    socket.write(`POST /api/articles HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    socket.write(body.subarray(0, 40));
    await sleep(200);

    s.child.kill('SIGTERM');
    await sleep(500);
    // No new connections once shutting down.
    const refused = await new Promise<boolean>((resolve) => {
      const probe = net.connect(Number(port), '127.0.0.1');
      probe.once('connect', () => {
        probe.destroy();
        resolve(false);
      });
      probe.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);

    socket.end(body.subarray(40));
    await ended;
    expect(reply).toMatch(/^HTTP\/1\.1 201/);
    expect(reply).toContain(ORCHESTRA.id);
    expect(await s.exited).toBe(0);
    expect(s.output()).toMatch(/SIGTERM/);

    // Closed cleanly: the write-ahead log was checkpointed and removed, and the article is there.
    expect(fs.existsSync(`${dbFile}-wal`)).toBe(false);
    const db = new Database(dbFile, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((db.prepare('SELECT count(*) AS n FROM articles WHERE id = ?').get(ORCHESTRA.id) as { n: number }).n).toBe(1);
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

// Exposure: loopback by default; off loopback the server refuses to start without a token; writes need it when set.
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, exposureProblem } from '../../server/api/exposure.js';
import { ExposureError, startServer } from '../../server/api/server.js';
import { openService } from '../../server/app-service.js';
import { createApp } from '../../server/api/app.js';
import { expectCleanError, getJson, postJson, tempDir } from './helpers.js';
import { spawnCli, spawnServer } from './spawn.js';
import { HARBOUR, ORCHESTRA } from './articles.js';

const TOKEN = 'a-test-token-of-some-length-42';

describe('the exposure rule', () => {
  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', '127.0.0.2', '127.255.0.9', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) expect(isLoopbackHost(h), h).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.10', '10.0.0.1', 'example.org', '128.0.0.1', '::ffff:10.0.0.1', '']) expect(isLoopbackHost(h), h).toBe(false);
  });

  it('needs a token of at least 16 characters off loopback only', () => {
    expect(exposureProblem('127.0.0.1', undefined)).toBeNull();
    expect(exposureProblem('0.0.0.0', undefined)).toMatch(/REPORTGRAPH_TOKEN/);
    expect(exposureProblem('0.0.0.0', 'short')).toMatch(/too short/);
    expect(exposureProblem('0.0.0.0', TOKEN)).toBeNull();
  });

  it('startServer refuses 0.0.0.0 without a token before opening the database or listening', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'never.db');
    await expect(startServer({ dbFile, host: '0.0.0.0', port: 0 })).rejects.toBeInstanceOf(ExposureError);
    expect(fs.existsSync(dbFile)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the serve command refuses a public host without REPORTGRAPH_TOKEN (exit 2, says why)', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'never.db');
    for (const [args, env] of [
      [['serve', '--db', dbFile, '--port', '0', '--host', '0.0.0.0'], {}],
      [['serve', '--db', dbFile, '--port', '0'], { HOST: '0.0.0.0' }],
    ] as [string[], Record<string, string>][]) {
      const s = spawnCli(args, env);
      expect(await s.exited).toBe(2);
      expect(s.output()).toMatch(/REPORTGRAPH_TOKEN/);
    }
    expect(fs.existsSync(dbFile)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves on 127.0.0.1 by default', async () => {
    const dir = tempDir();
    const s = await spawnServer(path.join(dir, 'default.db'));
    try {
      expect(new URL(s.url).hostname).toBe('127.0.0.1');
      expect((await getJson(`${s.url}/api/health`)).status).toBe(200);
    } finally {
      s.child.kill('SIGTERM');
      await s.exited;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the write token', () => {
  it('writes need the bearer token once set; reads stay public (bound to 127.0.0.2)', async () => {
    const dir = tempDir();
    const running = await startServer({ dbFile: path.join(dir, 'tok.db'), host: '127.0.0.2', port: 0, token: TOKEN, clientDir: null, log: () => {} });
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.2:/);
      const none = await postJson(`${running.url}/api/articles`, HARBOUR);
      expect(none.status).toBe(401);
      expect(none.headers.get('www-authenticate')).toMatch(/Bearer/);
      expect(expectCleanError(none)).toBeNull();
      const wrong = await postJson(`${running.url}/api/articles`, HARBOUR, { authorization: `Bearer ${TOKEN}x` });
      expect(wrong.status).toBe(401);
      expect((await getJson(`${running.url}/api/health`)).body.articles).toBe(0);
      const right = await postJson(`${running.url}/api/articles`, HARBOUR, { authorization: `Bearer ${TOKEN}` });
      expect(right.status).toBe(201);
      expect((await getJson(`${running.url}/api/graph`)).status).toBe(200);
    } finally {
      await running.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('createApp without a token accepts writes (loopback default)', async () => {
    const dir = tempDir();
    const service = openService({ dbFile: path.join(dir, 'open.db') });
    const server = http.createServer(createApp(service, { clientDir: null }));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const res = await postJson(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/articles`, ORCHESTRA);
      expect(res.status).toBe(201);
    } finally {
      await new Promise((r) => server.close(r));
      await service.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

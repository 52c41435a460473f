// Bad query parameters, path tricks, security headers and store faults: 4xx JSON or an empty view, never a 500.
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanError, getJson, postJson, startTestServer, tempDir, readSamples, type TestServer } from './helpers.js';
import { openService } from '../../server/app-service.js';
import { HARBOUR, ORCHESTRA } from './articles.js';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv?.close());

/** Sends a raw request line, for paths fetch would normalise. */
function rawGet(port: number, target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (d) => (data += d.toString('latin1')));
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, body: data.slice(data.indexOf('\r\n\r\n') + 4) });
    });
    socket.on('error', reject);
  });
}

describe('bad query parameters', () => {
  const bad: [string, RegExp][] = [
    ['/api/graph?kind=spaceship', /kind/],
    ['/api/graph?from=2024-02-30', /from/],
    ['/api/graph?from=99999-01-01', /from/],
    ['/api/graph?to=yesterday', /to/],
    ['/api/graph?from=2025-01-01&to=2024-01-01', /from/],
    ['/api/graph?from=-000001-01-01', /from/],
    ['/api/graph?q=a&q=b', /once/],
    ['/api/graph?articles=maybe', /articles/],
    [`/api/graph?q=${'x'.repeat(5000)}`, /q/],
    [`/api/graph?${Array.from({ length: 80 }, (_, i) => `outlet=o${i}`).join('&')}`, /outlet/],
    ['/api/search', /q/],
    ['/api/search?q=', /q/],
    ['/api/search?q=a&limit=0', /limit/],
    ['/api/search?q=a&limit=1e9', /limit/],
    ['/api/search?q=a&limit=5&limit=6', /limit/],
    [`/api/search?q=${'y'.repeat(10_000)}`, /q/],
    ['/api/export.gexf?kind=nope', /kind/],
    ['/api/export.csv?from=2024-13-01', /from/],
  ];
  for (const [url, reason] of bad) {
    it(`${url.slice(0, 70)} → 400`, async () => {
      const res = await getJson(`${srv.url}${url}`);
      expect(res.status).toBe(400);
      expect(expectCleanError(res)).toBeNull();
      expect(res.body.error).toMatch(reason);
    });
  }

  it('repeated outlet and actor keys, odd names and unknown values give a view, never a 500', async () => {
    for (const url of [
      '/api/graph?outlet=Reuters&outlet=Reuters&outlet=',
      '/api/graph?actor=%00%01&outlet=%F0%9F%92%A5',
      '/api/graph?outlet[]=x&outlet[a]=y',
      '/api/graph?outlet=..%2F..%2Fetc%2Fpasswd',
      '/api/graph?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '/api/graph?q=((((((((((a*)*)*)*)*)*)*)*)*)*',
      '/api/graph?unknown=1&x=y',
    ]) {
      const res = await getJson(`${srv.url}${url}`);
      expect([200, 400]).toContain(res.status);
      if (res.status === 200) expect(Array.isArray(res.body.nodes)).toBe(true);
      else expect(expectCleanError(res)).toBeNull();
    }
  });
});

describe('path tricks in ids', () => {
  const port = () => Number(new URL(srv.url).port);
  for (const target of [
    '/api/nodes/..%2F..%2Fetc%2Fpasswd',
    '/api/nodes/%2e%2e%2f%2e%2e%2fpackage.json',
    '/api/articles/..%2F..%2Fpackage.json',
    '/api/articles/%2e%2e',
    '/api/articles/%E0%A4%A',
    '/api/nodes/%ZZ',
    '/api/nodes/' + 'a'.repeat(4000),
    '/api/../package.json',
    '/api/%2e%2e/package.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/api/articles/seed-paris-talks%00',
  ]) {
    it(`${target.slice(0, 60)} → 4xx JSON`, async () => {
      const res = await rawGet(port(), target);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.body).not.toMatch(/"name":\s*"reportgraph"|root:x:0/);
      const parsed = { status: res.status, headers: new Headers(), text: res.body, body: JSON.parse(res.body) };
      expect(expectCleanError(parsed)).toBeNull();
    });
  }
});

describe('responses', () => {
  it('carry security headers with a CSP that lets the sigma page work', async () => {
    const res = await fetch(`${srv.url}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/worker-src 'self' blob:/);
    expect(csp).toMatch(/img-src 'self' data: blob:/);
    expect(csp).toMatch(/connect-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeTruthy();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('unknown routes and methods are JSON 404s', async () => {
    for (const [method, url] of [['GET', '/api/nope'], ['DELETE', '/api/articles/seed-paris-talks'], ['PUT', '/api/graph']]) {
      const res = await getJson(`${srv.url}${url}`, { method });
      expect(res.status).toBe(404);
      expect(expectCleanError(res)).toBeNull();
    }
  });
});

describe('store faults', () => {
  it('a read-only database: writes answer 503 JSON, reads keep working', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'ro.db');
    const seed = openService({ dbFile });
    await seed.ingest(readSamples().slice(0, 2));
    await seed.close();
    const s = await startTestServer({ dbFile, store: { readonly: true } });
    try {
      const graph = await getJson(`${s.url}/api/graph`);
      expect(graph.status).toBe(200);
      expect(graph.body.nodes.length).toBeGreaterThan(0);
      const res = await postJson(`${s.url}/api/articles`, HARBOUR);
      expect(res.status).toBe(503);
      expect(expectCleanError(res)).toBeNull();
      expect(res.body.error).toMatch(/read-only/);
      expect(res.text).not.toContain(dir);
      expect((await getJson(`${s.url}/api/nodes/${encodeURIComponent(graph.body.nodes[0].key)}`)).status).toBe(200);
      expect((await getJson(`${s.url}/api/export.gexf`)).status).toBe(200);
    } finally {
      await s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a full disk: writes answer 507 JSON, nothing half-stored, reads keep working', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'full.db');
    const seed = openService({ dbFile });
    await seed.ingest(readSamples().slice(0, 1));
    await seed.close();
    const size = fs.statSync(dbFile).size + (fs.existsSync(`${dbFile}-wal`) ? fs.statSync(`${dbFile}-wal`).size : 0);
    const s = await startTestServer({ dbFile, store: { maxSizeBytes: Math.max(size, 64 * 1024) } });
    try {
      const before = (await getJson(`${s.url}/api/health`)).body;
      const huge = { id: 'too-big', text: `${ORCHESTRA.text} ${'The council said the plan would be reviewed. '.repeat(20_000)}` };
      const res = await postJson(`${s.url}/api/articles`, huge);
      expect(res.status).toBe(507);
      expect(expectCleanError(res)).toBeNull();
      const after = (await getJson(`${s.url}/api/health`)).body;
      expect(after.articles).toBe(before.articles);
      expect(after.nodes).toBe(before.nodes);
      expect((await getJson(`${s.url}/api/articles/too-big`)).status).toBe(404);
      expect((await getJson(`${s.url}/api/graph`)).status).toBe(200);
    } finally {
      await s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

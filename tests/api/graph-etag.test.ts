// /api/graph sends cached views with an ETag and answers a revalidation with 304.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startTestServer, type SerialisedGraph, type TestServer } from './helpers.js';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv?.close());

/** A conditional GET with node:http (fetch adds `cache-control: no-cache` to conditional requests). */
function conditionalGet(url: string, etag: string): Promise<{ status: number; etag: string | undefined }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'if-none-match': etag } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: res.headers.etag }));
      })
      .on('error', reject);
  });
}

describe('GET /api/graph caching headers', () => {
  it('gives the same ETag for the same view, 304 on If-None-Match, and a new ETag after an ingest', async () => {
    const outlets = (await getJson<{ outlets: { key: string }[] }>(`${srv.url}/api/outlets`)).body.outlets;
    const url = `${srv.url}/api/graph?outlet=${encodeURIComponent(outlets[0]!.key)}`;
    const first = await fetch(url);
    const body = await first.text();
    const etag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(etag).toBeTruthy();
    expect(Number(first.headers.get('content-length'))).toBe(Buffer.byteLength(body));
    expect((JSON.parse(body) as SerialisedGraph).nodes.length).toBeGreaterThan(1);
    const again = await fetch(url);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe(body);
    const revalidated = await conditionalGet(url, etag!);
    expect(revalidated.status).toBe(304);
    // another view has another ETag
    const other = await fetch(`${srv.url}/api/graph`);
    expect(other.headers.get('etag')).not.toBe(etag);
    await other.text();
    const posted = await fetch(`${srv.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Bridge', text: 'The Harbour Herald reported on Monday that the old bridge will close for repairs in June.' }),
    });
    expect(posted.status).toBe(201);
    const after = await conditionalGet(url, etag!);
    expect(after.status).toBe(200);
    expect(after.etag).toBeTruthy();
    expect(after.etag).not.toBe(etag);
  });
});

describe('GET /api/graph body', () => {
  it('carries text in any script, emoji and JSON-breaking characters intact, with a byte-exact Content-Length, cached or not', async () => {
    const claim = 'the café near Zürich will close “for good” — 東京 office 😀 says <b>"a&b"</b>\\ and\u2028next';
    const posted = await fetch(`${srv.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Ünïcode', text: `Reuters reported on Monday that ${claim}.` }),
    });
    expect(posted.status).toBe(201);
    const outlets = (await getJson<{ outlets: { key: string; label: string }[] }>(`${srv.url}/api/outlets`)).body.outlets;
    const outlet = outlets.find((o) => o.label === 'Reuters');
    expect(outlet).toBeDefined();
    const url = `${srv.url}/api/graph?outlet=${encodeURIComponent(outlet!.key)}&limit=0`;
    for (const round of ['computed', 'cached']) {
      const res = await fetch(url);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get('content-length')), round).toBe(bytes.length);
      const view = JSON.parse(bytes.toString('utf8')) as SerialisedGraph;
      const texts = view.nodes.filter((n) => n.attributes.kind === 'claim').map((n) => n.attributes.text as string);
      expect(texts.some((t) => t.includes('東京 office 😀') && t.includes('“for good”') && t.includes('<b>"a&b"</b>\\') && t.includes('\u2028')), round).toBe(true);
      expect(view.edges.length).toBeGreaterThan(0);
    }
  });
});

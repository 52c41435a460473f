// /api/graph: lean edges and the node cap (`limit`), against the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startTestServer, type SerialisedGraph, type TestServer } from './helpers.js';

let srv: TestServer;
let whole: SerialisedGraph;
beforeAll(async () => {
  srv = await startTestServer();
  whole = (await getJson<SerialisedGraph>(`${srv.url}/api/export.json`)).body;
});
afterAll(() => srv?.close());

describe('GET /api/graph, lean edges', () => {
  it('sends edges as source, target, kind and weight only; the exports keep every attribute', async () => {
    const view = (await getJson<SerialisedGraph>(`${srv.url}/api/graph`)).body;
    expect(view.edges.length).toBeGreaterThan(10);
    const full = new Map(whole.edges.map((e) => [e.key, e]));
    for (const e of view.edges) {
      expect(Object.keys(e).sort()).toEqual(['attributes', 'source', 'target']);
      expect(Object.keys(e.attributes).sort()).toEqual(['kind', 'weight']);
      // the key a client derives names the graph's edge
      const same = full.get(`${e.attributes.kind}:${e.source}->${e.target}`);
      expect(same, `${e.attributes.kind}:${e.source}->${e.target}`).toBeDefined();
      expect(same!.attributes.weight).toBe(e.attributes.weight);
    }
    for (const e of whole.edges) expect(Object.keys(e.attributes)).toEqual(expect.arrayContaining(['kind', 'weight', 'size', 'color']));
  });
});

describe('GET /api/graph?limit=', () => {
  it('is uncapped below the default cap and says so', async () => {
    const view = (await getJson<SerialisedGraph>(`${srv.url}/api/graph`)).body;
    const nonArticles = whole.nodes.filter((n) => n.attributes.kind !== 'article').length;
    expect(view.attributes).toMatchObject({ truncated: false, totalNodes: nonArticles, limit: 20000 });
    expect(view.nodes.length).toBe(nonArticles);
    expect(view.attributes.totalEdges).toBe(view.edges.length);
  });

  it('cuts a view to the limit, keeps what its claims need, and gives the totals', async () => {
    const uncapped = (await getJson<SerialisedGraph>(`${srv.url}/api/graph?limit=0`)).body;
    expect(uncapped.attributes).toMatchObject({ truncated: false, limit: 0 });
    const limit = Math.floor(uncapped.nodes.length / 3);
    const res = await getJson<SerialisedGraph>(`${srv.url}/api/graph?limit=${limit}`);
    expect(res.status).toBe(200);
    const view = res.body;
    expect(view.attributes).toEqual({ truncated: true, totalNodes: uncapped.nodes.length, totalEdges: uncapped.edges.length, limit });
    expect(view.nodes.length).toBeLessThanOrEqual(limit);
    expect(view.nodes.filter((n) => n.attributes.kind === 'claim').length).toBeGreaterThan(0);
    const kept = new Set(view.nodes.map((n) => n.key));
    const kind = new Map(uncapped.nodes.map((n) => [n.key, n.attributes.kind]));
    for (const e of uncapped.edges) {
      const touchesKeptClaim = (kind.get(e.source) === 'claim' && kept.has(e.source)) || (kind.get(e.target) === 'claim' && kept.has(e.target));
      const claimToOther = kind.get(e.source) !== 'claim' || kind.get(e.target) !== 'claim';
      if (touchesKeptClaim && claimToOther) expect(kept.has(e.source) && kept.has(e.target)).toBe(true);
    }
    for (const e of view.edges) expect(kept.has(e.source) && kept.has(e.target)).toBe(true);
    // capped and uncapped views are cached apart
    const again = (await getJson<SerialisedGraph>(`${srv.url}/api/graph?limit=0`)).body;
    expect(again.nodes.length).toBe(uncapped.nodes.length);
  });

  it('caps a one-outlet view and keeps the outlet', async () => {
    const outlet = (await getJson(`${srv.url}/api/outlets`)).body.outlets[0] as { key: string };
    const view = (await getJson<SerialisedGraph>(`${srv.url}/api/graph?outlet=${encodeURIComponent(outlet.key)}&limit=2`)).body;
    expect(view.nodes.length).toBeLessThanOrEqual(2);
    expect(view.nodes.map((n) => n.key)).toContain(outlet.key);
    expect(view.attributes).toMatchObject({ outletKeys: [outlet.key], truncated: true, limit: 2 });
  });

  it.each(['-1', '1.5', 'ten', '1e3', '9999999999'])('rejects limit=%s with 400', async (bad) => {
    const res = await getJson(`${srv.url}/api/graph?limit=${bad}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/limit/);
  });

  it('rejects a repeated limit', async () => {
    const res = await getJson(`${srv.url}/api/graph?limit=1&limit=2`);
    expect(res.status).toBe(400);
  });
});

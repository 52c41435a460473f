// Read endpoints against the real server over the sample articles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startTestServer, type SerialisedGraph, type TestServer } from './helpers.js';

let srv: TestServer;
let whole: SerialisedGraph;

beforeAll(async () => {
  srv = await startTestServer();
  whole = (await getJson<SerialisedGraph>(`${srv.url}/api/export.json`)).body;
});
afterAll(() => srv?.close());

const keysOf = (g: SerialisedGraph) => new Set(g.nodes.map((n) => n.key));
const kindOf = (g: SerialisedGraph) => new Map(g.nodes.map((n) => [n.key, n.attributes.kind as string]));
function neighbours(g: SerialisedGraph, key: string, edgeKind: string, dir: 'out' | 'in'): Set<string> {
  return new Set(
    g.edges.filter((e) => e.attributes.kind === edgeKind && (dir === 'out' ? e.source === key : e.target === key)).map((e) => (dir === 'out' ? e.target : e.source)),
  );
}

describe('GET /api/health', () => {
  it('reports what is loaded', async () => {
    const res = await getJson(`${srv.url}/api/health`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.articles).toBe(8);
    expect(res.body.nodes).toBe(whole.nodes.length);
    expect(res.body.edges).toBe(whole.edges.length);
  });
});

describe('GET /api/graph', () => {
  it('sends the default view as a serialised graphology graph without article nodes', async () => {
    const res = await getJson<SerialisedGraph>(`${srv.url}/api/graph`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const g = res.body;
    expect(Array.isArray(g.nodes) && Array.isArray(g.edges)).toBe(true);
    expect(g.nodes.length).toBeGreaterThan(10);
    for (const n of g.nodes) {
      expect(n.attributes.kind).not.toBe('article');
      expect(n.attributes.type).toBeUndefined();
      expect(n.attributes.color).toMatch(/^rgb\(\d+,\s*\d+,\s*\d+\)$/);
      expect(typeof n.attributes.x).toBe('number');
    }
    const withArticles = await getJson<SerialisedGraph>(`${srv.url}/api/graph?articles=1`);
    expect(withArticles.body.nodes.filter((n) => n.attributes.kind === 'article').length).toBe(8);
  });

  it('a one-outlet view holds exactly that outlet, its claims, their actors and sources', async () => {
    const outlets = (await getJson(`${srv.url}/api/outlets`)).body.outlets as { key: string; label: string; claimCount: number }[];
    const busiest = outlets[0];
    expect(busiest.claimCount).toBeGreaterThan(0);
    const res = await getJson<SerialisedGraph>(`${srv.url}/api/graph?outlet=${encodeURIComponent(busiest.key)}`);
    expect(res.status).toBe(200);
    const view = keysOf(res.body);
    const claims = neighbours(whole, busiest.key, 'reported', 'out');
    expect(claims.size).toBe(busiest.claimCount);
    const actors = new Set([...claims].flatMap((c) => [...neighbours(whole, c, 'involves', 'out')]));
    const speakers = new Set([...claims].flatMap((c) => [...neighbours(whole, c, 'said', 'in')]));
    const allowed = new Set([busiest.key, ...claims, ...actors, ...speakers]);
    for (const k of [busiest.key, ...claims, ...actors]) expect(view.has(k), `${k} missing from the view`).toBe(true);
    for (const k of view) expect(allowed.has(k), `${k} should not be in the view`).toBe(true);
    const kinds = kindOf(res.body);
    expect([...view].filter((k) => kinds.get(k) === 'outlet')).toEqual([busiest.key]);
    // Sources in the view are ones this outlet cites.
    for (const k of view) if (kinds.get(k) === 'source') expect(neighbours(whole, busiest.key, 'cites', 'out').has(k)).toBe(true);
    // Every edge of the view is an edge of the graph between view nodes.
    const wholeEdges = new Set(whole.edges.map((e) => `${e.source}|${e.target}|${e.attributes.kind}`));
    for (const e of res.body.edges) {
      expect(view.has(e.source) && view.has(e.target)).toBe(true);
      expect(wholeEdges.has(`${e.source}|${e.target}|${e.attributes.kind}`)).toBe(true);
    }
  });

  it('filters by outlet name as written and by several outlets', async () => {
    const outlets = (await getJson(`${srv.url}/api/outlets`)).body.outlets as { key: string; label: string }[];
    const byName = await getJson<SerialisedGraph>(`${srv.url}/api/graph?outlet=${encodeURIComponent(outlets[0].label)}`);
    const byKey = await getJson<SerialisedGraph>(`${srv.url}/api/graph?outlet=${encodeURIComponent(outlets[0].key)}`);
    expect(keysOf(byName.body)).toEqual(keysOf(byKey.body));
    if (outlets.length > 1) {
      const two = await getJson<SerialisedGraph>(`${srv.url}/api/graph?outlet=${encodeURIComponent(outlets[0].key)}&outlet=${encodeURIComponent(outlets[1].key)}`);
      const shown = [...keysOf(two.body)].filter((k) => kindOf(two.body).get(k) === 'outlet').sort();
      expect(shown).toEqual([outlets[0].key, outlets[1].key].sort());
    }
  });

  it('an unknown outlet gives an empty view, not an error', async () => {
    const res = await getJson<SerialisedGraph>(`${srv.url}/api/graph?outlet=No%20Such%20Gazette`);
    expect(res.status).toBe(200);
    expect(res.body.nodes).toEqual([]);
  });

  it('filters by actor, kind, q and dates', async () => {
    const actors = (await getJson(`${srv.url}/api/actors`)).body.actors as { key: string; label: string; claimCount: number }[];
    const actor = actors[0];
    const byActor = await getJson<SerialisedGraph>(`${srv.url}/api/graph?actor=${encodeURIComponent(actor.key)}`);
    const kinds = kindOf(byActor.body);
    const claimsInView = [...keysOf(byActor.body)].filter((k) => kinds.get(k) === 'claim');
    expect(claimsInView.length).toBeGreaterThan(0);
    for (const c of claimsInView) {
      const linked = neighbours(whole, c, 'involves', 'out').has(actor.key) || neighbours(whole, c, 'said', 'in').has(actor.key);
      expect(linked, `${c} does not involve ${actor.key}`).toBe(true);
    }

    const onlyOutlets = await getJson<SerialisedGraph>(`${srv.url}/api/graph?kind=outlet`);
    expect(onlyOutlets.body.nodes.length).toBeGreaterThan(0);
    expect(new Set(onlyOutlets.body.nodes.map((n) => n.attributes.kind))).toEqual(new Set(['outlet']));

    const q = await getJson<SerialisedGraph>(`${srv.url}/api/graph?q=satellite`);
    expect(q.status).toBe(200);
    expect(q.body.nodes.some((n) => /satellite/i.test(`${n.attributes.label} ${n.attributes.text ?? ''}`))).toBe(true);

    const future = await getJson<SerialisedGraph>(`${srv.url}/api/graph?from=2999-01-01`);
    expect(future.status).toBe(200);
    expect(future.body.nodes.filter((n) => n.attributes.kind === 'claim')).toEqual([]);
    const past = await getJson<SerialisedGraph>(`${srv.url}/api/graph?from=1990-01-01&to=2999-12-31`);
    expect(past.body.nodes.filter((n) => n.attributes.kind === 'claim').length).toBeGreaterThan(0);
  });
});

describe('GET /api/outlets and /api/actors', () => {
  it('list outlets with claim counts and their own colours', async () => {
    const res = await getJson(`${srv.url}/api/outlets`);
    expect(res.status).toBe(200);
    const outlets = res.body.outlets as { key: string; label: string; claimCount: number; color: string }[];
    expect(outlets.map((o) => o.label)).toContain('Agence France-Presse');
    const kinds = kindOf(whole);
    expect(outlets.length).toBe([...kinds.values()].filter((k) => k === 'outlet').length);
    for (const o of outlets) {
      expect(o.key.startsWith('outlet:')).toBe(true);
      expect(o.color).toMatch(/^rgb\(/);
      expect(o.claimCount).toBe(neighbours(whole, o.key, 'reported', 'out').size);
    }
    for (let i = 1; i < outlets.length; i++) expect(outlets[i - 1].claimCount).toBeGreaterThanOrEqual(outlets[i].claimCount);
  });

  it('list actors with kind, claim counts and colours', async () => {
    const res = await getJson(`${srv.url}/api/actors`);
    const actors = res.body.actors as { key: string; label: string; actorKind: string; claimCount: number; color: string }[];
    expect(actors.length).toBeGreaterThan(3);
    for (const a of actors) {
      expect(a.key.startsWith('actor:')).toBe(true);
      expect(['person', 'organization', 'place']).toContain(a.actorKind);
      const claims = new Set([...neighbours(whole, a.key, 'involves', 'in'), ...neighbours(whole, a.key, 'said', 'out')]);
      expect(a.claimCount).toBe(claims.size);
    }
  });
});

describe('GET /api/nodes/:key', () => {
  it('gives a claim with every piece of evidence, the claim at its offsets in the sentence', async () => {
    const claims = whole.nodes.filter((n) => n.attributes.kind === 'claim');
    expect(claims.length).toBeGreaterThan(5);
    let checked = 0;
    for (const c of claims) {
      const res = await getJson(`${srv.url}/api/nodes/${encodeURIComponent(c.key)}`);
      expect(res.status).toBe(200);
      expect(res.body.attributes.kind).toBe('claim');
      expect(res.body.evidence.length).toBeGreaterThan(0);
      expect(res.body.evidence.length).toBe(res.body.evidenceTotal);
      for (const ev of res.body.evidence) {
        expect(typeof ev.articleId).toBe('string');
        expect(typeof ev.title).toBe('string');
        expect(ev.sentence.slice(ev.claimStart, ev.claimEnd)).toBe(ev.claim);
        expect(typeof ev.cue).toBe('string');
        checked++;
      }
      const reportedBy = res.body.neighbors.find((g: any) => g.edgeKind === 'reported' && g.direction === 'in');
      if (reportedBy) for (const n of reportedBy.nodes) expect(n.kind).toBe('outlet');
    }
    expect(checked).toBeGreaterThanOrEqual(claims.length);
  });

  it('gives an outlet with its claims, cited sources and actors with counts', async () => {
    const outlet = (await getJson(`${srv.url}/api/outlets`)).body.outlets[0];
    const res = await getJson(`${srv.url}/api/nodes/${encodeURIComponent(outlet.key)}`);
    expect(res.status).toBe(200);
    expect(res.body.claims.map((c: any) => c.key).sort()).toEqual([...neighbours(whole, outlet.key, 'reported', 'out')].sort());
    expect(res.body.sources.map((c: any) => c.key).sort()).toEqual([...neighbours(whole, outlet.key, 'cites', 'out')].sort());
    for (const a of res.body.actors) {
      const expected = [...neighbours(whole, outlet.key, 'reported', 'out')].filter((c) => neighbours(whole, c, 'involves', 'out').has(a.key)).length;
      expect(a.count).toBe(expected);
    }
  });

  it('gives an actor with its claims grouped by outlet', async () => {
    const actor = (await getJson(`${srv.url}/api/actors`)).body.actors[0];
    const res = await getJson(`${srv.url}/api/nodes/${encodeURIComponent(actor.key)}`);
    expect(res.status).toBe(200);
    expect(res.body.claimTotal).toBe(actor.claimCount);
    for (const group of res.body.claimsByOutlet) {
      for (const c of group.claims) {
        if (group.outlet) expect(neighbours(whole, c.key, 'reported', 'in').has(group.outlet.key)).toBe(true);
      }
    }
  });

  it('answers 404 for an unknown node', async () => {
    const res = await getJson(`${srv.url}/api/nodes/claim%3Anope`);
    expect(res.status).toBe(404);
    expect(res.body.error).toMatch(/no node/);
  });
});

describe('GET /api/articles/:id', () => {
  it('gives the text and the attribution spans', async () => {
    const res = await getJson(`${srv.url}/api/articles/seed-paris-talks`);
    expect(res.status).toBe(200);
    expect(res.body.title).toMatch(/Gaza/);
    expect(res.body.attributions.length).toBeGreaterThan(3);
    for (const a of res.body.attributions) {
      expect(res.body.text.slice(a.claimStart, a.claimEnd)).toBe(a.claim);
      expect(a.sentenceStart).toBeLessThanOrEqual(a.claimStart);
      expect(a.sentenceEnd).toBeGreaterThanOrEqual(a.claimEnd);
    }
    const outlets = res.body.attributions.map((a: any) => a.outlet);
    expect(outlets).toContain('Agence France-Presse');
    const keyed = res.body.attributions.filter((a: any) => a.claimKey);
    expect(keyed.length).toBeGreaterThan(0);
    for (const a of keyed) expect(whole.nodes.some((n) => n.key === a.claimKey)).toBe(true);
  });

  it('answers 404 for an unknown article', async () => {
    expect((await getJson(`${srv.url}/api/articles/nope`)).status).toBe(404);
  });
});

describe('GET /api/search', () => {
  it('ranks an exact label first', async () => {
    const res = await getJson(`${srv.url}/api/search?q=${encodeURIComponent('Agence France-Presse')}`);
    expect(res.status).toBe(200);
    expect(res.body.results[0].label).toBe('Agence France-Presse');
    expect(res.body.results[0].kind).toBe('outlet');
  });

  it('finds by prefix and respects the limit', async () => {
    const actor = (await getJson(`${srv.url}/api/actors`)).body.actors[0];
    const res = await getJson(`${srv.url}/api/search?q=${encodeURIComponent(actor.label.slice(0, 4))}&limit=3`);
    expect(res.body.results.length).toBeLessThanOrEqual(3);
    expect(res.body.results.length).toBeGreaterThan(0);
    for (const r of res.body.results) expect(whole.nodes.some((n) => n.key === r.key)).toBe(true);
    for (let i = 1; i < res.body.results.length; i++) expect(res.body.results[i - 1].score).toBeGreaterThanOrEqual(res.body.results[i].score);
  });
});

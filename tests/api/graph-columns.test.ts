// /api/graph/columns, the explorer's first load: the same view as /api/graph in columns, against the real server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanError, getJson, postJson, startTestServer, type SerialisedGraph, type TestServer } from './helpers.js';
import { HARBOUR } from './articles.js';
import { parseViewColumns, toSerializedGraph } from '../../client/src/core/graph/view-columns.js';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv?.close());

async function columns(query: string): Promise<{ status: number; contentType: string | null; text: string }> {
  const res = await fetch(`${srv.url}/api/graph/columns${query}`);
  return { status: res.status, contentType: res.headers.get('content-type'), text: await res.text() };
}

/** Nodes in served order without `size` (the page sizes nodes by degree), edges as a sorted list. */
function comparable(view: { attributes?: Record<string, unknown>; nodes: SerialisedGraph['nodes']; edges: { source: string; target: string; attributes: Record<string, any> }[] }) {
  return {
    attributes: view.attributes,
    nodes: view.nodes.map(({ key, attributes: { size: _size, ...rest } }) => ({ key, attributes: rest })),
    edges: view.edges.map((e) => `${e.attributes.kind}:${e.source}->${e.target} ${e.attributes.weight}`).sort(),
  };
}

describe('GET /api/graph/columns', () => {
  const queries = ['', '?outlet=Reuters', '?kind=claim&kind=outlet', '?from=2020-01-01&to=2099-12-31', '?articles=1', '?limit=12'];
  for (const query of queries) {
    it(`holds the view of /api/graph${query}`, async () => {
      const served = (await getJson<SerialisedGraph>(`${srv.url}/api/graph${query}`)).body;
      const res = await columns(query);
      expect(res.status).toBe(200);
      expect(res.contentType).toMatch(/^application\/x-ndjson/);
      // two lines: what is drawn, then the other node attributes
      expect(res.text.split('\n')).toHaveLength(2);
      const decoded = toSerializedGraph(parseViewColumns(res.text));
      expect(served.nodes.length).toBeGreaterThan(0);
      expect(comparable(decoded)).toEqual(comparable(served));
    });
  }

  it('keeps positions, labels, colours and kinds in parallel columns, edges as node indices', async () => {
    const head = JSON.parse((await columns('?outlet=Reuters')).text.split('\n')[0]);
    const n = head.nodes.keys.length;
    for (const column of ['labels', 'kind', 'color', 'x', 'y']) expect(head.nodes[column]).toHaveLength(n);
    expect(head.nodes.kinds).toEqual(expect.arrayContaining(['outlet', 'claim']));
    expect(head.nodes.colors.length).toBeLessThan(n);
    for (const i of [...head.edges.source, ...head.edges.target]) expect(i >= 0 && i < n).toBe(true);
  });

  it('refuses bad filters as /api/graph does', async () => {
    const res = await getJson(`${srv.url}/api/graph/columns?from=yesterday`);
    expect(res.status).toBe(400);
    expect(expectCleanError(res)).toBeNull();
    expect(res.body.error).toBe((await getJson(`${srv.url}/api/graph?from=yesterday`)).body.error);
  });

  it('follows the graph when articles are added', async () => {
    const before = parseViewColumns((await columns('')).text);
    const added = await postJson(`${srv.url}/api/articles`, HARBOUR);
    expect(added.status).toBe(201);
    const after = parseViewColumns((await columns('')).text);
    expect(after.nodes.keys.length).toBeGreaterThan(before.nodes.keys.length);
    const served = (await getJson<SerialisedGraph>(`${srv.url}/api/graph`)).body;
    expect(comparable(toSerializedGraph(after))).toEqual(comparable(served));
  });
});

// exportViewJson with lean edges and a node cap, on real views of the small corpus.
import { describe, expect, it } from 'vitest';
import { buildGraphModel, exportView, exportViewBody, exportViewJson, GraphModel, type ViewFilters } from '../../server/graph/index.js';
import { smallCorpus } from './corpus.js';
import { record } from './fixtures.js';

interface Parsed {
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes: Record<string, any> }[];
  edges: Record<string, any>[];
}

const FILTERS: ViewFilters[] = [{}, { articles: true }, { outlets: ['Harbor Radio'] }, { actors: ['Arden'] }, { q: 'ferry' }, { kinds: ['outlet', 'actor'] }];

/** The uncapped view in the lean form, made independently from exportView. */
function leanReference(view: ReturnType<typeof exportView>) {
  return {
    nodes: view.nodes.map((n) => JSON.parse(JSON.stringify(n))),
    edges: view.edges.map((e) => ({ source: e.source, target: e.target, attributes: { kind: e.attributes.kind, weight: e.attributes.weight } })),
  };
}

describe('exportViewJson, lean', () => {
  const model = buildGraphModel(smallCorpus(), { iterations: 10 });

  it.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('%s: same nodes, edges reduced to source, target, kind and weight', (_n, filters) => {
    const lean = JSON.parse(exportViewJson(model.graph, filters, { lean: true })) as Parsed;
    const ref = leanReference(exportView(model.graph, filters));
    expect(lean.nodes).toEqual(ref.nodes);
    expect(lean.edges).toEqual(ref.edges);
    for (const e of lean.edges) expect(Object.keys(e).sort()).toEqual(['attributes', 'source', 'target']);
  });

  it('follows changes of nodes and edges after they were serialised once', () => {
    const records = smallCorpus();
    const m = new GraphModel();
    for (const r of records.slice(0, 2)) m.addRecord(r);
    const first = exportViewJson(m.graph, {}, { lean: true });
    for (const r of records.slice(2)) m.addRecord(r);
    m.addRecord({ ...records[0]!, article: { ...records[0]!.article, id: 'n1-again' } });
    m.layout({ iterations: 5 });
    const after = JSON.parse(exportViewJson(m.graph, {}, { lean: true })) as Parsed;
    expect(after).toEqual({ options: expect.anything(), ...leanReference(exportView(m.graph, {})), attributes: {} });
    expect(JSON.stringify(after)).not.toBe(first);
    // an attribute added to a node shows in the next view
    const claim = after.nodes.find((n) => n.attributes.kind === 'claim')!.key;
    m.graph.setNodeAttribute(claim, 'label', 'relabelled claim');
    const relabelled = JSON.parse(exportViewJson(m.graph, {}, { lean: true })) as Parsed;
    expect(relabelled.nodes.find((n) => n.key === claim)!.attributes.label).toBe('relabelled claim');
  });
});

describe('exportViewJson, lean, views that select claims (actor links written per claim)', () => {
  const SELECTING: ViewFilters[] = [{ outlets: ['Harbor Radio'] }, { outlets: ['The Daily Ledger', 'Valley Gazette'] }, { actors: ['Northern Ferries'] }, { q: 'quay' }, { from: '2024-02-12' }];
  const same = (m: GraphModel, filters: ViewFilters) => {
    const lean = JSON.parse(exportViewJson(m.graph, filters, { lean: true, limit: 0 })) as Parsed;
    const ref = leanReference(exportView(m.graph, filters));
    expect(lean.nodes).toEqual(ref.nodes);
    expect(lean.edges).toEqual(ref.edges);
    expect(lean.attributes).toMatchObject({ truncated: false, totalNodes: ref.nodes.length, totalEdges: ref.edges.length });
    return lean;
  };

  it('follows added evidence (weights), new links and removed articles after a first serialisation', () => {
    const records = smallCorpus();
    const m = new GraphModel();
    for (const r of records.slice(0, 2)) m.addRecord(r);
    for (const f of SELECTING) same(m, f);
    for (const r of records.slice(2)) m.addRecord(r);
    for (const f of SELECTING) same(m, f);
    // the same attributions again under other ids: every link of those claims gains weight
    const weightsBefore = same(m, SELECTING[0]!).edges.map((e) => e.attributes.weight as number);
    for (const r of records) m.addRecord({ ...r, article: { ...r.article, id: `${r.article.id}-again` } });
    const weightsAfter = same(m, SELECTING[0]!).edges.map((e) => e.attributes.weight as number);
    expect(weightsAfter.reduce((a, b) => a + b, 0)).toBeGreaterThan(weightsBefore.reduce((a, b) => a + b, 0));
    for (const f of SELECTING) same(m, f);
    for (const r of records) m.removeArticle(`${r.article.id}-again`);
    for (const f of SELECTING) same(m, f);
    m.removeArticle(records[0]!.article.id);
    for (const f of SELECTING) same(m, f);
  });
});

describe('exportViewJson, capped', () => {
  const model = buildGraphModel(smallCorpus(), { iterations: 10 });
  const whole = exportView(model.graph, {});

  it('reports totals and no truncation when the view fits (limit 0 is no cap)', () => {
    for (const limit of [0, whole.nodes.length, whole.nodes.length + 5]) {
      const view = JSON.parse(exportViewJson(model.graph, {}, { lean: true, limit })) as Parsed;
      expect(view.attributes).toEqual({ truncated: false, totalNodes: whole.nodes.length, totalEdges: whole.edges.length, limit });
      expect(view.nodes.length).toBe(whole.nodes.length);
      expect(view.edges.length).toBe(whole.edges.length);
    }
  });

  it.each([3, 6, 10, 15])('limit %i: the highest-ranked claims with everything they need, and the edges among them', (limit) => {
    const view = JSON.parse(exportViewJson(model.graph, {}, { lean: true, limit })) as Parsed;
    expect(view.attributes).toEqual({ truncated: true, totalNodes: whole.nodes.length, totalEdges: whole.edges.length, limit });
    expect(view.nodes.length).toBeLessThanOrEqual(limit);
    const kept = new Set(view.nodes.map((n) => n.key));
    const kind = new Map(whole.nodes.map((n) => [n.key, n.attributes.kind]));
    // each kept claim has all of its outlets, speakers and actors
    for (const key of kept) {
      if (kind.get(key) !== 'claim') continue;
      for (const e of whole.edges) {
        const other = e.source === key ? e.target : e.target === key ? e.source : undefined;
        if (other !== undefined && kind.get(other) !== 'claim') expect(kept.has(other), `${key} needs ${other}`).toBe(true);
      }
    }
    // every non-claim node is there for a kept claim
    for (const key of kept) {
      if (kind.get(key) === 'claim') continue;
      expect(whole.edges.some((e) => (e.source === key && kept.has(e.target) && kind.get(e.target) === 'claim') || (e.target === key && kept.has(e.source) && kind.get(e.source) === 'claim'))).toBe(true);
    }
    // kept claims rank at least as high (evidenceCount) as every claim left out
    const evidence = (key: string) => whole.nodes.find((n) => n.key === key)!.attributes.evidenceCount as number;
    const claims = whole.nodes.filter((n) => n.attributes.kind === 'claim').map((n) => n.key);
    const keptClaims = claims.filter((c) => kept.has(c));
    const dropped = claims.filter((c) => !kept.has(c));
    if (keptClaims.length && dropped.length) expect(Math.min(...keptClaims.map(evidence))).toBeGreaterThanOrEqual(Math.max(...dropped.map(evidence)));
    // exactly the edges of the whole view between kept nodes
    const expected = whole.edges.filter((e) => kept.has(e.source) && kept.has(e.target)).map((e) => `${e.attributes.kind}:${e.source}->${e.target}`);
    expect(view.edges.map((e) => `${e.attributes.kind}:${e.source}->${e.target}`).sort()).toEqual(expected.sort());
  });

  it('a capped one-outlet view keeps its outlet', () => {
    const full = exportView(model.graph, { outlets: ['Harbor Radio'] });
    expect(full.nodes.length).toBeGreaterThan(4);
    const view = JSON.parse(exportViewJson(model.graph, { outlets: ['Harbor Radio'] }, { lean: true, limit: 4 })) as Parsed;
    expect(view.nodes.map((n) => n.key)).toContain('outlet:harbor-radio');
    expect(view.attributes).toMatchObject({ outletKeys: ['outlet:harbor-radio'], truncated: true, totalNodes: full.nodes.length, limit: 4 });
  });

  it('a view without claims keeps its best-linked nodes', () => {
    const full = exportView(model.graph, { kinds: ['outlet', 'source'] });
    expect(full.nodes.length).toBeGreaterThan(2);
    const view = JSON.parse(exportViewJson(model.graph, { kinds: ['outlet', 'source'] }, { lean: true, limit: 2 })) as Parsed;
    expect(view.nodes.length).toBe(2);
    expect(view.attributes.truncated).toBe(true);
  });
});

describe('exportViewBody: the UTF-8 length comes with the pieces', () => {
  // names and texts in several scripts, so multi-byte characters sit in node fragments,
  // lean edges, claims' actor runs and the graph attributes (outletKeys)
  const text =
    'Radio Zürich reported that the café in Łódź will close “for good”. ' +
    'Radio Zürich said, citing officials in 東京, that 😀 prices rose. ' +
    'The Daily Ledger said the café in Łódź will close “for good”.';
  const records = [
    ...smallCorpus(),
    record('u1', text, [
      { outlet: 'Radio Zürich', cue: 'reported', claim: 'the café in Łódź will close “for good”', actors: ['Łódź', 'Café Ñandú'] },
      { outlet: 'Radio Zürich', speaker: 'officials in 東京', claim: '😀 prices rose', actors: ['東京', 'Łódź'] },
      { outlet: 'The Daily Ledger', speaker: 'Ministra Ana Łucja', speakerActor: 'Ana Łucja', claim: 'the café in Łódź will close “for good”', actors: ['Café Ñandú'] },
    ], { title: 'Ünïcode' }),
  ];
  const model = buildGraphModel(records, { iterations: 10 });
  const filters: ViewFilters[] = [{}, { articles: true }, { outlets: ['Radio Zürich'] }, { outlets: ['Radio Zürich', 'The Daily Ledger'] }, { actors: ['Łódź'] }, { q: 'café' }, { kinds: ['outlet', 'actor'] }];
  const options: { lean?: boolean; limit?: number }[] = [{}, { lean: true }, { lean: true, limit: 0 }, { lean: true, limit: 3 }, { limit: 5 }];

  it.each(filters.map((f) => [JSON.stringify(f), f] as const))('%s: bytes is the length of the joined pieces, with and without lean edges and a cap', (_n, f) => {
    for (const opts of options) {
      // twice: fragments made by this call, then fragments kept from the first
      for (let round = 0; round < 2; round++) {
        const { pieces, bytes } = exportViewBody(model.graph, f, opts);
        const json = pieces.join('');
        expect(bytes, JSON.stringify(opts)).toBe(Buffer.byteLength(json, 'utf8'));
        // multi-byte characters are in every one of these views uncapped: a count of characters would not do
        if (!opts.limit) expect(bytes).toBeGreaterThan(json.length);
        expect(json).toBe(exportViewJson(model.graph, f, opts));
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { buildGraphModel, GraphModel, type AttributionGraph } from '../../server/graph/index.js';
import { smallCorpus } from './corpus.js';

/** Nodes and edges with every attribute except positions (which depend on layout history). */
function snapshot(graph: AttributionGraph) {
  const nodes = graph.mapNodes((key, { x: _x, y: _y, ...rest }) => [key, rest] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const edges = graph.mapEdges((key, attrs, source, target) => [key, source, target, attrs] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { nodes, edges };
}

describe('incremental updates', () => {
  it('adding records one by one (with layouts in between) equals the full build', () => {
    const records = smallCorpus();
    const full = buildGraphModel(records, { iterations: 10 });
    const incremental = new GraphModel();
    incremental.addRecord(records[0]!);
    incremental.addRecord(records[1]!);
    incremental.layout({ iterations: 10 });
    for (const r of records.slice(2)) incremental.addRecord(r);
    expect(snapshot(incremental.graph)).toEqual(snapshot(full.graph));
    expect(full.graph.order).toBeGreaterThan(10);
    for (const key of full.graph.filterNodes((_k, a) => a.kind === 'claim')) {
      expect(incremental.evidence(key)).toEqual(full.evidence(key));
    }
  });

  it('returns the keys of the nodes it created, and only those', () => {
    const [a, b] = smallCorpus();
    const model = new GraphModel();
    const first = model.addRecord(a!);
    expect(first.sort()).toEqual(model.graph.nodes().sort());
    const before = new Set(model.graph.nodes());
    const second = model.addRecord(b!);
    expect(second.sort()).toEqual(model.graph.nodes().filter((k) => !before.has(k)).sort());
    // the ferry claim already existed: n2 only adds to it
    expect(second).not.toContain(model.claimKeyOf('n2', 0));
    expect(second).toContain('outlet:the-daily-ledger');
  });

  it('places new nodes near their existing neighbours without moving the old ones', () => {
    const records = smallCorpus();
    const model = buildGraphModel(records.slice(0, 3), { iterations: 50 });
    const before = new Map(model.graph.mapNodes((k, a) => [k, [a.x, a.y]] as const));
    const added = model.addRecord(records[3]!);
    model.graph.forEachNode((k, a) => {
      if (before.has(k)) expect([a.x, a.y]).toEqual(before.get(k));
    });
    const source = added.find((k) => k.startsWith('source:'))!;
    expect(source).toBeDefined();
    // the new anonymous source hangs off Harbor Radio (cites) and a new claim; it lands
    // closer to Harbor Radio than the far side of the existing layout
    const outlet = model.graph.getNodeAttributes('outlet:harbor-radio');
    const s = model.graph.getNodeAttributes(source);
    const spread = Math.max(...[...before.values()].map(([x, y]) => Math.hypot(x! - outlet.x, y! - outlet.y)));
    expect(Math.hypot(s.x - outlet.x, s.y - outlet.y)).toBeLessThan(spread);
    model.graph.forEachNode((_k, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    });
  });

  it('removing an article equals never having added it', () => {
    const records = smallCorpus();
    const withAll = buildGraphModel(records, { iterations: 5 });
    withAll.removeArticle('n3');
    const without = buildGraphModel(records.filter((r) => r.article.id !== 'n3'), { iterations: 5 });
    expect(snapshot(withAll.graph)).toEqual(snapshot(without.graph));
    expect(withAll.claimKeyOf('n3', 0)).toBeUndefined();
  });

  it('re-adding an article replaces its old extraction', () => {
    const records = smallCorpus();
    const model = buildGraphModel(records, { iterations: 5 });
    const n4 = records[3]!;
    const shorter = { ...n4, extraction: { attributions: n4.extraction.attributions.slice(0, 1), relations: [] } };
    model.addRecord(shorter);
    const expected = buildGraphModel([...records.slice(0, 3), shorter], { iterations: 5 });
    expect(snapshot(model.graph)).toEqual(snapshot(expected.graph));
  });

  it('lays out deterministically', () => {
    const a = buildGraphModel(smallCorpus(), { iterations: 30 });
    const b = buildGraphModel(smallCorpus(), { iterations: 30 });
    expect(a.graph.mapNodes((k, n) => [k, n.x, n.y])).toEqual(b.graph.mapNodes((k, n) => [k, n.x, n.y]));
    const xs = a.graph.mapNodes((_k, n) => n.x);
    expect(new Set(xs).size).toBeGreaterThan(xs.length / 2);
  });
});

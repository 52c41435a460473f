import { describe, expect, it } from 'vitest';
import { buildGraphModel, exportView, exportViewJson, GraphModel, selectView, type AttributionGraph, type ViewFilters } from '../../server/graph/index.js';
import { smallCorpus } from './corpus.js';

type Exported = ReturnType<AttributionGraph['export']>;

/** The serialised form with nodes and edges in key order (the order carries no meaning). */
function canonical(view: Exported | ReturnType<typeof exportView>) {
  const copy = JSON.parse(JSON.stringify(view)) as Exported;
  copy.nodes.sort((a, b) => (a.key < b.key ? -1 : 1));
  copy.edges.sort((a, b) => (a.key! < b.key! ? -1 : 1));
  return copy;
}

const FILTERS: ViewFilters[] = [
  {},
  { articles: true },
  { outlets: ['Harbor Radio'] },
  { outlets: ['the Ledger', 'Valley Gazette'] },
  { outlets: ['outlet:harbor-radio'], articles: true },
  { outlets: ['No Such Outlet'] },
  { actors: ['Arden'] },
  { actors: ['Ines Calder'], outlets: ['Harbor Radio'] },
  { q: 'ferry' },
  { q: 'council' },
  { from: '2024-02-12', to: '2024-03-31' },
  { kinds: ['claim', 'actor'], outlets: ['Harbor Radio'] },
  { kinds: ['article', 'claim'] },
];

describe('exportView', () => {
  const model = buildGraphModel(smallCorpus(), { iterations: 10 });
  // a copy has no claim index: its views walk the graph's own edge lists
  const plain = model.graph.copy() as AttributionGraph;

  it.each(FILTERS.map((f) => [JSON.stringify(f), f] as const))('%s: equals selectView(...).export(), with and without the claim index', (_name, filters) => {
    const viaGraph = canonical(selectView(model.graph, filters).export());
    expect(canonical(exportView(model.graph, filters))).toEqual(viaGraph);
    expect(canonical(exportView(plain, filters))).toEqual(viaGraph);
    expect(canonical(selectView(plain, filters).export())).toEqual(viaGraph);
  });

  it('an outlet view is not empty and has the same options as a graphology export', () => {
    const view = exportView(model.graph, { outlets: ['Harbor Radio'] });
    expect(view.nodes.length).toBeGreaterThan(3);
    expect(view.edges.length).toBeGreaterThan(3);
    expect(view.options).toEqual(model.graph.export().options);
    expect(view.attributes).toEqual({ outletKeys: ['outlet:harbor-radio'] });
  });

  it('stays right after articles are removed and added again', () => {
    const records = smallCorpus();
    const m = new GraphModel();
    for (const r of records) m.addRecord(r);
    m.removeArticle(records[0]!.article.id);
    m.removeArticle(records[2]!.article.id);
    m.addRecord(records[0]!);
    const copy = m.graph.copy() as AttributionGraph;
    for (const filters of FILTERS) {
      expect(canonical(exportView(m.graph, filters))).toEqual(canonical(selectView(copy, filters).export()));
    }
  });
});

describe('exportViewJson', () => {
  it('is exactly JSON.stringify(exportView(...)) for every filter, also after the graph changed', () => {
    const records = smallCorpus();
    const m = new GraphModel();
    for (const r of records.slice(0, 3)) m.addRecord(r);
    for (const filters of FILTERS) expect(exportViewJson(m.graph, filters)).toBe(JSON.stringify(exportView(m.graph, filters)));
    // more evidence changes edge weights and sizes that were serialised before
    const weights = () => m.graph.mapEdges((_e, a) => a.weight).join(',');
    const before = weights();
    for (const r of records.slice(3)) m.addRecord(r);
    m.addRecord({ ...records[0]!, article: { ...records[0]!.article, id: 'n1-again' } });
    expect(weights()).not.toBe(before);
    for (const filters of FILTERS) expect(exportViewJson(m.graph, filters)).toBe(JSON.stringify(exportView(m.graph, filters)));
  });
});

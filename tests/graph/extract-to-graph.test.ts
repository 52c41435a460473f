// The graph built from the real extractor's output on sentences written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';
import type { ArticleRecord } from '../../server/store/types.js';
import type { Article } from '../../server/extract/types.js';
import { buildGraphModel, selectView } from '../../server/graph/index.js';

function stored(article: Article): ArticleRecord {
  return { article: { ...article, hash: `h-${article.id}`, ingestedAt: '2024-04-05T00:00:00Z' }, extraction: extract(article) };
}

describe('graph from extracted articles', () => {
  const records = [
    stored({
      id: 'pier-1',
      title: 'Pier to close',
      published: '2024-04-03',
      text: 'Reuters reported on Monday that the harbour authority will close the northern pier for repairs. Mayor Ines Calder said the town would pay for temporary moorings.',
    }),
    stored({
      id: 'pier-2',
      title: 'Pier closure confirmed',
      published: '2024-04-04',
      text: 'Agence France-Presse said the harbour authority will close the northern pier for repairs, citing two people familiar with the plan.',
    }),
  ];
  const model = buildGraphModel(records, { iterations: 20 });

  it('merges the claim two outlets reported into one claim node with both reports as evidence', () => {
    const attributions = records.flatMap((r) => r.extraction.attributions.map((a, i) => ({ id: r.article.id, i, a })));
    const pier = attributions.filter(({ a }) => /northern pier/.test(a.claim));
    expect(pier.length).toBeGreaterThanOrEqual(2);
    const keys = new Set(pier.map(({ id, i }) => model.claimKeyOf(id, i)));
    expect(keys.size).toBe(1);
    const [key] = [...keys];
    const outlets = model.graph.inNeighbors(key!).filter((n) => model.graph.getNodeAttribute(n, 'kind') === 'outlet');
    expect(outlets.length).toBe(new Set(pier.map(({ a }) => a.outlet).filter(Boolean)).size);
    expect(outlets.length).toBeGreaterThanOrEqual(2);
    expect(model.evidence(key!).map((e) => e.articleId).sort()).toEqual(['pier-1', 'pier-2']);
    // evidence offsets point into the article text at the claim
    for (const e of model.evidence(key!)) {
      const text = records.find((r) => r.article.id === e.articleId)!.article.text;
      expect(text.slice(e.claimStart, e.claimEnd)).toBe(e.claim);
      expect(e.sentenceStart).toBeLessThanOrEqual(e.claimStart);
      expect(e.sentenceEnd).toBeGreaterThanOrEqual(e.claimEnd);
    }
  });

  it('keeps the mayor’s different claim apart and links her as a named speaker', () => {
    const mooring = model.graph.filterNodes((_k, a) => a.kind === 'claim' && /moorings/.test(a.text ?? ''));
    expect(mooring).toHaveLength(1);
    const speakers = model.graph.inNeighbors(mooring[0]!).filter((n) => n.startsWith('actor:') || n.startsWith('source:'));
    expect(speakers.length).toBe(1);
  });

  it('gives every node display attributes and a view per outlet', () => {
    model.graph.forEachNode((_k, a) => {
      expect(a.color).toMatch(/^rgb\(/);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y) && a.size > 0).toBe(true);
      expect('type' in a).toBe(false);
    });
    for (const outlet of model.graph.filterNodes((_k, a) => a.kind === 'outlet')) {
      const view = selectView(model.graph, { outlets: [outlet] });
      expect(view.filterNodes((_k, a) => a.kind === 'outlet')).toEqual([outlet]);
      expect(view.filterNodes((_k, a) => a.kind === 'claim').length).toBeGreaterThan(0);
    }
  });
});

describe('graph of the bundled sample articles', () => {
  it('exports GEXF that all three readers accept, with the same counts and labels', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const { exportToFile, graphologyParse, networkx, xmllint } = await import('./gexf-readers.js');
    const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../data/samples');
    const records = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const { id, title, text, published, publisher, url } = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Article;
        return stored({ id, title, text, published, publisher, url });
      });
    const model = buildGraphModel(records, { iterations: 50 });
    expect(model.graph.filterNodes((_k, a) => a.kind === 'claim').length).toBeGreaterThan(5);
    const { file, xml } = exportToFile(selectView(model.graph, { articles: true }), 'samples.gexf');
    expect(xmllint(file).ok).toBe(true);
    const nx = networkx(file);
    expect(Object.keys(nx.nodes).length).toBe(model.graph.order);
    expect(nx.edges.length).toBe(model.graph.size);
    const parsed = graphologyParse(xml);
    expect(parsed.order).toBe(model.graph.order);
    expect(parsed.size).toBe(model.graph.size);
    model.graph.forEachNode((key, a) => {
      expect(nx.nodes[key]!.label).toBe(a.label);
      expect(nx.nodes[key]!.kind).toBe(a.kind);
      expect(parsed.getNodeAttribute(key, 'label')).toBe(a.label);
    });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MultiDirectedGraph } from 'graphology';
import {
  buildGraphModel,
  selectView,
  writeGexf,
  LIST_SEPARATOR,
  type AttributionGraph,
  type EdgeAttributes,
  type NodeAttributes,
} from '../../server/graph/index.js';
import { stripXmlForbidden } from '../../server/graph/xml.js';
import { parseColor } from '../../server/graph/colors.js';
import { record } from './fixtures.js';
import { smallCorpus } from './corpus.js';
import { exportToFile, graphologyParse, networkx, xmllint } from './gexf-readers.js';

const SIGMA_ONLY = ['hidden', 'highlighted', 'zIndex', 'forceLabel', 'type'];

/** A node's data attributes as a GEXF file should carry them. */
function expectedNodeData(attrs: NodeAttributes): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (['label', 'x', 'y', 'size', 'color', ...SIGMA_ONLY].includes(name)) continue;
    if (value === null || value === undefined) continue;
    const v = Array.isArray(value) ? value.join(LIST_SEPARATOR) : value;
    if (v === '') continue;
    out[name] = typeof v === 'string' ? stripXmlForbidden(v) : v;
  }
  return out;
}

/** A graph whose text tries every way to break an XML file. */
function nastyGraph(): AttributionGraph {
  const claims = [
    'prices rose 5% & wages fell <sharply> after the "reform" of the \'ports\'',
    'the ]]> closing marker and <![CDATA[ opener appear here',
    'control\u0000characters\u0001and\u0008more\u000b\u000c\u001f are stripped',
    'a lone \ud800 high and a lone \udc00 low surrogate vanish, \ufffe\uffff too',
    'emoji survive 🚀 👩‍👩‍👧 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 as well',
    'قالت وزارة الصحة إن المستشفى أغلق and עברית mixed with English',
    'tabs\tand\nnew lines\r\nand carriage returns keep their place',
    'line\u2028and paragraph\u2029separators and NEL\u0085 are kept too',
  ];
  const text = claims.map((c) => `Radio <Échos> & "Co" said ${c}.`).join(' ');
  const model = buildGraphModel(
    [
      record(
        'nasty&<"\'>',
        text,
        claims.map((claim, i) => ({
          outlet: i % 2 ? 'Radio <Échos> & "Co"' : 'Ğazete 🗞 Ünal',
          outletMention: i % 2 ? 'R<É>&C' : 'Ğazete',
          speaker: i === 3 ? 'Officials at the "Ministry" & <others>' : null,
          claim,
          actors: ['Müller & Söhne <GmbH>', 'الأمم المتحدة'],
          date: '2024-06-01',
        })),
        { title: 'Title with \u0007bell & <tags>', publisher: 'Pub "quoted"', published: '2024-06-02T10:00:00Z' },
      ),
      ...smallCorpus(),
    ],
    { iterations: 20 },
  );
  const g = model.graph;
  // sigma-only display attributes must not reach the file; other data attributes must, typed
  g.forEachNode((key, attrs, ) => {
    g.mergeNodeAttributes(key, { hidden: false, highlighted: true, zIndex: 2, forceLabel: true, type: 'circle' } as Partial<NodeAttributes>);
    if (attrs.kind === 'claim') g.mergeNodeAttributes(key, { score: 0.25, pinned: true } as Partial<NodeAttributes>);
  });
  g.forEachEdge((key) => g.mergeEdgeAttributes(key, { hidden: false, type: 'arrow', label: 'edge & <label>' } as Partial<EdgeAttributes>));
  return g;
}

describe('GEXF export', () => {
  const graph = nastyGraph();
  const { file, xml } = exportToFile(graph);

  it('is GEXF 1.3 with the viz namespace, and valid against the 1.3 XSD', () => {
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('<graph defaultedgetype="directed" mode="static">');
    expect(xml).toContain('<attribute id="claimCount" title="claimCount" type="integer"/>');
    expect(xml).toContain('<attribute id="score" title="score" type="double"/>');
    expect(xml).toContain('<attribute id="pinned" title="pinned" type="boolean"/>');
    const lint = xmllint(file);
    expect(lint.output).toContain('validates');
    expect(lint.ok).toBe(true);
  });

  it('carries no sigma-only attribute and no forbidden character', () => {
    for (const name of SIGMA_ONLY) {
      expect(xml).not.toMatch(new RegExp(`(for|id)="${name}"`));
      expect(xml).not.toMatch(new RegExp(`<(node|edge) [^>]*\\b${name}="`));
    }
    expect(stripXmlForbidden(xml)).toBe(xml);
  });

  it('reads back in NetworkX with the same nodes, edges and attribute values', () => {
    const nx = networkx(file);
    expect(nx.directed).toBe(true);
    expect(Object.keys(nx.nodes).sort()).toEqual(graph.nodes().sort());
    expect(nx.edges).toHaveLength(graph.size);
    graph.forEachNode((key, attrs) => {
      const node = nx.nodes[key]!;
      const { viz, label, ...data } = node;
      expect(label).toBe(stripXmlForbidden(attrs.label));
      expect(data).toEqual(expectedNodeData(attrs));
      expect(viz!.size).toBe(attrs.size);
      expect(viz!.position).toEqual({ x: attrs.x, y: attrs.y, z: 0 });
      const { r, g, b } = parseColor(attrs.color)!;
      expect(viz!.color).toEqual({ r, g, b, a: 1 });
    });
    const byId = new Map(nx.edges.map(([s, t, d]) => [d.id as string, { s, t, d }]));
    graph.forEachEdge((key, attrs, source, target) => {
      const edge = byId.get(key)!;
      expect(edge).toBeDefined();
      expect([edge.s, edge.t]).toEqual([source, target]);
      expect(edge.d.weight).toBe(attrs.weight);
      expect(edge.d.kind).toBe(attrs.kind);
      expect(edge.d.label).toBe('edge & <label>');
    });
  });

  it('round-trips through graphology-gexf with the same nodes, edges and attributes', () => {
    const parsed = graphologyParse(xml);
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    graph.forEachNode((key, attrs) => {
      expect(parsed.getNodeAttributes(key)).toEqual({
        ...expectedNodeData(attrs),
        label: stripXmlForbidden(attrs.label),
        x: attrs.x,
        y: attrs.y,
        size: attrs.size,
        color: attrs.color,
      });
    });
    graph.forEachEdge((key, attrs, source, target) => {
      expect(parsed.extremities(key)).toEqual([source, target]);
      expect(parsed.getEdgeAttributes(key)).toEqual({
        kind: attrs.kind,
        weight: attrs.weight,
        label: 'edge & <label>',
        color: attrs.color,
        thickness: attrs.size,
      });
    });
  });

  it('keeps text intact apart from the removed characters', () => {
    const parsed = graphologyParse(xml);
    const texts = parsed.mapNodes((_k, a) => a.text as string | undefined).filter(Boolean);
    expect(texts).toContain('emoji survive 🚀 👩‍👩‍👧 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 as well');
    expect(texts).toContain('tabs\tand\nnew lines\r\nand carriage returns keep their place');
    expect(texts).toContain('line\u2028and paragraph\u2029separators and NEL\u0085 are kept too');
    expect(texts).toContain('controlcharactersandmore are stripped');
    expect(texts).toContain('a lone  high and a lone  low surrogate vanish,  too');
    expect(texts.some((t) => t!.startsWith('قالت وزارة الصحة'))).toBe(true);
  });

  it('exports a filtered view holding exactly that view', () => {
    const view = selectView(graph, { outlets: ['Harbor Radio'] });
    const exported = exportToFile(view, 'view.gexf');
    expect(xmllint(exported.file).ok).toBe(true);
    const parsed = graphologyParse(exported.xml);
    expect(parsed.nodes().sort()).toEqual(view.nodes().sort());
    expect(parsed.edges().sort()).toEqual(view.edges().sort());
    expect(parsed.nodes()).not.toContain('outlet:the-daily-ledger');
    const nx = networkx(exported.file);
    expect(Object.keys(nx.nodes).sort()).toEqual(view.nodes().sort());
    expect(nx.edges).toHaveLength(view.size);
  });

  it('writes an empty view as a valid file', () => {
    const empty = exportToFile(selectView(graph, { outlets: ['nobody'] }), 'empty.gexf');
    expect(xmllint(empty.file).ok).toBe(true);
    expect(networkx(empty.file).nodes).toEqual({});
    expect(graphologyParse(empty.xml).order).toBe(0);
  });

  it('any label survives the graphology-gexf round trip, less the forbidden characters', () => {
    const utf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(utf16, { minLength: 1, maxLength: 8 }), (labels) => {
        const g: AttributionGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
        labels.forEach((label, i) => g.addNode(`n${i}`, { kind: 'actor', label, x: i, y: -i, size: 1, color: 'rgb(1,2,3)', aliases: [label] }));
        let xml = '';
        writeGexf(g, (c) => (xml += c));
        const parsed = graphologyParse(xml);
        labels.forEach((label, i) => {
          const clean = stripXmlForbidden(label);
          // graphology-gexf drops an empty label attribute
          expect(parsed.getNodeAttribute(`n${i}`, 'label') ?? '').toBe(clean);
          expect(parsed.getNodeAttribute(`n${i}`, 'aliases') ?? '').toBe(clean);
        });
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('streams in chunks rather than one string', () => {
    const big: AttributionGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
    for (let i = 0; i < 3000; i++) big.addNode(`actor:a${i}`, { kind: 'actor', label: `Actor ${i}`, x: i, y: i, size: 2, color: 'rgb(9,9,9)' });
    const chunks: string[] = [];
    writeGexf(big, (c) => chunks.push(c));
    expect(chunks.length).toBeGreaterThan(3);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70_000);
  });
});

// Taking served views into the page's graph: /api/graph's lean edges (no key, size, colour) get the server's
// keys and the shared kind colours, and a later view merges into the same edges instead of duplicating them.
import { describe, expect, it } from 'vitest';
import { createGraph, importEdges, importNodes, mergeView, sizeByDegree } from '../../client/src/core/graph/graph-data.js';
import { EDGE_KIND_COLORS } from '../../server/graph/colors.js';
import { columnsOfView } from '../../client/src/core/graph/view-columns.js';
import type { SerializedGraph } from '../../client/src/api/types.js';

const node = (key: string, kind: 'outlet' | 'claim' | 'actor', x = 1, y = 1) => ({ key, attributes: { kind, label: key, x, y, size: 3, color: 'rgb(1,2,3)' } });

const firstView: SerializedGraph = {
  nodes: [node('outlet:a', 'outlet'), node('claim:c1', 'claim'), node('actor:x', 'actor')],
  edges: [
    { source: 'outlet:a', target: 'claim:c1', attributes: { kind: 'reported', weight: 2 } },
    { source: 'claim:c1', target: 'actor:x', attributes: { kind: 'involves', weight: 1 } },
  ],
};

describe('mergeView', () => {
  it('derives edge keys and colours from kind and ends on the first load', () => {
    const graph = createGraph();
    mergeView(graph, firstView);
    expect(graph.edges().sort()).toEqual(['involves:claim:c1->actor:x', 'reported:outlet:a->claim:c1']);
    const reported = graph.getEdgeAttributes('reported:outlet:a->claim:c1');
    expect(reported.color).toBe(EDGE_KIND_COLORS.reported);
    expect(reported.size).toBe(1);
    expect(reported.weight).toBe(2);
  });

  it('merges a second view into the same edges and adds only what is new', () => {
    const graph = createGraph();
    mergeView(graph, firstView);
    const added = mergeView(graph, {
      nodes: [node('outlet:a', 'outlet', 50, 50), node('claim:c2', 'claim', 0, 0)],
      edges: [
        { source: 'outlet:a', target: 'claim:c1', attributes: { kind: 'reported', weight: 3 } },
        { source: 'outlet:a', target: 'claim:c2', attributes: { kind: 'reported', weight: 1 } },
        { key: 'cites:claim:c2->claim:c1', source: 'claim:c2', target: 'claim:c1', attributes: { kind: 'cites', weight: 1, size: 2, color: 'rgb(9,9,9)' } },
      ],
    });
    expect(added).toEqual(['claim:c2']);
    expect(graph.size).toBe(4);
    expect(graph.getEdgeAttribute('reported:outlet:a->claim:c1', 'weight')).toBe(3);
    // an existing node keeps its (possibly laid-out) position
    expect(graph.getNodeAttribute('outlet:a', 'x')).toBe(1);
    // served colours and sizes win over the derived ones
    expect(graph.getEdgeAttribute('cites:claim:c2->claim:c1', 'color')).toBe('rgb(9,9,9)');
  });

  it('sizes the nodes of a first load by the degree they get once the edges are in (nodes are drawn before edges)', () => {
    const view: SerializedGraph = {
      nodes: [node('outlet:a', 'outlet'), node('claim:c1', 'claim'), node('claim:c2', 'claim'), node('actor:x', 'actor'), node('actor:lone', 'actor')],
      edges: [
        { source: 'outlet:a', target: 'claim:c1', attributes: { kind: 'reported' } },
        { source: 'outlet:a', target: 'claim:c2', attributes: { kind: 'reported' } },
        { source: 'claim:c1', target: 'actor:x', attributes: { kind: 'involves' } },
        { source: 'claim:c2', target: 'actor:x', attributes: { kind: 'involves' } },
        { source: 'claim:c2', target: 'claim:c2', attributes: { kind: 'confirms' } },
        // an edge to a node outside the view is left out, and counts for nobody
        { source: 'claim:c1', target: 'actor:elsewhere', attributes: { kind: 'involves' } },
      ],
    };
    const graph = createGraph();
    const columns = columnsOfView(view);
    importNodes(graph, columns);
    expect(graph.size).toBe(0);
    const early = Object.fromEntries(graph.mapNodes((key, attrs) => [key, attrs.size]));
    importEdges(graph, columns);
    expect(graph.size).toBe(5);
    sizeByDegree(graph);
    expect(Object.fromEntries(graph.mapNodes((key, attrs) => [key, attrs.size]))).toEqual(early);
    expect(early['claim:c2']).toBeGreaterThan(early['claim:c1']);
    expect(early['actor:lone']).toBe(3);
  });
});

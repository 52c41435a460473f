import type { ReportGraph } from './graph-data.js';

/** A set of nodes and edges to bring forward; everything else recedes. */
export interface Focus {
  nodes: Set<string>;
  edges: Set<string>;
}

/** A node, its neighbours and the edges between them (hover). */
export function neighbourhood(graph: ReportGraph, key: string): Focus {
  const nodes = new Set<string>([key]);
  const edges = new Set<string>();
  graph.forEachEdge(key, (edge, _attrs, source, target) => {
    edges.add(edge);
    nodes.add(source);
    nodes.add(target);
  });
  return { nodes, edges };
}

/**
 * The whole chain of a claim: outlets that reported it, the sources and actors who said it, the outlets
 * citing those sources, the actors it involves, and the claims it confirms or contradicts (either way).
 * For any other node, its neighbourhood.
 */
export function trace(graph: ReportGraph, key: string): Focus {
  if (!graph.hasNode(key)) return { nodes: new Set(), edges: new Set() };
  if (graph.getNodeAttribute(key, 'kind') !== 'claim') return neighbourhood(graph, key);
  const focus: Focus = { nodes: new Set([key]), edges: new Set() };
  const take = (edge: string, other: string) => {
    focus.edges.add(edge);
    focus.nodes.add(other);
  };
  graph.forEachInEdge(key, (edge, attrs, source) => {
    if (attrs.kind === 'reported' || attrs.kind === 'said' || attrs.kind === 'contains') take(edge, source);
    if (attrs.kind === 'said' && graph.getNodeAttribute(source, 'kind') === 'source') {
      graph.forEachInEdge(source, (citeEdge, citeAttrs, outlet) => {
        if (citeAttrs.kind === 'cites') take(citeEdge, outlet);
      });
    }
    if (attrs.kind === 'confirms' || attrs.kind === 'contradicts') take(edge, source);
  });
  graph.forEachOutEdge(key, (edge, attrs, _source, target) => {
    if (attrs.kind === 'involves' || attrs.kind === 'confirms' || attrs.kind === 'contradicts') take(edge, target);
  });
  return focus;
}

import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes, SerializedGraph } from '../../api/types.js';
import { EDGE_KIND_COLORS } from '../../../../server/graph/colors.js';

export type ReportGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createGraph(): ReportGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
}

type ServedEdge = SerializedGraph['edges'][number];

/** /api/graph sends edges without key, colour and size (they follow from kind and ends): the same key the server uses. */
function edgeKey(edge: ServedEdge): string {
  return edge.key ?? `${edge.attributes.kind}:${edge.source}->${edge.target}`;
}

function edgeAttributes(edge: ServedEdge): EdgeAttributes {
  const a = edge.attributes;
  return { ...a, size: a.size ?? 1, color: a.color ?? EDGE_KIND_COLORS[a.kind] ?? 'rgb(200,200,205)', weight: a.weight ?? 1 };
}

/**
 * Takes a served view into the graph without disturbing what is already drawn: existing nodes keep
 * their current (possibly laid-out) position, new nodes get the server's. Returns the keys of new nodes.
 */
export function mergeView(graph: ReportGraph, view: SerializedGraph): string[] {
  if (graph.order === 0) {
    const added = importNodes(graph, view);
    importEdges(graph, view);
    return added;
  }
  const added: string[] = [];
  for (const { key, attributes } of view.nodes) {
    if (graph.hasNode(key)) {
      const { x: _x, y: _y, size: _size, ...rest } = attributes;
      graph.mergeNodeAttributes(key, rest);
    } else {
      graph.addNode(key, { ...attributes, x: Number(attributes.x) || 0, y: Number(attributes.y) || 0 });
      added.push(key);
    }
  }
  for (const edge of view.edges) {
    const key = edgeKey(edge);
    if (graph.hasEdge(key)) graph.mergeEdgeAttributes(key, edgeAttributes(edge));
    else if (graph.hasNode(edge.source) && graph.hasNode(edge.target)) graph.addDirectedEdgeWithKey(key, edge.source, edge.target, edgeAttributes(edge));
  }
  placeNewNodes(graph, added);
  return added;
}

/**
 * First load, part one: the view's nodes into an empty graph, sized by the degree they will have once
 * `importEdges` has run (counted from the served edges), so that they can be drawn before any edge is built.
 * The served attribute objects are taken over, not copied. Returns the node keys.
 */
export function importNodes(graph: ReportGraph, view: SerializedGraph): string[] {
  const degree = new Map<string, number>();
  const keys: string[] = new Array(view.nodes.length);
  for (let i = 0; i < view.nodes.length; i++) {
    keys[i] = view.nodes[i].key;
    degree.set(keys[i], 0);
  }
  for (const e of view.edges) {
    const out = degree.get(e.source);
    const into = degree.get(e.target);
    if (out === undefined || into === undefined) continue;
    degree.set(e.source, out + 1);
    degree.set(e.target, (e.source === e.target ? out + 1 : into) + 1);
  }
  for (const { key, attributes } of view.nodes) {
    attributes.x = Number(attributes.x) || 0;
    attributes.y = Number(attributes.y) || 0;
    attributes.size = degreeSize(attributes.kind, degree.get(key)!);
    graph.addNode(key, attributes);
  }
  return keys;
}

/** First load, part two: the view's edges between nodes already in the graph (see importNodes). */
export function importEdges(graph: ReportGraph, view: SerializedGraph): void {
  for (const e of view.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    // the served object becomes the edge's attributes (no copy per edge)
    const a = e.attributes as EdgeAttributes;
    a.size ??= 1;
    a.color ??= EDGE_KIND_COLORS[a.kind] ?? 'rgb(200,200,205)';
    a.weight ??= 1;
    graph.addDirectedEdgeWithKey(edgeKey(e), e.source, e.target, a);
  }
}

/** Nodes that arrive without a position (0,0) go next to a neighbour that has one. */
function placeNewNodes(graph: ReportGraph, keys: string[]): void {
  for (const key of keys) {
    const attrs = graph.getNodeAttributes(key);
    if (attrs.x !== 0 || attrs.y !== 0) continue;
    const anchor = graph.neighbors(key).find((n) => {
      const a = graph.getNodeAttributes(n);
      return a.x !== 0 || a.y !== 0;
    });
    const angle = Math.random() * Math.PI * 2;
    const base = anchor ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
    graph.mergeNodeAttributes(key, { x: base.x + Math.cos(angle) * 5, y: base.y + Math.sin(angle) * 5 });
  }
}

/** Node size by degree: sqrt keeps hubs big without drowning everything else. */
function degreeSize(kind: NodeAttributes['kind'], degree: number): number {
  const bonus = kind === 'outlet' ? 3 : kind === 'claim' ? 1 : 0;
  return Math.min(22, 3 + bonus + 1.6 * Math.sqrt(degree));
}

export function sizeByDegree(graph: ReportGraph): void {
  graph.updateEachNodeAttributes(
    (node, attrs) => ({ ...attrs, size: degreeSize(attrs.kind, graph.degree(node)) }),
    // No `hints`: with a "size only" hint sigma repaints without indexing, which fails for nodes just added.
  );
}

export function keysOf(view: SerializedGraph): Set<string> {
  return new Set(view.nodes.map((n) => n.key));
}

import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes, SerializedGraph } from '../../api/types.js';
import { EDGE_KIND_COLORS } from '../../../../server/graph/colors.js';
import { degreeSize } from './node-size.js';
import { degrees, drawnNodeAttributes, nodeDetails, type ViewColumns } from './view-columns.js';

export type ReportGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function createGraph(): ReportGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes>({ allowSelfLoops: true });
}

type ServedEdge = SerializedGraph['edges'][number];

const DEFAULT_EDGE_COLOR = 'rgb(200,200,205)';

/** /api/graph sends edges without key, colour and size (they follow from kind and ends): the same key the server uses. */
function edgeKey(edge: ServedEdge): string {
  return edge.key ?? `${edge.attributes.kind}:${edge.source}->${edge.target}`;
}

function edgeAttributes(edge: ServedEdge): EdgeAttributes {
  const a = edge.attributes;
  return { ...a, size: a.size ?? 1, color: a.color ?? EDGE_KIND_COLORS[a.kind] ?? DEFAULT_EDGE_COLOR, weight: a.weight ?? 1 };
}

/**
 * Takes a served view into the graph without disturbing what is already drawn: existing nodes keep
 * their current (possibly laid-out) position, new nodes get the server's. Returns the keys of new nodes.
 */
export function mergeView(graph: ReportGraph, view: SerializedGraph): string[] {
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
 * First load, part one: the view's nodes into an empty graph, with the attributes sigma draws, sized by the
 * degree they will have once `importEdges` has run, so that they can be drawn before any edge is built.
 * Returns the node keys.
 */
export function importNodes(graph: ReportGraph, columns: ViewColumns): string[] {
  const { keys, kinds, kind } = columns.nodes;
  const degree = degrees(columns);
  for (let i = 0; i < keys.length; i++) graph.addNode(keys[i], drawnNodeAttributes(columns, i, degreeSize(kinds[kind[i]], degree[i])));
  return keys;
}

/** First load, part two: the attributes that are not drawn (claim texts, dates, aliases, counts…). */
export function importNodeDetails(graph: ReportGraph, columns: ViewColumns): void {
  const details = nodeDetails(columns);
  const keys = columns.nodes.keys;
  for (let i = 0; i < keys.length; i++) {
    const detail = details[i];
    if (detail) graph.mergeNodeAttributes(keys[i], detail);
  }
}

/** First load, part three: the view's edges, between nodes already in the graph (see importNodes). */
export function importEdges(graph: ReportGraph, columns: ViewColumns): void {
  const { source, target, kinds, kind, weight } = columns.edges;
  const keys = columns.nodes.keys;
  for (let j = 0; j < source.length; j++) {
    const from = keys[source[j]];
    const to = keys[target[j]];
    const k = kinds[kind[j]];
    graph.addDirectedEdgeWithKey(`${k}:${from}->${to}`, from, to, { kind: k, weight: weight[j], size: 1, color: EDGE_KIND_COLORS[k] ?? DEFAULT_EDGE_COLOR });
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

export function sizeByDegree(graph: ReportGraph): void {
  graph.updateEachNodeAttributes(
    (node, attrs) => ({ ...attrs, size: degreeSize(attrs.kind, graph.degree(node)) }),
    // No `hints`: with a "size only" hint sigma repaints without indexing, which fails for nodes just added.
  );
}

export function keysOf(view: SerializedGraph): Set<string> {
  return new Set(view.nodes.map((n) => n.key));
}

import type { NodeAttributes, SerializedGraph } from '../../api/types.js';
import { toViewColumns, type ViewColumnsDetails, type ViewColumnsHead } from '../../../../server/graph/view-columns.js';

/**
 * A view in columns, as GET /api/graph/columns sends it (see server/graph/view-columns.ts): the first load is drawn
 * from it without a parse of the whole serialised graph or an object per edge first.
 */
export interface ViewColumns extends ViewColumnsHead {
  /** per node, the attributes that are not drawn: the served JSON text until someone needs them */
  details: string | ViewColumnsDetails;
}

/** The body of /api/graph/columns: the head on the first line, the details (left unparsed) on the second. */
export function parseViewColumns(text: string): ViewColumns {
  const end = text.indexOf('\n');
  const head = JSON.parse(end < 0 ? text : text.slice(0, end)) as ViewColumnsHead;
  return { ...head, details: end < 0 ? [] : text.slice(end + 1) };
}

/** A view served by /api/graph in columns (a view loaded into an empty graph after the first load). */
export function columnsOfView(view: SerializedGraph): ViewColumns {
  const { head, details } = toViewColumns(view.attributes ?? {}, new Map(view.nodes.map((n) => [n.key, n.attributes])), view.edges);
  return { ...head, details };
}

export function isColumns(view: SerializedGraph | ViewColumns): view is ViewColumns {
  return !Array.isArray(view.nodes);
}

export function nodeDetails(columns: ViewColumns): ViewColumnsDetails {
  if (typeof columns.details === 'string') columns.details = JSON.parse(columns.details) as ViewColumnsDetails;
  return columns.details;
}

/** The drawn attributes of node `i` (its size as given: the page sizes nodes by degree). */
export function drawnNodeAttributes(columns: ViewColumns, i: number, size: number): NodeAttributes {
  const { nodes } = columns;
  return { kind: nodes.kinds[nodes.kind[i]], label: nodes.labels[i], x: nodes.x[i], y: nodes.y[i], size, color: nodes.colors[nodes.color[i]] };
}

/** Each node's degree once the view's edges are in (self-loops count twice, as in graphology). */
export function degrees(columns: ViewColumns): Uint32Array {
  const degree = new Uint32Array(columns.nodes.keys.length);
  const { source, target } = columns.edges;
  for (let j = 0; j < source.length; j++) {
    degree[source[j]] += 1;
    degree[target[j]] += 1;
  }
  return degree;
}

/** Back to graphology's serialised form, lean edges as /api/graph sends them (for the outlet → actor summary). */
export function toSerializedGraph(columns: ViewColumns): SerializedGraph {
  const { nodes, edges } = columns;
  const details = nodeDetails(columns);
  return {
    attributes: columns.attributes,
    nodes: nodes.keys.map((key, i) => ({ key, attributes: { ...drawnNodeAttributes(columns, i, 0), ...details[i] } })),
    edges: edges.source.map((s, j) => ({
      source: nodes.keys[s],
      target: nodes.keys[edges.target[j]],
      attributes: { kind: edges.kinds[edges.kind[j]], weight: edges.weight[j] },
    })),
  };
}

/** What the page says about a view before drawing it: its counts and the server's notes (truncated…). */
export interface ViewSize {
  nodes: number;
  edges: number;
  attributes: Record<string, unknown>;
}

export function viewSize(view: SerializedGraph | ViewColumns): ViewSize {
  return isColumns(view)
    ? { nodes: view.nodes.keys.length, edges: view.edges.source.length, attributes: view.attributes }
    : { nodes: view.nodes.length, edges: view.edges.length, attributes: view.attributes ?? {} };
}

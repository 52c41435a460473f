// A view in columns: the compact form the explorer loads first (GET /api/graph/columns). The same view as
// /api/graph, in two lines of JSON: the first holds what the page draws — node keys, labels, kinds, colours and
// positions, and the edges as node indices with kind and weight — as parallel arrays, about a third of the
// bytes of the serialised graph and much cheaper to parse; the second holds, per node, its other attributes
// (claim texts, dates, aliases, counts…), which the page reads once its first frame is on screen.
// Pure (no graph, no server): the page's code imports it too.
import type { EdgeKind, NodeAttributes, NodeKind } from './types.js';

export interface ViewColumnsHead {
  /** the view's graph attributes, as /api/graph sends them (truncated, totalNodes…) */
  attributes: Record<string, unknown>;
  nodes: {
    keys: string[];
    labels: string[];
    /** distinct kinds; `kind` holds an index into it per node (so do `colors` and `color`) */
    kinds: NodeKind[];
    kind: number[];
    colors: string[];
    color: number[];
    x: number[];
    y: number[];
  };
  edges: {
    /** node indices */
    source: number[];
    target: number[];
    kinds: EdgeKind[];
    kind: number[];
    weight: number[];
  };
}

/** Per node, in the order of `nodes.keys`: its attributes other than the columns' (and size), or null. */
export type ViewColumnsDetails = (Partial<NodeAttributes> | null)[];

export interface ColumnEdge {
  source: string;
  target: string;
  attributes: { kind: EdgeKind; weight?: number };
}

/** Codes for repeated strings: the distinct values and, per item, an index into them. */
class Codes<T extends string> {
  readonly values: T[] = [];
  private readonly index = new Map<T, number>();

  code(value: T): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

/** Node attributes the columns hold, and size, which the page derives from the degree. */
function inColumns(name: string): boolean {
  return name === 'kind' || name === 'label' || name === 'x' || name === 'y' || name === 'color' || name === 'size';
}

/** The view in columns; edges with an end outside `nodes` are left out. */
export function toViewColumns(
  attributes: Record<string, unknown>,
  nodes: ReadonlyMap<string, NodeAttributes>,
  edges: readonly ColumnEdge[],
): { head: ViewColumnsHead; details: ViewColumnsDetails } {
  const n = nodes.size;
  const keys = new Array<string>(n);
  const labels = new Array<string>(n);
  const kind = new Array<number>(n);
  const color = new Array<number>(n);
  const x = new Array<number>(n);
  const y = new Array<number>(n);
  const details: ViewColumnsDetails = new Array(n);
  const nodeKinds = new Codes<NodeKind>();
  const colors = new Codes<string>();
  const index = new Map<string, number>();
  let i = 0;
  for (const [key, a] of nodes) {
    index.set(key, i);
    keys[i] = key;
    labels[i] = a.label;
    kind[i] = nodeKinds.code(a.kind);
    color[i] = colors.code(a.color);
    x[i] = Number(a.x) || 0;
    y[i] = Number(a.y) || 0;
    let rest: Record<string, unknown> | null = null;
    for (const name in a) {
      if (!inColumns(name)) (rest ??= {})[name] = a[name as keyof NodeAttributes];
    }
    details[i] = rest as Partial<NodeAttributes> | null;
    i += 1;
  }

  const source: number[] = [];
  const target: number[] = [];
  const edgeKind: number[] = [];
  const weight: number[] = [];
  const edgeKinds = new Codes<EdgeKind>();
  for (let j = 0; j < edges.length; j++) {
    const e = edges[j];
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    source.push(s);
    target.push(t);
    edgeKind.push(edgeKinds.code(e.attributes.kind));
    weight.push(e.attributes.weight ?? 1);
  }

  return {
    head: {
      attributes,
      nodes: { keys, labels, kinds: nodeKinds.values, kind, colors: colors.values, color, x, y },
      edges: { source, target, kinds: edgeKinds.values, kind: edgeKind, weight },
    },
    details,
  };
}

/** The response body of /api/graph/columns: the head and the details as two lines of JSON. */
export function viewColumnsText(attributes: Record<string, unknown>, nodes: ReadonlyMap<string, NodeAttributes>, edges: readonly ColumnEdge[]): string {
  const { head, details } = toViewColumns(attributes, nodes, edges);
  // JSON.stringify never writes a raw line break, so the first one ends the head
  return `${JSON.stringify(head)}\n${JSON.stringify(details)}`;
}


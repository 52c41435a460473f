// A view as JSON text (graphology's serialised form), assembled from per-node and
// per-edge JSON fragments that are kept between requests: an uncached view is one
// selection step plus a join of strings, not a new graph and a JSON.stringify of it.
import type { EdgeAttributes, NodeAttributes, ViewFilters } from './types.js';
import type { AttributionGraph } from './model-types.js';
import { selectViewParts, type ActorRuns, type EdgeWriter, type MarkedNode, type ViewEdge, type ViewParts } from './view.js';
import type { ClaimLink, ClaimLinks } from './claim-links.js';

export interface ViewJsonOptions {
  /**
   * Edges as `{source, target, attributes: {kind, weight}}` only: no key, size or
   * colour (a client derives the key `${kind}:${source}->${target}` and the colour
   * from the kind). Off by default: the default output equals JSON.stringify(exportView()).
   */
  lean?: boolean;
  /**
   * At most this many nodes (0: no cap). When given, the graph attributes say whether
   * the view was cut: `truncated`, `totalNodes`, `totalEdges`, `limit`.
   */
  limit?: number;
}

const OPTIONS_JSON = '{"type":"directed","multi":true,"allowSelfLoops":true}';

/**
 * The view as JSON. Without options: exactly `JSON.stringify(exportView(graph, filters))`.
 * With `limit`, a view of more nodes keeps the chosen outlets, the claims ranked
 * highest (evidenceCount, then degree in the view) and the outlets, sources, actors
 * (and articles) those claims need, and the edges among them.
 */
export function exportViewJson(graph: AttributionGraph, filters: ViewFilters, opts: ViewJsonOptions = {}): string {
  return exportViewPieces(graph, filters, opts).join('');
}

/** A view's JSON text in pieces (see exportViewBody) and its length in UTF-8 bytes. */
export interface ViewPieces {
  pieces: string[];
  bytes: number;
}

/**
 * The same JSON as exportViewJson, in pieces to be written out in order (joined, they
 * are exportViewJson's text). The pieces are mostly the kept per-node and per-claim
 * strings themselves, so a view costs an array of references rather than a copy of
 * megabytes, and a server can write them to a socket without joining them first.
 */
export function exportViewPieces(graph: AttributionGraph, filters: ViewFilters, opts: ViewJsonOptions = {}): string[] {
  return exportViewBody(graph, filters, opts).pieces;
}

/**
 * exportViewPieces with the UTF-8 length of the text: the kept strings carry their
 * lengths, so a server learns its Content-Length without reading megabytes again.
 */
export function exportViewBody(graph: AttributionGraph, filters: ViewFilters, opts: ViewJsonOptions = {}): ViewPieces {
  const limit = opts.limit;
  if (opts.lean) {
    // lean edges: claims' actor links come pre-written per claim (one string per claim, not one per edge)
    const writer = leanWriter();
    const written = selectViewParts(graph, filters, writer);
    if ('edgeJson' in written && !(limit !== undefined && limit > 0 && written.nodes.size > limit)) {
      const attributes = limit === undefined ? written.attributes : withTotals(written.attributes, false, written.nodes.size, written.edgeCount, limit);
      return viewPieces(attributes, written.nodes, written.edgeJson, writer.bytes);
    }
  }
  const parts = selectViewParts(graph, filters);
  const { attributes, nodes, edges } = limit === undefined ? parts : limitView(parts, limit);
  const edgeJson = new Array<string>(edges.length);
  const fragment = opts.lean ? leanEdgeFragment : fullEdgeFragment;
  let edgeBytes = 0;
  for (let j = 0; j < edges.length; j++) {
    const f = fragment(edges[j]!);
    edgeJson[j] = f.json;
    edgeBytes += f.bytes;
  }
  return viewPieces(attributes, nodes, edgeJson, edgeBytes);
}

const NODES_TO_EDGES = '],"edges":[';
const END = ']}';

/**
 * `{"options":…,"attributes":…,"nodes":[…],"edges":[…]}` as pieces (separators are pieces
 * of their own) and its UTF-8 length; `edgeBytes`: the UTF-8 length of `edgeJson` together.
 */
function viewPieces(attributes: Record<string, unknown>, nodes: Map<string, NodeAttributes>, edgeJson: string[], edgeBytes: number): ViewPieces {
  const pieces: string[] = new Array(2 * (nodes.size + edgeJson.length) + 3);
  let i = 0;
  const head = `{"options":${OPTIONS_JSON},"attributes":${JSON.stringify(attributes)},"nodes":[`;
  pieces[i++] = head;
  let bytes = Buffer.byteLength(head, 'utf8') + NODES_TO_EDGES.length + END.length + edgeBytes;
  let first = true;
  for (const [key, attrs] of nodes) {
    if (!first) pieces[i++] = ',';
    first = false;
    const f = nodeFragment(key, attrs);
    pieces[i++] = f.json;
    bytes += f.bytes;
  }
  pieces[i++] = NODES_TO_EDGES;
  for (let j = 0; j < edgeJson.length; j++) {
    if (j > 0) pieces[i++] = ',';
    pieces[i++] = edgeJson[j]!;
  }
  pieces[i++] = END;
  pieces.length = i;
  // one byte per comma between nodes and between edges
  bytes += Math.max(0, nodes.size - 1) + Math.max(0, edgeJson.length - 1);
  return { pieces, bytes };
}

/**
 * A view under a node cap (0: none), with the graph attributes that say whether it was cut:
 * `truncated`, `totalNodes`, `totalEdges` and `limit`.
 */
export function limitView(parts: ViewParts, limit: number): { attributes: Record<string, unknown>; nodes: Map<string, NodeAttributes>; edges: ViewEdge[] } {
  const truncated = limit > 0 && parts.nodes.size > limit;
  const attributes = withTotals(parts.attributes, truncated, parts.nodes.size, parts.edges.length, limit);
  const { nodes, edges } = truncated ? capView(parts, limit) : parts;
  return { attributes, nodes, edges };
}

/** A view's graph attributes with what says whether a node cap cut it. */
function withTotals(attributes: Record<string, unknown>, truncated: boolean, totalNodes: number, totalEdges: number, limit: number): Record<string, unknown> {
  return { ...attributes, truncated, totalNodes, totalEdges, limit };
}

/** The part of a view kept under a node cap (see exportViewJson). */
export function capView(parts: ViewParts, limit: number): { nodes: Map<string, NodeAttributes>; edges: ViewEdge[] } {
  const { nodes, edges } = parts;
  const isClaim = (key: string) => nodes.get(key)!.kind === 'claim';
  const degree = new Map<string, number>();
  // per claim, the non-claim nodes of the view it is linked to (its outlets, speakers, actors, articles)
  const needs = new Map<string, string[]>();
  const need = (claim: string, other: string) => {
    const list = needs.get(claim);
    if (list) list.push(other);
    else needs.set(claim, [other]);
  };
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    const sourceIsClaim = isClaim(e.source);
    const targetIsClaim = isClaim(e.target);
    if (sourceIsClaim && !targetIsClaim) need(e.source, e.target);
    else if (targetIsClaim && !sourceIsClaim) need(e.target, e.source);
  }

  const kept = new Set<string>();
  const chosen = (parts.attributes.outletKeys as string[] | undefined) ?? [];
  for (const outlet of chosen) if (nodes.has(outlet) && kept.size < limit) kept.add(outlet);

  const claims: { key: string; evidence: number; degree: number }[] = [];
  for (const [key, attrs] of nodes) {
    if (attrs.kind === 'claim') claims.push({ key, evidence: attrs.evidenceCount ?? 0, degree: degree.get(key) ?? 0 });
  }
  if (claims.length > 0) {
    // stable sort: ties keep the view's order
    claims.sort((a, b) => b.evidence - a.evidence || b.degree - a.degree);
    const added: string[] = [];
    for (const claim of claims) {
      added.length = 0;
      added.push(claim.key);
      for (const other of needs.get(claim.key) ?? []) if (!kept.has(other) && !added.includes(other)) added.push(other);
      if (kept.size + added.length > limit) break;
      for (const key of added) kept.add(key);
    }
  } else {
    // no claims (a kinds filter without them): the best-linked nodes
    const ranked = [...nodes.keys()].filter((k) => !kept.has(k));
    ranked.sort((a, b) => (degree.get(b) ?? 0) - (degree.get(a) ?? 0));
    for (const key of ranked) {
      if (kept.size >= limit) break;
      kept.add(key);
    }
  }

  const keptNodes = new Map<string, NodeAttributes>();
  for (const [key, attrs] of nodes) if (kept.has(key)) keptNodes.set(key, attrs);
  return { nodes: keptNodes, edges: edges.filter((e) => kept.has(e.source) && kept.has(e.target)) };
}

// ---- fragments ----------------------------------------------------------------
// Keyed by the graph's own attributes objects (the model updates them in place), and
// valid while the values they were made from are unchanged: a node's fragment is
// rebuilt only when that node changed.

/** A piece of JSON and its UTF-8 length, worked out once when the piece is made. */
interface Fragment {
  json: string;
  bytes: number;
}

function fragmentOf(json: string): Fragment {
  return { json, bytes: Buffer.byteLength(json, 'utf8') };
}

interface NodeFragment extends Fragment {
  key: string;
  snapshot: unknown[];
}
const nodeFragments = new WeakMap<NodeAttributes, NodeFragment>();

/**
 * Every value a node's JSON is made of, written into `into`; aliases by identity (the
 * model replaces the array when it changes).
 */
function nodeSnapshot(a: NodeAttributes, into: unknown[]): unknown[] {
  let names = 0;
  for (const _ in a) names++;
  into[0] = names;
  into[1] = a.label;
  into[2] = a.kind;
  into[3] = a.x;
  into[4] = a.y;
  into[5] = a.size;
  into[6] = a.color;
  into[7] = a.aliases;
  into[8] = a.aliases?.length;
  into[9] = a.claimCount;
  into[10] = a.outlet;
  into[11] = a.actorKind;
  into[12] = a.text;
  into[13] = a.firstReported;
  into[14] = a.evidenceCount;
  into[15] = a.publisher;
  into[16] = a.published;
  into[17] = a.url;
  return into;
}

function sameSnapshot(a: unknown[], b: unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** the snapshot of the node being checked: a view checks thousands, and keeps a copy only of those it writes anew */
const scratchSnapshot: unknown[] = [];

function nodeFragment(key: string, attrs: NodeAttributes): Fragment {
  const snapshot = nodeSnapshot(attrs, scratchSnapshot);
  const cached = nodeFragments.get(attrs);
  if (cached && cached.key === key && sameSnapshot(cached.snapshot, snapshot)) return cached;
  const fragment = fragmentOf(JSON.stringify({ key, attributes: attrs }));
  // article nodes are only in views that ask for them: not worth the memory
  if (attrs.kind !== 'article') nodeFragments.set(attrs, { key, snapshot: [...snapshot], ...fragment });
  return fragment;
}

interface FullEdgeFragment extends Fragment {
  kind: string;
  size: number;
  color: string;
  weight: number;
  label: string | undefined;
  names: number;
}
const fullEdgeFragments = new WeakMap<EdgeAttributes, FullEdgeFragment>();

function fullEdgeFragment(e: ViewEdge): Fragment {
  const a = e.attributes;
  let names = 0;
  for (const _ in a) names++;
  const cached = fullEdgeFragments.get(a);
  if (
    cached &&
    cached.weight === a.weight &&
    cached.size === a.size &&
    cached.kind === a.kind &&
    cached.color === a.color &&
    cached.label === a.label &&
    cached.names === names
  ) {
    return cached;
  }
  const fragment = fragmentOf(JSON.stringify({ key: e.key, source: e.source, target: e.target, attributes: a }));
  // an article's `contains` edges are only in views that ask for articles: not worth the memory
  if (a.kind !== 'contains') fullEdgeFragments.set(a, { kind: a.kind, size: a.size, color: a.color, weight: a.weight, label: a.label, names, ...fragment });
  return fragment;
}

const leanEdgeFragments = new WeakMap<EdgeAttributes, Fragment & { kind: string; weight: number }>();

/** An edge's lean JSON: kept on the model's claim link when it is one (no look-up), else by attributes object. */
function leanEdgeFragment(e: ViewEdge): Fragment {
  const a = e.attributes;
  if (isClaimLink(e)) {
    // (a link's kind never changes)
    const kept = e.written;
    if (kept !== undefined && kept.weight === a.weight) return kept;
    const made = { weight: a.weight, ...fragmentOf(leanEdgeJson(e)) };
    e.written = made;
    return made;
  }
  const cached = leanEdgeFragments.get(a);
  if (cached && cached.weight === a.weight && cached.kind === a.kind) return cached;
  const fragment = fragmentOf(leanEdgeJson(e));
  if (a.kind !== 'contains') leanEdgeFragments.set(a, { kind: a.kind, weight: a.weight, ...fragment });
  return fragment;
}

// JSON.stringify gives a flat string: joining thousands of concatenated (rope) strings per view costs more
function leanEdgeJson(e: ViewEdge): string {
  return JSON.stringify({ source: e.source, target: e.target, attributes: { kind: e.attributes.kind, weight: e.attributes.weight } });
}

function isClaimLink(e: ViewEdge): e is ClaimLink {
  return 'sourceAttributes' in e;
}

// Per claim, its links to actors written out in runs (see ActorRuns), kept on the claim's
// entry in the link index while its links are unchanged (ClaimEntry.version). The
// per-edge strings are not kept as well: a claim's runs are all that views of it need.
const NO_RUNS: ActorRuns = { segments: [], edgeCount: 0, bytes: 0, actors: [] };

function actorRuns(claim: string, links: ClaimLinks): ActorRuns {
  const entry = links.entry(claim);
  if (entry === undefined) return NO_RUNS;
  const kept = entry.written;
  if (kept !== undefined && kept.version === entry.version) return kept.value as ActorRuns;
  const segments: (string | ClaimLink)[] = [];
  const actors: MarkedNode[] = [];
  const seen = new Set<string>();
  let run: string[] = [];
  let edgeCount = 0;
  let bytes = 0;
  const endRun = () => {
    if (!run.length) return;
    const json = run.join(',');
    segments.push(json);
    bytes += Buffer.byteLength(json, 'utf8');
    run = [];
  };
  for (const link of entry.others) {
    const actorEnd = link.target === claim ? link.source : link.target;
    const actor = link.target === claim ? link.sourceAttributes : link.targetAttributes;
    if (actorEnd === claim || actor.kind !== 'actor') {
      endRun();
      segments.push(link);
      continue;
    }
    run.push(leanEdgeJson(link));
    edgeCount++;
    if (!seen.has(actorEnd)) {
      seen.add(actorEnd);
      actors.push(markedNode(actorEnd, actor));
    }
  }
  endRun();
  const runs: ActorRuns = { segments, edgeCount, bytes, actors };
  entry.written = { version: entry.version, value: runs };
  return runs;
}

// One MarkedNode per node attributes object (the graph's own, so per node while it exists).
const markedNodes = new WeakMap<NodeAttributes, MarkedNode>();

function markedNode(key: string, attributes: NodeAttributes): MarkedNode {
  let node = markedNodes.get(attributes);
  if (node === undefined || node.key !== key) markedNodes.set(attributes, (node = { key, attributes, mark: 0 }));
  return node;
}

/** The lean EdgeWriter of one view, adding up the UTF-8 length of what it writes. */
function leanWriter(): EdgeWriter & { bytes: number } {
  const writer = {
    bytes: 0,
    edge(e: ViewEdge): string {
      const fragment = leanEdgeFragment(e);
      writer.bytes += fragment.bytes;
      return fragment.json;
    },
    actorRuns(claim: string, links: ClaimLinks): ActorRuns {
      const runs = actorRuns(claim, links);
      writer.bytes += runs.bytes;
      return runs;
    },
  };
  return writer;
}

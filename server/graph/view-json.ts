// A view as JSON text (graphology's serialised form), assembled from per-node and
// per-edge JSON fragments that are kept between requests: an uncached view is one
// selection step plus a join of strings, not a new graph and a JSON.stringify of it.
import type { EdgeAttributes, NodeAttributes, ViewFilters } from './types.js';
import type { AttributionGraph } from './model-types.js';
import { selectViewParts, type ActorRuns, type EdgeWriter, type ViewEdge, type ViewParts } from './view.js';
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

/**
 * The same JSON as exportViewJson, in pieces to be written out in order (joined, they
 * are exportViewJson's text). The pieces are mostly the kept per-node and per-claim
 * strings themselves, so a view costs an array of references rather than a copy of
 * megabytes, and a server can write them to a socket without joining them first.
 */
export function exportViewPieces(graph: AttributionGraph, filters: ViewFilters, opts: ViewJsonOptions = {}): string[] {
  const limit = opts.limit;
  if (opts.lean) {
    // lean edges: claims' actor links come pre-written per claim (one string per claim, not one per edge)
    const written = selectViewParts(graph, filters, LEAN_WRITER);
    if ('edgeJson' in written && !(limit !== undefined && limit > 0 && written.nodes.size > limit)) {
      const attributes = limit === undefined ? written.attributes : { ...written.attributes, truncated: false, totalNodes: written.nodes.size, totalEdges: written.edgeCount, limit };
      return viewPieces(attributes, written.nodes, written.edgeJson);
    }
  }
  const parts = selectViewParts(graph, filters);
  let { nodes, edges } = parts;
  let attributes: Record<string, unknown> = parts.attributes;
  if (limit !== undefined) {
    const truncated = limit > 0 && nodes.size > limit;
    attributes = { ...attributes, truncated, totalNodes: nodes.size, totalEdges: edges.length, limit };
    if (truncated) ({ nodes, edges } = capView(parts, limit));
  }
  const edgeJson = new Array<string>(edges.length);
  const fragment = opts.lean ? leanEdgeFragment : fullEdgeFragment;
  for (let j = 0; j < edges.length; j++) edgeJson[j] = fragment(edges[j]!);
  return viewPieces(attributes, nodes, edgeJson);
}

/** `{"options":…,"attributes":…,"nodes":[…],"edges":[…]}` as pieces; separators are pieces of their own. */
function viewPieces(attributes: Record<string, unknown>, nodes: Map<string, NodeAttributes>, edgeJson: string[]): string[] {
  const pieces: string[] = new Array(2 * (nodes.size + edgeJson.length) + 3);
  let i = 0;
  pieces[i++] = `{"options":${OPTIONS_JSON},"attributes":${JSON.stringify(attributes)},"nodes":[`;
  let first = true;
  for (const [key, attrs] of nodes) {
    if (!first) pieces[i++] = ',';
    first = false;
    pieces[i++] = nodeFragment(key, attrs);
  }
  pieces[i++] = '],"edges":[';
  for (let j = 0; j < edgeJson.length; j++) {
    if (j > 0) pieces[i++] = ',';
    pieces[i++] = edgeJson[j]!;
  }
  pieces[i++] = ']}';
  pieces.length = i;
  return pieces;
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

interface NodeFragment {
  key: string;
  snapshot: unknown[];
  json: string;
}
const nodeFragments = new WeakMap<NodeAttributes, NodeFragment>();

/** Every value a node's JSON is made of; aliases by identity (the model replaces the array when it changes). */
function nodeSnapshot(a: NodeAttributes): unknown[] {
  let names = 0;
  for (const _ in a) names++;
  return [
    names, a.label, a.kind, a.x, a.y, a.size, a.color, a.aliases, a.aliases?.length, a.claimCount, a.outlet, a.actorKind,
    a.text, a.firstReported, a.evidenceCount, a.publisher, a.published, a.url,
  ];
}

function sameSnapshot(a: unknown[], b: unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function nodeFragment(key: string, attrs: NodeAttributes): string {
  const snapshot = nodeSnapshot(attrs);
  const cached = nodeFragments.get(attrs);
  if (cached && cached.key === key && sameSnapshot(cached.snapshot, snapshot)) return cached.json;
  const json = JSON.stringify({ key, attributes: attrs });
  // article nodes are only in views that ask for them: not worth the memory
  if (attrs.kind !== 'article') nodeFragments.set(attrs, { key, snapshot, json });
  return json;
}

interface FullEdgeFragment {
  kind: string;
  size: number;
  color: string;
  weight: number;
  label: string | undefined;
  names: number;
  json: string;
}
const fullEdgeFragments = new WeakMap<EdgeAttributes, FullEdgeFragment>();

function fullEdgeFragment(e: ViewEdge): string {
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
    return cached.json;
  }
  const json = JSON.stringify({ key: e.key, source: e.source, target: e.target, attributes: a });
  // an article's `contains` edges are only in views that ask for articles: not worth the memory
  if (a.kind !== 'contains') fullEdgeFragments.set(a, { kind: a.kind, size: a.size, color: a.color, weight: a.weight, label: a.label, names, json });
  return json;
}

const leanEdgeFragments = new WeakMap<EdgeAttributes, { kind: string; weight: number; json: string }>();

function leanEdgeFragment(e: ViewEdge): string {
  const a = e.attributes;
  const cached = leanEdgeFragments.get(a);
  if (cached && cached.weight === a.weight && cached.kind === a.kind) return cached.json;
  // JSON.stringify gives a flat string: joining thousands of concatenated (rope) strings per view costs more
  const json = JSON.stringify({ source: e.source, target: e.target, attributes: { kind: a.kind, weight: a.weight } });
  if (a.kind !== 'contains') leanEdgeFragments.set(a, { kind: a.kind, weight: a.weight, json });
  return json;
}

// Per claim, its links to actors written out in runs (see ActorRuns), kept while the
// claim's links are unchanged (ClaimLinks.version). The per-edge strings are not kept
// as well: a claim's runs are all that views of it need.
const actorRunsCache = new WeakMap<NodeAttributes, { key: string; version: number; runs: ActorRuns }>();

function actorRuns(claim: string, claimAttributes: NodeAttributes, links: ClaimLinks): ActorRuns {
  const version = links.version(claim);
  const cached = actorRunsCache.get(claimAttributes);
  if (cached && cached.key === claim && cached.version === version) return cached.runs;
  const segments: (string | ClaimLink)[] = [];
  const actorKeys: string[] = [];
  const actorAttributes: NodeAttributes[] = [];
  const seen = new Set<string>();
  let run: string[] = [];
  let edgeCount = 0;
  for (const link of links.others(claim)) {
    const actorEnd = link.target === claim ? link.source : link.target;
    const actor = link.target === claim ? link.sourceAttributes : link.targetAttributes;
    if (actorEnd === claim || actor.kind !== 'actor') {
      if (run.length) segments.push(run.join(','));
      run = [];
      segments.push(link);
      continue;
    }
    run.push(JSON.stringify({ source: link.source, target: link.target, attributes: { kind: link.attributes.kind, weight: link.attributes.weight } }));
    edgeCount++;
    if (!seen.has(actorEnd)) {
      seen.add(actorEnd);
      actorKeys.push(actorEnd);
      actorAttributes.push(actor);
    }
  }
  if (run.length) segments.push(run.join(','));
  const runs: ActorRuns = { segments, edgeCount, actorKeys, actorAttributes };
  actorRunsCache.set(claimAttributes, { key: claim, version, runs });
  return runs;
}

const LEAN_WRITER: EdgeWriter = { edge: leanEdgeFragment, actorRuns };

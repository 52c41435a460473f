// Views: exactly what the filters select, as a new graph (exports) or in serialised
// form (the API), from one selection step.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes, NodeKind, ViewFilters } from './types.js';
import type { AttributionGraph } from './model-types.js';
import { foldText, slugify } from './slug.js';
import { datePart } from './labels.js';
import { claimLinksOf, type ClaimLink, type ClaimLinks } from './claim-links.js';

/** A view in graphology's serialised form (`graph.export()`), without building a graph. */
export interface SerializedView {
  options: { type: 'directed'; multi: true; allowSelfLoops: true };
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[];
}

export interface ViewEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
  /** on the model's claim links: a writer's kept JSON of the edge (see ClaimLink) */
  written?: ClaimLink['written'];
}

/** What a view holds; attribute objects are the source graph's own (copy before keeping). */
export interface ViewParts {
  attributes: Record<string, unknown>;
  nodes: Map<string, NodeAttributes>;
  edges: ViewEdge[];
}

/**
 * Selects a view of the graph.
 * - `outlets`: the chosen outlets (by key, slug, canonical name or alias), the claims
 *   they reported, those claims' named speakers and actors, and the chosen outlets'
 *   own anonymous sources. Other outlets (and their sources) that reported the same
 *   claims are left out.
 * - `actors`: claims that involve one of the actors or that one of them said; with
 *   the outlets, sources and actors of those claims. Combined with `outlets`, both hold.
 * - `q`: claims whose text, or whose outlet, speaker or actor name, contains q.
 * - `from`/`to`: claims first reported within the range (inclusive, by date).
 * - `kinds`: only nodes of these kinds are kept (selection still goes through claims).
 * - `articles`: article nodes of the selected claims are included (hidden otherwise).
 * Without selecting filters the view is the whole graph minus article nodes.
 * An outlet or actor filter that matches nothing gives an empty view.
 */
export function selectView(graph: AttributionGraph, filters: ViewFilters): AttributionGraph {
  const parts = selectViewParts(graph, filters);
  const view: AttributionGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const [name, value] of Object.entries(parts.attributes)) view.setAttribute(name, value);
  for (const [key, attrs] of parts.nodes) view.addNode(key, copyNode(attrs));
  for (const e of parts.edges) view.addDirectedEdgeWithKey(e.key, e.source, e.target, { ...e.attributes });
  return view;
}

/**
 * The same view as `selectView`, in graphology's serialised form, built without a new
 * graph. The attribute objects are the live graph's: serialise the result at once.
 */
export function exportView(graph: AttributionGraph, filters: ViewFilters): SerializedView {
  const parts = selectViewParts(graph, filters);
  const nodes: SerializedView['nodes'] = [];
  for (const [key, attributes] of parts.nodes) nodes.push({ key, attributes });
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: parts.attributes,
    nodes,
    edges: parts.edges.map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: e.attributes })),
  };
}

/**
 * A node as views of many claims meet it (an actor), one object per node: a selection
 * pass marks it when it takes it, so a node linked to hundreds of the view's claims is
 * looked up in the view's node map once rather than once per claim.
 */
export interface MarkedNode {
  key: string;
  attributes: NodeAttributes;
  /** the selection pass that last took it (see selectViewParts) */
  mark: number;
}

/**
 * The runs of a claim's links (`ClaimLinks.others`, in order) whose other end is an
 * actor, already written out; such links are in every view that holds the claim and
 * keeps actors. Claim-to-claim links stay links (the other claim may be out of view).
 */
export interface ActorRuns {
  /** in link order: a string is a run of edges as JSON (comma-joined), a link is visited as usual */
  segments: readonly (string | ClaimLink)[];
  /** how many edges the strings hold */
  edgeCount: number;
  /** the UTF-8 length of the strings together */
  bytes: number;
  /** the actors at the other ends, in link order (first appearance) */
  actors: readonly MarkedNode[];
}

/**
 * How a caller that writes the view out itself takes its edges: `edge` writes one,
 * `actorRuns` gives a claim's pre-written actor links. With it, `ViewParts.edges` stays
 * empty and `edgeJson`/`edgeCount` hold the edges (same order as without it).
 */
export interface EdgeWriter {
  edge: (e: ViewEdge) => string;
  actorRuns: (claim: string, links: ClaimLinks) => ActorRuns;
}

/** ViewParts whose edges were written out by an EdgeWriter. */
export interface WrittenViewParts extends ViewParts {
  edgeJson: string[];
  edgeCount: number;
}

/** Numbers selection passes for MarkedNode.mark (a pass runs synchronously from start to end). */
let selectionPass = 0;

export function selectViewParts(graph: AttributionGraph, filters: ViewFilters): ViewParts;
export function selectViewParts(graph: AttributionGraph, filters: ViewFilters, writer: EdgeWriter): WrittenViewParts | ViewParts;
export function selectViewParts(graph: AttributionGraph, filters: ViewFilters, writer?: EdgeWriter): ViewParts | WrittenViewParts {
  const pass = ++selectionPass;
  const nodes = new Map<string, NodeAttributes>();
  const edges: ViewEdge[] = [];
  const parts: ViewParts = { attributes: {}, nodes, edges };
  const kinds = filters.kinds?.length ? new Set<NodeKind>(filters.kinds) : undefined;
  const includeArticles = filters.articles === true || (kinds?.has('article') ?? false);
  const q = filters.q?.trim() ? foldText(filters.q.trim()).replace(/\u0000/g, '') || undefined : undefined;
  const from = filters.from ? (datePart(filters.from) ?? filters.from) : undefined;
  const to = filters.to ? (datePart(filters.to) ?? filters.to) : undefined;
  // the model's index of each claim's edges other than `contains` (a claim may be in
  // thousands of articles); without it, or when articles are wanted, walk the graph
  const links = includeArticles ? undefined : claimLinksOf(graph);
  const claimEdges = (claim: string, visit: (edge: string, attrs: EdgeAttributes, source: string, target: string) => void): void => {
    if (links) {
      for (const l of links.reported(claim)) visit(l.key, l.attributes, l.source, l.target);
      for (const l of links.anonymous(claim)) visit(l.key, l.attributes, l.source, l.target);
      for (const l of links.others(claim)) visit(l.key, l.attributes, l.source, l.target);
    } else graph.forEachEdge(claim, visit);
  };

  /** the candidate claims with their attributes (taken from the walk that finds them, not looked up again) */
  let claims: Map<string, NodeAttributes> | undefined;
  let chosenOutlets: Set<string> | undefined;
  /** `source:<outlet-slug>:` of each chosen outlet: the keys of its own anonymous sources start so */
  let chosenScopes: string[] | undefined;
  /** with the claim link index, the chosen outlets' `reported` edges: a view of outlets takes them from here, not from each claim's many outlets */
  const chosenReports: ViewEdge[] = [];

  if (filters.outlets?.length) {
    chosenOutlets = new Set(resolveNodes(graph, 'outlet', filters.outlets));
    parts.attributes.outletKeys = [...chosenOutlets];
    if (chosenOutlets.size === 0) return parts;
    chosenScopes = [...chosenOutlets].map((key) => `source:${key.slice('outlet:'.length)}:`);
    const found = (claims = new Map());
    for (const outlet of chosenOutlets) {
      if (links) {
        for (const l of links.reportedBy(outlet)) {
          found.set(l.target, l.targetAttributes);
          chosenReports.push(l);
        }
      } else {
        // their reports are found again through each claim's edges
        graph.forEachOutEdge(outlet, (_e, a, _s, target, _sourceAttrs, targetAttrs) => {
          if (a.kind === 'reported') found.set(target, targetAttrs);
        });
      }
    }
  }
  if (filters.actors?.length) {
    const actors = resolveNodes(graph, 'actor', filters.actors);
    if (actors.length === 0) return parts;
    const involved = new Map<string, NodeAttributes>();
    for (const actor of actors) {
      graph.forEachInEdge(actor, (_e, a, source, _t, sourceAttrs) => {
        if (a.kind === 'involves') involved.set(source, sourceAttrs);
      });
      graph.forEachOutEdge(actor, (_e, a, _s, target, _sourceAttrs, targetAttrs) => {
        if (a.kind === 'said') involved.set(target, targetAttrs);
      });
    }
    claims = claims ? intersect(claims, involved) : involved;
  }

  const selecting = claims !== undefined || q !== undefined || from !== undefined || to !== undefined;
  if (!selecting) {
    graph.forEachNode((key, attrs) => {
      if (attrs.kind === 'article' && !includeArticles) return;
      if (kinds && !kinds.has(attrs.kind)) return;
      nodes.set(key, attrs);
    });
    graph.forEachEdge((key, attributes, source, target) => {
      if (nodes.has(source) && nodes.has(target)) edges.push({ key, source, target, attributes });
    });
    return parts;
  }

  let candidates = claims;
  if (!candidates) {
    const all = (candidates = new Map());
    graph.forEachNode((key, attrs) => {
      if (attrs.kind === 'claim') all.set(key, attrs);
    });
  }
  let selected = candidates;
  if (from || to || q !== undefined) {
    selected = new Map();
    for (const [claim, attrs] of candidates) {
      if ((from || to) && !inRange(attrs.firstReported ?? null, from, to)) continue;
      if (q !== undefined && !claimMatches(graph, claim, attrs, q, claimEdges)) continue;
      selected.set(claim, attrs);
    }
  }
  // a caller that writes the edges itself gets claims' actor links pre-written (not with a kinds filter)
  const write = writer && links && !kinds ? writer : undefined;
  const edgeJson: string[] = [];
  let edgeCount = 0;
  const take = write
    ? (e: ViewEdge) => {
        edgeJson.push(write.edge(e));
        edgeCount++;
      }
    : (e: ViewEdge) => edges.push(e);
  const claimsShown = !kinds || kinds.has('claim');
  const allowed = (kind: NodeKind) => !kinds || kinds.has(kind);
  // Whether a node linked to a selected claim is in the view depends only on that node
  // and on which side of the edge it is, so one walk over the claims' links finds the
  // nodes and the edges at once.
  /** the linked nodes of the view that may have `cites` in-edges */
  const citable: string[] = [];
  let claim = '';
  /** `e` is kept as the view's edge when taken: a claim link of the model, or a new object */
  const visit = (e: ViewEdge, sourceAttrs: NodeAttributes, targetAttrs: NodeAttributes): void => {
    const { source, target } = e;
    if (target === claim) {
      const n = sourceAttrs;
      if (n.kind === 'claim') {
        // claim->claim edges are taken from the citing side; claims are in the view only when selected themselves
        return;
      }
      if (n.kind === 'outlet' && chosenOutlets && !chosenOutlets.has(source)) return;
      // anonymous sources belong to the outlet citing them: other outlets' sources stay out
      if (n.kind === 'source' && chosenScopes && !inScope(source, chosenScopes)) return;
      if (n.kind === 'article' && !includeArticles) return;
      if (!allowed(n.kind)) return;
      if (!nodes.has(source)) {
        nodes.set(source, n);
        if (n.kind === 'source' || n.kind === 'outlet') citable.push(source);
      }
      if (claimsShown) take(e);
    } else {
      const n = targetAttrs;
      if (n.kind === 'claim') {
        if (claimsShown && selected.has(target)) take(e);
        return;
      }
      if (n.kind !== 'actor' || !allowed('actor')) return;
      if (!nodes.has(target)) nodes.set(target, n);
      if (claimsShown) take(e);
    }
  };
  for (const [key, claimAttrs] of selected) {
    claim = key;
    if (claimsShown) nodes.set(key, claimAttrs);
    if (links) {
      // a view of chosen outlets takes their reports and their anonymous sources' statements below
      if (!chosenOutlets) {
        for (const l of links.reported(key)) visit(l, l.sourceAttributes, l.targetAttributes);
        for (const l of links.anonymous(key)) visit(l, l.sourceAttributes, l.targetAttributes);
      }
      if (write) {
        const runs = write.actorRuns(key, links);
        for (const actor of runs.actors) {
          if (actor.mark === pass) continue;
          actor.mark = pass;
          if (!nodes.has(actor.key)) nodes.set(actor.key, actor.attributes);
        }
        for (const segment of runs.segments) {
          if (typeof segment === 'string') edgeJson.push(segment);
          else visit(segment, segment.sourceAttributes, segment.targetAttributes);
        }
        edgeCount += runs.edgeCount;
      } else {
        for (const l of links.others(key)) visit(l, l.sourceAttributes, l.targetAttributes);
      }
    } else {
      graph.forEachEdge(key, (edge, attributes, source, target, sourceAttrs, targetAttrs) => visit({ key: edge, source, target, attributes }, sourceAttrs, targetAttrs));
    }
  }
  if (chosenOutlets && links) {
    // the chosen outlets' own anonymous sources, for the selected claims they said
    for (const outlet of chosenOutlets) {
      for (const said of links.saidInScope(outlet.slice('outlet:'.length))) {
        for (const l of said) {
          if (!selected.has(l.target)) continue;
          claim = l.target;
          visit(l, l.sourceAttributes, l.targetAttributes);
        }
      }
    }
  }
  if (chosenOutlets && links) {
    for (const e of chosenReports) if (claimsShown && selected.has(e.target) && allowed('outlet')) take(e);
  }
  if (chosenOutlets) {
    for (const outlet of chosenOutlets) {
      const n = graph.getNodeAttributes(outlet);
      if (!nodes.has(outlet) && allowed(n.kind)) {
        nodes.set(outlet, n);
        citable.push(outlet);
      }
    }
  }

  // `cites` edges that do not touch a claim (outlet->source, outlet->outlet): from the
  // in-edges of the view's sources and outlets, not from the hubs' huge edge lists.
  for (const key of citable) {
    graph.forEachInEdge(key, (edge, a, source, target) => {
      if (a.kind === 'cites' && nodes.has(source)) take({ key: edge, source, target, attributes: a });
    });
  }
  return write ? { ...parts, edgeJson, edgeCount } : parts;
}

/** Keys of the nodes of a kind named by key, slug, label or alias (case and accents ignored). */
export function resolveNodes(graph: AttributionGraph, kind: NodeKind, names: string[]): string[] {
  const found = new Set<string>();
  let byName: Map<string, string[]> | undefined;
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    if (graph.hasNode(name) && graph.getNodeAttribute(name, 'kind') === kind) {
      found.add(name);
      continue;
    }
    const bySlug = `${kind}:${slugify(name.startsWith(kind + ':') ? name.slice(kind.length + 1) : name)}`;
    if (graph.hasNode(bySlug) && graph.getNodeAttribute(bySlug, 'kind') === kind) {
      found.add(bySlug);
      continue;
    }
    if (!byName) {
      byName = new Map();
      const index = byName;
      graph.forEachNode((key, attrs) => {
        if (attrs.kind !== kind) return;
        for (const n of [attrs.label, ...(attrs.aliases ?? [])]) {
          const folded = foldText(n);
          const list = index.get(folded);
          if (list) list.push(key);
          else index.set(folded, [key]);
        }
      });
    }
    for (const key of byName.get(foldText(name)) ?? []) found.add(key);
  }
  return [...found];
}

type ClaimEdgeWalk = (claim: string, visit: (edge: string, attrs: EdgeAttributes, source: string, target: string) => void) => void;

function claimMatches(graph: AttributionGraph, claim: string, attrs: NodeAttributes, q: string, claimEdges: ClaimEdgeWalk): boolean {
  if (searchableText(attrs).includes(q)) return true;
  let hit = false;
  claimEdges(claim, (_e, _a, source, target) => {
    if (hit) return;
    const n = graph.getNodeAttributes(source === claim ? target : source);
    if (n.kind !== 'claim' && n.kind !== 'article' && searchableText(n).includes(q)) hit = true;
  });
  return hit;
}

// Folding (NFKD, accents, case) costs more than matching; keep the folded text per
// attributes object until its label, text or aliases change.
const foldedCache = new WeakMap<NodeAttributes, { source: string; folded: string }>();

/** Label and text (claims) or label and aliases (others), folded, separated by NULs. */
function searchableText(attrs: NodeAttributes): string {
  const source = attrs.kind === 'claim' ? `${attrs.label}\u0000${attrs.text ?? ''}` : [attrs.label, ...(attrs.aliases ?? [])].join('\u0000');
  const cached = foldedCache.get(attrs);
  if (cached && cached.source === source) return cached.folded;
  const folded = foldText(source);
  foldedCache.set(attrs, { source, folded });
  return folded;
}

/** Whether a source key is scoped to one of the outlets (`prefixes`: `source:<outlet-slug>:`). */
function inScope(source: string, prefixes: string[]): boolean {
  for (const prefix of prefixes) if (source.startsWith(prefix)) return true;
  return false;
}

function inRange(date: string | null, from: string | undefined, to: string | undefined): boolean {
  if (!date) return false;
  if (from && date < from) return false;
  if (to && date > to) return false;
  return true;
}

function intersect<T>(a: Map<string, T>, b: Map<string, T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const [key, value] of a) if (b.has(key)) out.set(key, value);
  return out;
}

function copyNode(attrs: NodeAttributes): NodeAttributes {
  return attrs.aliases ? { ...attrs, aliases: [...attrs.aliases] } : { ...attrs };
}

// Views: a NEW graph holding exactly what the filters select.
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes, NodeKind, ViewFilters } from './types.js';
import type { AttributionGraph } from './model-types.js';
import { foldText, slugify } from './slug.js';
import { datePart } from './labels.js';

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
  const view: AttributionGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const kinds = filters.kinds?.length ? new Set<NodeKind>(filters.kinds) : undefined;
  const includeArticles = filters.articles === true || (kinds?.has('article') ?? false);
  const q = filters.q?.trim() ? foldText(filters.q.trim()).replace(/\u0000/g, '') || undefined : undefined;
  const from = filters.from ? (datePart(filters.from) ?? filters.from) : undefined;
  const to = filters.to ? (datePart(filters.to) ?? filters.to) : undefined;

  let claims: Set<string> | undefined;
  let chosenOutlets: Set<string> | undefined;
  let chosenScopes: Set<string> | undefined;

  if (filters.outlets?.length) {
    chosenOutlets = new Set(resolveNodes(graph, 'outlet', filters.outlets));
    view.setAttribute('outletKeys', [...chosenOutlets]);
    if (chosenOutlets.size === 0) return view;
    chosenScopes = new Set([...chosenOutlets].map((key) => key.slice('outlet:'.length)));
    claims = new Set();
    for (const outlet of chosenOutlets) {
      graph.forEachOutEdge(outlet, (_e, a, _s, target) => {
        if (a.kind === 'reported') claims!.add(target);
      });
    }
  }
  if (filters.actors?.length) {
    const actors = resolveNodes(graph, 'actor', filters.actors);
    if (actors.length === 0) return view;
    const involved = new Set<string>();
    for (const actor of actors) {
      graph.forEachInEdge(actor, (_e, a, source) => {
        if (a.kind === 'involves') involved.add(source);
      });
      graph.forEachOutEdge(actor, (_e, a, _s, target) => {
        if (a.kind === 'said') involved.add(target);
      });
    }
    claims = claims ? intersect(claims, involved) : involved;
  }

  const selecting = claims !== undefined || q !== undefined || from !== undefined || to !== undefined;
  if (!selecting) {
    graph.forEachNode((key, attrs) => {
      if (attrs.kind === 'article' && !includeArticles) return;
      if (kinds && !kinds.has(attrs.kind)) return;
      view.addNode(key, copyNode(attrs));
    });
  } else {
    const candidates: Iterable<string> = claims ?? graph.filterNodes((_k, a) => a.kind === 'claim');
    const keep = (key: string, attrs: NodeAttributes): void => {
      if (view.hasNode(key) || (kinds && !kinds.has(attrs.kind))) return;
      view.addNode(key, copyNode(attrs));
    };
    for (const claim of candidates) {
      const attrs = graph.getNodeAttributes(claim);
      if ((from || to) && !inRange(attrs.firstReported ?? null, from, to)) continue;
      if (q !== undefined && !claimMatches(graph, claim, attrs, q)) continue;
      keep(claim, attrs);
      // edge walks rather than forEach*Neighbor, which allocates a dedupe set per call
      graph.forEachInEdge(claim, (_e, _a, neighbor, _t, n) => {
        // claims linked by confirms/contradicts are in the view only when selected themselves
        if (n.kind === 'claim') return;
        if (n.kind === 'outlet' && chosenOutlets && !chosenOutlets.has(neighbor)) return;
        // anonymous sources belong to the outlet citing them: other outlets' sources stay out
        if (n.kind === 'source' && chosenScopes && !chosenScopes.has(sourceScope(neighbor))) return;
        if (n.kind === 'article' && !includeArticles) return;
        keep(neighbor, n);
      });
      graph.forEachOutEdge(claim, (_e, _a, _s, neighbor, _sa, n) => {
        if (n.kind === 'actor') keep(neighbor, n);
      });
    }
    if (chosenOutlets) for (const outlet of chosenOutlets) keep(outlet, graph.getNodeAttributes(outlet));
  }

  const copyEdge = (edge: string, attrs: EdgeAttributes, source: string, target: string): void => {
    view.addDirectedEdgeWithKey(edge, source, target, { ...attrs });
  };
  if (!selecting) {
    graph.forEachEdge((edge, attrs, source, target) => {
      if (view.hasNode(source) && view.hasNode(target)) copyEdge(edge, attrs, source, target);
    });
    return view;
  }
  // Every edge touches a claim except `cites` (outlet->source, outlet->outlet): walk
  // the view's claims, sources and outlets instead of the hubs' huge edge lists.
  view.forEachNode((key, attrs) => {
    if (attrs.kind === 'claim') {
      graph.forEachOutEdge(key, (edge, a, source, target) => {
        if (view.hasNode(target)) copyEdge(edge, a, source, target);
      });
      graph.forEachInEdge(key, (edge, a, source, target, sourceAttrs) => {
        // claim->claim edges are taken from the citing side's out-edges
        if (sourceAttrs.kind !== 'claim' && view.hasNode(source)) copyEdge(edge, a, source, target);
      });
    } else if (attrs.kind === 'source' || attrs.kind === 'outlet') {
      graph.forEachInEdge(key, (edge, a, source, target) => {
        if (a.kind === 'cites' && view.hasNode(source)) copyEdge(edge, a, source, target);
      });
    }
  });
  return view;
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

function claimMatches(graph: AttributionGraph, claim: string, attrs: NodeAttributes, q: string): boolean {
  if (searchableText(attrs).includes(q)) return true;
  let hit = false;
  graph.forEachEdge(claim, (_e, _a, source, _t, sourceAttrs, targetAttrs) => {
    const n = source === claim ? targetAttrs : sourceAttrs;
    if (!hit && n.kind !== 'claim' && n.kind !== 'article' && searchableText(n).includes(q)) hit = true;
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

/** The outlet slug a source key is scoped to: source:<outlet-slug>:<slug>. */
function sourceScope(key: string): string {
  return key.slice('source:'.length, key.indexOf(':', 'source:'.length));
}

function inRange(date: string | null, from: string | undefined, to: string | undefined): boolean {
  if (!date) return false;
  if (from && date < from) return false;
  if (to && date > to) return false;
  return true;
}

function intersect(a: Set<string>, b: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) if (b.has(x)) out.add(x);
  return out;
}

function copyNode(attrs: NodeAttributes): NodeAttributes {
  return attrs.aliases ? { ...attrs, aliases: [...attrs.aliases] } : { ...attrs };
}

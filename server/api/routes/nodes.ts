import { Router } from 'express';
import type { AttributionGraph, GraphModel } from '../../graph/index.js';
import type { Store } from '../../store/types.js';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';

/** Longest list of one kind a details answer carries; `total` says how many there are. */
export const DETAIL_LIMIT = 500;

interface NodeRef { key: string; label: string; kind: string; color: string }
interface NeighborGroup { edgeKind: string; direction: 'out' | 'in'; total: number; nodes: (NodeRef & { weight: number })[] }

/** GET /api/nodes/:key: attributes, neighbours by edge kind and direction, and per-kind details. */
export function nodeRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/nodes/:key', (req, res) => {
    const key = req.params.key;
    const { model, store } = ctx.service;
    const graph = model.graph;
    if (key.length > 1000 || !graph.hasNode(key)) throw notFound(`no node "${key.slice(0, 100)}"`);
    const attributes = graph.getNodeAttributes(key);
    const body: Record<string, unknown> = { key, attributes, neighbors: neighborGroups(graph, key) };
    switch (attributes.kind) {
      case 'claim':
        Object.assign(body, claimDetails(model, store, key));
        break;
      case 'outlet':
        Object.assign(body, outletDetails(graph, key));
        break;
      case 'actor':
        Object.assign(body, actorDetails(graph, key));
        break;
    }
    res.json(body);
  });
  return router;
}

function ref(graph: AttributionGraph, key: string): NodeRef {
  const a = graph.getNodeAttributes(key);
  return { key, label: a.label, kind: a.kind, color: a.color };
}

export function neighborGroups(graph: AttributionGraph, key: string): NeighborGroup[] {
  const groups = new Map<string, { edgeKind: string; direction: 'out' | 'in'; weights: Map<string, number> }>();
  graph.forEachEdge(key, (_e, ea, source, target) => {
    const direction = source === key ? 'out' : 'in';
    const other = direction === 'out' ? target : source;
    const id = `${ea.kind} ${direction}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { edgeKind: ea.kind, direction, weights: new Map() }));
    g.weights.set(other, (g.weights.get(other) ?? 0) + (ea.weight ?? 1));
  });
  return [...groups.values()].map((g) => ({
    edgeKind: g.edgeKind,
    direction: g.direction,
    total: g.weights.size,
    nodes: [...g.weights]
      .sort((a, b) => b[1] - a[1])
      .slice(0, DETAIL_LIMIT)
      .map(([k, weight]) => ({ ...ref(graph, k), weight })),
  }));
}

/** Every piece of evidence of a claim, with the sentence and the claim's offsets within it. */
function claimDetails(model: GraphModel, store: Store, key: string) {
  const all = model.evidence(key);
  const titles = new Map<string, { title: string; publisher: string | null; published: string | null; text: string } | null>();
  const evidence = all.slice(0, DETAIL_LIMIT).map((ev) => {
    if (!titles.has(ev.articleId)) {
      const rec = store.getArticle(ev.articleId);
      titles.set(ev.articleId, rec ? { title: rec.article.title, publisher: rec.article.publisher ?? null, published: rec.article.published ?? null, text: rec.article.text } : null);
    }
    const art = titles.get(ev.articleId);
    const sentence = art ? art.text.slice(ev.sentenceStart, ev.sentenceEnd) : ev.claim;
    const base = art ? ev.sentenceStart : ev.claimStart;
    return {
      articleId: ev.articleId,
      attributionIndex: ev.attributionIndex,
      title: art?.title ?? null,
      publisher: art?.publisher ?? null,
      published: art?.published ?? null,
      date: ev.date,
      outlet: ev.outlet,
      speaker: ev.speaker,
      cue: ev.cue,
      claim: ev.claim,
      sentence,
      claimStart: ev.claimStart - base,
      claimEnd: ev.claimEnd - base,
    };
  });
  return { evidenceTotal: all.length, evidence };
}

function outNeighbors(graph: AttributionGraph, key: string, kind: string): string[] {
  const seen = new Set<string>();
  graph.forEachOutEdge(key, (_e, ea, _s, target) => {
    if (ea.kind === kind) seen.add(target);
  });
  return [...seen];
}

function inNeighbors(graph: AttributionGraph, key: string, kind: string): string[] {
  const seen = new Set<string>();
  graph.forEachInEdge(key, (_e, ea, source) => {
    if (ea.kind === kind) seen.add(source);
  });
  return [...seen];
}

/** An outlet's claims, the sources it cites and the actors it reports on, with counts. */
function outletDetails(graph: AttributionGraph, key: string) {
  const claims = outNeighbors(graph, key, 'reported');
  const sources = outNeighbors(graph, key, 'cites');
  const actorCounts = new Map<string, number>();
  for (const claim of claims) {
    for (const actor of outNeighbors(graph, claim, 'involves')) actorCounts.set(actor, (actorCounts.get(actor) ?? 0) + 1);
  }
  const sourceClaims = (s: string) => outNeighbors(graph, s, 'said').length;
  return {
    claimTotal: claims.length,
    claims: claims.slice(0, DETAIL_LIMIT).map((k) => ref(graph, k)),
    sourceTotal: sources.length,
    sources: sources.slice(0, DETAIL_LIMIT).map((k) => ({ ...ref(graph, k), claimCount: sourceClaims(k) })),
    actorTotal: actorCounts.size,
    actors: [...actorCounts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, DETAIL_LIMIT)
      .map(([k, count]) => ({ ...ref(graph, k), count })),
  };
}

/** An actor's claims (those that involve it and those it said), grouped by the outlets that reported them. */
function actorDetails(graph: AttributionGraph, key: string) {
  const claims = new Set([...inNeighbors(graph, key, 'involves'), ...outNeighbors(graph, key, 'said')]);
  const byOutlet = new Map<string, string[]>();
  for (const claim of claims) {
    const outlets = inNeighbors(graph, claim, 'reported');
    for (const outlet of outlets.length ? outlets : ['']) {
      let list = byOutlet.get(outlet);
      if (!list) byOutlet.set(outlet, (list = []));
      list.push(claim);
    }
  }
  return {
    claimTotal: claims.size,
    claimsByOutlet: [...byOutlet]
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, DETAIL_LIMIT)
      .map(([outlet, list]) => ({
        outlet: outlet ? ref(graph, outlet) : null,
        claimTotal: list.length,
        claims: list.slice(0, DETAIL_LIMIT).map((k) => ref(graph, k)),
      })),
  };
}

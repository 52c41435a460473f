import { Router } from 'express';
import type { AttributionGraph } from '../../graph/index.js';
import type { ApiContext } from '../context.js';

export interface OutletSummary { key: string; label: string; aliases: string[]; claimCount: number; color: string }
export interface ActorSummary { key: string; label: string; actorKind: string | null; claimCount: number; color: string }

/** GET /api/outlets and /api/actors: every outlet / actor with its claim count and colour, most claims first. */
export function listRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/outlets', (_req, res) => {
    res.json({ outlets: ctx.views.memo('outlets', () => listOutlets(ctx.service.model.graph)) });
  });
  router.get('/actors', (_req, res) => {
    res.json({ actors: ctx.views.memo('actors', () => listActors(ctx.service.model.graph)) });
  });
  return router;
}

export function listOutlets(graph: AttributionGraph): OutletSummary[] {
  const out: OutletSummary[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind !== 'outlet') return;
    const claims = new Set<string>();
    graph.forEachOutEdge(key, (_e, ea, _s, target) => {
      if (ea.kind === 'reported') claims.add(target);
    });
    out.push({ key, label: a.label, aliases: a.aliases ?? [], claimCount: claims.size, color: a.color });
  });
  return out.sort(byCountThenLabel);
}

export function listActors(graph: AttributionGraph): ActorSummary[] {
  const out: ActorSummary[] = [];
  graph.forEachNode((key, a) => {
    if (a.kind !== 'actor') return;
    const claims = new Set<string>();
    graph.forEachEdge(key, (_e, ea, source, target) => {
      if (ea.kind === 'involves' && target === key) claims.add(source);
      else if (ea.kind === 'said' && source === key) claims.add(target);
    });
    out.push({ key, label: a.label, actorKind: a.actorKind ?? null, claimCount: claims.size, color: a.color });
  });
  return out.sort(byCountThenLabel);
}

function byCountThenLabel(a: { claimCount: number; label: string }, b: { claimCount: number; label: string }): number {
  return b.claimCount - a.claimCount || a.label.localeCompare(b.label);
}

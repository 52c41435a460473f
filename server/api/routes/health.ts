import { Router } from 'express';
import type { ApiContext } from '../context.js';

/** GET /api/health: liveness plus what is loaded. */
export function healthRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    const { graph } = ctx.service.model;
    const counts = ctx.service.store.counts();
    res.set('Cache-Control', 'no-store').json({
      status: 'ok',
      version: ctx.service.version,
      articles: counts.articles,
      attributions: counts.attributions,
      nodes: graph.order,
      edges: graph.size,
    });
  });
  return router;
}

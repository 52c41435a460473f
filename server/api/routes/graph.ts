import { Router } from 'express';
import type { ApiContext } from '../context.js';
import { parseViewFilters } from '../view-params.js';

/** GET /api/graph: the filtered view in graphology's serialised form. */
export function graphRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/graph', (req, res) => {
    const filters = parseViewFilters(req.query);
    res.type('application/json').set('Cache-Control', 'no-cache').send(ctx.views.viewJson(filters));
  });
  return router;
}

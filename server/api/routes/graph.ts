import { Router } from 'express';
import type { ApiContext } from '../context.js';
import { parseViewFilters, parseViewLimit } from '../view-params.js';

/** GET /api/graph: the filtered view in graphology's serialised form (lean edges, at most `limit` nodes). */
export function graphRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/graph', (req, res) => {
    const filters = parseViewFilters(req.query);
    const limit = parseViewLimit(req.query);
    const { body, etag } = ctx.views.viewBody(filters, limit);
    res.type('application/json').set('Cache-Control', 'no-cache').set('ETag', etag);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    // a Buffer with the ETag already set: Express neither re-encodes nor hashes it
    res.send(body);
  });
  return router;
}

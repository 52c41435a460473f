import { Router } from 'express';
import type { ApiContext } from '../context.js';
import { parseViewFilters, parseViewLimit } from '../view-params.js';
import { writePieces } from '../piece-writer.js';

/** GET /api/graph: the filtered view in graphology's serialised form (lean edges, at most `limit` nodes). */
export function graphRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/graph', (req, res, next) => {
    const filters = parseViewFilters(req.query);
    const limit = parseViewLimit(req.query);
    const { pieces, bytes, etag } = ctx.views.viewBody(filters, limit);
    res.type('application/json').set('Cache-Control', 'no-cache').set('ETag', etag);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    res.set('Content-Length', String(bytes));
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    writePieces(res, pieces).catch(next);
  });
  return router;
}

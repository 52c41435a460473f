import { Router } from 'express';
import type { AttributionGraph } from '../../graph/index.js';
import type { ViewFilters } from '../../graph/types.js';
import type { ApiContext } from '../context.js';
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, writeExport } from '../exporting.js';
import { isWholeGraph, parseViewFilters } from '../view-params.js';

/** The graph an export holds: the whole graph without filters, else exactly the view. */
export function exportGraph(ctx: ApiContext, filters: ViewFilters): AttributionGraph {
  return isWholeGraph(filters) ? ctx.service.model.graph : ctx.views.view(filters);
}

/** GET /api/export.gexf|.csv|.json: the graph or a filtered view as a download. */
export function exportRoutes(ctx: ApiContext): Router {
  const router = Router();
  for (const format of EXPORT_FORMATS) {
    router.get(`/export.${format}`, (req, res) => {
      const filters = parseViewFilters(req.query);
      const graph = exportGraph(ctx, filters);
      res.attachment(`reportgraph${isWholeGraph(filters) ? '' : '-view'}.${format}`);
      res.status(200).type(EXPORT_CONTENT_TYPES[format]).set('Cache-Control', 'no-store');
      writeExport(graph, format, ctx.service.model, (chunk) => res.write(chunk));
      res.end();
    });
  }
  return router;
}

import { Router } from 'express';
import type { ApiContext } from '../context.js';
import { viewColumnsText } from '../../graph/view-columns.js';
import { selectViewParts } from '../../graph/view.js';
import { capView } from '../../graph/view-json.js';
import type { AttributionGraph, ViewFilters } from '../../graph/index.js';
import { filtersKey, parseViewFilters, parseViewLimit } from '../view-params.js';

/**
 * Bodies kept per graph version, as bytes (encoded once: a fresh multi-MB buffer per response costs page faults):
 * the explorer's first load asks for the same few views again and again.
 */
const MAX_KEPT = 8;
const MAX_KEPT_BYTES = 64 * 1024 * 1024;

/**
 * GET /api/graph/columns: the view of /api/graph (same filters, same `limit`) in columns, the explorer's first
 * load (see server/graph/view-columns.ts). Two lines of JSON; the first is all the page needs to draw.
 */
export function graphColumnsRoutes(ctx: ApiContext): Router {
  const router = Router();
  const kept = new Map<string, Buffer>();
  let keptVersion = -1;
  let keptBytes = 0;
  router.get('/graph/columns', (req, res) => {
    const filters = parseViewFilters(req.query);
    const limit = parseViewLimit(req.query);
    if (keptVersion !== ctx.service.version) {
      kept.clear();
      keptBytes = 0;
      keptVersion = ctx.service.version;
    }
    const key = `${filtersKey(filters)}/${limit}`;
    let body = kept.get(key);
    if (body !== undefined) {
      // most recently used last
      kept.delete(key);
      kept.set(key, body);
    } else {
      body = Buffer.from(exportViewColumns(ctx.service.model.graph, filters, limit));
      kept.set(key, body);
      keptBytes += body.length;
      // least recently used first
      for (const [k, v] of kept) {
        if (kept.size <= MAX_KEPT && keptBytes <= MAX_KEPT_BYTES) break;
        kept.delete(k);
        keptBytes -= v.length;
      }
    }
    res.type('application/x-ndjson').set('Cache-Control', 'no-cache').send(body);
  });
  return router;
}

/**
 * The view /api/graph sends for these filters and node cap (see exportViewPieces: the same nodes, edges and graph
 * attributes, `truncated`, `totalNodes`, `totalEdges` and `limit` included), as the body of /api/graph/columns.
 */
function exportViewColumns(graph: AttributionGraph, filters: ViewFilters, limit: number): string {
  const parts = selectViewParts(graph, filters);
  const truncated = limit > 0 && parts.nodes.size > limit;
  const attributes = { ...parts.attributes, truncated, totalNodes: parts.nodes.size, totalEdges: parts.edges.length, limit };
  const { nodes, edges } = truncated ? capView(parts, limit) : parts;
  return viewColumnsText(attributes, nodes, edges);
}

// The Express app factory: routes in small modules, JSON errors, security headers,
// size and rate limits on writes, and the built explorer at `/`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router, type Express, type RequestHandler } from 'express';
import type { AppService } from '../app-service.js';
import { createContext } from './context.js';
import { apiNotFound, errorHandler } from './errors.js';
import { requireBearer, securityHeaders, writeRateLimit } from './security.js';
import { clientRoutes } from './client-files.js';
import { graphRoutes } from './routes/graph.js';
import { graphColumnsRoutes } from './routes/graph-columns.js';
import { listRoutes } from './routes/lists.js';
import { nodeRoutes } from './routes/nodes.js';
import { articleRoutes } from './routes/articles.js';
import { searchRoutes } from './routes/search.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface AppOptions {
  /** when set, POST /api/articles needs `Authorization: Bearer <writeToken>` */
  writeToken?: string | null;
  /** body size limit of POST /api/articles, bytes (default 2 MiB) */
  bodyLimit?: number;
  /** write requests per client per window (default 120 per minute) */
  writeRateLimit?: { limit: number; windowMs: number };
  /** the built explorer (default client/dist); null to serve the API only */
  clientDir?: string | null;
  /** where unexpected errors are logged (default console.error) */
  log?: (message: string) => void;
  /** how many of the busiest outlets get their one-outlet view computed ahead of requests (default 24; 0 for none) */
  prewarmOutlets?: number;
}

export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;
export const DEFAULT_WRITE_RATE = { limit: 120, windowMs: 60_000 };

export function createApp(service: AppService, options: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('etag', false);

  const ctx = createContext(service, options.prewarmOutlets);
  const rate = options.writeRateLimit ?? DEFAULT_WRITE_RATE;
  const writeGuards: RequestHandler[] = [writeRateLimit(rate.limit, rate.windowMs)];
  if (options.writeToken) writeGuards.push(requireBearer(options.writeToken));

  app.use(securityHeaders());

  const api = Router();
  api.use(healthRoutes(ctx));
  api.use(graphRoutes(ctx));
  api.use(graphColumnsRoutes(ctx));
  api.use(listRoutes(ctx));
  api.use(nodeRoutes(ctx));
  api.use(articleRoutes(ctx, { bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT, writeGuards }));
  api.use(searchRoutes(ctx));
  api.use(exportRoutes(ctx));
  api.use(apiNotFound);
  app.use('/api', api);

  const clientDir = options.clientDir === undefined ? path.join(REPO_ROOT, 'client/dist') : options.clientDir;
  if (clientDir) app.use(clientRoutes(clientDir));

  app.use(apiNotFound);
  app.use(errorHandler(options.log));
  return app;
}

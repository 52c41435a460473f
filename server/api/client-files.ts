import fs from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/**
 * Serves the built explorer (client/dist) at `/`, with a single-page fallback to
 * index.html for GETs outside /api. Checked per request, so a build made after the
 * server started is picked up.
 */
export function clientRoutes(clientDir: string): Router {
  const router = Router();
  const index = path.join(clientDir, 'index.html');
  const files = express.static(clientDir, { index: 'index.html', fallthrough: true, dotfiles: 'ignore' });
  router.use((req, res, next) => {
    if (req.path.startsWith('/api/') || req.path === '/api') return next();
    if (!fs.existsSync(index)) {
      if (req.method === 'GET' && req.path === '/') {
        res.type('text/plain').send('Reportgraph API is running. The explorer is not built yet: run "npm run build". API: /api/health\n');
        return;
      }
      return next();
    }
    files(req, res, (err?: unknown) => {
      if (err) return next(err);
      if ((req.method !== 'GET' && req.method !== 'HEAD') || /\.[A-Za-z0-9]+$/.test(req.path)) return next();
      res.sendFile(index);
    });
  });
  return router;
}

import { timingSafeEqual, createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';

/** Helmet with a CSP the built sigma page works under (WebGL canvas, FA2 worker from a blob, PNG export). */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Served over plain HTTP on loopback by default: no HSTS, no forced upgrade.
    strictTransportSecurity: false,
  });
}

/** Writes need `Authorization: Bearer <token>` (constant-time comparison). */
export function requireBearer(token: string): RequestHandler {
  const expected = createHash('sha256').update(token).digest();
  return (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header);
    const given = createHash('sha256').update(m ? m[1].trim() : '').digest();
    if (m && timingSafeEqual(given, expected)) {
      next();
      return;
    }
    res.status(401).set('WWW-Authenticate', 'Bearer realm="reportgraph"').json({ error: 'write endpoints need "Authorization: Bearer <REPORTGRAPH_TOKEN>"' });
  };
}

/** Per-client limit on write requests. */
export function writeRateLimit(limit: number, windowMs: number): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res, _next, options) => {
      res.status(options.statusCode).json({ error: `too many write requests: at most ${limit} per ${Math.round(windowMs / 1000)} s` });
    },
  });
}

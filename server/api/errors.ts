import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isStoreError, type StoreErrorCode } from '../store/index.js';

/** An error whose message is safe to show to the client, with its HTTP status. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (message: string) => new HttpError(400, message);
export const notFound = (message: string) => new HttpError(404, message);

const STORE_MESSAGES: Record<StoreErrorCode, string> = {
  invalid: 'the store refused the article',
  'not-found': 'not found',
  'read-only': 'the database is read-only: writes are unavailable, reads keep working',
  'disk-full': 'the disk is full: writes are unavailable, reads keep working',
  busy: 'the database is busy; try again',
  corrupt: 'the database is damaged',
  'cannot-open': 'the database cannot be opened',
  io: 'input/output error on the database',
};

/**
 * Maps store failures (read-only file 503, full disk 507, ...) to a status and a
 * message that names no file; reads are unaffected by write failures.
 */
export function storeFailureStatus(err: unknown): { status: number; message: string } | null {
  if (isStoreError(err)) {
    const message = err.code === 'invalid' ? `${STORE_MESSAGES.invalid}: ${err.message.slice(0, 200)}` : STORE_MESSAGES[err.code];
    return { status: err.status, message };
  }
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return { status: 503, message: STORE_MESSAGES['read-only'] };
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return { status: 507, message: STORE_MESSAGES['disk-full'] };
  if (code.startsWith('SQLITE_BUSY')) return { status: 503, message: STORE_MESSAGES.busy };
  return null;
}

/** JSON 404 for unknown /api routes. */
export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, `no such endpoint: ${req.method} ${req.path.slice(0, 100)}`));
};

/**
 * The one place errors become responses: JSON `{error}` with a 4xx/5xx status,
 * never a stack trace or a file path. Body-parser and router errors carry
 * `status`/`type`; unknown errors are logged server-side and answered with 500.
 */
export function errorHandler(log: (msg: string) => void = (m) => console.error(m)): ErrorRequestHandler {
  return (err, _req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const { status, message } = describeError(err, log);
    res.status(status).json({ error: message });
  };
}

function describeError(err: unknown, log: (msg: string) => void): { status: number; message: string } {
  if (err instanceof HttpError) return { status: err.status, message: err.message };
  if (err instanceof Error && err.name === 'ExtractionFailedError') return { status: 422, message: err.message };
  if (err instanceof Error && err.message === 'the service is closed') return { status: 503, message: 'the server is shutting down' };
  const store = storeFailureStatus(err);
  if (store) return store;
  const e = (err ?? {}) as { status?: unknown; statusCode?: unknown; type?: unknown; expose?: unknown; message?: unknown; limit?: unknown };
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (status === 413) {
    const limit = typeof e.limit === 'number' ? ` (limit ${e.limit} bytes)` : '';
    return { status, message: `request body too large${limit}` };
  }
  if (e.type === 'entity.parse.failed') return { status: 400, message: 'malformed JSON in request body' };
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') return { status: 415, message: 'unsupported body encoding or charset' };
  if (e.type === 'request.aborted') return { status: 400, message: 'request aborted' };
  if (status >= 400 && status < 500) {
    // Errors from express / body-parser / the router (e.g. a malformed %-escape in a path).
    return { status, message: status === 400 ? 'bad request' : `request failed (${status})` };
  }
  log(`internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  return { status: 500, message: 'internal server error' };
}

// Starting and stopping the HTTP server: exposure check before listen, graceful shutdown.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openService, type AppService } from '../app-service.js';
import { createApp, type AppOptions } from './app.js';
import { exposureProblem } from './exposure.js';

export interface ServeOptions extends Omit<AppOptions, 'writeToken'> {
  dbFile: string;
  host?: string;
  port?: number;
  /** REPORTGRAPH_TOKEN; required off loopback, enforced on writes whenever set */
  token?: string | null;
}

export interface RunningServer {
  url: string;
  server: http.Server;
  service: AppService;
  /** stop accepting, let in-flight requests finish (up to `graceMs`), then close the database */
  close(graceMs?: number): Promise<void>;
}

export class ExposureError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExposureError';
  }
}

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 3000;

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? DEFAULT_HOST;
  const problem = exposureProblem(host, opts.token);
  if (problem) throw new ExposureError(problem);

  const service = openService({ dbFile: opts.dbFile });
  const app = createApp(service, { ...opts, writeToken: opts.token ?? null });
  const server = http.createServer(app);
  server.requestTimeout = 120_000;
  server.headersTimeout = 60_000;
  server.keepAliveTimeout = 30_000;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? DEFAULT_PORT, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await service.close();
    throw err;
  }
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | null = null;
  return {
    url: `http://${shownHost}:${address.port}`,
    server,
    service,
    close(graceMs = 10_000) {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          const force = setTimeout(() => server.closeAllConnections(), graceMs);
          force.unref();
          server.close(() => {
            clearTimeout(force);
            resolve();
          });
          // Idle keep-alive sockets would hold close() open; in-flight requests finish first.
          server.closeIdleConnections();
        });
        await service.close();
      })();
      return closing;
    },
  };
}

/** SIGTERM/SIGINT → graceful close, then exit. A second signal exits at once. */
export function closeOnSignals(running: RunningServer, log: (m: string) => void = (m) => console.error(m)): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.exit(1);
    }
    stopping = true;
    log(`${signal}: finishing in-flight requests, then closing the database`);
    running.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log(`shutdown failed: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

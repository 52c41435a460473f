// npm run cli -- serve [--db FILE] [--port N] [--host H]
import { parseArgs } from 'node:util';
import { defaultDbPath } from '../store/index.js';
import { DEFAULT_HOST, DEFAULT_PORT, ExposureError, closeOnSignals, startServer } from '../api/server.js';
import { DEFAULT_WRITE_RATE } from '../api/app.js';

const USAGE = `usage: npm run cli -- serve [--db FILE] [--port N] [--host H]

Serves the API and the explorer. Defaults: host ${DEFAULT_HOST} (HOST), port ${DEFAULT_PORT} (PORT; 0 = any free port),
database REPORTGRAPH_DB or data/reportgraph.db.
Off loopback, REPORTGRAPH_TOKEN must be set; write requests then send "Authorization: Bearer <token>".
REPORTGRAPH_WRITE_RATE: write requests per client per minute (default ${DEFAULT_WRITE_RATE.limit}).`;

export async function run(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const portText = values.port ?? process.env.PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65535) {
    console.error(`bad port "${portText}"`);
    return 2;
  }
  const rateText = process.env.REPORTGRAPH_WRITE_RATE;
  const rate = rateText && /^\d+$/.test(rateText) && Number(rateText) > 0 ? Number(rateText) : DEFAULT_WRITE_RATE.limit;
  const host = values.host ?? (process.env.HOST || DEFAULT_HOST);
  const dbFile = values.db ?? (process.env.REPORTGRAPH_DB || defaultDbPath());
  try {
    const running = await startServer({
      dbFile,
      host,
      port,
      token: process.env.REPORTGRAPH_TOKEN || null,
      writeRateLimit: { limit: rate, windowMs: DEFAULT_WRITE_RATE.windowMs },
    });
    closeOnSignals(running);
    const { graph } = running.service.model;
    console.log(`Reportgraph serving ${dbFile} (${graph.order} nodes, ${graph.size} edges) at ${running.url}/`);
    // Keep running until a signal closes the server.
    await new Promise<void>((resolve) => running.server.once('close', resolve));
    return 0;
  } catch (err) {
    if (err instanceof ExposureError) {
      console.error(err.message);
      return 2;
    }
    const code = (err as { code?: string }).code;
    if (code === 'EADDRINUSE') console.error(`port ${port} on ${host} is already in use`);
    else if (code === 'EACCES') console.error(`not allowed to listen on ${host}:${port}`);
    else console.error(`cannot start: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

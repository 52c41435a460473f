// npm run cli -- serve [--db FILE] [--port N] [--host H]
import { dbFileOption, readCommandLine, UsageError } from './command-line.js';
import { DEFAULT_HOST, DEFAULT_PORT, ExposureError, closeOnSignals, startServer } from '../api/server.js';
import { DEFAULT_WRITE_RATE } from '../api/app.js';

const USAGE = `usage: npm run cli -- serve [--db FILE] [--port N] [--host H]

Serves the API and the explorer. Defaults: host ${DEFAULT_HOST} (HOST), port ${DEFAULT_PORT} (PORT; 0 = any free port),
database REPORTGRAPH_DB or data/reportgraph.db.
Off loopback, REPORTGRAPH_TOKEN must be set; write requests then send "Authorization: Bearer <token>".
REPORTGRAPH_WRITE_RATE: write requests per client per minute (default ${DEFAULT_WRITE_RATE.limit}).`;

export async function run(args: string[]): Promise<number> {
  const options = readCommandLine(
    { command: 'serve', help: USAGE, options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } } },
    args,
    (values) => {
      const portText = values.port ?? process.env.PORT ?? String(DEFAULT_PORT);
      const port = Number(portText);
      if (!/^\d{1,5}$/.test(portText) || port > 65535) throw new UsageError(`bad port "${portText}" (0 to 65535)`);
      return { port, host: values.host ?? (process.env.HOST || DEFAULT_HOST), dbFile: dbFileOption(values.db) };
    },
  );
  if (typeof options === 'number') return options;
  const { port, host, dbFile } = options;
  const rateText = process.env.REPORTGRAPH_WRITE_RATE;
  const rate = rateText && /^\d+$/.test(rateText) && Number(rateText) > 0 ? Number(rateText) : DEFAULT_WRITE_RATE.limit;
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

import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** data/reportgraph.db at the project root. */
export const DEFAULT_DB_FILE = fileURLToPath(new URL('../../data/reportgraph.db', import.meta.url));

/** The database file to use: `REPORTGRAPH_DB` when set, else data/reportgraph.db. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.REPORTGRAPH_DB?.trim();
  return fromEnv ? path.resolve(fromEnv) : DEFAULT_DB_FILE;
}

import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** data/reportgraph.db at the project root. */
export const DEFAULT_DB_FILE = fileURLToPath(new URL('../../data/reportgraph.db', import.meta.url));

/** The database file to use: `REPORTGRAPH_DB` when set, else data/reportgraph.db. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.REPORTGRAPH_DB?.trim();
  return fromEnv ? path.resolve(fromEnv) : DEFAULT_DB_FILE;
}

/**
 * Takes `--db FILE` / `--db=FILE` out of CLI arguments.
 * Returns the database file (falling back to defaultDbPath()) and the remaining arguments.
 */
export function takeDbOption(args: string[], env: NodeJS.ProcessEnv = process.env): { db: string; rest: string[] } {
  const rest: string[] = [];
  let db: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--db') {
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error('--db needs a file name');
      db = next;
      i++;
    } else if (a.startsWith('--db=')) {
      db = a.slice('--db='.length);
      if (!db) throw new Error('--db needs a file name');
    } else {
      rest.push(a);
    }
  }
  return { db: db ? path.resolve(db) : defaultDbPath(env), rest };
}

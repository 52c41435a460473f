// How every command reads its arguments: node's parseArgs in strict mode, `--help`/`-h`, and one
// way to say what was wrong (the message, then the command's help, exit code 2).
import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { defaultDbPath } from '../store/index.js';

/** A wrong argument; the message is shown to the user above the command's help. */
export class UsageError extends Error {}

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

export interface CommandSpec<O extends ParseArgsOptionsConfig> {
  /** Prefixes usage errors ("ingest: --batch needs …"). */
  command: string;
  help: string;
  options: O;
  /** Whether the command takes file arguments. */
  positionals?: boolean;
}

/**
 * Parses `args` and hands the values to `interpret`, which turns them into what the command
 * needs and may throw UsageError. Returns that, or the exit code when the command should stop
 * at once: 0 after printing the help, 2 after a usage error.
 */
export function readCommandLine<O extends ParseArgsOptionsConfig, T>(
  spec: CommandSpec<O>,
  args: string[],
  interpret: (values: ReturnType<typeof parseWith<O>>['values'], positionals: string[]) => T,
): T | number {
  try {
    const { values, positionals } = parseWith(spec.options, args, spec.positionals ?? false);
    if ((values as { help?: boolean }).help) {
      console.log(spec.help);
      return 0;
    }
    return interpret(values, positionals);
  } catch (err) {
    // node's parseArgs throws TypeErrors with a `code` of ERR_PARSE_ARGS_* for unknown or malformed options.
    const fromParser = typeof (err as { code?: unknown }).code === 'string' && String((err as { code: string }).code).startsWith('ERR_PARSE_ARGS');
    if (!(err instanceof UsageError) && !fromParser) throw err;
    console.error(`${spec.command}: ${(err as Error).message}\n\n${spec.help}`);
    return 2;
  }
}

function parseWith<O extends ParseArgsOptionsConfig>(options: O, args: string[], allowPositionals: boolean) {
  return parseArgs({ args, options: { ...options, ...HELP_OPTION }, strict: true, allowPositionals });
}

/** A whole-number option of at least `min` (and at most `max`), or undefined when it was not given. */
export function wholeNumberOption(value: string | undefined, name: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`--${name} needs a whole number ${range}`);
  }
  return n;
}

/** The database file: `--db FILE` when given, else $REPORTGRAPH_DB, else data/reportgraph.db. */
export function dbFileOption(value: string | undefined): string {
  if (value === undefined) return defaultDbPath();
  if (!value.trim()) throw new UsageError('--db needs a file name');
  return path.resolve(value);
}

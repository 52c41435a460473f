import { takeDbOption } from '../store/index.js';

/**
 * The shared start of commands that work on the database: `--help` prints the help,
 * `--db FILE` is taken out. Returns the database file and the other arguments, or the
 * exit code to return at once.
 */
export function startDbCommand(name: string, help: string, args: string[]): { db: string; rest: string[] } | number {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(help);
    return 0;
  }
  try {
    return takeDbOption(args);
  } catch (err) {
    console.error(`${name}: ${(err as Error).message}\n\n${help}`);
    return 2;
  }
}

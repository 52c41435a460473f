/** A tiny argv parser: `--name value`, `--name=value`, repeatable options, boolean flags, positionals. */
export interface ParsedArgs {
  options: Map<string, string[]>;
  flags: Set<string>;
  positionals: string[];
}

export function parseArgs(args: string[], spec: { options?: string[]; flags?: string[] }): ParsedArgs {
  const optionNames = new Set(spec.options ?? []);
  const flagNames = new Set([...(spec.flags ?? []), 'help']);
  const out: ParsedArgs = { options: new Map(), flags: new Set(), positionals: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      out.positionals.push(...args.slice(i + 1));
      break;
    }
    const m = /^--?([a-zA-Z][\w-]*)(?:=(.*))?$/.exec(arg);
    if (!m) {
      out.positionals.push(arg);
      continue;
    }
    const name = m[1] === 'h' ? 'help' : m[1] === 'o' ? 'output' : m[1];
    if (flagNames.has(name)) {
      out.flags.add(name);
    } else if (optionNames.has(name)) {
      const value = m[2] ?? args[++i];
      if (value === undefined) throw new UsageError(`option --${name} needs a value`);
      out.options.set(name, [...(out.options.get(name) ?? []), value]);
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  return out;
}

export class UsageError extends Error {}

export function lastOption(parsed: ParsedArgs, name: string): string | undefined {
  const values = parsed.options.get(name);
  return values?.[values.length - 1];
}

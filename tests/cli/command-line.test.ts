// Every command reads its arguments the same way: --help, strict options, one usage-error shape.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dbFileOption, readCommandLine, UsageError, wholeNumberOption } from '../../server/cli/command-line.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'server/cli.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, REPORTGRAPH_DB: '', PORT: '', HOST: '' },
  });
}

describe('readCommandLine', () => {
  let logged: string[];
  let errors: string[];
  beforeEach(() => {
    logged = [];
    errors = [];
    vi.spyOn(console, 'log').mockImplementation((m: string) => void logged.push(m));
    vi.spyOn(console, 'error').mockImplementation((m: string) => void errors.push(m));
  });
  afterEach(() => vi.restoreAllMocks());

  const spec = {
    command: 'demo',
    help: 'usage: demo [--count N] [--loud] FILE...',
    positionals: true,
    options: { count: { type: 'string' }, loud: { type: 'boolean', short: 'l' } },
  } as const;
  const read = (args: string[]) =>
    readCommandLine(spec, args, (values, files) => ({ count: wholeNumberOption(values.count, 'count', 1, 9), loud: values.loud ?? false, files }));

  it('hands typed values and positionals to the command', () => {
    expect(read(['--count', '3', '-l', 'a.txt', 'b.txt'])).toEqual({ count: 3, loud: true, files: ['a.txt', 'b.txt'] });
    expect(read(['--count=4', 'a.txt'])).toEqual({ count: 4, loud: false, files: ['a.txt'] });
    expect(read(['--', '--loud'])).toEqual({ count: undefined, loud: false, files: ['--loud'] });
  });

  it('prints the help for --help or -h and returns 0', () => {
    expect(read(['--help'])).toBe(0);
    expect(read(['-h', '--count', 'nonsense'])).toBe(0);
    expect(logged).toEqual([spec.help, spec.help]);
  });

  it('returns 2 with the message and the help for unknown options, missing values and bad numbers', () => {
    expect(read(['--colour', 'red'])).toBe(2);
    expect(read(['--count'])).toBe(2);
    expect(read(['--count', '0'])).toBe(2);
    expect(read(['--count', '2.5'])).toBe(2);
    expect(errors).toHaveLength(4);
    for (const e of errors) expect(e).toMatch(/^demo: .+\n\nusage: demo/);
    expect(errors[0]).toMatch(/--colour/);
    expect(errors[2]).toMatch(/--count needs a whole number from 1 to 9/);
  });

  it('lets errors other than usage errors through', () => {
    expect(() => readCommandLine(spec, [], () => { throw new RangeError('a bug'); })).toThrow(RangeError);
  });
});

describe('option values', () => {
  it('reads whole numbers within bounds and leaves absent ones undefined', () => {
    expect(wholeNumberOption(undefined, 'n', 0)).toBeUndefined();
    expect(wholeNumberOption('0', 'n', 0, 64)).toBe(0);
    expect(() => wholeNumberOption('65', 'n', 0, 64)).toThrow(UsageError);
    expect(() => wholeNumberOption('-1', 'n', 0)).toThrow(/--n needs a whole number of at least 0/);
    expect(() => wholeNumberOption('1e3', 'n', 0)).toThrow(UsageError);
  });

  it('resolves --db, else REPORTGRAPH_DB, else data/reportgraph.db', () => {
    const saved = process.env.REPORTGRAPH_DB;
    try {
      process.env.REPORTGRAPH_DB = '';
      expect(dbFileOption(undefined)).toMatch(/data[/\\]reportgraph\.db$/);
      process.env.REPORTGRAPH_DB = 'x/y.db';
      expect(dbFileOption(undefined)).toBe(path.resolve('x/y.db'));
      expect(dbFileOption('z.db')).toBe(path.resolve('z.db'));
      expect(() => dbFileOption(' ')).toThrow(/--db needs a file name/);
    } finally {
      if (saved === undefined) delete process.env.REPORTGRAPH_DB;
      else process.env.REPORTGRAPH_DB = saved;
    }
  });
});

describe('each command, run as a process', () => {
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-cli-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(['extract', 'ingest', 'reextract', 'export', 'serve'])('%s: --help exits 0; an unknown option exits 2 naming it, with the help', (command) => {
    const help = cli(command, '--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(new RegExp(`^usage: npm run (-s )?cli -- ${command}`));
    const bad = cli(command, '--no-such-option');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(new RegExp(`^${command}: .*--no-such-option`));
    expect(bad.stderr).toMatch(/\n\nusage: /);
  });

  it('rejects bad numbers and a --db without a file before touching any database', () => {
    const db = path.join(dir, 'never.db');
    const batch = cli('ingest', '--db', db, '--batch', '0', 'data');
    expect(batch.status).toBe(2);
    expect(batch.stderr).toMatch(/^ingest: --batch needs a whole number of at least 1/);
    const workers = cli('reextract', '--db', db, '--workers', 'many');
    expect(workers.status).toBe(2);
    expect(workers.stderr).toMatch(/--workers needs a whole number from 0 to 64/);
    const noFile = cli('ingest', '--db');
    expect(noFile.status).toBe(2);
    expect(noFile.stderr).toMatch(/^ingest: .*--db/);
    const port = cli('serve', '--db', db, '--port', '70000');
    expect(port.status).toBe(2);
    expect(port.stderr).toMatch(/bad port "70000"/);
    expect(fs.existsSync(db)).toBe(false);
  });
});

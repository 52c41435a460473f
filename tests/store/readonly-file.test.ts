import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openStore } from '../../server/store/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NOBODY = 65534;
let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-ro-'));
  fs.chmodSync(dir, 0o777);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it('a database file without write permission: reads work, a write gives a clear read-only error', () => {
  const file = path.join(dir, 'ro.db');
  const store = openStore(file);
  store.ingest({ id: 'kept', title: 'Kept', text: 'The council said the bridge would reopen.' }, { attributions: [], relations: [] });
  store.close();
  fs.chmodSync(file, 0o444);

  // root ignores file permissions, so as root the check runs in a child as "nobody".
  const asRoot = process.getuid?.() === 0;
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/store/helpers/try-ingest.ts'), file], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, HOME: dir },
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  expect(child.stderr).toBe('');
  const out = JSON.parse(child.stdout.trim());
  expect(out.openError).toBeUndefined();
  expect(out.readOnly).toBe(true);
  expect(out.countsBefore).toEqual({ articles: 1, attributions: 0 });
  expect(out.error).toMatchObject({ name: 'StoreReadOnlyError', code: 'read-only', status: 503 });
  expect(out.error.message).toMatch(/read-only/);
  expect(out.countsAfter).toEqual({ articles: 1, attributions: 0 });
  expect(out.wrote).toBeUndefined();
});

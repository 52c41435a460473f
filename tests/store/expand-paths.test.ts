import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths, globToRegExp } from '../../server/ingest/expand-paths.js';

let dir: string;
const rel = (files: string[]) => files.map((f) => path.relative(dir, f).split(path.sep).join('/'));

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-paths-'));
  for (const f of ['a.json', 'b.txt', 'notes.md', 'sub/c.jsonl', 'sub/deeper/d.html', 'sub/deeper/e.json', 'other/f.txt']) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), 'x');
  }
  fs.mkdirSync(path.join(dir, 'empty'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('globToRegExp', () => {
  it('matches *, **, ?, [..] and {a,b} the way shells do', () => {
    expect(globToRegExp('*.json').test('a.json')).toBe(true);
    expect(globToRegExp('*.json').test('sub/a.json')).toBe(false);
    expect(globToRegExp('**/*.json').test('a.json')).toBe(true);
    expect(globToRegExp('**/*.json').test('x/y/a.json')).toBe(true);
    expect(globToRegExp('sub/**').test('sub/x/y')).toBe(true);
    expect(globToRegExp('?.txt').test('b.txt')).toBe(true);
    expect(globToRegExp('?.txt').test('bb.txt')).toBe(false);
    expect(globToRegExp('[ab].*').test('a.json')).toBe(true);
    expect(globToRegExp('[!ab].*').test('a.json')).toBe(false);
    expect(globToRegExp('*.{json,txt}').test('b.txt')).toBe(true);
    expect(globToRegExp('*.{json,txt}').test('b.md')).toBe(false);
    expect(globToRegExp('a+b(1).json').test('a+b(1).json')).toBe(true);
  });
});

describe('expandPaths', () => {
  it('walks folders recursively, keeping article files only', () => {
    const { files, problems } = expandPaths([dir]);
    expect(rel(files)).toEqual(['a.json', 'b.txt', 'other/f.txt', 'sub/c.jsonl', 'sub/deeper/d.html', 'sub/deeper/e.json']);
    expect(problems).toEqual([]);
  });

  it('expands globs, deduplicates, and keeps explicit files whatever their extension', () => {
    const { files, problems } = expandPaths([`${dir}/**/*.json`, path.join(dir, 'a.json'), path.join(dir, 'notes.md'), `${dir}/sub/*`]);
    expect(rel(files)).toEqual(['a.json', 'sub/deeper/e.json', 'notes.md', 'sub/c.jsonl']);
    expect(problems).toEqual([]);
  });

  it('reports paths that name nothing', () => {
    const { files, problems } = expandPaths([path.join(dir, 'missing.json'), `${dir}/*.xml`, path.join(dir, 'empty')]);
    expect(files).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      'no such file or folder', 'no file matches this pattern', 'the folder holds no .txt, .json, .jsonl or .html files',
    ]);
  });
});

// Command-line paths → the article files they name: files as given, folders walked
// recursively (article extensions only), globs (`*`, `**`, `?`, `[...]`, `{a,b}`) matched here
// so that quoted patterns work the same in every shell.
import fs from 'node:fs';
import path from 'node:path';
import { isArticleFile } from './read-articles.js';

export interface PathProblem {
  file: string;
  message: string;
}

export interface ExpandedPaths {
  /** Files in a stable order (sorted per argument), each once. */
  files: string[];
  /** Arguments that name nothing usable. */
  problems: PathProblem[];
}

const GLOB_CHARS = /[*?[\]{}]/;

export function hasGlob(p: string): boolean {
  return GLOB_CHARS.test(p);
}

export function expandPaths(args: readonly string[]): ExpandedPaths {
  const files: string[] = [];
  const seen = new Set<string>();
  const problems: PathProblem[] = [];
  const add = (f: string) => {
    const abs = path.resolve(f);
    if (!seen.has(abs)) {
      seen.add(abs);
      files.push(f);
    }
  };
  for (const arg of args) {
    if (hasGlob(arg) && !fs.existsSync(arg)) {
      const matches = expandGlob(arg);
      if (matches.length === 0) problems.push({ file: arg, message: 'no file matches this pattern' });
      matches.forEach(add);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      problems.push({ file: arg, message: code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code ?? 'error'})` });
      continue;
    }
    if (stat.isDirectory()) {
      const found = walk(arg).filter(isArticleFile);
      if (found.length === 0) problems.push({ file: arg, message: 'the folder holds no .txt, .json, .jsonl or .html files' });
      found.forEach(add);
    } else {
      add(arg); // an explicit file is read whatever its extension: the reader says if it is unsupported
    }
  }
  return { files, problems };
}

/** Every file under `dir` (following no symlinked folders), sorted. */
export function walk(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop() as string;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      continue; // unreadable folder: skipped
    }
    for (const e of entries) {
      const full = path.join(current, e.name);
      if (e.isDirectory()) stack.push(full);
      else if (e.isFile()) out.push(full);
      else if (e.isSymbolicLink()) {
        try {
          if (fs.statSync(full).isFile()) out.push(full);
        } catch {
          // dangling link: skipped
        }
      }
    }
  }
  return out.sort();
}

/** Files matching a glob pattern, sorted. */
export function expandGlob(pattern: string): string[] {
  const normalised = pattern.split(path.sep).join('/');
  const segments = normalised.split('/');
  // The walk starts at the longest leading part without glob characters.
  let baseEnd = 0;
  while (baseEnd < segments.length - 1 && !hasGlob(segments[baseEnd])) baseEnd++;
  const base = segments.slice(0, baseEnd).join('/') || (normalised.startsWith('/') ? '/' : '.');
  const re = globToRegExp(segments.slice(baseEnd).join('/'));
  if (!fs.existsSync(base)) return [];
  const deep = segments.slice(baseEnd).some((s) => s === '**') || segments.length - baseEnd > 1;
  const candidates = deep ? walk(base) : listFiles(base);
  return candidates.filter((f) => re.test(path.relative(base, f).split(path.sep).join('/')));
}

function listFiles(dir: string): string[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() || (e.isSymbolicLink() && isFileSafe(path.join(dir, e.name))))
      .map((e) => path.join(dir, e.name))
      .sort();
  } catch {
    return [];
  }
}

function isFileSafe(f: string): boolean {
  try {
    return fs.statSync(f).isFile();
  } catch {
    return false;
  }
}

/** A glob (relative, `/`-separated) as an anchored regular expression. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches everything below.
        if (glob[i + 2] === '/') {
          re += '(?:[^/]*/)*';
          i += 2;
        } else {
          re += '.*';
          i += 1;
        }
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) {
        re += '\\[';
      } else {
        let body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      inGroup++;
      re += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      re += ')';
    } else if (c === ',' && inGroup > 0) {
      re += '|';
    } else {
      re += c.replace(/[.+^${}()|\\/]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}

import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../extract/index.js';
import type { Attribution, Relation } from '../extract/types.js';
import { isArticleFile, readArticleFile } from '../ingest/read-articles.js';
import { readCommandLine, UsageError } from './command-line.js';

const HELP = `usage: npm run -s cli -- extract [--format json|text] FILE|FOLDER...

Extracts the attributions of each article and prints them (nothing is stored).
  --format json   {"articles":[{"id","title","attributions":[…],"relations":[…]}]} (default)
  --format text   a readable table: outlet | speaker | cue | claim | actors
Inputs: .txt (first line = title), .json (an article or an array), .jsonl, .html.
Problems with an input are reported on stderr; the others are still processed and the exit code is 1.`;

interface ExtractedArticle {
  id: string;
  title: string;
  attributions: Attribution[];
  relations: Relation[];
}

export async function run(args: string[]): Promise<number> {
  const options = readCommandLine(
    { command: 'extract', help: HELP, positionals: true, options: { format: { type: 'string' } } },
    args,
    (values, files) => {
      const format = values.format ?? 'json';
      if (format !== 'json' && format !== 'text') throw new UsageError(`--format must be json or text, not "${format}"`);
      if (files.length === 0) throw new UsageError('no input files');
      return { format, files };
    },
  );
  if (typeof options === 'number') return options;
  const { format, files } = options;

  let failed = false;
  const articles: ExtractedArticle[] = [];
  for (const file of expandInputs(files)) {
    for (const item of readArticleFile(file)) {
      if (!item.ok) {
        failed = true;
        console.error(`${item.file}${item.line ? `:${item.line}` : ''}: ${item.message}`);
        continue;
      }
      const { attributions, relations } = extract(item.article);
      articles.push({ id: item.article.id, title: item.article.title, attributions, relations });
    }
  }
  process.stdout.write(format === 'json' ? `${JSON.stringify({ articles })}\n` : formatTable(articles));
  return failed ? 1 : 0;
}

/** Files as given (missing ones are reported by the reader), folders walked for article files. */
function expandInputs(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try { isDir = statSync(p).isDirectory(); } catch { /* reported by the reader */ }
    if (!isDir) { files.push(p); continue; }
    const found = readdirSync(p, { recursive: true, encoding: 'utf8' }).map((f) => join(p, f)).filter(isArticleFile).sort();
    files.push(...found);
  }
  return files;
}

function formatTable(articles: ExtractedArticle[]): string {
  const clip = (s: string | null, n: number) => {
    const v = (s ?? '—').replace(/\s+/g, ' ');
    return v.length > n ? `${v.slice(0, n - 1)}…` : v.padEnd(n);
  };
  const out: string[] = [];
  for (const a of articles) {
    out.push(`# ${a.id} — ${a.title} (${a.attributions.length} attributions)`);
    out.push(`${clip('outlet', 24)} | ${clip('speaker', 28)} | ${clip('cue', 14)} | ${clip('claim', 60)} | actors`);
    for (const r of a.attributions) {
      out.push(`${clip(r.outlet, 24)} | ${clip(r.speaker, 28)} | ${clip(r.cue, 14)} | ${clip(r.claim, 60)} | ${r.actors.join(', ')}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../extract/types.js';
import { decodeText } from './decode-text.js';
import { firstLine, isProblem, normaliseDate, toArticle } from './validate-article.js';

/** One article read from an input, or one problem with it (naming the file and, for JSONL, the line). */
export type ReadItem =
  | { ok: true; article: Article; file: string; line?: number }
  | { ok: false; file: string; line?: number; message: string };

export const ARTICLE_EXTENSIONS = ['.txt', '.json', '.jsonl', '.ndjson', '.html', '.htm'] as const;
/** Larger files are refused rather than read into memory. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export function isArticleFile(file: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(file).toLowerCase());
}

/** Reads every article of one file. Never throws: problems come back as items. */
export function readArticleFile(file: string): ReadItem[] {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) return [{ ok: false, file, message: `file too large (${size} bytes; limit ${MAX_FILE_BYTES})` }];
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`;
    return [{ ok: false, file, message }];
  }
  return parseArticleBytes(bytes, file);
}

/** Parses the bytes of a file named `file` (its extension says the format). */
export function parseArticleBytes(bytes: Uint8Array, file: string): ReadItem[] {
  const ext = extname(file).toLowerCase();
  if (!isArticleFile(file)) return [{ ok: false, file, message: `unsupported file type "${ext || '(none)'}" (expected ${ARTICLE_EXTENSIONS.join(', ')})` }];
  const decoded = decodeText(bytes);
  if (!decoded.ok) return [{ ok: false, file, message: decoded.message }];
  const text = decoded.text;
  if (text.trim() === '') return [{ ok: false, file, message: 'the file holds only white space' }];
  const id = basename(file, extname(file));
  switch (ext) {
    case '.txt': return [fromPlainText(text, id, file)];
    case '.json': return fromJson(text, id, file);
    case '.jsonl':
    case '.ndjson': return fromJsonLines(text, id, file);
    default: return [fromHtml(text, id, file)];
  }
}

/** Plain text: the first line is the title, the rest the text. */
export function fromPlainText(content: string, id: string, file: string): ReadItem {
  const lines = content.replace(/^\s*\n/, '').split(/\r?\n/);
  const title = (lines[0] ?? '').trim();
  const text = lines.slice(1).join('\n').replace(/^\s*\n/, '');
  if (text.trim() === '') return { ok: false, file, message: 'a title line but no text after it' };
  return { ok: true, file, article: { id, title, text, published: null, publisher: null, url: null } };
}

function fromJson(content: string, id: string, file: string): ReadItem[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (err) {
    return [{ ok: false, file, message: `invalid JSON: ${err instanceof RangeError ? 'nested too deeply' : (err as Error).message}` }];
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ ok: false, file, message: 'an empty array: no articles' }];
    return value.map((raw, i) => fromValue(raw, `${id}-${i + 1}`, file, undefined, `item ${i + 1}: `));
  }
  return [fromValue(value, id, file)];
}

function fromJsonLines(content: string, id: string, file: string): ReadItem[] {
  const items: ReadItem[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const lineNo = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      items.push({ ok: false, file, line: lineNo, message: `invalid JSON: ${err instanceof RangeError ? 'nested too deeply' : (err as Error).message}` });
      return;
    }
    items.push(fromValue(value, `${id}-${lineNo}`, file, lineNo));
  });
  if (items.length === 0) items.push({ ok: false, file, message: 'no articles (only blank lines)' });
  return items;
}

function fromValue(raw: unknown, fallbackId: string, file: string, line?: number, prefix = ''): ReadItem {
  const result = toArticle(raw, fallbackId);
  if (isProblem(result)) return { ok: false, file, line, message: prefix + result.message };
  return { ok: true, file, line, article: result };
}

/** HTML: the article body as Firefox's reader view would take it out of the page. */
export function fromHtml(html: string, id: string, file: string): ReadItem {
  const { document } = parseHTML(html);
  const meta = (selector: string): string | null => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const published = meta('meta[property="article:published_time"]') ?? meta('meta[name="date"]') ?? meta('meta[itemprop="datePublished"]');
  const publisher = meta('meta[property="og:site_name"]');
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  // og:title is the headline alone; <title> usually carries a " | Site name" suffix.
  const headline = meta('meta[property="og:title"]') ?? (document.querySelector('h1')?.textContent ?? '').trim();
  // Readability mutates the document, so the metadata above is read first.
  const parsed = new Readability(document as unknown as Document).parse();
  const text = normaliseParagraphs(parsed?.content ? blockText(parsed.content) : document.body?.textContent ?? '');
  if (text.trim() === '') return { ok: false, file, message: 'no article text found in the page' };
  return {
    ok: true,
    file,
    article: {
      id,
      title: headline || stripSiteSuffix(parsed?.title?.trim() ?? '', publisher) || firstLine(text),
      text,
      published: published ? normaliseDate(published) : null,
      publisher: publisher ?? parsed?.siteName ?? null,
      url: url ?? null,
    },
  };
}

/** "Headline | Site" or "Headline - Site" → "Headline", when the tail is the site's name. */
function stripSiteSuffix(title: string, site: string | null): string {
  const m = /^(.+?)\s+[|\-–—]\s+([^|\-–—]+)$/.exec(title);
  if (!m) return title;
  return !site || m[2].trim().toLowerCase() === site.toLowerCase() ? m[1].trim() : title;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, tr, div, section, article, figcaption, br';

/** The text of an HTML fragment with a line break after every block, so paragraphs stay apart. */
function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll(BLOCKS)) el.after(document.createTextNode('\n'));
  return document.body.textContent ?? '';
}

/** Readability's textContent keeps the page's indentation; keep one paragraph a line. */
function normaliseParagraphs(text: string): string {
  return text
    .split(/\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

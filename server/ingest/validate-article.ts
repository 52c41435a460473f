import type { Article } from '../extract/types.js';

/** Why a raw value is not an article; `line` is set for JSONL inputs. */
export interface ArticleProblem {
  message: string;
}

const OPTIONAL_STRING_FIELDS = ['title', 'published', 'publisher', 'url'] as const;

/**
 * Turns a parsed JSON value into an Article, or says what is wrong with it.
 * `fallbackId` is used when the object has no `id` (the file name, say).
 */
export function toArticle(raw: unknown, fallbackId: string): Article | ArticleProblem {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { message: `expected an article object, got ${describe(raw)}` };
  }
  const obj = raw as Record<string, unknown>;
  if (!('text' in obj)) return { message: 'the article has no "text" field' };
  if (typeof obj.text !== 'string') return { message: `"text" must be a string, got ${describe(obj.text)}` };
  if (obj.text.trim() === '') return { message: 'the article text is empty' };
  for (const field of OPTIONAL_STRING_FIELDS) {
    const v = obj[field];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      return { message: `"${field}" must be a string, got ${describe(v)}` };
    }
  }
  let id = fallbackId;
  if (obj.id !== undefined && obj.id !== null) {
    if (typeof obj.id !== 'string' && typeof obj.id !== 'number') return { message: `"id" must be a string or number, got ${describe(obj.id)}` };
    id = String(obj.id).trim() || fallbackId;
  }
  const published = typeof obj.published === 'string' ? normaliseDate(obj.published) : null;
  if (typeof obj.published === 'string' && obj.published.trim() !== '' && published === null) {
    return { message: `"published" is not a date: ${JSON.stringify(obj.published.slice(0, 40))}` };
  }
  return {
    id,
    title: typeof obj.title === 'string' && obj.title.trim() ? obj.title.trim() : firstLine(obj.text),
    text: obj.text,
    published,
    publisher: typeof obj.publisher === 'string' && obj.publisher.trim() ? obj.publisher.trim() : null,
    url: typeof obj.url === 'string' && obj.url.trim() ? obj.url.trim() : null,
  };
}

export function isProblem(x: Article | ArticleProblem): x is ArticleProblem {
  return !('text' in x);
}

/** YYYY-MM-DD for anything Date can read, null otherwise (years kept within 1000–9999). */
export function normaliseDate(s: string): string | null {
  const t = s.trim();
  if (!t) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : new Date(t);
  if (Number.isNaN(d.getTime())) return null;
  const y = d.getUTCFullYear();
  if (y < 1000 || y > 9999) return null;
  if (m && (d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3])) return null;
  return d.toISOString().slice(0, 10);
}

export function firstLine(text: string): string {
  const line = text.trim().split(/\r?\n/, 1)[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

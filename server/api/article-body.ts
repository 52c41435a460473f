// Turns a POST /api/articles body (raw bytes + content type) into articles, or a 4xx.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Article } from '../extract/types.js';
import { normaliseDate, firstLine } from '../ingest/validate-article.js';
import { HttpError, badRequest } from './errors.js';
import { firstIssue } from './view-params.js';

export const MAX_ARTICLES_PER_REQUEST = 1000;
const MAX_ID_LENGTH = 200;

const articleSchema = z.object({
  id: z.union([z.string().max(MAX_ID_LENGTH, `"id" must be at most ${MAX_ID_LENGTH} characters`), z.number().finite()]).nullish(),
  title: z.string().max(2000, '"title" must be at most 2000 characters').nullish(),
  text: z.string({ error: (iss) => (iss.input === undefined ? '"text" is required' : '"text" must be a string') }),
  published: z.string().max(100).nullish(),
  publisher: z.string().max(300, '"publisher" must be at most 300 characters').nullish(),
  url: z.string().max(2000, '"url" must be at most 2000 characters').nullish(),
});

const bodySchema = z.union([
  articleSchema,
  z.array(articleSchema).min(1, 'the array holds no article').max(MAX_ARTICLES_PER_REQUEST, `at most ${MAX_ARTICLES_PER_REQUEST} articles per request`),
]);

// C0 controls other than tab, newline, carriage return.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces lone surrogates (possible through JSON "\\udXXX" escapes) with U+FFFD, one unit for one,
 * so offsets computed on the text stay true once it is stored as UTF-8.
 */
export function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

/** Decodes the body bytes strictly as UTF-8: invalid bytes are a 400, not silently replaced. */
export function decodeUtf8(bytes: Buffer): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new HttpError(415, 'the body is UTF-16; send UTF-8');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw badRequest('the body is not valid UTF-8');
  }
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const controls = text.match(CONTROL)?.length ?? 0;
  return controls > 32 && controls > text.length / 20;
}

function checkText(text: string, where: string): void {
  if (text.trim() === '') throw badRequest(`${where}the article text is empty`);
  if (looksBinary(text)) throw badRequest(`${where}the article text looks like binary data`);
}

/** The id of an article posted without one: stable for the same text, so a re-post is a duplicate. */
export function idForText(text: string): string {
  return `post-${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

function toArticle(input: z.infer<typeof articleSchema>, where: string): Article {
  const raw = {
    ...input,
    id: typeof input.id === 'string' ? wellFormed(input.id) : input.id,
    title: input.title && wellFormed(input.title),
    text: wellFormed(input.text),
    publisher: input.publisher && wellFormed(input.publisher),
    url: input.url && wellFormed(input.url),
  };
  checkText(raw.text, where);
  let id = raw.id === undefined || raw.id === null ? '' : String(raw.id).trim();
  if (/[\u0000-\u001F\u007F]/.test(id)) throw badRequest(`${where}"id" must not hold control characters`);
  if (!id) id = idForText(raw.text);
  let published: string | null = null;
  if (raw.published && raw.published.trim()) {
    published = normaliseDate(raw.published);
    if (!published) throw badRequest(`${where}"published" is not a date`);
  }
  const title = raw.title?.trim() || firstLine(raw.text);
  return {
    id,
    title,
    text: raw.text,
    published,
    publisher: raw.publisher?.trim() || null,
    url: raw.url?.trim() || null,
  };
}

/** text/plain: the first line is the title, the rest the text. */
function plainArticle(body: string): Article {
  const text = body.replace(/^\uFEFF/, '');
  const newline = text.search(/\r?\n/);
  const title = newline < 0 ? text.trim() : text.slice(0, newline).trim();
  const rest = newline < 0 ? '' : text.slice(newline).replace(/^\r?\n/, '');
  if (rest.trim() === '') throw badRequest(title ? 'the article has a title but no text (the first line is the title)' : 'the article text is empty');
  checkText(rest, '');
  return { id: idForText(rest), title: title.slice(0, 2000) || firstLine(rest), text: rest, published: null, publisher: null, url: null };
}

/** Parses a POST body into articles; throws an HttpError (400/415) on anything else. */
export function parseArticleBody(bytes: Buffer, contentType: string | undefined): { articles: Article[]; many: boolean } {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') throw new HttpError(415, `unsupported charset "${charset.slice(0, 40)}"; send UTF-8`);
  if (type === 'text/plain') return { articles: [plainArticle(decodeUtf8(bytes))], many: false };
  if (type !== 'application/json' && !type.endsWith('+json')) {
    throw new HttpError(415, 'send application/json (an article object or an array of them) or text/plain (first line = title)');
  }
  const text = decodeUtf8(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '') throw badRequest('the request body is empty');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badRequest('malformed JSON in request body');
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badRequest(issue?.code === 'invalid_union' ? describeUnionFailure(json) : firstIssue(parsed.error));
  }
  if (Array.isArray(parsed.data)) {
    return { articles: parsed.data.map((a, i) => toArticle(a, `article ${i}: `)), many: true };
  }
  return { articles: [toArticle(parsed.data, '')], many: false };
}

/** A readable reason for a body that is neither an article nor an array of them. */
function describeUnionFailure(json: unknown): string {
  if (Array.isArray(json)) {
    if (json.length === 0) return 'the array holds no article';
    if (json.length > MAX_ARTICLES_PER_REQUEST) return `at most ${MAX_ARTICLES_PER_REQUEST} articles per request`;
    const i = json.findIndex((a) => !articleSchema.safeParse(a).success);
    const r = articleSchema.safeParse(json[i]);
    return `article ${i}: ${r.success ? 'invalid' : firstIssue(r.error)}`;
  }
  if (json !== null && typeof json === 'object') {
    const r = articleSchema.safeParse(json);
    return r.success ? 'invalid article' : firstIssue(r.error);
  }
  return 'expected an article object ({"text": …}) or an array of them';
}

import { z } from 'zod';
import type { NodeKind, ViewFilters } from '../graph/types.js';
import { badRequest } from './errors.js';

export const NODE_KINDS: readonly NodeKind[] = ['outlet', 'source', 'actor', 'claim', 'article'];
export const MAX_Q_LENGTH = 200;
export const MAX_REPEATED = 50;
const MAX_NAME_LENGTH = 200;

/** A query value as Express's simple parser gives it: string or string[] (repeated key). */
const raw = z.union([z.string(), z.array(z.string())]).optional();

const manyNames = (what: string) =>
  raw.transform((v, ctx) => {
    const list = v === undefined ? [] : Array.isArray(v) ? v : [v];
    const names = list.flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
    if (names.length > MAX_REPEATED) {
      ctx.addIssue({ code: 'custom', message: `at most ${MAX_REPEATED} values for "${what}"` });
      return z.NEVER;
    }
    if (names.some((n) => n.length > MAX_NAME_LENGTH)) {
      ctx.addIssue({ code: 'custom', message: `"${what}" values must be at most ${MAX_NAME_LENGTH} characters` });
      return z.NEVER;
    }
    return [...new Set(names)];
  });

const single = (what: string) =>
  raw.transform((v, ctx) => {
    if (Array.isArray(v)) {
      ctx.addIssue({ code: 'custom', message: `"${what}" may be given only once` });
      return z.NEVER;
    }
    return v;
  });

/** YYYY-MM-DD (or a full ISO timestamp, cut to its date) with a real calendar date, years 1000–9999. */
export function parseIsoDate(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

const isoDate = (what: string) =>
  single(what).transform((v, ctx) => {
    if (v === undefined || v.trim() === '') return undefined;
    const date = parseIsoDate(v);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: `"${what}" must be an ISO date (YYYY-MM-DD)` });
      return z.NEVER;
    }
    return date;
  });

const flag = (what: string) =>
  single(what).transform((v, ctx) => {
    if (v === undefined || v === '' || v === '0' || v === 'false') return false;
    if (v === '1' || v === 'true') return true;
    ctx.addIssue({ code: 'custom', message: `"${what}" must be 1 or 0` });
    return z.NEVER;
  });

export const viewQuerySchema = z.object({
  outlet: manyNames('outlet'),
  actor: manyNames('actor'),
  kind: manyNames('kind').transform((kinds, ctx) => {
    const bad = kinds.filter((k) => !(NODE_KINDS as readonly string[]).includes(k));
    if (bad.length) {
      ctx.addIssue({ code: 'custom', message: `unknown kind "${bad[0].slice(0, 40)}" (expected one of ${NODE_KINDS.join(', ')})` });
      return z.NEVER;
    }
    return kinds as NodeKind[];
  }),
  q: single('q').transform((v, ctx) => {
    const q = v?.trim();
    if (q && q.length > MAX_Q_LENGTH) {
      ctx.addIssue({ code: 'custom', message: `"q" must be at most ${MAX_Q_LENGTH} characters` });
      return z.NEVER;
    }
    return q || undefined;
  }),
  from: isoDate('from'),
  to: isoDate('to'),
  articles: flag('articles'),
});

/** First zod issue as a one-line message. */
export function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid request';
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return issue.code === 'custom' ? issue.message : `${where}${issue.message}`;
}

/** Reads the view filters of a query string; throws a 400 HttpError on bad input. */
export function parseViewFilters(query: unknown): ViewFilters {
  const parsed = viewQuerySchema.safeParse(query ?? {});
  if (!parsed.success) throw badRequest(firstIssue(parsed.error));
  const p = parsed.data;
  if (p.from && p.to && p.from > p.to) throw badRequest('"from" must not be after "to"');
  const filters: ViewFilters = {};
  if (p.outlet.length) filters.outlets = p.outlet;
  if (p.actor.length) filters.actors = p.actor;
  if (p.kind.length) filters.kinds = p.kind;
  if (p.q) filters.q = p.q;
  if (p.from) filters.from = p.from;
  if (p.to) filters.to = p.to;
  if (p.articles) filters.articles = true;
  return filters;
}

/** Nodes in an /api/graph view unless `limit` says otherwise (exports are never capped). */
export const DEFAULT_VIEW_LIMIT = 20_000;
const MAX_VIEW_LIMIT = 100_000_000;

/** The `limit` of /api/graph: a node cap, 0 for none; DEFAULT_VIEW_LIMIT when absent. Throws a 400 HttpError on bad input. */
export function parseViewLimit(query: unknown): number {
  const value = (query as Record<string, unknown> | undefined)?.limit;
  if (value === undefined || value === '') return DEFAULT_VIEW_LIMIT;
  if (typeof value !== 'string') throw badRequest('"limit" may be given only once');
  if (!/^\d{1,9}$/.test(value.trim()) || Number(value) > MAX_VIEW_LIMIT) {
    throw badRequest('"limit" must be a whole number of nodes (0 for no limit)');
  }
  return Number(value);
}

/** A stable key of a filter set, for caches and file names. */
export function filtersKey(f: ViewFilters): string {
  return JSON.stringify([
    [...(f.outlets ?? [])].sort(),
    [...(f.actors ?? [])].sort(),
    [...(f.kinds ?? [])].sort(),
    f.q ?? '',
    f.from ?? '',
    f.to ?? '',
    f.articles ? 1 : 0,
  ]);
}

export function isWholeGraph(f: ViewFilters): boolean {
  return !f.outlets && !f.actors && !f.kinds && !f.q && !f.from && !f.to && !f.articles;
}

import type {
  ActorSummary, AddArticlesResult, NewArticle, NodeDetails, OutletSummary, SearchHit, SerializedGraph,
} from './types.js';
import { parseViewColumns, type ViewColumns } from '../core/graph/view-columns.js';

/** The server could not be reached at all (as opposed to answering with an error). */
export class UnreachableError extends Error {}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const utf8 = new TextDecoder();

/** The response body as text; a failed request throws UnreachableError or ApiError (with the server's reason). */
async function requestText(path: string, init?: RequestInit): Promise<string> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/json' }, ...init });
  } catch (err) {
    throw new UnreachableError(err instanceof Error ? err.message : String(err));
  }
  // Read as bytes, decoded at once: Response.text() decodes a large body chunk by chunk as it streams in, which
  // costs the main thread about half again as much for a 10 MB graph (measured in chromium).
  const text = utf8.decode(await response.arrayBuffer());
  if (!response.ok) {
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    const reason = body && typeof body === 'object' && 'error' in body ? String((body as { error: unknown }).error) : text.slice(0, 200);
    if (response.status >= 502 && response.status <= 504) throw new UnreachableError(reason || response.statusText);
    throw new ApiError(response.status, reason || response.statusText);
  }
  return text;
}

async function request(path: string, init?: RequestInit): Promise<unknown> {
  const text = await requestText(path, init);
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Lists come either bare or in an envelope such as {outlets:[...]}. */
function listFrom<T>(body: unknown, field: string): T[] {
  if (Array.isArray(body)) return body as T[];
  if (body && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    for (const name of [field, 'items', 'results', 'hits']) if (Array.isArray(record[name])) return record[name] as T[];
  }
  return [];
}

export async function fetchGraph(query: URLSearchParams): Promise<SerializedGraph> {
  const qs = query.toString();
  const body = (await request(`/api/graph${qs ? `?${qs}` : ''}`)) as SerializedGraph | { graph: SerializedGraph };
  const graph = 'graph' in body ? body.graph : body;
  return { ...graph, nodes: graph.nodes ?? [], edges: graph.edges ?? [] };
}

/** The same view as fetchGraph in columns (GET /api/graph/columns): the first load's compact form. */
export async function fetchGraphColumns(query: URLSearchParams): Promise<ViewColumns> {
  const qs = query.toString();
  return parseViewColumns(await requestText(`/api/graph/columns${qs ? `?${qs}` : ''}`));
}

export async function fetchOutlets(): Promise<OutletSummary[]> {
  return listFrom<OutletSummary>(await request('/api/outlets'), 'outlets');
}

export async function fetchActors(): Promise<ActorSummary[]> {
  return listFrom<ActorSummary>(await request('/api/actors'), 'actors');
}

export async function fetchNode(key: string): Promise<NodeDetails> {
  const body = (await request(`/api/nodes/${encodeURIComponent(key)}`)) as NodeDetails;
  return { ...body, neighbors: Array.isArray(body.neighbors) ? body.neighbors : [] };
}

export async function search(q: string, signal?: AbortSignal): Promise<SearchHit[]> {
  return listFrom<SearchHit>(await request(`/api/search?q=${encodeURIComponent(q)}`, { signal }), 'results');
}

export async function addArticles(articles: NewArticle[]): Promise<AddArticlesResult> {
  const body = (await request('/api/articles', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(articles.length === 1 ? articles[0] : articles),
  })) as Record<string, unknown>;
  return normaliseAddResult(body);
}

function normaliseAddResult(body: Record<string, unknown>): AddArticlesResult {
  const nodes = new Set<string>();
  const collect = (value: unknown) => {
    if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') nodes.add(v);
  };
  collect(body.nodes);
  collect(body.addedNodes);
  collect(body.nodeKeys);
  const articles = Array.isArray(body.articles) ? body.articles : [];
  let attributions = typeof body.attributions === 'number' ? body.attributions : 0;
  for (const a of articles as Record<string, unknown>[]) {
    collect(a.nodes);
    collect(a.addedNodes);
    collect(a.nodeKeys);
    if (Array.isArray(a.attributions)) attributions += a.attributions.length;
    else if (typeof a.attributions === 'number') attributions += a.attributions;
  }
  return { nodes: [...nodes], articles: articles.length || 1, attributions };
}

export function exportUrl(format: 'gexf' | 'csv' | 'json', query: URLSearchParams): string {
  const qs = query.toString();
  return `/api/export.${format}${qs ? `?${qs}` : ''}`;
}

import { createHash, randomBytes } from 'node:crypto';
import { exportViewBody, resolveNodes, selectView, type AttributionGraph, type ViewPieces } from '../graph/index.js';
import type { ViewFilters } from '../graph/types.js';
import type { AppService } from '../app-service.js';
import { DEFAULT_VIEW_LIMIT, filtersKey } from './view-params.js';

const MAX_ENTRIES = 128;
/** tells this process's ETags from those of an earlier run on another store */
const BOOT_ID = randomBytes(6).toString('hex');

export interface ViewBody {
  /** the JSON text in pieces, to be written in order (see exportViewPieces and writePieces) */
  pieces: string[];
  /** its length in UTF-8 bytes */
  bytes: number;
  etag: string;
  /** memory the cache entry holds on its own (what the cache's budget counts) */
  retained: number;
}

const MAX_RETAINED = 256 * 1024 * 1024;
const MAX_ENTRY_RETAINED = 32 * 1024 * 1024;
/** how many of the busiest outlets get their one-outlet view computed ahead of requests */
const PREWARM_OUTLETS = 24;
const PREWARM_DELAY_MS = 250;

/**
 * Serialised views (graph.export() as JSON, lean edges, capped: see exportViewJson) and derived lists, kept until the graph
 * changes: a view is computed once per graph version and filter set, then served from
 * memory; least recently used entries go first when the budget (entries, and the memory
 * they hold on their own: a lean view shares the graph's kept strings) is spent.
 * After start-up and after each change (debounced) the one-outlet views of the busiest
 * outlets are computed in the background, one per event-loop turn, so the common
 * "show me this outlet" request is answered from memory.
 */
export class ViewCache {
  private version = -1;
  private readonly json = new Map<string, ViewBody>();
  private bytes = 0;
  private readonly derived = new Map<string, unknown>();
  private prewarmTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly service: AppService,
    private readonly busiestOutlets: () => string[] = () => [],
    private readonly prewarmOutlets = PREWARM_OUTLETS,
  ) {
    this.unsubscribe = service.onChange(() => this.schedulePrewarm());
    this.schedulePrewarm();
  }

  /** The view as a graph (not cached: exports are rarer and stream it). */
  view(filters: ViewFilters): AttributionGraph {
    return selectView(this.service.model.graph, filters);
  }

  /**
   * The view's JSON in pieces with its byte length and an ETag. The pieces are mostly the
   * graph's kept per-node and per-claim strings: a cached view holds references, not a
   * copy, and no request builds a megabytes-long string or buffer (see writePieces).
   */
  viewBody(filters: ViewFilters, limit = DEFAULT_VIEW_LIMIT): ViewBody {
    this.sync();
    const key = `${filtersKey(this.canonical(filters))}/${limit}`;
    const hit = this.json.get(key);
    if (hit !== undefined) {
      this.json.delete(key);
      this.json.set(key, hit);
      return hit;
    }
    const { pieces, bytes } = this.computePieces(filters, limit);
    // the graph version names the content: equal version and filters, equal body
    // Its pieces are the graph's own kept strings (per node, per claim) except for article nodes
    // and `contains` edges, which are not kept: a view with articles holds its whole text.
    const retained = 8 * pieces.length + (filters.articles || filters.kinds?.includes('article') ? bytes : pieces[0]!.length);
    const entry: ViewBody = { retained, pieces, bytes, etag: `W/"${BOOT_ID}-${this.version}-${createHash('sha1').update(key).digest('hex').slice(0, 16)}"` };
    if (retained <= MAX_ENTRY_RETAINED) {
      this.json.set(key, entry);
      this.bytes += retained;
      this.evict();
    }
    return entry;
  }

  /** The view's JSON in pieces with its UTF-8 length, computed now, bypassing the cache (see exportViewBody). */
  computePieces(filters: ViewFilters, limit = DEFAULT_VIEW_LIMIT): ViewPieces {
    return exportViewBody(this.service.model.graph, filters, { lean: true, limit });
  }

  /** A value derived from the whole graph, computed once per graph version. */
  memo<T>(name: string, compute: () => T): T {
    this.sync();
    if (!this.derived.has(name)) this.derived.set(name, compute());
    return this.derived.get(name) as T;
  }

  stop(): void {
    this.stopped = true;
    if (this.prewarmTimer) clearTimeout(this.prewarmTimer);
    this.prewarmTimer = null;
    this.unsubscribe();
  }

  /** Outlets and actors named by key, slug or alias all map to the same cache entry. */
  private canonical(filters: ViewFilters): ViewFilters {
    const graph = this.service.model.graph;
    const out = { ...filters };
    if (filters.outlets) {
      const keys = resolveNodes(graph, 'outlet', filters.outlets);
      if (keys.length) out.outlets = keys;
    }
    if (filters.actors) {
      const keys = resolveNodes(graph, 'actor', filters.actors);
      if (keys.length) out.actors = keys;
    }
    return out;
  }

  private schedulePrewarm(): void {
    if (this.prewarmTimer) clearTimeout(this.prewarmTimer);
    this.prewarmTimer = setTimeout(() => {
      this.prewarmTimer = null;
      const version = this.service.version;
      if (this.prewarmOutlets <= 0) return;
      const outlets = this.busiestOutlets().slice(0, this.prewarmOutlets);
      const step = (i: number) => {
        // A newer change restarts the work; a closed service stops it.
        if (i >= outlets.length || this.service.version !== version || this.prewarmTimer || this.stopped || this.service.closed) return;
        this.viewBody({ outlets: [outlets[i]] });
        setImmediate(() => step(i + 1));
      };
      step(0);
    }, PREWARM_DELAY_MS);
    this.prewarmTimer.unref();
  }

  private sync(): void {
    if (this.version === this.service.version) return;
    this.version = this.service.version;
    this.json.clear();
    this.derived.clear();
    this.bytes = 0;
  }

  private evict(): void {
    for (const [key, entry] of this.json) {
      if (this.json.size <= MAX_ENTRIES && this.bytes <= MAX_RETAINED) break;
      this.json.delete(key);
      this.bytes -= entry.retained;
    }
  }
}


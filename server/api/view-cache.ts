import { selectView, type AttributionGraph } from '../graph/index.js';
import type { ViewFilters } from '../graph/types.js';
import type { AppService } from '../app-service.js';
import { filtersKey } from './view-params.js';

const MAX_ENTRIES = 64;
const MAX_BYTES = 96 * 1024 * 1024;
const MAX_ENTRY_BYTES = 24 * 1024 * 1024;

/**
 * Serialised views (graph.export() as JSON) and derived lists, kept until the graph
 * changes: a view is computed once per graph version and filter set, then served
 * from memory. Least recently used entries go first when the byte budget is spent.
 */
export class ViewCache {
  private version = -1;
  private readonly json = new Map<string, string>();
  private bytes = 0;
  private readonly derived = new Map<string, unknown>();

  constructor(private readonly service: AppService) {}

  /** The view as a graph (not cached: exports are rarer and stream it). */
  view(filters: ViewFilters): AttributionGraph {
    return selectView(this.service.model.graph, filters);
  }

  /** The view in graphology's serialised form, as a JSON string. */
  viewJson(filters: ViewFilters): string {
    this.sync();
    const key = filtersKey(filters);
    const hit = this.json.get(key);
    if (hit !== undefined) {
      this.json.delete(key);
      this.json.set(key, hit);
      return hit;
    }
    const text = JSON.stringify(this.view(filters).export());
    if (text.length <= MAX_ENTRY_BYTES) {
      this.json.set(key, text);
      this.bytes += text.length;
      this.evict();
    }
    return text;
  }

  /** A value derived from the whole graph, computed once per graph version. */
  memo<T>(name: string, compute: () => T): T {
    this.sync();
    if (!this.derived.has(name)) this.derived.set(name, compute());
    return this.derived.get(name) as T;
  }

  private sync(): void {
    if (this.version === this.service.version) return;
    this.version = this.service.version;
    this.json.clear();
    this.derived.clear();
    this.bytes = 0;
  }

  private evict(): void {
    for (const [key, text] of this.json) {
      if (this.json.size <= MAX_ENTRIES && this.bytes <= MAX_BYTES) break;
      this.json.delete(key);
      this.bytes -= text.length;
    }
  }
}

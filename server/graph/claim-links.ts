// For each claim, its edges other than `contains`. A claim reported in many articles
// has thousands of `contains` in-edges; a view walks a claim's outlets, speakers,
// actors and related claims through this index instead of through all of them.
import type { AttributionGraph } from './model-types.js';
import type { EdgeAttributes, NodeAttributes } from './types.js';

export interface ClaimLink {
  key: string;
  source: string;
  target: string;
  /** the graph's own attributes object of the edge (kept up to date in place) */
  attributes: EdgeAttributes;
  /** the graph's own attributes objects of both ends, so a view walks links without node look-ups */
  sourceAttributes: NodeAttributes;
  targetAttributes: NodeAttributes;
}

export class ClaimLinks {
  /** claim key -> its edges other than `contains`, `reported` and anonymous sources' `said` (both directions) */
  private readonly byClaim = new Map<string, ClaimLink[]>();
  /** claim key -> its `reported` in-edges: kept apart, as a view of chosen outlets takes them from the outlets */
  private readonly reportedByClaim = new Map<string, ClaimLink[]>();
  /** claim key -> its `said` in-edges from anonymous sources (a view of chosen outlets takes them from the outlets' sources) */
  private readonly anonymousByClaim = new Map<string, ClaimLink[]>();
  /** anonymous source key -> its `said` edges */
  private readonly bySource = new Map<string, ClaimLink[]>();
  /** `source:<scope-slug>:` -> the anonymous sources of that scope that said a claim */
  private readonly sourcesByScope = new Map<string, Set<string>>();
  /** claim key -> a counter bumped whenever one of its links is added, removed or re-weighted (caches key on it) */
  private readonly versions = new Map<string, number>();

  add(edge: string, source: string, target: string, attributes: EdgeAttributes, sourceAttributes: NodeAttributes, targetAttributes: NodeAttributes): void {
    const link: ClaimLink = { key: edge, source, target, attributes, sourceAttributes, targetAttributes };
    const anonymous = attributes.kind === 'said' && isSource(source);
    const index = attributes.kind === 'reported' ? this.reportedByClaim : anonymous ? this.anonymousByClaim : this.byClaim;
    if (isClaim(source)) push(index, source, link);
    if (target !== source && isClaim(target)) push(index, target, link);
    this.touch(source, target);
    if (anonymous) {
      push(this.bySource, source, link);
      const scope = scopeOf(source);
      let sources = this.sourcesByScope.get(scope);
      if (!sources) this.sourcesByScope.set(scope, (sources = new Set()));
      sources.add(source);
    }
  }

  remove(edge: string, source: string, target: string): void {
    this.touch(source, target);
    for (const index of [this.byClaim, this.reportedByClaim, this.anonymousByClaim]) {
      if (isClaim(source)) pull(index, source, edge);
      if (target !== source && isClaim(target)) pull(index, target, edge);
    }
    if (isSource(source) && this.bySource.has(source)) {
      pull(this.bySource, source, edge);
      if (!this.bySource.has(source)) this.sourcesByScope.get(scopeOf(source))?.delete(source);
    }
  }

  /** Records that the link between `source` and `target` changed in place (its weight). */
  touch(source: string, target: string): void {
    if (isClaim(source)) this.versions.set(source, (this.versions.get(source) ?? 0) + 1);
    if (target !== source && isClaim(target)) this.versions.set(target, (this.versions.get(target) ?? 0) + 1);
  }

  /** Changes whenever a link of the claim is added, removed or touched. */
  version(claim: string): number {
    return this.versions.get(claim) ?? 0;
  }

  /** The claim's edges other than `contains`, `reported` and anonymous `said` (a live array: do not modify). */
  others(claim: string): readonly ClaimLink[] {
    return this.byClaim.get(claim) ?? NONE;
  }

  /** The claim's `reported` in-edges (a live array: do not modify). */
  reported(claim: string): readonly ClaimLink[] {
    return this.reportedByClaim.get(claim) ?? NONE;
  }

  /** The claim's `said` in-edges from anonymous sources (a live array: do not modify). */
  anonymous(claim: string): readonly ClaimLink[] {
    return this.anonymousByClaim.get(claim) ?? NONE;
  }

  /** The `said` edges of the anonymous sources scoped to an outlet slug. */
  *saidInScope(scopeSlug: string): Iterable<ClaimLink> {
    for (const source of this.sourcesByScope.get(`source:${scopeSlug}:`) ?? []) yield* this.bySource.get(source) ?? NONE;
  }
}

function isSource(key: string): boolean {
  return key.startsWith('source:');
}

/** `source:<scope-slug>:` of a source key `source:<scope-slug>:<slug>`. */
function scopeOf(key: string): string {
  return key.slice(0, key.indexOf(':', 'source:'.length) + 1);
}

function push(index: Map<string, ClaimLink[]>, claim: string, link: ClaimLink): void {
  const list = index.get(claim);
  if (list) list.push(link);
  else index.set(claim, [link]);
}

function pull(index: Map<string, ClaimLink[]>, claim: string, edge: string): void {
  const list = index.get(claim);
  if (!list) return;
  const at = list.findIndex((link) => link.key === edge);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) index.delete(claim);
}

const NONE: readonly ClaimLink[] = [];

function isClaim(key: string): boolean {
  return key.startsWith('claim:');
}

// The index belongs to the model that keeps it up to date; views find it by graph, so
// `selectView(graph, filters)` keeps its signature and still works on any other graph.
const registry = new WeakMap<AttributionGraph, ClaimLinks>();

export function registerClaimLinks(graph: AttributionGraph, links: ClaimLinks): void {
  registry.set(graph, links);
}

export function claimLinksOf(graph: AttributionGraph): ClaimLinks | undefined {
  return registry.get(graph);
}

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
  /** a view writer's kept JSON of this edge (see view-json.ts); it checks the weight it was made with */
  written?: { weight: number; json: string; bytes: number };
}

/** One claim's links, apart by how views take them (live lists: do not modify). */
export interface ClaimEntry {
  /** its edges other than `contains`, `reported` and anonymous sources' `said` (both directions) */
  others: readonly ClaimLink[];
  /** its `reported` in-edges: kept apart, as a view of chosen outlets takes them from the outlets */
  reported: readonly ClaimLink[];
  /** its `said` in-edges from anonymous sources (a view of chosen outlets takes them from the outlets' sources) */
  anonymous: readonly ClaimLink[];
  /** bumped whenever one of its links is added, removed or re-weighted */
  version: number;
  /** what a view writer made from `others` (see view-json.ts), with the version it was made at */
  written?: { version: number; value: unknown };
}

export class ClaimLinks {
  private readonly byClaim = new Map<string, ClaimEntry>();
  /** outlet key -> its `reported` edges, in the order they were added */
  private readonly reportedByOutlet = new Map<string, ClaimLink[]>();
  /** anonymous source key -> its `said` edges */
  private readonly bySource = new Map<string, ClaimLink[]>();
  /** `source:<scope-slug>:` -> the anonymous sources of that scope that said a claim */
  private readonly sourcesByScope = new Map<string, Set<string>>();

  add(edge: string, source: string, target: string, attributes: EdgeAttributes, sourceAttributes: NodeAttributes, targetAttributes: NodeAttributes): void {
    const link: ClaimLink = { key: edge, source, target, attributes, sourceAttributes, targetAttributes, written: undefined };
    const anonymous = attributes.kind === 'said' && isSource(source);
    const list = attributes.kind === 'reported' ? 'reported' : anonymous ? 'anonymous' : 'others';
    if (isClaim(source)) append(this.entryFor(source), list, link);
    if (target !== source && isClaim(target)) append(this.entryFor(target), list, link);
    this.touch(source, target);
    if (attributes.kind === 'reported') push(this.reportedByOutlet, source, link);
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
    for (const claim of target !== source ? [source, target] : [source]) {
      const entry = isClaim(claim) ? this.byClaim.get(claim) : undefined;
      if (!entry) continue;
      for (const list of [entry.others, entry.reported, entry.anonymous]) if (list !== NONE) pullFrom(list as ClaimLink[], edge);
      if (entry.others.length + entry.reported.length + entry.anonymous.length === 0) this.byClaim.delete(claim);
    }
    if (this.reportedByOutlet.has(source)) pull(this.reportedByOutlet, source, edge);
    if (isSource(source) && this.bySource.has(source)) {
      pull(this.bySource, source, edge);
      if (!this.bySource.has(source)) this.sourcesByScope.get(scopeOf(source))?.delete(source);
    }
  }

  /** Records that the link between `source` and `target` changed in place (its weight). */
  touch(source: string, target: string): void {
    if (isClaim(source)) this.bump(source);
    if (target !== source && isClaim(target)) this.bump(target);
  }

  /** The claim's links (live: do not modify the lists), or undefined when it has none. */
  entry(claim: string): ClaimEntry | undefined {
    return this.byClaim.get(claim);
  }

  /** The claim's edges other than `contains`, `reported` and anonymous `said` (a live array: do not modify). */
  others(claim: string): readonly ClaimLink[] {
    return this.byClaim.get(claim)?.others ?? NONE;
  }

  /** The claim's `reported` in-edges (a live array: do not modify). */
  reported(claim: string): readonly ClaimLink[] {
    return this.byClaim.get(claim)?.reported ?? NONE;
  }

  /** The claim's `said` in-edges from anonymous sources (a live array: do not modify). */
  anonymous(claim: string): readonly ClaimLink[] {
    return this.byClaim.get(claim)?.anonymous ?? NONE;
  }

  /** The outlet's `reported` edges, oldest first (a live array: do not modify). */
  reportedBy(outlet: string): readonly ClaimLink[] {
    return this.reportedByOutlet.get(outlet) ?? NONE;
  }

  /** The `said` edges of the anonymous sources scoped to an outlet slug, one list per source (live arrays). */
  saidInScope(scopeSlug: string): (readonly ClaimLink[])[] {
    const lists: (readonly ClaimLink[])[] = [];
    for (const source of this.sourcesByScope.get(`source:${scopeSlug}:`) ?? []) lists.push(this.bySource.get(source) ?? NONE);
    return lists;
  }

  private entryFor(claim: string): ClaimEntry {
    let entry = this.byClaim.get(claim);
    // lists are made on their first link: most claims have no claim-to-claim link, many no anonymous source
    if (!entry) this.byClaim.set(claim, (entry = { others: NONE, reported: NONE, anonymous: NONE, version: 0 }));
    return entry;
  }

  private bump(claim: string): void {
    const entry = this.byClaim.get(claim);
    if (entry) entry.version++;
  }
}

function isSource(key: string): boolean {
  return key.startsWith('source:');
}

/** `source:<scope-slug>:` of a source key `source:<scope-slug>:<slug>`. */
function scopeOf(key: string): string {
  return key.slice(0, key.indexOf(':', 'source:'.length) + 1);
}

function append(entry: ClaimEntry, list: 'others' | 'reported' | 'anonymous', link: ClaimLink): void {
  if (entry[list] === NONE) entry[list] = [link];
  else (entry[list] as ClaimLink[]).push(link);
}

function push(index: Map<string, ClaimLink[]>, key: string, link: ClaimLink): void {
  const list = index.get(key);
  if (list) list.push(link);
  else index.set(key, [link]);
}

function pull(index: Map<string, ClaimLink[]>, key: string, edge: string): void {
  const list = index.get(key);
  if (!list) return;
  pullFrom(list, edge);
  if (list.length === 0) index.delete(key);
}

function pullFrom(list: ClaimLink[], edge: string): void {
  const at = list.findIndex((link) => link.key === edge);
  if (at >= 0) list.splice(at, 1);
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

// For each claim, its edges other than `contains`. A claim reported in many articles
// has thousands of `contains` in-edges; a view walks a claim's outlets, speakers,
// actors and related claims through this index instead of through all of them.
import type { AttributionGraph } from './model-types.js';
import type { EdgeAttributes } from './types.js';

export interface ClaimLink {
  key: string;
  source: string;
  target: string;
  /** the graph's own attributes object of the edge (kept up to date in place) */
  attributes: EdgeAttributes;
}

export class ClaimLinks {
  /** claim key -> its non-`contains` edges (both directions) */
  private readonly byClaim = new Map<string, ClaimLink[]>();

  add(edge: string, source: string, target: string, attributes: EdgeAttributes): void {
    const link: ClaimLink = { key: edge, source, target, attributes };
    if (isClaim(source)) this.push(source, link);
    if (target !== source && isClaim(target)) this.push(target, link);
  }

  remove(edge: string, source: string, target: string): void {
    if (isClaim(source)) this.pull(source, edge);
    if (target !== source && isClaim(target)) this.pull(target, edge);
  }

  /** The claim's non-`contains` edges (a live array: do not modify). */
  of(claim: string): readonly ClaimLink[] {
    return this.byClaim.get(claim) ?? NONE;
  }

  private push(claim: string, link: ClaimLink): void {
    const list = this.byClaim.get(claim);
    if (list) list.push(link);
    else this.byClaim.set(claim, [link]);
  }

  private pull(claim: string, edge: string): void {
    const list = this.byClaim.get(claim);
    if (!list) return;
    const at = list.findIndex((link) => link.key === edge);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) this.byClaim.delete(claim);
  }
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

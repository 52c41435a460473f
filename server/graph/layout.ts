// Positions: deterministic seeds, placement of new nodes near their neighbours,
// and ForceAtlas2 over the whole graph with a time bound for big graphs.
import { createRequire } from 'node:module';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { AttributionGraph } from './model-types.js';
import { unitHash } from './hash.js';

// a CommonJS module: at run time the default import is the layout function itself
const forceAtlas2 = ((forceAtlas2Module as { default?: unknown }).default ?? forceAtlas2Module) as typeof forceAtlas2Module.default;

// The package's own building blocks, so a big graph is converted to matrices once and
// iterated until the time bound, instead of once per chunk of iterations.
interface Matrices {
  nodes: Float32Array;
  edges: Float32Array;
}
const require = createRequire(import.meta.url);
const fa2Helpers = require('graphology-layout-forceatlas2/helpers.js') as {
  graphToByteArrays(graph: AttributionGraph, getEdgeWeight: (edge: string, attrs: { weight?: number }) => number): Matrices;
  assignLayoutChanges(graph: AttributionGraph, nodes: Float32Array, outputReducer: null): void;
};
const fa2Iterate = require('graphology-layout-forceatlas2/iterate.js') as (settings: object, nodes: Float32Array, edges: Float32Array) => void;
const fa2Defaults = require('graphology-layout-forceatlas2/defaults.js') as object;

const SEED_RADIUS = 100;

/** A deterministic starting position for a node, from the hash of its key. */
export function seedPosition(key: string): { x: number; y: number } {
  const angle = unitHash(key) * 2 * Math.PI;
  const radius = SEED_RADIUS * Math.sqrt(unitHash(key, 1));
  return { x: round(radius * Math.cos(angle)), y: round(radius * Math.sin(angle)) };
}

/**
 * Places freshly added nodes at the centre of their already placed neighbours,
 * with a small deterministic offset; nodes with no placed neighbour get their seed.
 */
export function placeNewNodes(graph: AttributionGraph, keys: string[]): void {
  const pending = new Set(keys);
  let progress = true;
  while (pending.size > 0 && progress) {
    progress = false;
    for (const key of pending) {
      let sx = 0;
      let sy = 0;
      let n = 0;
      graph.forEachNeighbor(key, (neighbor, attrs) => {
        if (pending.has(neighbor)) return;
        sx += attrs.x;
        sy += attrs.y;
        n++;
      });
      if (n === 0) continue;
      const angle = unitHash(key, 2) * 2 * Math.PI;
      const jitter = 2 + 8 * unitHash(key, 3);
      graph.mergeNodeAttributes(key, {
        x: round(sx / n + jitter * Math.cos(angle)),
        y: round(sy / n + jitter * Math.sin(angle)),
      });
      pending.delete(key);
      progress = true;
    }
  }
  for (const key of pending) graph.mergeNodeAttributes(key, seedPosition(key));
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations; by default fewer the bigger the graph. */
  iterations?: number;
  /** Stops early after this long (whole chunks of iterations). Default 4000 ms. */
  maxMillis?: number;
}

export function defaultIterations(order: number): number {
  if (order <= 1000) return 300;
  if (order <= 10000) return 100;
  return 40;
}

/** Runs ForceAtlas2 over the whole graph, stopping early when the time bound is reached. */
export function runLayout(graph: AttributionGraph, opts: LayoutOptions = {}): void {
  if (graph.order < 2) return;
  const iterations = opts.iterations ?? defaultIterations(graph.order);
  const deadline = Date.now() + (opts.maxMillis ?? 4000);
  const settings = { ...fa2Defaults, ...forceAtlas2.inferSettings(graph), adjustSizes: false };
  const matrices = fa2Helpers.graphToByteArrays(graph, (_edge, attrs) => (typeof attrs.weight === 'number' ? attrs.weight : 1));
  for (let i = 0; i < iterations; i++) {
    fa2Iterate(settings, matrices.nodes, matrices.edges);
    if (Date.now() > deadline) break;
  }
  fa2Helpers.assignLayoutChanges(graph, matrices.nodes, null);
  graph.updateEachNodeAttributes(
    (_key, attrs) => {
      attrs.x = Number.isFinite(attrs.x) ? round(attrs.x) : 0;
      attrs.y = Number.isFinite(attrs.y) ? round(attrs.y) : 0;
      return attrs;
    },
    { attributes: ['x', 'y'] },
  );
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

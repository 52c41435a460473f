import type Sigma from 'sigma';
import { createGraph, type ReportGraph } from './graph-data.js';

/**
 * A graph of one node of each kind and one edge of each kind: drawn once while the first view downloads, so that
 * the GPU side (SwiftShader without a GPU) has built its pipelines for every program before the real frame needs them.
 */
export function warmUpGraph(): ReportGraph {
  const graph = createGraph();
  const kinds = ['outlet', 'source', 'claim', 'actor'] as const;
  kinds.forEach((kind, i) => graph.addNode(`${kind}:warm-up`, { kind, label: '', x: i, y: i % 2, size: 4, color: 'rgb(128,128,128)' } as never));
  graph.addDirectedEdgeWithKey('warm-up:1', 'outlet:warm-up', 'claim:warm-up', { kind: 'reported', size: 1, color: 'rgb(128,128,128)', weight: 1 });
  graph.addDirectedEdgeWithKey('warm-up:2', 'claim:warm-up', 'actor:warm-up', { kind: 'involves', size: 1, color: 'rgb(128,128,128)', weight: 1 });
  return graph;
}

/** Hands what sigma has drawn to the GPU process now instead of at the next frame commit. */
export function flushRenderer(sigma: Sigma): void {
  for (const canvas of Object.values(sigma.getCanvases())) {
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    gl?.flush();
  }
}

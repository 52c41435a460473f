// Display sizes: bounded, growing with the square root of what a node stands for.
import type { NodeKind } from './types.js';

const BOUNDS: Record<NodeKind, { base: number; step: number; max: number }> = {
  outlet: { base: 6, step: 2.5, max: 24 },
  claim: { base: 3, step: 2, max: 16 },
  actor: { base: 3, step: 1.5, max: 16 },
  source: { base: 3, step: 1.5, max: 12 },
  article: { base: 2, step: 1, max: 8 },
};

/** `weight` is claimCount for outlets, evidenceCount for claims, the degree for the rest. */
export function nodeSize(kind: NodeKind, weight: number): number {
  const b = BOUNDS[kind];
  return round2(Math.min(b.max, b.base + b.step * Math.sqrt(Math.max(0, weight - 1))));
}

export function edgeSize(weight: number): number {
  return round2(Math.min(6, 1 + Math.log2(Math.max(1, weight))));
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

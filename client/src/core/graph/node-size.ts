import type { NodeKind } from '../../api/types.js';

/** Node size by degree: sqrt keeps hubs big without drowning everything else. */
export function degreeSize(kind: NodeKind, degree: number): number {
  const bonus = kind === 'outlet' ? 3 : kind === 'claim' ? 1 : 0;
  return Math.min(22, 3 + bonus + 1.6 * Math.sqrt(degree));
}

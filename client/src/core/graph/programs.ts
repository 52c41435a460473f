import { NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import { NodeSquareProgram } from '@sigma/node-square';
import { createNodeBorderProgram } from '@sigma/node-border';
import type { NodeKind } from '../../api/types.js';

/** Our own program names; the domain `kind` is mapped onto them in the node reducer, never copied into `type`. */
export type ProgramName = 'rg-square' | 'rg-disc' | 'rg-ring' | 'rg-dot';

const RingProgram = createNodeBorderProgram({
  borders: [
    { size: { value: 0.28 }, color: { attribute: 'color' } },
    { size: { fill: true }, color: { value: '#ffffff' } },
  ],
});

export const NODE_PROGRAMS = {
  'rg-square': NodeSquareProgram,
  'rg-disc': NodeCircleProgram,
  'rg-ring': RingProgram,
  'rg-dot': NodePointProgram,
};

export const PROGRAM_OF_KIND: Record<NodeKind, ProgramName> = {
  outlet: 'rg-square',
  claim: 'rg-disc',
  actor: 'rg-ring',
  source: 'rg-dot',
  article: 'rg-dot',
};

/** What the legend shows for each kind: shape as a CSS class, and a short description. */
export const KIND_LEGEND: Record<NodeKind, { shape: 'square' | 'disc' | 'ring' | 'dot'; label: string; hint: string }> = {
  outlet: { shape: 'square', label: 'Outlet', hint: 'a news medium; each has its own colour' },
  source: { shape: 'dot', label: 'Source', hint: 'an unnamed source an outlet cites' },
  claim: { shape: 'disc', label: 'Claim', hint: 'what was reported' },
  actor: { shape: 'ring', label: 'Actor', hint: 'person, organisation or place' },
  article: { shape: 'dot', label: 'Article', hint: 'an ingested article' },
};

import {
  EdgeLineProgram, NodeCircleProgram, NodePointProgram, createEdgeArrowHeadProgram, createEdgeClampedProgram, createEdgeCompoundProgram,
} from 'sigma/rendering';
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';
import { NodeSquareProgram } from '@sigma/node-square';
import { createNodeBorderProgram } from '@sigma/node-border';
import type { NodeKind } from '../../api/types.js';
import { withoutInstancing } from './plain-programs.js';

/**
 * Program names; the domain `kind` is mapped onto them in the node reducer, never copied into `type`. They reuse
 * the names of sigma's default programs ('circle', 'arrow', 'line'), which sigma registers whatever we pass:
 * replacing them costs no shader compilation for a program the page never uses.
 */
export type ProgramName = 'square' | 'circle' | 'ring' | 'dot';
export type EdgeProgramName = 'arrow' | 'line';

const RingProgram = createNodeBorderProgram({
  borders: [
    { size: { value: 0.28 }, color: { attribute: 'color' } },
    { size: { fill: true }, color: { value: '#ffffff' } },
  ],
});

// All drawn without instancing (see plain-programs.ts); points and lines are plain already.
export const NODE_PROGRAMS: Record<ProgramName, NodeProgramType> = {
  square: withoutInstancing(NodeSquareProgram),
  circle: withoutInstancing(NodeCircleProgram),
  ring: withoutInstancing(RingProgram),
  dot: NodePointProgram,
};

export const EDGE_PROGRAMS: Record<EdgeProgramName, EdgeProgramType> = {
  arrow: createEdgeCompoundProgram([withoutInstancing(createEdgeClampedProgram()), withoutInstancing(createEdgeArrowHeadProgram())]),
  /** hairlines for views too dense for arrowheads: one pixel, a fraction of a rectangle's fragments */
  line: EdgeLineProgram,
};

export const PROGRAM_OF_KIND: Record<NodeKind, ProgramName> = {
  outlet: 'square',
  claim: 'circle',
  actor: 'ring',
  source: 'dot',
  article: 'dot',
};

/** What the legend shows for each kind: shape as a CSS class, and a short description. */
export const KIND_LEGEND: Record<NodeKind, { shape: 'square' | 'disc' | 'ring' | 'dot'; label: string; hint: string }> = {
  outlet: { shape: 'square', label: 'Outlet', hint: 'a news medium; each has its own colour' },
  source: { shape: 'dot', label: 'Source', hint: 'an unnamed source an outlet cites' },
  claim: { shape: 'disc', label: 'Claim', hint: 'what was reported' },
  actor: { shape: 'ring', label: 'Actor', hint: 'person, organisation or place' },
  article: { shape: 'dot', label: 'Article', hint: 'an ingested article' },
};

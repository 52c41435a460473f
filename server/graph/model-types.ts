import type { MultiDirectedGraph } from 'graphology';
import type { Attribution } from '../extract/types.js';
import type { EdgeAttributes, NodeAttributes } from './types.js';

export type AttributionGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** One attribution that supports a claim node: what a user reads as evidence. */
export type Evidence = { articleId: string; attributionIndex: number } & Pick<
  Attribution,
  'outlet' | 'speaker' | 'cue' | 'claim' | 'claimStart' | 'claimEnd' | 'sentenceStart' | 'sentenceEnd' | 'date'
>;

import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes } from './types.js';

export type AttributionGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** One attribution that supports a claim node: what a user reads as evidence. */
export interface Evidence {
  articleId: string;
  attributionIndex: number;
  outlet: string | null;
  speaker: string | null;
  cue: string;
  claim: string;
  claimStart: number;
  claimEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
  date: string | null;
}

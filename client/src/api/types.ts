import type { ActorKind, EdgeAttributes, NodeAttributes, NodeKind } from '../../../server/graph/types.js';

export type { ActorKind, EdgeAttributes, NodeAttributes, NodeKind };

/** graphology's serialised form, as /api/graph sends it. */
export type ServedEdgeAttributes = Pick<EdgeAttributes, 'kind'> & Partial<EdgeAttributes>;

export interface SerializedGraph {
  attributes?: Record<string, unknown>;
  options?: { type?: string; multi?: boolean; allowSelfLoops?: boolean };
  nodes: { key: string; attributes: NodeAttributes }[];
  /** /api/graph leaves out edge keys, sizes and colours; the exports keep them */
  edges: { key?: string; source: string; target: string; attributes: ServedEdgeAttributes; undirected?: boolean }[];
}

export interface OutletSummary {
  key: string;
  label: string;
  claimCount: number;
  color: string;
}

export interface ActorSummary {
  key: string;
  label: string;
  actorKind?: ActorKind;
  claimCount: number;
  color?: string;
}

export interface Evidence {
  articleId: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  date?: string | null;
  /** the sentence(s) holding the claim */
  sentence: string;
  /** offsets of the claim within `sentence` */
  claimStart: number;
  claimEnd: number;
  outlet: string | null;
  speaker: string | null;
  cue: string | null;
}

export interface NodeRef {
  key: string;
  label: string;
  kind: NodeKind;
  color: string;
}

export interface NeighbourGroup {
  edgeKind: EdgeAttributes['kind'];
  direction: 'in' | 'out';
  total: number;
  nodes: (NodeRef & { weight: number })[];
}

/** GET /api/nodes/:key; the per-kind fields are present for claims, outlets and actors. */
export interface NodeDetails {
  key: string;
  attributes: NodeAttributes;
  neighbors: NeighbourGroup[];
  // claim
  evidenceTotal?: number;
  evidence?: Evidence[];
  // outlet
  claimTotal?: number;
  claims?: NodeRef[];
  sourceTotal?: number;
  sources?: (NodeRef & { claimCount: number })[];
  actorTotal?: number;
  actors?: (NodeRef & { count: number })[];
  // actor
  claimsByOutlet?: { outlet: NodeRef | null; claimTotal: number; claims: NodeRef[] }[];
}

export interface SearchHit {
  key: string;
  label: string;
  kind: NodeKind;
  score: number;
}

export interface NewArticle {
  title: string;
  text: string;
  publisher?: string | null;
  published?: string | null;
}

export interface AddArticlesResult {
  /** keys of the nodes the new articles added to the graph */
  nodes: string[];
  articles: number;
  attributions: number;
}

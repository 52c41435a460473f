// The graph model (see ../shared/DESIGN.md, "Graph model"). Node keys:
// outlet:<slug>, source:<outlet-slug>:<slug>, actor:<slug>, claim:<hash>, article:<id>.
// The domain type of a node or edge is in `kind`; sigma's `type` is never set.

export type NodeKind = 'outlet' | 'source' | 'actor' | 'claim' | 'article';
export type EdgeKind = 'reported' | 'cites' | 'said' | 'involves' | 'contains' | 'confirms' | 'contradicts';
export type ActorKind = 'person' | 'organization' | 'place';

export interface DisplayAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  /** rgb(r,g,b) */
  color: string;
}

export interface NodeAttributes extends DisplayAttributes {
  kind: NodeKind;
  // outlet
  aliases?: string[];
  claimCount?: number;
  // source
  outlet?: string;
  // actor
  actorKind?: ActorKind;
  // claim
  text?: string;
  firstReported?: string | null;
  evidenceCount?: number;
  // article
  publisher?: string | null;
  published?: string | null;
  url?: string | null;
}

export interface EdgeAttributes {
  kind: EdgeKind;
  size: number;
  color: string;
  /** how many attributions support this edge */
  weight: number;
  label?: string;
}

/** Filters of a view; the same for /api/graph, the exports and the CLI export. */
export interface ViewFilters {
  outlets?: string[];
  actors?: string[];
  kinds?: NodeKind[];
  q?: string;
  from?: string;
  to?: string;
  articles?: boolean;
}

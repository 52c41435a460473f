// The graph stage: model (build + merge), views, layout, exports, search.
export type { AttributionGraph, Evidence } from './model-types.js';
export type { ActorKind, DisplayAttributes, EdgeAttributes, EdgeKind, NodeAttributes, NodeKind, ViewFilters } from './types.js';
export { GraphModel, buildGraphModel, outletKey, actorKey, sourceKey, articleKey, edgeKey } from './model.js';
export { selectView, exportView, resolveNodes } from './view.js';
export { exportViewJson, exportViewPieces, exportViewBody, capView } from './view-json.js';
export type { ViewJsonOptions, ViewPieces } from './view-json.js';
export type { SerializedView } from './view.js';
export { writeGexf, LIST_SEPARATOR, NODE_ATTRIBUTE_TYPES, EDGE_ATTRIBUTE_TYPES } from './gexf.js';
export type { GexfOptions } from './gexf.js';
export { toCsv, csvCell } from './csv.js';
export { searchNodes } from './search.js';
export type { SearchHit } from './search.js';
export { outletColor, sourceColor, NODE_KIND_COLORS, EDGE_KIND_COLORS, ACTOR_KIND_COLORS } from './colors.js';
export { slugify } from './slug.js';
export { claimFeatures, jaccard, ClaimIndex, MERGE_THRESHOLD } from './claim-index.js';

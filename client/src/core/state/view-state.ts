import type { NodeKind } from '../../../../server/graph/types.js';

export const NODE_KINDS: readonly NodeKind[] = ['outlet', 'source', 'claim', 'actor', 'article'];
/** Kinds shown when the user has not chosen any (articles are hidden by default, as on the server). */
export const DEFAULT_KINDS: readonly NodeKind[] = ['outlet', 'source', 'claim', 'actor'];

export interface CameraPosition {
  x: number;
  y: number;
  ratio: number;
}

/** Everything that decides what the page shows; it lives in the URL. */
export interface ViewState {
  outlets: string[];
  actors: string[];
  /** empty = the default kinds */
  kinds: NodeKind[];
  from: string | null;
  to: string | null;
  selected: string | null;
  camera: CameraPosition | null;
  mode: 'graph' | 'list' | 'summary';
}

export function emptyViewState(): ViewState {
  return { outlets: [], actors: [], kinds: [], from: null, to: null, selected: null, camera: null, mode: 'graph' };
}

/** The filters as the API takes them: repeated keys for lists. */
export function filterQuery(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  for (const outlet of state.outlets) params.append('outlet', outlet);
  for (const actor of state.actors) params.append('actor', actor);
  for (const kind of state.kinds) params.append('kind', kind);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.kinds.includes('article')) params.set('articles', '1');
  return params;
}

export function hasFilters(state: ViewState): boolean {
  return state.outlets.length > 0 || state.actors.length > 0 || state.kinds.length > 0 || !!state.from || !!state.to;
}

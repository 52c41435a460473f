import type { NodeKind } from '../../../../server/graph/types.js';
import { NODE_KINDS, emptyViewState, filterQuery, type ViewState } from './view-state.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

/** Reads a view state from a location's query string; anything malformed is ignored. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state = emptyViewState();
  state.outlets = unique(params.getAll('outlet').filter(Boolean));
  state.actors = unique(params.getAll('actor').filter(Boolean));
  state.kinds = unique(params.getAll('kind').filter(isKind));
  const from = params.get('from');
  const to = params.get('to');
  state.from = from && DATE.test(from) ? from : null;
  state.to = to && DATE.test(to) ? to : null;
  state.selected = params.get('node') || null;
  const mode = params.get('view');
  if (mode === 'list' || mode === 'summary') state.mode = mode;
  const cam = params.get('cam');
  if (cam) {
    const [x, y, ratio] = cam.split(',').map(Number);
    if ([x, y, ratio].every((n) => Number.isFinite(n)) && ratio > 0) state.camera = { x, y, ratio };
  }
  return state;
}

/** The query string for a view state (without "?"); the inverse of parseViewState. */
export function formatViewState(state: ViewState): string {
  const params = filterQuery(state);
  params.delete('articles');
  if (state.selected) params.set('node', state.selected);
  if (state.mode !== 'graph') params.set('view', state.mode);
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    params.set('cam', [x, y, ratio].map((n) => Number(n.toFixed(4))).join(','));
  }
  // Commas need no escaping in a query string; keeping them makes the camera readable in a shared link.
  return params.toString().replace(/%2C/gi, ',');
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../../api/types.js';
import type { ReportGraph } from './graph-data.js';
import type { Focus } from './focus.js';
import { PROGRAM_OF_KIND } from './programs.js';

const MUTED_NODE = 'rgb(226,229,234)';
const MUTED_EDGE = 'rgb(238,240,243)';
const TRACE_EDGE = 'rgb(40,48,64)';
/** Claims are sentences: their labels are cut on the canvas, except for the hovered or selected one. */
const CLAIM_LABEL_MAX = 42;

/** What the reducers read; owned by the app, never by sigma. */
export interface HighlightState {
  /** nodes of the current filtered view; null = everything */
  visible: Set<string> | null;
  hovered: string | null;
  hoverFocus: Focus | null;
  selected: string | null;
  selectionFocus: Focus | null;
  /** nodes just added by the user */
  recent: Set<string>;
  /** Mute everything outside the focus (small graphs); big graphs only emphasise the focus. */
  dimOthers: boolean;
  /**
   * Large views draw claims (most of their nodes) with the point program: it looks the same at that size
   * and costs a sixth of the triangle-based disc without a GPU.
   */
  claimsAsPoints: boolean;
}

export function emptyHighlight(): HighlightState {
  return { visible: null, hovered: null, hoverFocus: null, selected: null, selectionFocus: null, recent: new Set(), dimOthers: true, claimsAsPoints: false };
}

export function makeNodeReducer(state: HighlightState) {
  return (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const program = data.kind === 'claim' && state.claimsAsPoints ? 'dot' : PROGRAM_OF_KIND[data.kind] ?? 'circle';
    // only what sigma draws: copying every attribute (claim texts, aliases…) of every node costs on 20k-node views
    const res: Partial<NodeDisplayData> = { x: data.x, y: data.y, size: data.size, color: data.color, label: data.label, type: program };
    if (state.visible && !state.visible.has(node)) {
      res.hidden = true;
      return res;
    }
    const focus = state.hoverFocus ?? state.selectionFocus;
    if (data.kind === 'claim' && state.claimsAsPoints && !focus?.nodes.has(node) && !state.recent.has(node)) {
      // In views this dense a claim's label shows when the claim is in focus (hover, selection, just added); the
      // rest stay out of sigma's label grid, whose cells the larger outlets and actors take anyway: 15k labels
      // fewer to index and sort on every full refresh.
      res.label = null;
    } else if (data.kind === 'claim' && node !== state.hovered && node !== state.selected && data.label && data.label.length > CLAIM_LABEL_MAX) {
      res.label = `${data.label.slice(0, CLAIM_LABEL_MAX - 1).trimEnd()}…`;
    }
    if (focus) {
      if (focus.nodes.has(node)) {
        res.forceLabel = true;
        res.zIndex = 2;
        if (node === state.hovered || node === state.selected) res.highlighted = true;
      } else if (state.dimOthers) {
        res.color = MUTED_NODE;
        res.label = '';
        res.zIndex = 0;
      }
    }
    if (state.recent.has(node)) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 3;
    }
    return res;
  };
}

export function makeEdgeReducer(getGraph: () => ReportGraph, state: HighlightState) {
  return (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const res: Partial<EdgeDisplayData> = { color: data.color, size: data.size, label: undefined };
    if (state.visible) {
      const [source, target] = getGraph().extremities(edge);
      if (!state.visible.has(source) || !state.visible.has(target)) {
        res.hidden = true;
        return res;
      }
    }
    const focus = state.hoverFocus ?? state.selectionFocus;
    if (focus) {
      if (focus.edges.has(edge)) {
        res.color = TRACE_EDGE;
        res.size = Math.max(1.5, (data.size ?? 1) * 1.6);
        res.zIndex = 2;
      } else if (state.dimOthers) {
        res.color = MUTED_EDGE;
        res.zIndex = 0;
      }
    }
    return res;
  };
}

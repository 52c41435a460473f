import { KIND_LEGEND } from '../core/graph/programs.js';
import { NODE_KINDS } from '../core/state/view-state.js';
import { byId, clear, el } from './dom.js';

const EDGE_LEGEND: [string, string][] = [
  ['reported', 'outlet reported the claim'],
  ['cites', 'outlet cites a source'],
  ['said', 'the claim comes from'],
  ['involves', 'the claim is about'],
];

export function renderLegend(): void {
  const list = byId('legend');
  clear(list);
  for (const kind of NODE_KINDS) {
    const item = KIND_LEGEND[kind];
    list.append(el('li', {}, [el('span', { class: `shape shape-${item.shape}`, attrs: { 'aria-hidden': 'true' } }), el('strong', { text: item.label }), el('span', { class: 'muted', text: ` ${item.hint}` })]));
  }
  list.append(el('li', { class: 'legend-note muted', text: 'Outlets keep one colour everywhere: in the list, the graph and the GEXF export. Size grows with the number of links.' }));
  for (const [kind, hint] of EDGE_LEGEND) list.append(el('li', { class: 'legend-edge' }, [el('code', { text: kind }), el('span', { class: 'muted', text: ` ${hint}` })]));
}

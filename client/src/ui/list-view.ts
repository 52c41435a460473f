import type { AttributionRow, NodeRef } from '../core/graph/attributions.js';
import { byId, clear, el, plural } from './dom.js';

const ROW_LIMIT = 400;

/** The table of visible attributions: every cell entry is a button that selects its node. */
export function renderListView(rows: AttributionRow[], selected: string | null, select: (key: string) => void): void {
  const body = byId('list-body');
  // Re-rendering must not take the keyboard focus away from the entry the user is on.
  const focused = body.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.key : undefined;
  const focusedCell = focused ? (document.activeElement as HTMLElement).closest('td')?.cellIndex : undefined;
  clear(body);
  const refs = (list: NodeRef[]) => el('td', {}, list.length ? list.map((r) => refButton(r, selected, select)) : [el('span', { class: 'muted', text: '—' })]);
  for (const row of rows.slice(0, ROW_LIMIT)) {
    body.append(el('tr', { class: row.claim.key === selected ? 'selected' : '' }, [
      refs(row.outlets),
      refs(row.speakers),
      el('td', { class: 'claim-cell' }, [refButton(row.claim, selected, select)]),
      refs(row.actors),
    ]));
  }
  if (focused) {
    const again = [...body.querySelectorAll<HTMLElement>(`button[data-key="${CSS.escape(focused)}"]`)];
    (again.find((b) => b.closest('td')?.cellIndex === focusedCell) ?? again[0])?.focus();
  }
  byId('list-more').textContent = rows.length > ROW_LIMIT
    ? `Showing ${ROW_LIMIT} of ${plural(rows.length, 'claim')}; narrow the filters to see the rest.`
    : rows.length ? plural(rows.length, 'claim') : 'No attributions in this view.';
}

function refButton(ref: NodeRef, selected: string | null, select: (key: string) => void): HTMLElement {
  return el('button', {
    class: ref.key === selected ? 'cell-link selected' : 'cell-link',
    text: ref.label,
    attrs: { type: 'button', 'data-key': ref.key },
    on: { click: () => select(ref.key) },
  });
}

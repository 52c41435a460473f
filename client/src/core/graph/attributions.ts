import type { ReportGraph } from './graph-data.js';

export interface NodeRef {
  key: string;
  label: string;
}

/** One line of the list view: a visible claim with who reported it, on whose word, about whom. */
export interface AttributionRow {
  claim: NodeRef;
  outlets: NodeRef[];
  speakers: NodeRef[];
  actors: NodeRef[];
}

export function visibleAttributions(graph: ReportGraph, visible: Set<string> | null): AttributionRow[] {
  const rows: AttributionRow[] = [];
  const shown = (key: string) => !visible || visible.has(key);
  const ref = (key: string): NodeRef => ({ key, label: graph.getNodeAttribute(key, 'label') || key });
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== 'claim' || !shown(key)) return;
    const outlets = new Set<string>();
    const speakers = new Set<string>();
    const actors = new Set<string>();
    graph.forEachInEdge(key, (_edge, edgeAttrs, source) => {
      if (!shown(source)) return;
      if (edgeAttrs.kind === 'reported') outlets.add(source);
      else if (edgeAttrs.kind === 'said') speakers.add(source);
    });
    graph.forEachOutEdge(key, (_edge, edgeAttrs, _source, target) => {
      if (edgeAttrs.kind === 'involves' && shown(target)) actors.add(target);
    });
    rows.push({
      claim: { key, label: attrs.text || attrs.label || key },
      outlets: [...outlets].map(ref),
      speakers: [...speakers].map(ref),
      actors: [...actors].map(ref),
    });
  });
  rows.sort((a, b) => (a.outlets[0]?.label ?? '\uffff').localeCompare(b.outlets[0]?.label ?? '\uffff') || a.claim.label.localeCompare(b.claim.label));
  return rows;
}

function csvCell(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The list view as CSV (what the CSV export holds when the server has no CSV route). */
export function attributionsCsv(rows: AttributionRow[]): string {
  const lines = [['outlet', 'speaker', 'claim', 'actors'].join(',')];
  for (const row of rows) {
    const names = (refs: NodeRef[]) => refs.map((r) => r.label).join('; ');
    lines.push([names(row.outlets), names(row.speakers), row.claim.label, names(row.actors)].map(csvCell).join(','));
  }
  return lines.join('\n') + '\n';
}

/** The sorted, distinct days on which visible claims were first reported. */
export function claimDates(graph: ReportGraph): string[] {
  const days = new Set<string>();
  graph.forEachNode((_key, attrs) => {
    if (attrs.kind === 'claim' && attrs.firstReported) days.add(attrs.firstReported.slice(0, 10));
  });
  return [...days].filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
}

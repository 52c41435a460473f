// CSV export of a view: one row per attribution (RFC 4180, CRLF line ends).
import type { AttributionGraph, Evidence } from './model-types.js';
import type { GraphModel } from './model.js';

const HEADER = ['claim_key', 'outlet', 'speaker', 'cue', 'claim', 'actors', 'article_ids', 'first_reported'];

/**
 * With the model, each row is one attribution (outlet, speaker, cue) of a claim in
 * the view, its supporting articles joined by spaces. Without it, rows come from
 * the graph alone: one per outlet that reported the claim, no cue.
 * In a view chosen by outlet, only those outlets' attributions are listed.
 */
export function toCsv(graph: AttributionGraph, model?: GraphModel): string {
  const rows: string[][] = [HEADER];
  const outletKeys = graph.getAttribute('outletKeys') as string[] | undefined;
  const outletLabels = outletKeys ? new Set(outletKeys.map((k) => labelOf(graph, k, model))) : undefined;

  graph.forEachNode((claim, attrs) => {
    if (attrs.kind !== 'claim') return;
    const actors: string[] = [];
    const speakers: string[] = [];
    const outlets: string[] = [];
    const articles: string[] = [];
    graph.forEachOutNeighbor(claim, (_n, n) => {
      if (n.kind === 'actor') actors.push(n.label);
    });
    graph.forEachInNeighbor(claim, (key, n) => {
      if (n.kind === 'outlet') outlets.push(n.label);
      else if (n.kind === 'source' || n.kind === 'actor') speakers.push(n.label);
      else if (n.kind === 'article') articles.push(key.slice('article:'.length));
    });
    const common = { claim: attrs.text ?? attrs.label, actors: actors.join('; '), first: attrs.firstReported ?? '' };

    if (model) {
      const groups = new Map<string, { e: Evidence; ids: string[] }>();
      for (const e of model.evidence(claim)) {
        if (outletLabels && !(e.outlet && outletLabels.has(e.outlet))) continue;
        const id = JSON.stringify([e.outlet, e.speaker, e.cue]);
        const group = groups.get(id);
        if (group) {
          if (!group.ids.includes(e.articleId)) group.ids.push(e.articleId);
        } else groups.set(id, { e, ids: [e.articleId] });
      }
      for (const { e, ids } of groups.values()) {
        rows.push([claim, e.outlet ?? '', e.speaker ?? '', e.cue, e.claim, common.actors, ids.join(' '), common.first]);
      }
    } else {
      for (const outlet of outlets.length ? outlets : ['']) {
        rows.push([claim, outlet, speakers.join('; '), '', common.claim, common.actors, articles.join(' '), common.first]);
      }
    }
  });
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function labelOf(graph: AttributionGraph, key: string, model?: GraphModel): string {
  if (graph.hasNode(key)) return graph.getNodeAttribute(key, 'label');
  if (model?.graph.hasNode(key)) return model.graph.getNodeAttribute(key, 'label');
  return key;
}

/** One CSV cell: formula-looking text is neutralised, then quoted when it must be. */
export function csvCell(value: string): string {
  let text = value;
  // a spreadsheet would run "=…", "+…", "-…", "@…" (and tab/CR-led) cells as formulas
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

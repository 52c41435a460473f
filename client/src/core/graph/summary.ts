import type { SerializedGraph } from '../../api/types.js';

/**
 * The outlet → actor summary of a view too large to draw: one edge per outlet and actor, weighted by the
 * number of claims the outlet reported about the actor. Built from the served data, without drawing it.
 */
export function outletActorSummary(view: SerializedGraph): SerializedGraph {
  const nodes = new Map(view.nodes.map((n) => [n.key, n.attributes]));
  const reportedBy = new Map<string, string[]>();
  const involves = new Map<string, string[]>();
  for (const edge of view.edges) {
    const kind = edge.attributes.kind;
    if (kind === 'reported') push(reportedBy, edge.target, edge.source);
    else if (kind === 'involves') push(involves, edge.source, edge.target);
  }
  const weights = new Map<string, number>();
  for (const [claim, outlets] of reportedBy) {
    for (const actor of involves.get(claim) ?? []) {
      for (const outlet of outlets) {
        const key = `${outlet}\u0000${actor}`;
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
    }
  }
  const used = new Set<string>();
  const edges: SerializedGraph['edges'] = [];
  for (const [pair, weight] of weights) {
    const [outlet, actor] = pair.split('\u0000');
    used.add(outlet);
    used.add(actor);
    const color = nodes.get(outlet)?.color ?? 'rgb(150,150,150)';
    edges.push({ key: `summary:${outlet}->${actor}`, source: outlet, target: actor, attributes: { kind: 'involves', weight, size: Math.min(8, 0.6 + Math.sqrt(weight)), color, label: `${weight} claim${weight === 1 ? '' : 's'}` } });
  }
  return {
    options: view.options,
    nodes: [...used].map((key) => ({ key, attributes: nodes.get(key)! })),
    edges,
  };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

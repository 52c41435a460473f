// A generated attribution graph in /api/graph's serialised form, for the benchmark and for
// developing the page without a database. Deterministic for a given seed.
import type { EdgeAttributes, EdgeKind, NodeAttributes, NodeKind } from '../../../server/graph/types.js';

export interface SerializedGraph {
  attributes: Record<string, unknown>;
  options: { type: 'directed'; multi: true; allowSelfLoops: true };
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttributes }[];
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hsl(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return `rgb(${f(0)},${f(8)},${f(4)})`;
}

const EDGE_COLOR: Record<EdgeKind, string> = {
  reported: 'rgb(160,170,190)', cites: 'rgb(190,170,220)', said: 'rgb(170,200,190)', involves: 'rgb(200,200,205)',
  contains: 'rgb(220,220,220)', confirms: 'rgb(80,170,110)', contradicts: 'rgb(220,90,80)',
};

/** About `nodeCount` nodes and `edgeCount` edges: outlets, their sources, actors and claims between them. */
export function generateGraph(nodeCount: number, edgeCount: number, seed = 7): SerializedGraph {
  const random = rng(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const nodes: SerializedGraph['nodes'] = [];
  const edges: SerializedGraph['edges'] = [];
  const outletCount = Math.max(3, Math.round(nodeCount * 0.01));
  const sourceCount = Math.round(nodeCount * 0.04);
  const actorCount = Math.round(nodeCount * 0.15);
  const claimCount = nodeCount - outletCount - sourceCount - actorCount;
  const add = (key: string, kind: NodeKind, label: string, x: number, y: number, color: string, extra: Partial<NodeAttributes> = {}) => {
    nodes.push({ key, attributes: { kind, label, x, y, size: 3, color, ...extra } });
  };
  const outlets: { key: string; x: number; y: number; color: string }[] = [];
  for (let i = 0; i < outletCount; i++) {
    const angle = (i / outletCount) * Math.PI * 2;
    const o = { key: `outlet:o${i}`, x: Math.cos(angle) * 1000, y: Math.sin(angle) * 1000, color: hsl((i * 137.5) % 360, 0.65, 0.48) };
    outlets.push(o);
    add(o.key, 'outlet', `Outlet ${i}`, o.x, o.y, o.color, { aliases: [], claimCount: 0 });
  }
  const sources: string[] = [];
  const sourceOutlet = new Map<string, (typeof outlets)[number]>();
  for (let i = 0; i < sourceCount; i++) {
    const o = pick(outlets);
    const key = `source:${o.key.slice(7)}:s${i}`;
    sources.push(key);
    sourceOutlet.set(key, o);
    add(key, 'source', `sources ${i}`, o.x + (random() - 0.5) * 300, o.y + (random() - 0.5) * 300, 'rgb(150,130,200)', { outlet: o.key });
  }
  const actors: string[] = [];
  for (let i = 0; i < actorCount; i++) {
    actors.push(`actor:a${i}`);
    add(`actor:a${i}`, 'actor', `Actor ${i}`, (random() - 0.5) * 1400, (random() - 0.5) * 1400, 'rgb(40,150,110)', { actorKind: pick(['person', 'organization', 'place'] as const) });
  }
  const perClaim = (edgeCount - sourceCount) / Math.max(1, claimCount);
  let edgeId = 0;
  const seen = new Set<string>();
  const edge = (source: string, target: string, kind: EdgeKind) => {
    // one edge per kind and ends, as on the server (its edge keys are `${kind}:${source}->${target}`)
    const id = `${kind}:${source}->${target}`;
    if (seen.has(id)) return;
    seen.add(id);
    edges.push({ key: `e${edgeId++}`, source, target, attributes: { kind, size: 1, color: EDGE_COLOR[kind], weight: 1 } });
  };
  for (const s of sources) edge(sourceOutlet.get(s)!.key, s, 'cites');
  for (let i = 0; i < claimCount; i++) {
    const o = pick(outlets);
    const key = `claim:c${i}`;
    const day = 1 + Math.floor(random() * 28);
    add(key, 'claim', `Claim ${i}`, o.x * 0.6 + (random() - 0.5) * 700, o.y * 0.6 + (random() - 0.5) * 700, 'rgb(90,110,150)', {
      text: `Generated claim number ${i}.`, firstReported: `2024-02-${String(day).padStart(2, '0')}`, evidenceCount: 1,
    });
    edge(o.key, key, 'reported');
    let budget = perClaim - 1;
    const speaker = random() < 0.5 ? pick(sources) : pick(actors);
    edge(speaker, key, 'said');
    budget -= 1;
    while (budget >= 1 || random() < budget) {
      edge(key, pick(actors), 'involves');
      budget -= 1;
      if (budget < 0) break;
    }
  }
  return { attributes: {}, options: { type: 'directed', multi: true, allowSelfLoops: true }, nodes, edges };
}

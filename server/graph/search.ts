// Ranked search over node labels and aliases.
import type { NodeKind } from './types.js';
import type { AttributionGraph } from './model-types.js';
import { foldText } from './slug.js';

export interface SearchHit {
  key: string;
  label: string;
  kind: NodeKind;
  score: number;
}

const EXACT = 4;
const PREFIX = 3;
const WORD_PREFIX = 2;
const SUBSTRING = 1;

interface Folded {
  label: string;
  aliases: string[] | undefined;
  names: string[];
}
const foldCache = new WeakMap<AttributionGraph, Map<string, Folded>>();

/**
 * Nodes whose label or an alias matches q: exact > prefix > word prefix > substring,
 * bigger nodes first on equal scores. Article nodes (hidden in views) are not searched.
 */
export function searchNodes(graph: AttributionGraph, q: string, limit = 20): SearchHit[] {
  const needle = foldText(q.trim()).replace(/\s+/g, ' ');
  if (!needle) return [];
  let cache = foldCache.get(graph);
  if (!cache) foldCache.set(graph, (cache = new Map()));
  const hits: (SearchHit & { size: number })[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === 'article') return;
    let folded = cache!.get(key);
    if (!folded || folded.label !== attrs.label || folded.aliases !== attrs.aliases) {
      folded = {
        label: attrs.label,
        aliases: attrs.aliases,
        names: [attrs.label, ...(attrs.aliases ?? [])].map((n) => foldText(n).replace(/\s+/g, ' ')),
      };
      cache!.set(key, folded);
    }
    let score = 0;
    for (const name of folded.names) {
      score = Math.max(score, matchScore(name, needle));
      if (score === EXACT) break;
    }
    if (score > 0) hits.push({ key, label: attrs.label, kind: attrs.kind, score, size: attrs.size });
  });
  hits.sort((a, b) => b.score - a.score || b.size - a.size || a.label.localeCompare(b.label) || (a.key < b.key ? -1 : 1));
  return hits.slice(0, Math.max(0, limit)).map(({ key, label, kind, score }) => ({ key, label, kind, score }));
}

function matchScore(name: string, needle: string): number {
  if (name === needle) return EXACT;
  if (name.startsWith(needle)) return PREFIX;
  let at = name.indexOf(needle);
  if (at < 0) return 0;
  while (at >= 0) {
    if (!/[\p{L}\p{N}]/u.test(name[at - 1]!)) return WORD_PREFIX;
    at = name.indexOf(needle, at + 1);
  }
  return SUBSTRING;
}

// Links between the attributions of one article found from their content: a denial or
// confirmation whose claim repeats an earlier record's claim, and one record's claim that
// contains another's reporting clause ("Ravid explains that officials claim C" -> cites).
import type { Attribution, Relation } from './types.js';

const overlap = (a: Attribution, b: Attribution) =>
  Math.max(0, Math.min(a.claimEnd, b.claimEnd) - Math.max(a.claimStart, b.claimStart));

/** Relations implied by claim spans; `existing` avoids duplicates. */
export function relationsOf(records: Attribution[], lemmas: string[], existing: Relation[]): Relation[] {
  const out: Relation[] = [];
  const pairs = new Set<string>();
  for (const r of existing) pairs.add(`${r.from}:${r.to}`);
  const has = (from: number, to: number) => pairs.has(`${from}:${to}`);
  const push = (r: Relation) => { out.push(r); pairs.add(`${r.from}:${r.to}`); };
  // only records close to each other can be related: bound the work on huge inputs
  const WINDOW = 12;
  records.forEach((r, i) => {
    const lemma = lemmas[i];
    if (lemma === 'deny' || lemma === 'dispute' || lemma === 'reject' || lemma === 'dismiss' || lemma === 'confirm') {
      for (let j = i - 1; j >= Math.max(0, i - WINDOW); j--) {
        const o = records[j] as Attribution;
        const ov = overlap(r, o);
        if (ov > 0 && ov >= 0.5 * (r.claimEnd - r.claimStart) && !has(i, j) && !has(j, i)) {
          push({ from: i, to: j, type: lemma === 'confirm' ? 'confirms' : 'contradicts' });
          break;
        }
      }
    }
    // r's claim holds o's whole reporting sentence part: r cites o
    for (let j = Math.max(0, i - WINDOW); j < Math.min(records.length, i + WINDOW); j++) {
      const o = records[j] as Attribution;
      if (i === j) continue;
      const inside = o.claimStart >= r.claimStart && o.claimEnd <= r.claimEnd && o.sentenceStart <= r.claimStart && (o.claimEnd - o.claimStart) < (r.claimEnd - r.claimStart);
      if (inside && !has(i, j) && !has(j, i)) push({ from: i, to: j, type: 'cites' });
    }
  });
  return out;
}

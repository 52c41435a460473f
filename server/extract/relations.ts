// Links between the attributions of one article found from their content: a denial or
// confirmation whose claim repeats an earlier record's claim, and one record's claim that
// contains another's reporting clause ("Ravid explains that officials claim C" -> cites).
import type { Attribution, Relation } from './types.js';

const overlap = (a: Attribution, b: Attribution) =>
  Math.max(0, Math.min(a.claimEnd, b.claimEnd) - Math.max(a.claimStart, b.claimStart));

/** Relations implied by claim spans; `existing` avoids duplicates. */
export function relationsOf(records: Attribution[], lemmas: string[], existing: Relation[]): Relation[] {
  const found = new RelationSet(existing);
  // only records close to each other can be related: bound the work on huge inputs
  const WINDOW = 12;
  records.forEach((r, i) => {
    const lemma = lemmas[i];
    if (lemma === 'deny' || lemma === 'dispute' || lemma === 'reject' || lemma === 'dismiss' || lemma === 'confirm') {
      for (let j = i - 1; j >= Math.max(0, i - WINDOW); j--) {
        const o = records[j] as Attribution;
        const ov = overlap(r, o);
        if (ov > 0 && ov >= 0.5 * (r.claimEnd - r.claimStart) && !found.has(i, j) && !found.has(j, i)) {
          found.push({ from: i, to: j, type: lemma === 'confirm' ? 'confirms' : 'contradicts' });
          break;
        }
      }
    }
    // r's claim holds o's whole reporting sentence part: r cites o
    for (let j = Math.max(0, i - WINDOW); j < Math.min(records.length, i + WINDOW); j++) {
      const o = records[j] as Attribution;
      if (i === j) continue;
      const inside = o.claimStart >= r.claimStart && o.claimEnd <= r.claimEnd && o.sentenceStart <= r.claimStart && (o.claimEnd - o.claimStart) < (r.claimEnd - r.claimStart);
      if (inside && !found.has(i, j) && !found.has(j, i)) found.push({ from: i, to: j, type: 'cites' });
    }
  });
  return found.out;
}

/** The relations found so far, and the ordered pairs of records they and the existing ones link. */
class RelationSet {
  readonly out: Relation[] = [];
  private readonly pairs = new Set<string>();

  constructor(existing: Relation[]) {
    for (const r of existing) this.pairs.add(`${r.from}:${r.to}`);
  }

  has(from: number, to: number): boolean {
    return this.pairs.has(`${from}:${to}`);
  }

  push(r: Relation): void {
    this.out.push(r);
    this.pairs.add(`${r.from}:${r.to}`);
  }
}

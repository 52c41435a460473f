// Links between the attributions of one article found from their content: a denial or
// confirmation whose claim repeats an earlier record's claim, and one record's claim that
// contains another's reporting clause ("Ravid explains that officials claim C" -> cites).
import type { Attribution, Relation } from './types.js';

const overlap = (a: Attribution, b: Attribution) =>
  Math.max(0, Math.min(a.claimEnd, b.claimEnd) - Math.max(a.claimStart, b.claimStart));

/** Relations implied by claim spans; `existing` avoids duplicates. */
export function relationsOf(records: Attribution[], lemmas: string[], existing: Relation[]): Relation[] {
  const out: Relation[] = [];
  const has = (from: number, to: number) => existing.some((r) => r.from === from && r.to === to) || out.some((r) => r.from === from && r.to === to);
  records.forEach((r, i) => {
    const lemma = lemmas[i];
    if (lemma === 'deny' || lemma === 'dispute' || lemma === 'reject' || lemma === 'dismiss' || lemma === 'confirm') {
      for (let j = i - 1; j >= 0; j--) {
        const o = records[j] as Attribution;
        const ov = overlap(r, o);
        if (ov > 0 && ov >= 0.5 * (r.claimEnd - r.claimStart) && !has(i, j) && !has(j, i)) {
          out.push({ from: i, to: j, type: lemma === 'confirm' ? 'confirms' : 'contradicts' });
          break;
        }
      }
    }
    // r's claim holds o's whole reporting sentence part: r cites o
    records.forEach((o, j) => {
      if (i === j) return;
      const inside = o.claimStart >= r.claimStart && o.claimEnd <= r.claimEnd && o.sentenceStart <= r.claimStart && (o.claimEnd - o.claimStart) < (r.claimEnd - r.claimStart);
      if (inside && !has(i, j) && !has(j, i)) out.push({ from: i, to: j, type: 'cites' });
    });
  });
  return out;
}

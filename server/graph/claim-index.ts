// Near-duplicate detection for claim texts: the same claim reported by several
// outlets or articles must become one claim node.
//
// A claim is normalised (case, accents, punctuation, contractions, number words),
// turned into word shingles (unigrams and bigrams with start/end markers, so word
// order matters) and compared by Jaccard similarity. Candidates are found with
// MinHash + LSH so that matching stays near O(1) per claim at 100k articles.
// Two claims only merge when they also agree on their "guard": negations, numbers
// and capitalised names, which Jaccard alone weighs too lightly
// ("Israel will send envoys" vs "Egypt will send envoys", "will" vs "will not").

import { fnv1a32, hash64hex } from './hash.js';
import { foldText } from './slug.js';

/** Jaccard similarity at or above which two claims with the same guard are one claim. */
export const MERGE_THRESHOLD = 0.7;

const BANDS = 8;
const ROWS = 2;
const PERMUTATIONS = BANDS * ROWS;
/**
 * Candidates compared per LSH bucket, newest first. Template-like claims ("officials
 * said the talks would resume in X") fill a few buckets with thousands of claims;
 * comparing against all of them made each new claim cost O(claims so far).
 */
const MAX_BUCKET_SCAN = 64;

const STOPWORDS = new Set(
  'a an the that this these those of to in on at for by with from and or is are was were be been being has have had it its as than then there their they'.split(
    ' ',
  ),
);
const NEGATIONS = new Set(['not', 'no', 'never', 'nobody', 'nothing', 'none', 'neither', 'nor', 'without']);
const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  ten: '10', eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16',
  seventeen: '17', eighteen: '18', nineteen: '19', twenty: '20', hundred: '100', thousand: '1000',
  million: '1000000', billion: '1000000000', dozen: '12',
};

// odd multipliers and offsets of the MinHash permutations h_i(x) = a_i * x + b_i (mod 2^32)
const PERM_A = new Uint32Array(PERMUTATIONS);
const PERM_B = new Uint32Array(PERMUTATIONS);
for (let i = 0; i < PERMUTATIONS; i++) {
  PERM_A[i] = (fnv1a32('a' + i) | 1) >>> 0;
  PERM_B[i] = fnv1a32('b' + i);
}

export interface ClaimFeatures {
  /** the claim's words, normalised, joined by single spaces: equal texts are the same claim */
  canonical: string;
  /** negations, numbers and names that must agree for two claims to merge */
  guard: string;
  /** sorted unique shingle hashes */
  shingles: Uint32Array;
}

/** Splits a claim into normalised tokens, keeping whether each was capitalised in the text. */
function tokenize(text: string): { token: string; capitalised: boolean }[] {
  // NFKC and accent folding only matter outside ASCII; most claims skip them
  const ascii = !/[^\x00-\x7f]/.test(text);
  const prepared = (ascii ? text : text.normalize('NFKC'))
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/n't\b/gi, ' not')
    .replace(/\bcannot\b/gi, 'can not')
    .replace(/'s\b/gi, '');
  const out: { token: string; capitalised: boolean }[] = [];
  for (const match of prepared.matchAll(/[\p{L}\p{N}]+(?:[.,][\p{N}]+)*/gu)) {
    const raw = match[0];
    let token = ascii ? raw.toLowerCase() : foldText(raw);
    if (/^\d+,\d{3}(,\d{3})*$/.test(token)) token = token.replace(/,/g, '');
    token = NUMBER_WORDS[token] ?? token;
    const first = raw.charCodeAt(0);
    const capitalised = first < 128 ? first >= 65 && first <= 90 : /^\p{Lu}/u.test(raw);
    out.push({ token, capitalised });
  }
  return out;
}

export function claimFeatures(text: string): ClaimFeatures {
  let tokens = tokenize(text);
  if (tokens.length > 1 && tokens[0]!.token === 'that') tokens = tokens.slice(1);
  const canonical = tokens.map((t) => t.token).join(' ');

  // the first word that is not a stopword may be capitalised only because it starts
  // the sentence ("The Russian army…" / "Russian army…"): Jaccard alone judges it
  const firstContent = tokens.findIndex((t) => !STOPWORDS.has(t.token));
  const guardParts: string[] = [];
  tokens.forEach((t, i) => {
    if (NEGATIONS.has(t.token) || /^\d/.test(t.token)) guardParts.push(t.token);
    else if (i !== firstContent && t.capitalised && !STOPWORDS.has(t.token)) guardParts.push(t.token);
  });
  guardParts.sort();

  let content = tokens.map((t) => t.token).filter((t) => !STOPWORDS.has(t));
  if (content.length === 0) content = tokens.map((t) => t.token);
  const hashes = new Set<number>();
  for (let i = 0; i < content.length; i++) {
    hashes.add(fnv1a32('u ' + content[i]));
    hashes.add(fnv1a32((i === 0 ? '^' : content[i - 1]) + ' ' + content[i]));
  }
  if (content.length > 0) hashes.add(fnv1a32(content[content.length - 1] + ' $'));
  const shingles = Uint32Array.from(hashes).sort();
  return { canonical, guard: guardParts.join(' '), shingles };
}

/** Jaccard similarity of two sorted unique hash arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

function minhash(shingles: Uint32Array): Uint32Array {
  const sig = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s]!;
    for (let i = 0; i < PERMUTATIONS; i++) {
      const h = (Math.imul(PERM_A[i]!, x) + PERM_B[i]!) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

function bandKeys(guard: string, sig: Uint32Array): number[] {
  const g = fnv1a32(guard);
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = Math.imul(g ^ band, 0x01000193) >>> 0;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[band * ROWS + r]!, 0x01000193) >>> 0;
    // the band number goes into the key so equal values in different bands do not collide
    keys.push(h * BANDS + band);
  }
  return keys;
}

interface Entry {
  key: string;
  features: ClaimFeatures;
  alive: boolean;
}

/** Maps claim texts to claim node keys, merging near-duplicates. */
export class ClaimIndex {
  private readonly entries: Entry[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly exact = new Map<string, number>();
  /** LSH band -> claim id, or ids when several share it (most buckets hold one claim) */
  private readonly buckets = new Map<number, number | number[]>();
  /**
   * Raw claim text -> id of the claim whose canonical text it has. Skips tokenising a
   * text seen before; only exact matches are remembered, so the answer is the one
   * the exact-text map would give (a live claim keeps its canonical text).
   */
  private readonly exactByRaw = new Map<string, number>();

  /** The key of the existing claim this text is (nearly) the same as, if any. */
  find(text: string): string | undefined {
    return this.findFeatures(claimFeatures(text));
  }

  findFeatures(features: ClaimFeatures, bucketKeys = bandKeys(features.guard, minhash(features.shingles))): string | undefined {
    const exact = this.exact.get(features.canonical);
    if (exact !== undefined && this.entries[exact]!.alive) return this.entries[exact]!.key;
    let bestId = -1;
    let bestScore = MERGE_THRESHOLD;
    const seen = new Set<number>();
    for (const bucketKey of bucketKeys) {
      const bucket = this.buckets.get(bucketKey);
      if (bucket === undefined) continue;
      const ids = typeof bucket === 'number' ? [bucket] : bucket;
      for (let at = ids.length - 1; at >= 0 && at >= ids.length - MAX_BUCKET_SCAN; at--) {
        const id = ids[at]!;
        if (seen.has(id)) continue;
        seen.add(id);
        const entry = this.entries[id]!;
        if (!entry.alive || entry.features.guard !== features.guard) continue;
        const score = jaccard(entry.features.shingles, features.shingles);
        // ties go to the older claim, so the result does not depend on bucket order
        if (score > bestScore || (score === bestScore && (bestId < 0 || id < bestId))) {
          bestId = id;
          bestScore = score;
        }
      }
    }
    return bestId >= 0 ? this.entries[bestId]!.key : undefined;
  }

  /** Returns the key of the claim `text` belongs to, creating one when there is none. */
  resolve(text: string, isKeyTaken: (key: string) => boolean): { key: string; created: boolean } {
    const known = this.exactByRaw.get(text);
    if (known !== undefined) {
      const entry = this.entries[known]!;
      if (entry.alive) return { key: entry.key, created: false };
      this.exactByRaw.delete(text);
    }
    const features = claimFeatures(text);
    const exact = this.exact.get(features.canonical);
    if (exact !== undefined && this.entries[exact]!.alive) {
      this.exactByRaw.set(text, exact);
      return { key: this.entries[exact]!.key, created: false };
    }
    const bucketKeys = bandKeys(features.guard, minhash(features.shingles));
    const found = this.findFeatures(features, bucketKeys);
    if (found) return { key: found, created: false };
    const base = 'claim:' + hash64hex(features.canonical);
    let key = base;
    for (let n = 2; this.byKey.has(key) || isKeyTaken(key); n++) key = `${base}-${n}`;
    this.exactByRaw.set(text, this.add(key, features, bucketKeys));
    return { key, created: true };
  }

  private add(key: string, features: ClaimFeatures, bucketKeys: number[]): number {
    const id = this.entries.length;
    this.entries.push({ key, features, alive: true });
    this.byKey.set(key, id);
    this.exact.set(features.canonical, id);
    for (const bucketKey of bucketKeys) {
      const bucket = this.buckets.get(bucketKey);
      if (bucket === undefined) this.buckets.set(bucketKey, id);
      else if (typeof bucket === 'number') this.buckets.set(bucketKey, [bucket, id]);
      else bucket.push(id);
    }
    return id;
  }

  /** Forgets a claim (its node was removed); a later equal text makes a fresh claim. */
  remove(key: string): void {
    const id = this.byKey.get(key);
    if (id === undefined) return;
    const entry = this.entries[id]!;
    entry.alive = false;
    this.byKey.delete(key);
    if (this.exact.get(entry.features.canonical) === id) this.exact.delete(entry.features.canonical);
    for (const bucketKey of bandKeys(entry.features.guard, minhash(entry.features.shingles))) {
      const bucket = this.buckets.get(bucketKey);
      if (bucket === id) this.buckets.delete(bucketKey);
      else if (Array.isArray(bucket)) {
        const at = bucket.indexOf(id);
        if (at >= 0) bucket.splice(at, 1);
        if (bucket.length === 1) this.buckets.set(bucketKey, bucket[0]!);
      }
    }
  }
}

// SQLite keeps UTF-8: a lone UTF-16 surrogate would come back as three U+FFFD and shift
// every offset after it. Replacing each lone surrogate with one U+FFFD keeps offsets intact.
const LONE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const HAS_LONE = new RegExp(LONE);
const ALL_LONE = new RegExp(LONE, 'g');

export function wellFormed(s: string): string {
  return HAS_LONE.test(s) ? s.replace(ALL_LONE, '\uFFFD') : s;
}

import { hash64hex } from './hash.js';

/**
 * A stable key part for a name: lower case, diacritics removed, runs of anything
 * that is not a letter or digit turned into one '-'. Letters of any script are
 * kept, so "Аль-Джазира" stays readable; a name with no letters at all gets a hash.
 */
export function slugify(name: string): string {
  const slug = (/[^\x00-\x7f]/.test(name) ? name.normalize('NFKD').replace(/\p{M}+/gu, '') : name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x' + hash64hex(name).slice(0, 8);
}

/** Case- and accent-insensitive form used to compare names and search text. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

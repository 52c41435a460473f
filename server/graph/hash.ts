// Small, dependency-free string hashes (FNV-1a over UTF-16 code units).
// Dependency-free on purpose: colors.ts, which the client imports, uses them.

/** 32-bit FNV-1a of a string, as an unsigned integer. */
export function fnv1a32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 64-bit hash as 16 hex digits (two independent 32-bit FNV-1a runs). */
export function hash64hex(text: string): string {
  const a = fnv1a32(text);
  const b = fnv1a32(text, 0x6a09e667);
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** A deterministic number in [0, 1) derived from a string. */
export function unitHash(text: string, salt = 0): number {
  return fnv1a32(text, (0x811c9dc5 ^ Math.imul(salt + 1, 0x9e3779b1)) >>> 0) / 0x100000000;
}

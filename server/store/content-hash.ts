import { createHash } from 'node:crypto';
import { wellFormed } from './well-formed.js';

/**
 * The text an article is recognised by: Unicode NFC, whitespace runs collapsed to one
 * space, trimmed — so a re-wrapped or CRLF copy of the same article is the same article.
 */
export function normaliseForHash(text: string): string {
  return wellFormed(text).normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** sha256 (hex) of the normalised text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
}

// "the publication titled Patrika", "a local newspaper called the Cork Echo", "a website named Pink Villa":
// a media noun that introduces its medium by name. The name is the outlet (the gazetteer's form when it knows it).
import { lookupOutlet } from './lexicon/outlets.js';

const MEDIUM_CALLED = /^(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:publication|newspaper|paper|daily|weekly|tabloid|magazine|website|news\s+(?:site|website|portal|outlet|channel|agency)|site|portal|outlet|blog|channel|network|broadcaster|station|agency)\s+(?:titled|entitled|called|named|known\s+as)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’-]*|of|de|du|del|la|le|al|el)){0,4})$/u;

/** The medium a "media noun called Name" phrase names, or null. */
export function mediumCalled(np: string): { outlet: string; name: string } | null {
  // (only phrases holding one of the naming words are tried)
  if (!np.includes(' called ') && !np.includes('titled ') && !np.includes(' named ') && !np.includes(' known as ')) return null;
  const m = MEDIUM_CALLED.exec(np);
  if (!m) return null;
  const name = m[1] as string;
  const bare = name.replace(/^the\s+/i, '');
  return { outlet: lookupOutlet(bare)?.canonical ?? bare, name };
}

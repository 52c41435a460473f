// "Kommersant-FM", "Bild-TV": a print or online medium's name with a broadcast suffix joined by a
// hyphen names that medium's station, another medium than the paper. ("WRAL-TV" is the station
// the gazetteer already knows as WRAL: a broadcaster's suffix changes nothing.)
import type { OutletMention } from './lexicon/outlets.js';

const BROADCAST_SUFFIX = /^-(?:FM|AM|TV|Radio)(?![\p{L}\p{N}])/u;

/** The mention with its broadcast suffix, as a medium of its own, or the mention as it was. */
export function withBroadcastSuffix(text: string, m: OutletMention): OutletMention {
  if (text.charCodeAt(m.end) !== 45 || m.entry.kind === 'broadcaster') return m;
  const suffix = BROADCAST_SUFFIX.exec(text.slice(m.end, m.end + 7));
  if (!suffix) return m;
  const end = m.end + suffix[0].length;
  const name = text.slice(m.start, end).replace(/^the\s+/i, '');
  return { start: m.start, end, mention: text.slice(m.start, end), entry: { canonical: name, aliases: [], kind: 'broadcaster', country: m.entry.country } };
}

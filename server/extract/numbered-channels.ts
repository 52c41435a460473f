// "Channels 12 and 13 reported", "Israel's Channels 11, 12 and 13": numbered channels named together with
// one plural noun. Each number is the channel of that number the gazetteer lists, as its own mention, so
// the coordination reads as one record per channel.
import { lookupOutlet, type OutletMention } from './lexicon/outlets.js';

const NUMBERED_CHANNELS = /\b[Cc]hannels[ \t]+(\d{1,2})((?:[ \t]*,[ \t]*\d{1,2})*)[ \t]*,?[ \t]+(?:and|&)[ \t]+(\d{1,2})(?![\p{L}\p{N}])/gu;

/** The mentions of the channels each "Channels N and M" names (in text order). */
export function numberedChannelMentions(text: string): OutletMention[] {
  if (!text.includes('hannels')) return [];
  const out: OutletMention[] = [];
  for (const m of text.matchAll(NUMBERED_CHANNELS)) {
    const numbers: { n: string; start: number }[] = [];
    const re = /\d{1,2}/g;
    let d: RegExpExecArray | null;
    while ((d = re.exec(m[0]))) numbers.push({ n: d[0], start: (m.index as number) + d.index });
    const entries = numbers.map((x) => lookupOutlet(`Channel ${x.n}`));
    // (only when the gazetteer lists every channel named: "channels 4 and 5" of an unlisted network stay unread)
    if (entries.some((e) => !e)) continue;
    numbers.forEach((x, i) => {
      // the first channel's mention takes the plural noun with it: "Channels 12"
      const start = i === 0 ? (m.index as number) : x.start;
      const end = x.start + x.n.length;
      out.push({ start, end, mention: text.slice(start, end), entry: entries[i]! });
    });
  }
  return out;
}

// "The Fars News agency reported": a medium read by its frame ("Fars News", an unfamiliar name before
// the media noun) whose whole mention, media noun included, is a listed spelling ("Fars News Agency")
// is that listed medium.
import { lookupOutlet } from './lexicon/outlets.js';

/** The listed medium the mention spells exactly, when the outlet read from it is not listed; else the outlet. */
export function listedSpelling(outlet: string, mention: string): string {
  if (mention.length <= outlet.length || lookupOutlet(outlet)) return outlet;
  const name = mention.replace(/^the\s+/i, '').toLowerCase();
  const entry = lookupOutlet(name);
  return entry && [entry.canonical, ...entry.aliases].some((a) => a.toLowerCase() === name) ? entry.canonical : outlet;
}

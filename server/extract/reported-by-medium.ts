// "His arrest was reported by the Guardian", "The new toll was reported Sunday by Xinhua", "The deal had been
// first reported on Friday by Le Monde and Der Spiegel": a passive report whose agent is a named medium. The
// medium reported what the subject names, so the subject noun phrase is the claim. Only a medium the gazetteer
// knows counts as the agent: "was reported by a neighbour to the police" is no attribution.
import { afterLeadingAdjuncts } from './leading-adjunct.js';
import type { Span } from './sentences.js';

/** A date or adverb between the participle and "by": "Sunday", "on Friday", "earlier this week", "first". */
const BEFORE_BY = /^(?:[ \t]+(?:(?:on|late|early|earlier|last|this|first|originally|initially|previously|widely)(?=[ \t])|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|overnight|week|month|night|morning)(?![\p{L}])))*[ \t]+by[ \t]+/u;
/** The agent phrase: up to a comma, a clause end or a trailing date. */
const AGENT = /^[^,;:.!?"“”()]{2,120}/u;
const AGENT_TAIL = /[ \t]+(?:on|last|this|earlier|late|early|in|at|to|after|before|as|citing|quoting|who|which|that)(?:[ \t].*)?$/u;

export interface ReportedByMedium {
  /** the agent phrase: the medium (or media) that reported */
  agent: Span;
  /** where the frame's words after the participle end */
  end: number;
}

/** After a passive "reported" ending at b: the medium agent, if the gazetteer names one at the phrase's start. */
export function reportedByMedium(text: string, b: number, s1: number, outletAt: (pos: number) => { start: number; end: number } | null): ReportedByMedium | null {
  // (cheap pre-check: the agent's preposition is near)
  const near = text.slice(b, Math.min(s1, b + 50));
  if (!near.includes('by ')) return null;
  const by = BEFORE_BY.exec(near);
  if (!by) return null;
  const st = b + by[0].length;
  const m = AGENT.exec(text.slice(st, Math.min(s1, st + 120)));
  if (!m) return null;
  let phrase = m[0].replace(AGENT_TAIL, '');
  phrase = phrase.replace(/[ \t]+$/, '');
  // the medium's name opens the phrase, after an article or a descriptor ("French daily Le Figaro")
  let named: { start: number; end: number } | null = null;
  for (let p = st; p < st + Math.min(phrase.length, 40) && !named; p++) {
    if (p > st && text[p - 1] !== ' ') continue;
    named = outletAt(p);
  }
  if (!named || phrase.length < 2) return null;
  const end = st + phrase.length;
  // ("by the Financial Times' Alphaville site": the medium that owns the section is the agent)
  const agentEnd = /^['’]s?[ \t]/u.test(text.slice(named.end, named.end + 3)) ? named.end : end;
  return { agent: { start: st, end: agentEnd }, end };
}

const COORDINATOR = /[ \t,](?:and|but|while|as|after|before|when|since|because)[ \t]+(?=\S)/gu;

/**
 * Where the passive's subject starts: after leading adverbials and after any earlier clause of the sentence.
 * Inside an earlier clause's content ("Reuters said the talks failed and their collapse was reported by the BBC")
 * the subject starts after the conjunction; with none there, null (the words are that clause's content).
 */
export function reportedSubjectStart(text: string, earlier: readonly { cueEnd: number; claim: Span | null }[], from: number, auxStart: number): number | null {
  let start = afterLeadingAdjuncts(text, from, auxStart);
  for (const c of earlier) {
    if (c.cueEnd > auxStart) continue;
    if (c.claim && c.claim.start < auxStart && c.claim.end > auxStart) {
      const region = text.slice(Math.max(start, c.claim.start), auxStart);
      let last = -1;
      COORDINATOR.lastIndex = 0;
      for (let m = COORDINATOR.exec(region); m; m = COORDINATOR.exec(region)) last = m.index + m[0].length;
      if (last < 0) return null;
      start = Math.max(start, c.claim.start) + last;
    } else start = Math.max(start, c.claim && c.claim.end <= auxStart ? c.claim.end : c.cueEnd);
  }
  return start;
}

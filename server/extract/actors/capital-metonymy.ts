// More ways a capital city stands for its state, beside the verbs scanner.ts knows ("Doha proposed"):
// a progressive or a past tense after it ("Ankara is monitoring", "Warsaw tightened"), a few verbs of
// choice ("Canberra chooses to"), its officials ("Nairobi officials"), the side of a relation between
// states ("daylight between Ankara and Athens") and its own acts after "of" ("of Ottawa's withdrawal").
// A capital that is only where something happens stays the city: "in Lisbon", "Warsaw was hit by a
// storm", "the road between Nairobi and Mombasa", "Canberra residents".
import type { Token } from '../lexicon/tokens.js';

/** Verbs of a state's choices and plans that scanner.ts's list lacks. */
const CHOICE_VERBS = new Set(['chooses', 'chose', 'prefers', 'preferred', 'considers', 'considered', 'intends', 'intended', 'continues', 'continued', 'decides', 'decided', 'expects', 'aims', 'tries', 'tried', 'remains', 'appears', 'seems']);
/** Past tenses in -ed that name what happens to a place, not what a state does. */
const PLACE_EVENTS = new Set(['flooded', 'shuddered', 'sweltered', 'shivered', 'trembled', 'rocked', 'glowed', 'celebrated', 'mourned', 'welcomed', 'hosted', 'based', 'bound']);
/** Nouns of relations between states, before "between A and B". */
const RELATION_BETWEEN = new Set(['talks', 'ties', 'relations', 'daylight', 'tensions', 'tension', 'rift', 'dispute', 'mediator', 'negotiations', 'rapprochement', 'gap', 'war', 'conflict', 'deal', 'agreement', 'rivalry', 'standoff', 'row', 'feud', 'dialogue', 'cooperation']);
const BE = new Set(['is', 'was', 'are', 'were']);

/** Is the capital at tokens[i..last) a state's government by one of these constructions? `isState` tells whether a token starts a state's or capital's name. */
export function capitalActsAsStateMore(text: string, tokens: Token[], i: number, last: number, isState: (k: number) => boolean): boolean {
  const before = i > 0 ? tokens[i - 1].key : '';
  // "of Ottawa's withdrawal": after "of" only (after "in", "from" ... it is where something is)
  if (before === 'of' && last + 1 < tokens.length && tokens[last].key === 's' && /^['’]$/.test(text.slice(tokens[last - 1].end, tokens[last].start))) {
    const noun = tokens[last + 1];
    return noun.text === noun.key && text.slice(tokens[last].end, noun.start) === ' ';
  }
  // "between Ankara and Athens", "a mediator between Moscow and Ukraine": either side
  if (before === 'between' || before === 'and') {
    const at = before === 'between' ? i - 1 : betweenBefore(tokens, i - 1);
    if (at > 0 && RELATION_BETWEEN.has(tokens[at - 1].key) || (at > 1 && tokens[at - 1].key === 'a' && RELATION_BETWEEN.has(tokens[at - 2].key))) {
      // (both sides states or capitals: "the road between Nairobi and Mombasa" is no relation)
      const other = before === 'between' ? otherSideAfter(tokens, last) : at + 1;
      return other >= 0 && isState(other);
    }
  }
  if (before && isLocative(before)) return false;
  if (last >= tokens.length) return false;
  const next = tokens[last];
  if (/[.!?;:,()"“”]/.test(text.slice(tokens[last - 1].end, next.start))) return false;
  if (next.key === 'officials' || next.key === 'policymakers') return true;
  if (CHOICE_VERBS.has(next.key)) return true;
  // "Ankara is monitoring", "Ottawa was preparing" (not "was quieter", "was hit")
  if (BE.has(next.key) && last + 1 < tokens.length) {
    const v = tokens[last + 1];
    return v.key.length > 5 && v.key.endsWith('ing') && v.text === v.key;
  }
  // "Warsaw tightened", "Pyongyang moved"
  return next.text === next.key && next.key.length > 4 && next.key.endsWith('ed') && !PLACE_EVENTS.has(next.key) && text.slice(tokens[last - 1].end, next.start) === ' ';
}

const LOCATIVES = new Set(['of', 'in', 'at', 'near', 'from', 'to', 'into', 'outside', 'across', 'around', 'towards', 'toward', 'via', 'over', 'between', 'and']);
function isLocative(key: string): boolean {
  return LOCATIVES.has(key);
}

/** Index of "between" one to four tokens before an "and" at `and`, or -1. */
function betweenBefore(tokens: Token[], and: number): number {
  for (let k = and - 1; k >= 0 && and - k <= 4; k--) if (tokens[k].key === 'between') return k;
  return -1;
}

/** Index of the first token after "and" that follows the first side ending at `last` ("Ankara and [the] Athens"), or -1. */
function otherSideAfter(tokens: Token[], last: number): number {
  if (last >= tokens.length || tokens[last].key !== 'and') return -1;
  const k = last + 1 < tokens.length && tokens[last + 1].key === 'the' ? last + 2 : last + 1;
  return k < tokens.length ? k : -1;
}

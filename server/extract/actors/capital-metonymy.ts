// When a capital city stands for its state ("Doha proposed", "Moscow's decision", "talks with Tokyo",
// "Ankara is monitoring", "Warsaw tightened", "daylight between Ankara and Athens", "of Ottawa's
// withdrawal") and when it stays the city ("in Lisbon", "Warsaw was hit by a storm", "the road between
// Nairobi and Mombasa", "Canberra residents").
import { plainGap, type Token } from '../lexicon/tokens.js';

/** Verbs (and auxiliaries) after which a capital city stands for its government: "Doha proposed". */
const STATE_VERBS = new Set(
  ('said says say told tells announced announces proposed proposes rejected rejects accepted accepts accused accuses warned warns ' +
    'denied denies insisted insists agreed agrees offered offers issued issues demanded demands called calls claimed claims ' +
    'threatened threatens responded responds refused refuses wants wanted has have had would will could may might should must ' +
    'hopes hoped sees saw believes believed blamed blames condemned condemns urged urges welcomed welcomes ' +
    'insists signalled signaled sought seeks plans planned imposed imposes sent sends expelled expels recalled recalls ' +
    'summoned summons launched launches retaliated vowed vows pledged pledges supports supported backs backed opposes opposed ' +
    'confirmed confirms dismissed dismisses criticised criticized slammed stated states reported reports did does need needs').split(' '),
);
/** Nouns of relations whose other party follows "with": "talks with Moscow". */
const RELATION_NOUNS = new Set(['talks', 'ties', 'relations', 'communication', 'communications', 'dialogue', 'contacts', 'negotiations', 'cooperation', 'rapprochement', 'normalisation', 'normalization', 'rift', 'dispute', 'tensions',
  'pact', 'deal', 'agreement', 'accord', 'alliance', 'partnership', 'treaty']);
const CAPITAL_GOVERNMENT = new Set(['regime', 'government', 'authorities', 'administration', 'leadership']);
/** Prepositions after which a name is where something is. */
export const LOCATIVE = new Set(['of', 'in', 'at', 'near', 'from', 'to', 'into', 'outside', 'across', 'around', 'towards', 'toward', 'via', 'over']);

/** Verbs of a state's choices and plans that scanner.ts's list lacks. */
const CHOICE_VERBS = new Set(['chooses', 'chose', 'prefers', 'preferred', 'considers', 'considered', 'intends', 'intended', 'continues', 'continued', 'decides', 'decided', 'expects', 'aims', 'tries', 'tried', 'remains', 'appears', 'seems']);
/** Past tenses in -ed that name what happens to a place, not what a state does. */
const PLACE_EVENTS = new Set(['flooded', 'shuddered', 'sweltered', 'shivered', 'trembled', 'rocked', 'glowed', 'celebrated', 'mourned', 'welcomed', 'hosted', 'based', 'bound']);
/** Nouns of relations between states, before "between A and B". */
const RELATION_BETWEEN = new Set(['talks', 'ties', 'relations', 'relationship', 'relationships', 'daylight', 'tensions', 'tension', 'rift', 'dispute', 'mediator', 'negotiations', 'rapprochement', 'gap', 'war', 'conflict', 'deal', 'agreement', 'rivalry', 'standoff', 'row', 'feud', 'dialogue', 'cooperation']);
const BE = new Set(['is', 'was', 'are', 'were']);
/** Adverbs between a subject and its verb that do not end in -ly: "Ankara also rejected", "Tehran first demanded". */
const PLAIN_ADVERBS = new Set(['also', 'first', 'then', 'now', 'again', 'still', 'already', 'never', 'even', 'later', 'soon', 'once', 'too']);

/** Is the capital at tokens[i..last) its state's government? `isState` tells whether a token starts a state's or capital's name. */
export function capitalActsAsState(text: string, tokens: Token[], i: number, last: number, isState: (k: number) => boolean): boolean {
  return actsByVerbOrRole(text, tokens, i, last) || actsInRelationOrTense(text, tokens, i, last, isState) || isAskedOrAccused(text, tokens, i, last) ||
    actsThroughOthers(text, tokens, i, last);
}

/** After a capital and a hyphen: what its state does to something ("a Pyongyang-owned restaurant", "Moscow-backed rebels"). */
const STATE_DEED_AFTER_HYPHEN = /^-(?:owned|funded|backed|sponsored|supported|brokered|controlled|appointed|installed|imposed|allied|aligned|financed|run)\b/;
/** A state's people and acts after its capital: "an Ankara envoy", "the Tehran delegation". */
const STATE_AGENTS = new Set(['envoy', 'envoys', 'delegation', 'delegations', 'diplomats', 'negotiators', 'emissary', 'emissaries']);
/** What a state has or does, after a capital's "'s" where a place word would be ("responses to Moscow's security proposals", "over Tehran's nuclear programme"). */
const STATE_POSSESSIONS = new Set(
  ('programme program proposals proposal policy policies decision demands demand position stance support response government officials military ' +
    'nuclear security foreign economy allies ally troops army envoy ambassador request offer plans plan role influence involvement invasion annexation ' +
    'claims sanctions aggression actions efforts refusal withdrawal approval consent backing interests intentions ambitions motives missile missiles').split(' '),
);

/** Nouns a city name describes: "Moscow time", "Kyiv suburbs". */
const CITY_NOUNS = new Set(
  ('time residents suburbs suburb streets street locals traffic hospital hospitals airport station metro subway city mayor council police ' +
    'district districts outskirts region area centre center port road roads').split(' '),
);

/** "a Pyongyang-owned restaurant", "an Ankara envoy", "a crackdown by Beijing", "to Moscow's security proposals". */
function actsThroughOthers(text: string, tokens: Token[], i: number, last: number): boolean {
  const end = tokens[last - 1].end;
  if (text.charCodeAt(end) === 45) return STATE_DEED_AFTER_HYPHEN.test(text.slice(end, end + 14));
  const next = last < tokens.length ? tokens[last] : null;
  const gap = next ? text.slice(end, next.start) : '';
  if (next && gap === ' ' && next.text === next.key && STATE_AGENTS.has(next.key)) return true;
  // ("by Moscow time", "surrounded by Kyiv suburbs": the city)
  if (i > 0 && tokens[i - 1].key === 'by' && !(next && gap === ' ' && CITY_NOUNS.has(next.key))) return true;
  // (a word or two may describe the possession: "to Lima's mining policy")
  if (i > 0 && LOCATIVE.has(tokens[i - 1].key) && next?.key === 's' && /^['’]$/.test(gap)) {
    for (let k = last + 1, prev = next; k < tokens.length && k <= last + 3; prev = tokens[k], k++) {
      const word = tokens[k];
      if (word.text !== word.key || text.slice(prev.end, word.start) !== ' ') return false;
      if (STATE_POSSESSIONS.has(word.key)) return true;
    }
  }
  return false;
}

/** Verbs that ask someone to act: "urged Tehran to return", "allow Moscow to pay" (not "help": "helped Kabul to recover"). */
const CONTROL_VERBS = new Set(
  ('allow allows allowed allowing urge urges urged urging force forces forced forcing press presses pressed pressing push pushes pushed pushing ' +
    'want wants wanted wanting ask asks asked asking persuade persuaded convince convinced compel compelled encourage encourages encouraged ' +
    'enable enables enabled prompt prompted pressure pressured pressuring invite invited invites expect expects expected').split(' '),
);
/** Verbs whose object does what follows, with no "to": "could see Moscow invade", "let Kyiv decide". */
const BARE_CONTROL_VERBS = new Set(['see', 'sees', 'saw', 'let', 'lets', 'make', 'makes', 'made']);
/** What is done to a state, not to a town: "Tehran was referred to the Security Council", "Moscow was accused of". */
const STATE_PASSIVES = new Set(['expected', 'accused', 'referred', 'sanctioned', 'urged', 'asked', 'warned', 'told', 'invited', 'blamed', 'criticised', 'criticized', 'pressed', 'pressured', 'condemned', 'expelled', 'suspended', 'excluded', 'isolated', 'punished']);
/** Words after which a lower-case word is no verb: "see Paris in the spring". */
const NOT_A_VERB_AFTER_OBJECT = new Set(['in', 'on', 'at', 'for', 'from', 'with', 'and', 'or', 'but', 'as', 'the', 'a', 'an', 'this', 'that', 'by', 'of', 'to', 'after', 'before', 'during', 'again', 'up', 'first', 'last', 'now', 'today']);

/** "urged Tehran to return", "could see Moscow invade", "if Tehran was referred to", "Moscow was accused of". */
function isAskedOrAccused(text: string, tokens: Token[], i: number, last: number): boolean {
  if (last >= tokens.length || /[.!?;:,()"“”]/.test(text.slice(tokens[last - 1].end, tokens[last].start))) return false;
  const next = tokens[last];
  if (next.text !== next.key) return false;
  const before = i > 0 ? tokens[i - 1] : null;
  const object = before !== null && before.text === before.key && plainGap(text.slice(before.end, tokens[i].start));
  if (object && CONTROL_VERBS.has(before.key) && next.key === 'to') return true;
  if (object && BARE_CONTROL_VERBS.has(before.key) && !NOT_A_VERB_AFTER_OBJECT.has(next.key) && !next.key.endsWith('ly')) return true;
  if (BE.has(next.key) && last + 1 < tokens.length) return STATE_PASSIVES.has(tokens[last + 1].key) && tokens[last + 1].text === tokens[last + 1].key;
  return false;
}

/** "Doha proposed", "the Kyiv regime", "accepted by Jerusalem", "talks with Tokyo", "Moscow's decision". */
function actsByVerbOrRole(text: string, tokens: Token[], i: number, last: number): boolean {
  if (i > 0 && LOCATIVE.has(tokens[i - 1].key) && !CAPITAL_GOVERNMENT.has(tokens[last]?.key ?? '')) return false;
  // "the Kyiv regime", "Moscow authorities": the government
  if (last < tokens.length && CAPITAL_GOVERNMENT.has(tokens[last].key) && plainGap(text.slice(tokens[last - 1].end, tokens[last].start))) return true;
  // "accepted in principle by Jerusalem": the agent of a passive
  if (i > 1 && tokens[i - 1].key === 'by' && /^(?:\p{L}+ed|\p{L}+en|made|sent|held|seen|led|paid|sold|met|found|given|taken|won|lost|struck|hit|brought|sought|put|set|told|built)$/u.test(tokens[i - 2].key) && text.slice(tokens[i - 2].end, tokens[i - 1].start).trim() === '') return true;
  if (i > 2 && tokens[i - 1].key === 'by' && /^(?:principle|part|name|force)$/.test(tokens[i - 2].key)) return true;
  // "maintaining communication with Tokyo", "talks with Moscow": the other party of relations between states
  if (i > 1 && tokens[i - 1].key === 'with' && RELATION_NOUNS.has(tokens[i - 2].key)) return true;
  let j = last;
  if (j < tokens.length && tokens[j].key === 's' && /['’]$/.test(text.slice(tokens[j - 1].end, tokens[j].start))) return true; // "Moscow's decision"
  if (j < tokens.length && ((/ly$/.test(tokens[j].key) && tokens[j].key.length > 3) || PLAIN_ADVERBS.has(tokens[j].key))) j++;
  if (j >= tokens.length) return false;
  const gap = text.slice(tokens[j - 1].end, tokens[j].start);
  if (/[.!?;:,()]/.test(gap)) return false;
  return STATE_VERBS.has(tokens[j].key);
}

/** "Ankara is monitoring", "Warsaw tightened", "Canberra chooses to", "Nairobi officials", "between Ankara and Athens", "of Ottawa's withdrawal". */
function actsInRelationOrTense(text: string, tokens: Token[], i: number, last: number, isState: (k: number) => boolean): boolean {
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
  // "a security pact with Washington and London": the second party too
  if (before === 'and') {
    const w = withBefore(tokens, i - 1);
    if (w > 0 && RELATION_NOUNS.has(tokens[w - 1].key) && isState(w + 1)) return true;
  }
  if (before && (LOCATIVE.has(before) || before === 'between' || before === 'and')) return false;
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


/** Index of `word` one to four tokens before an "and" at `and`, or -1. */
function wordBefore(tokens: Token[], and: number, word: string): number {
  for (let k = and - 1; k >= 0 && and - k <= 4; k--) if (tokens[k].key === word) return k;
  return -1;
}
const betweenBefore = (tokens: Token[], and: number) => wordBefore(tokens, and, 'between');
const withBefore = (tokens: Token[], and: number) => wordBefore(tokens, and, 'with');

/** Index of the first token after "and" that follows the first side ending at `last` ("Ankara and [the] Athens"), or -1. */
function otherSideAfter(tokens: Token[], last: number): number {
  if (last >= tokens.length || tokens[last].key !== 'and') return -1;
  const k = last + 1 < tokens.length && tokens[last + 1].key === 'the' ? last + 2 : last + 1;
  return k < tokens.length ? k : -1;
}

// The reporting-cue lexicon: verbs of saying and reporting with their inflections, the
// prepositional cues ("according to", "citing") and the words that may sit between a
// subject and its cue ("has", "further", "flatly").

/** base -> [3rd person, past, -ing] for the reporting verbs (past participle = past unless listed). */
const VERBS: Record<string, [string, string, string, string?]> = {
  say: ['says', 'said', 'saying'],
  report: ['reports', 'reported', 'reporting'],
  tell: ['tells', 'told', 'telling'],
  state: ['states', 'stated', 'stating'],
  write: ['writes', 'wrote', 'writing', 'written'],
  confirm: ['confirms', 'confirmed', 'confirming'],
  announce: ['announces', 'announced', 'announcing'],
  claim: ['claims', 'claimed', 'claiming'],
  note: ['notes', 'noted', 'noting'],
  add: ['adds', 'added', 'adding'],
  warn: ['warns', 'warned', 'warning'],
  deny: ['denies', 'denied', 'denying'],
  insist: ['insists', 'insisted', 'insisting'],
  explain: ['explains', 'explained', 'explaining'],
  inform: ['informs', 'informed', 'informing'],
  tweet: ['tweets', 'tweeted', 'tweeting'],
  comment: ['comments', 'commented', 'commenting'],
  reveal: ['reveals', 'revealed', 'revealing'],
  disclose: ['discloses', 'disclosed', 'disclosing'],
  acknowledge: ['acknowledges', 'acknowledged', 'acknowledging'],
  admit: ['admits', 'admitted', 'admitting'],
  assert: ['asserts', 'asserted', 'asserting'],
  allege: ['alleges', 'alleged', 'alleging'],
  argue: ['argues', 'argued', 'arguing'],
  declare: ['declares', 'declared', 'declaring'],
  stress: ['stresses', 'stressed', 'stressing'],
  emphasize: ['emphasizes', 'emphasized', 'emphasizing'],
  emphasise: ['emphasises', 'emphasised', 'emphasising'],
  maintain: ['maintains', 'maintained', 'maintaining'],
  contend: ['contends', 'contended', 'contending'],
  recall: ['recalls', 'recalled', 'recalling'],
  assure: ['assures', 'assured', 'assuring'],
  brief: ['briefs', 'briefed', 'briefing'],
  post: ['posts', 'posted', 'posting'],
  question: ['questions', 'questioned', 'questioning'],
  dispute: ['disputes', 'disputed', 'disputing'],
  reject: ['rejects', 'rejected', 'rejecting'],
  dismiss: ['dismisses', 'dismissed', 'dismissing'],
  quote: ['quotes', 'quoted', 'quoting'],
  read: ['reads', 'read', 'reading'],
  complain: ['complains', 'complained', 'complaining'],
  speculate: ['speculates', 'speculated', 'speculating'],
  testify: ['testifies', 'testified', 'testifying'],
  speak: ['speaks', 'spoke', 'speaking', 'spoken'],
  understand: ['understands', 'understood', 'understanding'],
  learn: ['learns', 'learned', 'learning', 'learnt'],
  suggest: ['suggests', 'suggested', 'suggesting'],
  believe: ['believes', 'believed', 'believing'],
  cite: ['cites', 'cited', 'citing'],
  put: ['puts', 'put', 'putting'],
  // (only in "measured the quake at magnitude 6.8", as "put")
  measure: ['measures', 'measured', 'measuring'],
  describe: ['describes', 'described', 'describing'],
  accuse: ['accuses', 'accused', 'accusing'],
  slam: ['slams', 'slammed', 'slamming'],
  criticize: ['criticizes', 'criticized', 'criticizing'],
  criticise: ['criticises', 'criticised', 'criticising'],
  blame: ['blames', 'blamed', 'blaming'],
  // (only "attributed X to Y", a cause the speaker names, as "blamed Y for X")
  attribute: ['attributes', 'attributed', 'attributing'],
  condemn: ['condemns', 'condemned', 'condemning'],
  respond: ['responds', 'responded', 'responding'],
  reply: ['replies', 'replied', 'replying'],
  answer: ['answers', 'answered', 'answering'],
  imply: ['implies', 'implied', 'implying'],
  reaffirm: ['reaffirms', 'reaffirmed', 'reaffirming'],
  estimate: ['estimates', 'estimated', 'estimating'],
  predict: ['predicts', 'predicted', 'predicting'],
  find: ['finds', 'found', 'finding'],
  reiterate: ['reiterates', 'reiterated', 'reiterating'],
  signal: ['signals', 'signaled', 'signaling'],
  indicate: ['indicates', 'indicated', 'indicating'],
  clarify: ['clarifies', 'clarified', 'clarifying'],
  observe: ['observes', 'observed', 'observing'],
  repeat: ['repeats', 'repeated', 'repeating'],
  concede: ['concedes', 'conceded', 'conceding'],
  hint: ['hints', 'hinted', 'hinting'],
  promise: ['promises', 'promised', 'promising'],
  reassure: ['reassures', 'reassured', 'reassuring'],
  conclude: ['concludes', 'concluded', 'concluding'],
  // (a court's finding: only "ruled that C")
  rule: ['rules', 'ruled', 'ruling'],
  // (cues only right after a quotation, or with "that": '"We will rebuild," the governor vowed')
  vow: ['vows', 'vowed', 'vowing'],
  pledge: ['pledges', 'pledged', 'pledging'],
  charge: ['charges', 'charged', 'charging'],
  counter: ['counters', 'countered', 'countering'],
  boast: ['boasts', 'boasted', 'boasting'],
  joke: ['jokes', 'joked', 'joking'],
  fume: ['fumes', 'fumed', 'fuming'],
  continue: ['continues', 'continued', 'continuing'],
  // (cues only with an object and an infinitive, or "that": "urged the minister to resign", "cautioned against haste")
  urge: ['urges', 'urged', 'urging'],
  caution: ['cautions', 'cautioned', 'cautioning'],
  // (manner of speaking: cues after a quotation, '"Go now," he shouted')
  shout: ['shouts', 'shouted', 'shouting'],
  yell: ['yells', 'yelled', 'yelling'],
  scream: ['screams', 'screamed', 'screaming'],
  exclaim: ['exclaims', 'exclaimed', 'exclaiming'],
  howl: ['howls', 'howled', 'howling'],
  // (a cue only in "broke the news that C", "broke the story on Monday that C")
  break: ['breaks', 'broke', 'breaking', 'broken'],
  // (a cue only with documents, figures or footage as its subject: "figures show that C")
  show: ['shows', 'showed', 'showing', 'shown'],
};
/**
 * Forms read as another lemma (what the lemma's rules do, they do): [word, lemma, form]; without a form,
 * -ing words are 'ing' and the rest 'past'.
 */
const EXTRA_FORMS: [string, string, VerbForm['form']?][] = [
  // British spelling of a participle cue
  ['signalling', 'signal'], ['signalled', 'signal'],
  // "an AFP reporter saw C", "a Reuters photographer witnessed C": what a medium's journalist saw or heard (a cue only
  // after a journalist: see verbCue)
  ['saw', 'witness', 'past'], ['witnessed', 'witness', 'past'], ['heard', 'witness', 'past'], ['counted', 'witness', 'past'],
  // "have rubbished reports that C", "refuted claims that C": a dismissal
  ['rubbish', 'dismiss', 'base'], ['rubbishes', 'dismiss', 'third'], ['rubbished', 'dismiss'], ['rubbishing', 'dismiss'],
  ['refute', 'deny', 'base'], ['refutes', 'deny', 'third'], ['refuted', 'deny'], ['refuting', 'deny'],
  // "remarked that C", "lamented that C", "reckons C", "mentioned that C", "retorted that C": words of the same use
  // (past and -ing forms only where the base and -s forms are nouns: "the remark that C", "his remarks that C")
  ['remarked', 'observe'], ['remarking', 'observe'],
  ['mentioned', 'note'], ['mentioning', 'note'],
  ['lamented', 'complain'], ['lamenting', 'complain'],
  ['grumbles', 'complain', 'third'], ['grumbled', 'complain'], ['grumbling', 'complain'],
  ['reckon', 'believe', 'base'], ['reckons', 'believe', 'third'], ['reckoned', 'believe'],
  ['retorted', 'reply'], ['retorting', 'reply'],
  ['quipped', 'joke'], ['quipping', 'joke'],
  // "gushed that C", "boasted that C": a claim, with "that" or a quotation
  ['gush', 'claim', 'base'], ['gushes', 'claim', 'third'], ['gushed', 'claim'], ['gushing', 'claim'],
  ['boast', 'claim', 'base'], ['boasts', 'claim', 'third'], ['boasted', 'claim'], ['boasting', 'claim'],
  // "a source dished to Us Weekly that C", "spilled to People that C", '"C," an insider shared with E! News': the
  // entertainment press's words for revealing (a revelation: with "that" or after a quotation only)
  ['dished', 'reveal'], ['dishes', 'reveal', 'third'], ['dishing', 'reveal'], ['spilled', 'reveal'], ['spilt', 'reveal'], ['shared', 'reveal'],
  // "AFP places the death toll at twenty": a figure the subject gives, like "put ... at"
  ['places', 'put', 'third'], ['placed', 'put'], ['placing', 'put'],
  // "the official assessed that C": a conclusion, with "that"
  ['assesses', 'conclude', 'third'], ['assessed', 'conclude'], ['assessing', 'conclude'],
];

/** Verbs that take a person/outlet object before the content: "told AFP that", "informed reporters". */
export const OBJECT_VERBS = new Set(['tell', 'inform', 'assure', 'reassure', 'promise', 'brief']);
/** Verbs whose object is usually the content itself ("rejected the plan"): cues only with "that"/quotes. */
export const THAT_ONLY_VERBS = new Set(['point out', 'show',
  'understand', 'learn',
  'reject', 'dismiss', 'dispute', 'question', 'predict', 'estimate', 'indicate', 'suggest', 'conclude', 'agree',
  'recall', 'post', 'read', 'quote', 'claim', 'confirm', 'deny', 'acknowledge', 'admit', 'reveal',
  'disclose', 'stress', 'emphasize', 'emphasise', 'maintain', 'complain', 'speculate', 'testify', 'comment',
  'add', 'explain', 'note', 'believe', 'cite', 'declare', 'tweet', 'put', 'accuse', 'slam', 'criticize', 'criticise', 'blame', 'condemn', 'attribute',
  'respond', 'reply', 'answer', 'imply', 'reaffirm', 'find', 'reiterate', 'signal', 'indicate',
  'clarify', 'observe', 'repeat', 'shout', 'yell', 'scream', 'exclaim', 'howl',
  // ("conceded defeat", "promised to resign", "hinted at a deal" are no statements)
  'concede', 'hint', 'promise',
  'vow', 'pledge', 'charge', 'counter', 'boast', 'joke', 'fume', 'continue', 'rule',
]);
/** Verbs that are cues only after a closing quotation ('"C," the governor vowed', '"C," fumed the leader') or before "that". */
export const QUOTE_ONLY_VERBS = new Set(['vow', 'pledge', 'charge', 'counter', 'boast', 'joke', 'fume', 'continue', 'rule']);
/** Of those, the ones never followed by reported "that" content ("continued that" is no statement). */
export const QUOTE_ONLY_NO_THAT = new Set(['fume', 'continue', 'joke']);
/** Cues that attribute only when a news medium is the subject ("The BBC understands that C"). */
export const OUTLET_ONLY_VERBS = new Set(['understand', 'learn']);
/** Verbs whose subject is typically a news medium (or a report) rather than a person. */
export const DENIAL_VERBS = new Set(['deny', 'dispute', 'reject', 'dismiss']);
export const CONFIRM_VERBS = new Set(['confirm']);
/** Participles that continue a statement already attributed in the sentence (", saying C"). */
export const CONTINUATION_PARTICIPLES = new Set(['saying', 'stating', 'noting', 'adding', 'warning', 'claiming', 'insisting', 'explaining', 'arguing', 'stressing', 'writing', 'telling', 'announcing', 'urging', 'cautioning', 'reporting']);

export interface VerbForm {
  lemma: string;
  form: 'base' | 'third' | 'past' | 'ing' | 'participle';
}

export const VERB_FORMS = new Map<string, VerbForm>();
for (const [lemma, [third, past, ing, participle]] of Object.entries(VERBS)) {
  VERB_FORMS.set(lemma, { lemma, form: 'base' });
  VERB_FORMS.set(third, { lemma, form: 'third' });
  VERB_FORMS.set(past, { lemma, form: 'past' });
  VERB_FORMS.set(ing, { lemma, form: 'ing' });
  if (participle) VERB_FORMS.set(participle, { lemma, form: 'participle' });
}
for (const [word, lemma, form] of EXTRA_FORMS) VERB_FORMS.set(word, { lemma, form: form ?? (word.endsWith('ing') ? 'ing' : 'past') });
/** Phrasal cues read as one word: "pointed out that C". */
const PHRASAL_FIRST = new Map([['point', 'out'], ['call', 'for']]);
for (const [verb, particle] of PHRASAL_FIRST) {
  const lemma = `${verb} ${particle}`;
  VERB_FORMS.set(lemma, { lemma, form: 'base' });
  VERB_FORMS.set(`${verb}s ${particle}`, { lemma, form: 'third' });
  VERB_FORMS.set(`${verb}ed ${particle}`, { lemma, form: 'past' });
}
// ("pushed back on reports that C": a denial, read as "dispute", whose grammar it shares)
VERB_FORMS.set('push back', { lemma: 'dispute', form: 'base' });
VERB_FORMS.set('pushes back', { lemma: 'dispute', form: 'third' });
VERB_FORMS.set('pushed back', { lemma: 'dispute', form: 'past' });
// ("called for the deployment of a force": the thing called for is the claim)
const PHRASAL_FORMS = new Map<string, string>([['point', 'out'], ['points', 'out'], ['pointed', 'out'], ['calls', 'for'], ['called', 'for'], ['push', 'back'], ['pushes', 'back'], ['pushed', 'back']]);

export interface CueHit {
  start: number;
  end: number;
  word: string;
}

/** Letters, digits, apostrophes and hyphens make words; ASCII is decided without a regex. */
export function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45;
  if (c === 0x2019) return true;
  return NON_ASCII_WORD.test(text[i] as string);
}
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Nouns of a medium's work that are no verbs, read as cues only with a medium's name and a link to content ("the Guardian's story, which said C"). */
export const REPORT_NOUNS = new Set(['story', 'article']);

/** A capitalised name with a past-tense cue glued to it. */
const GLUED_CUE = /^(?!(?:Mis|Under|Over|Afore|Fore|Gain|Sooth|Un|Re|Pre|Non|Fore|Fort|Self)(?:said|reported|says|reports|told|wrote)$)\p{Lu}\p{Ll}{2,}?(said|reported|says|reports|told|wrote)$/u;

/** Second words of the prepositional cues that start with "as". */
/** Words of a time between "as reported" and "by": "yesterday", "on Monday", "earlier this week" */
const TIME_WORD = /^(?:yesterday|today|overnight|earlier|recently|on|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|morning|night|evening|afternoon)$/;
const AS_CUES: Record<string, string> = { quoted: 'by', reported: 'by', cited: 'by', announced: 'by', stated: 'by', translated: 'by', per: '' };
const MAX_CUE_LENGTH = Math.max(...[...VERB_FORMS.keys()].map((k) => k.length), 'according'.length);

interface Word { s: number; e: number }

function nextWord(text: string, pos: number, to: number): Word | null {
  let s = pos;
  while (s < to && !isWordCode(text, s)) s++;
  if (s >= to) return null;
  let e = s;
  while (e < to && isWordCode(text, e)) e++;
  return { s, e };
}

const lowerAt = (text: string, w: Word) => text.slice(w.s, w.e).toLowerCase();

/** An ASCII capital to lower case (what toLowerCase does to an ASCII code unit). */
const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c | 32 : c);
/** A hash of a word's length and its first three and last code units in lower case (ASCII), 12 bits. */
function cueBit(len: number, c0: number, c1: number, c2: number, cn: number): number {
  let h = Math.imul(len ^ c0, 0x9e3779b1);
  h = Math.imul(h ^ c1, 0x85ebca6b);
  h = Math.imul(h ^ c2, 0xc2b2ae35);
  h = Math.imul(h ^ cn, 0x27d4eb2f);
  return h >>> 20;
}
/**
 * A filter of the one-word cues ("said", "according", "citing"...): most words of a sentence are
 * turned away by one bit test, without a lower-case copy and map lookups.
 */
const CUE_BITS = new Uint32Array(4096 / 32);
for (const k of [...VERB_FORMS.keys(), ...PHRASAL_FORMS.keys(), 'according', 'as', 'citing', ...REPORT_NOUNS]) {
  const n = k.length;
  const bit = cueBit(n, k.charCodeAt(0), k.charCodeAt(1), n > 2 ? k.charCodeAt(2) : 0, k.charCodeAt(n - 1));
  CUE_BITS[bit >>> 5] |= 1 << (bit & 31);
}

/** Can text[s, e) (two letters or more) be a one-word cue in lower case? (false only where it cannot: a non-ASCII letter is always looked up) */
function mayBeCue(text: string, s: number, e: number): boolean {
  const n = e - s;
  const c0 = text.charCodeAt(s);
  const c1 = text.charCodeAt(s + 1);
  const c2 = n > 2 ? text.charCodeAt(s + 2) : 0;
  const cn = text.charCodeAt(e - 1);
  if ((c0 | c1 | c2 | cn) > 127) return true;
  const bit = cueBit(n, lowerCode(c0), lowerCode(c1), lowerCode(c2), lowerCode(cn));
  return (CUE_BITS[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/** Can text[s, e) be a name with a cue glued to it (GLUED_CUE: a capital first, "said", "says", "told", "wrote"... last)? */
function mayBeGlued(text: string, s: number, e: number): boolean {
  const first = text.charCodeAt(s);
  if (first < 128 && (first < 65 || first > 90)) return false;
  const last = text.charCodeAt(e - 1);
  return last === 100 || last === 115 || last === 101; // d, s, e
}

/**
 * Every cue in text[from, to): verb forms looked up word by word (a Map, not a regex
 * alternation), plus "according to", "as quoted by", "as per", "citing", "quoting".
 */
export function findCues(text: string, from: number, to: number): CueHit[] {
  const out: CueHit[] = [];
  // (the word at s..e is read by offsets: no object per word; the rare multi-word cues use nextWord)
  let s = from;
  while (s < to && !isWordCode(text, s)) s++;
  while (s < to) {
    let e = s + 1;
    while (e < to && isWordCode(text, e)) e++;
    const len = e - s;
    // where the next word is looked for: after this one, or after the words a cue took
    let resume = e;
    if (len >= 2 && len <= MAX_CUE_LENGTH) {
      // (a lower-case copy only of a word that can be a cue)
      const lw = mayBeCue(text, s, e) ? text.slice(s, e).toLowerCase() : '';
      if (lw === 'according') {
        const next = nextWord(text, e, to);
        if (next && lowerAt(text, next) === 'to') {
          out.push({ start: s, end: next.e, word: text.slice(s, next.e) });
          resume = next.e;
        }
      } else if (lw === 'as') {
        let next = nextWord(text, e, to);
        // "as first reported by X", "as previously reported by X"
        if (next && /^(?:first|previously|earlier|originally|initially)$/.test(lowerAt(text, next))) {
          const verb = nextWord(text, next.e, to);
          if (verb && lowerAt(text, verb) === 'reported') next = verb;
        }
        const second = next ? AS_CUES[lowerAt(text, next)] : undefined;
        if (next && second !== undefined) {
          if (second === '') {
            out.push({ start: s, end: next.e, word: text.slice(s, next.e) });
            next = nextWord(text, next.e, to);
          } else {
            let third = nextWord(text, next.e, to);
            // ("As previously reported yesterday by X", "as reported on Monday by X": a time before the agent; the hit's
            // word leaves it out, so the cue is the phrase the lexicon knows)
            const verbEnd = next.e;
            for (let k = 0; k < 3 && third && second === 'by' && lowerAt(text, third) !== second && TIME_WORD.test(lowerAt(text, third)); k++) third = nextWord(text, third.e, to);
            if (third && lowerAt(text, third) === second) {
              const word = third.s - verbEnd > 1 ? `${text.slice(s, verbEnd)} ${text.slice(third.s, third.e)}` : text.slice(s, third.e);
              out.push({ start: s, end: third.e, word });
              next = nextWord(text, third.e, to);
            }
          }
        }
        resume = next ? next.s : to;
      } else if (lw !== '' && PHRASAL_FORMS.has(lw)) {
        const next = nextWord(text, e, to);
        if (next && lowerAt(text, next) === PHRASAL_FORMS.get(lw) && !(lw === 'calls' && isNounCalls(text, s))) {
          out.push({ start: s, end: next.e, word: text.slice(s, next.e) });
          resume = next.e;
        }
      } else if (lw === 'citing' || (lw !== '' && (VERB_FORMS.has(lw) || REPORT_NOUNS.has(lw)))) {
        out.push({ start: s, end: e, word: text.slice(s, e) });
      } else if (len >= 7 && mayBeGlued(text, s, e)) {
        const glued = GLUED_CUE.exec(text.slice(s, e));
        if (glued) out.push({ start: e - (glued[1] as string).length, end: e, word: glued[1] as string });
      }
    } else if (len > MAX_CUE_LENGTH && len <= 30 && mayBeGlued(text, s, e)) {
      // a space lost in copying: "the Wall Street Journalreported"
      const glued = GLUED_CUE.exec(text.slice(s, e));
      if (glued) out.push({ start: e - (glued[1] as string).length, end: e, word: glued[1] as string });
    }
    s = resume;
    while (s < to && !isWordCode(text, s)) s++;
  }
  return out;
}

/** Words before "calls for" that make "calls" a noun: "the calls for", "growing calls for", "amid calls for". */
const NOUN_CALLS_BEFORE = /(?:^|[^\p{L}])(?:the|a|these|those|their|his|her|its|our|by|of|amid|despite|to|with|after|following|over|against|ignoring|rejected|resisted|growing|renewed|mounting|increasing|repeated|new|fresh|louder|widespread|many|several|international|public)[ \t]+$/iu;
function isNounCalls(text: string, s: number): boolean {
  return NOUN_CALLS_BEFORE.test(text.slice(Math.max(0, s - 16), s));
}

export const PREPOSITIONAL_CUES = new Set([
  'according to', 'as quoted by', 'as reported by', 'as cited by', 'as per', 'as announced by', 'as stated by', 'as translated by', 'citing', 'quoting',
  'as first reported by', 'as previously reported by', 'as earlier reported by', 'as originally reported by', 'as initially reported by',
]);

/** Auxiliaries and adverbs that may stand between the subject and the cue; they join the cue text. */
export const AUX_ADVERBS = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'also', 'further', 'flatly', 'earlier', 'previously',
  'again', 'repeatedly', 'publicly', 'later', 'then', 'now', 'separately', 'reportedly', 'already', 'just', 'once',
  'famously', 'firmly', 'strongly', 'categorically', 'emphatically', 'openly', 'privately', 'initially', 'first',
  'recently', 'subsequently', 'since', 'today', 'yesterday', 'still', 'had', 'did', 'does', 'do', 'quickly', 'immediately',
  'officially', 'formally', 'explicitly', 'bluntly', 'angrily', 'tearfully', 'simply', 'clearly', 'specifically',
  // (floating quantifiers after a coordinated subject: "Reuters and CNN both reported", "the papers have all said")
  'all', 'both',
]);

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
export const NEGATIONS = new Set(['not', "n't", 'never', 'neither', 'nor', 'no', 'refused', 'declined', 'failed', 'unable', 'without', 'cannot']);

// An unnamed report in a story's opening ("..., a report said on Friday", "a new report suggests C",
// "shares fell after a newspaper report that C", "the nation's top business daily reported C") is
// the report of the medium the story goes on to name as reporting: news writing names the source
// after the news. Resolved once all records are known, forward only, from records the sentence
// loop left without an outlet.
import type { Span } from './sentences.js';
import type { Attribution } from './types.js';

export interface ForwardScene {
  text: string;
  sentences: readonly Span[];
  records: Attribution[];
  /** record index -> index of its sentence */
  recordSentence: ReadonlyMap<number, number>;
  /** per record: its outlet reported it (as subject, "according to", a trailing frame), not merely was told it */
  reporter: readonly boolean[];
  /** gazetteer mentions, by start */
  mentions: readonly { start: number; end: number; entry: { canonical: string } }[];
  /** per record: its subject as written ("it", "The report"), or null */
  subjects: readonly (string | null)[];
  /** the medium a noun phrase at pos names ("Germany's Auto Motor und Sport", "the Globe"), or null */
  mediumAt(np: string, pos: number): string | null;
  /** whether a medium may be the one an unnamed phrase describes ("a newspaper" is no broadcaster) */
  fitsKind(np: string, outlet: string): boolean;
}

/** "a report", "a new report", "a newspaper", "a Hindi publication", "report" (the noun of "a report that C") */
const UNNAMED_REPORT = /^(?:(?:a|an|one)\s+)?(?!(?:the|this|that|these|those|its|his|her|their)\s)(?:[\p{L}-]+\s+){0,2}?(?:report|story|article|newspaper|daily|paper|tabloid|weekly|magazine|publication|news\s+(?:agency|outlet|site|website)|broadcaster|outlet)$/iu;
/** what an unnamed report may not be: a body's or a person's own ("a UN report", "a police report", "his report") */
const OWNED_REPORT = /^(?:(?:[Aa]n?|[Oo]ne)\s+)?(?:(?!(?:An?|One)\s)\p{Lu}[\p{L}.-]*|police|government|court|official|internal|annual|quarterly|earnings|intelligence|military|medical|autopsy|scientific|audit|his|her|their|its|our)\s/u;
/** "the nation's top business daily", "the country's largest newspaper": a description that needs a name */
const DEFINITE_DESCRIPTION = /^the\s+(?:[\p{L}'’-]+\s+){1,4}?((?:[\p{L}-]+\s+)?(?:daily|newspaper|paper|tabloid|weekly|magazine|publication|news\s+agency|agency|broadcaster|network|channel|outlet))$/iu;
/** "the report", "the article", "the newspaper": a reference back to the report just resolved */
const REPORT_ANAPHOR = /^the\s+(?:(?:new|latest|same)\s+)?(?:report|story|article|newspaper|paper|daily|publication|magazine)$/i;
/** a finite verb after a sentence-initial medium: "Variety shared ...", "Deadline has published ..." */
const FINITE_VERB_AFTER = /^\s+(?:(?:also|later|then|further|first|has|had|have)\s+)?\p{Ll}+(?:ed|s)\b/u;
/** sentences after the unnamed report within which its medium must be named */
const REACH = 3;

/** Give each unnamed report in the opening of a story the medium the next sentences name as reporting. */
export function resolveForwardReports(scene: ForwardScene): void {
  const { records, recordSentence } = scene;
  for (let i = 0; i < records.length; i++) {
    const r = records[i] as Attribution;
    if (r.outlet || !r.speaker) continue;
    const si = recordSentence.get(i) ?? -1;
    const description = DEFINITE_DESCRIPTION.exec(r.speaker);
    const unnamed = !description && UNNAMED_REPORT.test(r.speaker) && !OWNED_REPORT.test(r.speaker) && !deniedContent(scene.text, r);
    if (!unnamed && !description) continue;
    let named = (unnamed ? nextReporter(scene, i, si) : null) ?? (description ? describedReporter(scene, i, (description[1] as string).toLowerCase()) : null);
    // "Tost's remarks come after a report that C1. ... the report by Germany's Auto Motor und Sport ...": the report named later
    let namedAt = si;
    if (!named && unnamed && /(?:report|story|article)$/i.test(r.speaker)) {
      const later = reportNamedLater(scene, si);
      if (later) { named = later.outlet; namedAt = later.sentence; }
    }
    if (!named || !scene.fitsKind(r.speaker, named)) continue;
    const mention = r.speaker;
    setOutlet(r, named, mention);
    // "According to the report, C2": later references to it before the medium is named, and just after
    // ("The report said C2. And it said C3": "it" after the report goes on with it)
    let lastOfReport = si;
    for (let k = i + 1; k < records.length; k++) {
      const s = recordSentence.get(k) ?? -1;
      if (s > si + REACH + 1 && s > namedAt + REACH) break;
      const o = records[k] as Attribution;
      if (o.outlet) continue;
      const subject = scene.subjects[k] ?? '';
      if ((o.speaker && REPORT_ANAPHOR.test(o.speaker)) || (/^it$/i.test(subject) && s - lastOfReport === 1 && s > namedAt)) {
        setOutlet(o, named, o.speaker && REPORT_ANAPHOR.test(o.speaker) ? o.speaker : subject);
        lastOfReport = s;
      }
    }
  }
}

/** "the report by Germany's Auto Motor und Sport", "the story in the Globe": the first later sentence that names the report's medium. */
const THE_REPORT_BY = /\b[Tt]he\s+(?:(?:new|latest|original|initial|same)\s+)?(?:report|story|article)\s+(?:by|in|from)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’.&-]*|(?:de|del|du|und|la|le|el|al)(?![\p{L}]))){0,5})/gu;

/** every "the report by X" of the article (name and its offset), found once per article */
const namedReports = new WeakMap<ForwardScene, { np: string; at: number }[]>();

function reportNamedLater(scene: ForwardScene, si: number): { outlet: string; sentence: number } | null {
  const { text, sentences } = scene;
  const next = sentences[si + 1];
  if (!next) return null;
  let all = namedReports.get(scene);
  if (!all) {
    all = [];
    THE_REPORT_BY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = THE_REPORT_BY.exec(text))) all.push({ np: (m[1] as string).replace(/[.]$/, ''), at: m.index + m[0].length - (m[1] as string).length });
    namedReports.set(scene, all);
  }
  const first = all.find((r) => r.at >= next.start);
  if (!first) return null;
  const outlet = scene.mediumAt(first.np, first.at);
  return outlet ? { outlet, sentence: sentenceOf(sentences, first.at) } : null;
}

/** a denial just before the report it denies ("denied Saturday a report", "dismissed a media report") */
const DENIAL_BEFORE = /(?:^|\s)(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|rubbish(?:es|ed|ing)?|disput(?:e|es|ed|ing)|play(?:s|ed|ing)?\s+down|downplay(?:s|ed|ing)?)\s+(?:[\p{L}.]+\s+){0,3}$/u;
/** a reporting verb of the report's own, between it and its content: "a report that claimed C" */
const REPORT_OWN_VERB = /\s(?:that|which)\s+(?:also\s+)?(?:said|says|claimed|claims|alleged|alleges|stated|states|suggested|suggests|reported)\s/;

/**
 * "U.S. officials denied a report that C": the content of a report a denial names, without a verb of
 * the report's own, is the denier's framing; the medium a story names next reports its own sentence.
 */
function deniedContent(text: string, r: Attribution): boolean {
  const at = text.lastIndexOf(r.speaker as string, r.claimStart);
  if (at < r.sentenceStart) return false;
  return DENIAL_BEFORE.test(text.slice(Math.max(r.sentenceStart, at - 40), at)) && !REPORT_OWN_VERB.test(text.slice(at + (r.speaker as string).length, r.claimStart + 1));
}

function setOutlet(r: Attribution, outlet: string, mention: string): void {
  r.outlet = outlet;
  r.outletMention = mention;
  r.speaker = null;
  r.speakerActor = null;
  r.actors = r.actors.filter((a) => a !== outlet);
}

/** The medium named as reporting in the next sentences: a record it reported, or a sentence it opens with a verb. */
function nextReporter(scene: ForwardScene, i: number, si: number): string | null {
  const { records, recordSentence, reporter, sentences, mentions, text } = scene;
  let best: { at: number; outlet: string } | null = null;
  for (let k = i + 1; k < records.length; k++) {
    const s = recordSentence.get(k) ?? -1;
    if (s <= si) continue;
    if (s > si + REACH) break;
    const o = records[k] as Attribution;
    if (o.outlet && reporter[k]) { best = { at: (sentences[s] as Span).start, outlet: o.outlet }; break; }
  }
  const last = Math.min(sentences.length - 1, si + 2, best ? sentenceOf(sentences, best.at) - 1 : si + 2);
  let reporting: string[] | null = null;
  for (let s = si + 1; s <= last; s++) {
    const sentence = sentences[s] as Span;
    let start = sentence.start;
    while (start < sentence.end && /\s/.test(text[start] as string)) start++;
    const m = mentionAt(mentions, start, start + 4);
    if (m && FINITE_VERB_AFTER.test(text.slice(m.end, m.end + 30))) return m.entry.canonical;
    // ("Variety shared ...": a name the gazetteer only takes with an article, which the story reports under elsewhere)
    for (const name of (reporting ??= reportingNames(scene))) {
      if (text.startsWith(name, start) && FINITE_VERB_AFTER.test(text.slice(start + name.length, start + name.length + 30))) return name;
    }
  }
  return best?.outlet ?? null;
}

/** "the nation's top business daily" -> the medium a later sentence introduces with the same words ("The Nikkei, Japan's top business daily, reported"). */
function describedReporter(scene: ForwardScene, i: number, head: string): string | null {
  const { records, reporter, text } = scene;
  for (let k = i + 1; k < records.length; k++) {
    const o = records[k] as Attribution;
    if (!o.outlet || !reporter[k] || !o.outletMention) continue;
    const at = text.indexOf(o.outletMention, o.sentenceStart);
    if (at < 0 || at > o.sentenceEnd) continue;
    const after = text.slice(at + o.outletMention.length, at + o.outletMention.length + 80);
    const appositive = /^\s*,([^,;.]{3,70}),/.exec(after);
    if (appositive && (appositive[1] as string).toLowerCase().replace(/\s+/g, ' ').includes(head)) return o.outlet;
  }
  return null;
}

/** The outlets records of the story name by their canonical name, as written ("Variety"). */
function reportingNames(scene: ForwardScene): string[] {
  const names = new Set<string>();
  scene.records.forEach((o, k) => { if (o.outlet && scene.reporter[k] && o.outletMention === o.outlet) names.add(o.outlet); });
  return [...names];
}

function sentenceOf(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid] as Span).start <= pos) lo = mid; else hi = mid - 1;
  }
  return lo;
}

function mentionAt(mentions: ForwardScene['mentions'], from: number, to: number): ForwardScene['mentions'][number] | null {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as { start: number }).start < from) lo = mid + 1; else hi = mid;
  }
  const m = mentions[lo];
  return m && m.start <= to ? m : null;
}

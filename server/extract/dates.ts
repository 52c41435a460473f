// Resolves relative date phrases ("on Saturday", "last Tuesday", "a week ago", "yesterday")
// against an article's publication date. Weekdays mean the most recent such day on or before it.

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const NUMBERS = new Map<string, number>(Object.entries({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 }));

/** A month's name, or its abbreviation with or without its period ("Dec.", "Sept") */
const MONTH_NAME = String.raw`(?:${MONTHS.join('|')}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?:\.|(?=\s+\d)))`;

/** A date phrase somewhere in a short stretch of text (the attribution frame). */
export const DATE_PHRASE = new RegExp(
  String.raw`\b(?:(?:on|last|this|since|by|early|late|earlier|later)\s+)?(?:on\s+)?(?:${WEEKDAYS.join('|')})(?:\s+(?:morning|afternoon|evening|night))?\b` +
  String.raw`|\b(?:(?:early|late)\s+)?(?:yesterday|today|tonight|last night|this morning|earlier today|(?:a|an|one|two|three|four|five|six|seven|ten)\s+(?:days?|weeks?|months?)\s+ago|last\s+(?:week|month|year)|earlier this (?:week|month))\b` +
  String.raw`|\bon\s+${MONTH_NAME}\s+\d{1,2}(?!\d)(?:st|nd|rd|th)?(?:,\s*\d{4})?\b` +
  // ("on 3 March", "on the 3rd of March": the day before the month)
  String.raw`|\bon\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_NAME}(?:\s+\d{4})?(?![\p{L}])` +
  String.raw`|\b(?:on|in)\s+(?:early\s+|late\s+|mid-)?(?:${MONTHS.join('|')})\b(?!\s+\d)` +
  String.raw`|\b(?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:day|week|month|year)\b|\bthis\s+(?:week|month|year)\b|\b(?:last|this|past)\s+(?:weekend|month|year)\b`,
  'iu',
);

const MONTH_DAY = new RegExp(String.raw`(${MONTH_NAME})\s+(\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,\s*(\d{4}))?`);
const DAY_MONTH = new RegExp(String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH_NAME})(?:\s+(\d{4}))?`);
/** "dec." -> 11, "september" -> 8 */
const monthIndex = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.replace(/\.$/, '').slice(0, 3)));

// (every record of an article resolves against the same date: parse it once; callers only read it)
let lastPublished: string | null = null;
let lastParsed: Date | null = null;

function parsePublished(published: string | null | undefined): Date | null {
  if (!published) return null;
  if (published !== lastPublished) {
    lastParsed = parseDate(published);
    lastPublished = published;
  }
  return lastParsed;
}

function parseDate(published: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
/** YYYY-MM-DD, as toISOString().slice(0, 10) gives it (which is slow in V8: a runtime call). */
function iso(d: Date): string {
  const y = d.getUTCFullYear();
  // (invalid dates throw and far years are signed six-digit, as toISOString has them)
  if (!(y >= 1000 && y <= 9999)) return d.toISOString().slice(0, 10);
  return `${y}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}
const minusDays = (d: Date, n: number) => new Date(d.getTime() - n * 86400000);

// (an article's records resolve the same few phrases against one date: remember the answers for the
// date asked about last; a pure function of the phrase and the date)
let resolvedFor: string | null | undefined;
const resolved = new Map<string, string | null>();

/** ISO date of a phrase like "on Saturday" relative to the published date, or null if unknown. */
export function resolveDate(phrase: string | null | undefined, published: string | null | undefined): string | null {
  if (!phrase) return null;
  if (published !== resolvedFor) {
    resolved.clear();
    resolvedFor = published;
  }
  let date = resolved.get(phrase);
  if (date === undefined) {
    if (resolved.size >= 1000) resolved.clear();
    resolved.set(phrase, (date = resolveDateOf(phrase, published)));
  }
  return date;
}

function resolveDateOf(phrase: string, published: string | null | undefined): string | null {
  const base = parsePublished(published);
  const p = phrase.toLowerCase();
  const monthDay = MONTH_DAY.exec(p);
  const dayMonth = monthDay ? null : DAY_MONTH.exec(p);
  if (monthDay || dayMonth) {
    const month = monthIndex((monthDay ? monthDay[1] : dayMonth![2]) as string);
    const day = Number(monthDay ? monthDay[2] : dayMonth![1]);
    const written = monthDay ? monthDay[3] : dayMonth![3];
    let year = written ? Number(written) : base?.getUTCFullYear();
    if (year === undefined || month < 0 || day < 1 || day > 31) return null;
    let d = new Date(Date.UTC(year, month, day));
    if (!written && base && d.getTime() > base.getTime()) d = new Date(Date.UTC(--year, month, day));
    return Number.isNaN(d.getTime()) ? null : iso(d);
  }
  if (!base) return null;
  const wd = WEEKDAYS.findIndex((w) => p.includes(w));
  if (wd >= 0) {
    let back = (base.getUTCDay() - wd + 7) % 7;
    if (/\blast\b/.test(p) && back === 0) back = 7;
    return iso(minusDays(base, back));
  }
  if (/\b(?:yesterday|last night)\b/.test(p)) return iso(minusDays(base, 1));
  if (/\b(?:today|tonight|this morning|earlier today)\b/.test(p)) return iso(base);
  const ago = /\b(a|an|one|two|three|four|five|six|seven|ten)\s+(day|week|month)s?\s+ago\b/.exec(p);
  if (ago) {
    const n = NUMBERS.get(ago[1] as string) ?? 1;
    const unit = ago[2] === 'day' ? 1 : ago[2] === 'week' ? 7 : 30;
    return iso(minusDays(base, n * unit));
  }
  if (/\blast week\b/.test(p)) return iso(minusDays(base, 7));
  return null;
}

// Deterministic synthetic news corpus for benchmarks (ingest, API, GEXF, extraction).
// Same options -> same articles, byte for byte. Articles are ~1-3 KB of English news prose
// built from real outlet names and the reporting constructions the extractor handles.
import type { Article } from '../server/extract/types.js';

/** mulberry32: a tiny, fast, seedable PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTLETS = [
  'Reuters', 'AFP', 'the Associated Press', 'The New York Times', 'The Washington Post', 'the Financial Times',
  'The Wall Street Journal', 'the BBC', 'CNN', 'Al Jazeera', 'Bloomberg', 'The Guardian', 'Axios', 'Politico',
  'NBC News', 'CBS News', 'Yonhap', 'Kyodo News', 'Xinhua', 'KCNA', 'Le Monde', 'Der Spiegel', 'Haaretz',
  'The Times of Israel', 'Deutsche Welle', 'NHK', 'Al Arabiya', 'TASS', 'Interfax', 'ANSA', 'EFE', 'Anadolu Agency',
  'The Hindu', 'Dawn', 'The Kyiv Independent', 'Radio Free Europe/Radio Liberty', 'Sky News', 'ABC News', 'NPR',
  'The Economist', 'Le Figaro', 'El País', 'Corriere della Sera', 'Nikkei Asia', 'South China Morning Post',
];
const NAMED_SPEAKERS = [
  ['Foreign Minister', 'Anna Keller'], ['Prime Minister', 'Tomas Varga'], ['President', 'Elena Moreau'],
  ['Defence Secretary', 'James Whitfield'], ['spokesperson', 'Lina Haddad'], ['Interior Minister', 'Kenji Sato'],
  ['Finance Minister', 'Maria Lindqvist'], ['army spokesman', 'Omar Saleh'], ['Governor', 'Peter Novak'],
  ['Senator', 'Grace Holloway'], ['CEO', 'Daniel Brooks'], ['UN envoy', 'Farid Mansour'],
];
const ANON_SPEAKERS = [
  'sources familiar with the matter', 'a senior official', 'two people briefed on the talks',
  'a source who spoke on condition of anonymity', 'unidentified officials', 'diplomats', 'witnesses',
  'one of the people familiar with the negotiations', 'a government source', 'analysts',
];
const ORG_SPEAKERS = [
  'the White House', 'the Kremlin', 'the European Commission', 'NATO', 'the United Nations', 'the World Health Organization',
  'the Pentagon', 'the foreign ministry', 'the central bank', 'the company', 'the army', 'the health ministry',
];
const PLACES = [
  'Paris', 'Berlin', 'Kyiv', 'Gaza', 'Beijing', 'Tokyo', 'Seoul', 'Cairo', 'Doha', 'Brussels', 'Geneva', 'Ankara',
  'Nairobi', 'Lagos', 'Warsaw', 'Madrid', 'Rome', 'Jakarta', 'Manila', 'Buenos Aires', 'Ottawa', 'Canberra',
];
const COUNTRIES = [
  'France', 'Germany', 'Ukraine', 'Russia', 'China', 'Japan', 'South Korea', 'North Korea', 'Egypt', 'Qatar',
  'Israel', 'Turkey', 'Kenya', 'Nigeria', 'Poland', 'Spain', 'Italy', 'Indonesia', 'Brazil', 'Canada', 'India',
];
const SUBJECTS = [
  'negotiators', 'the government', 'officials', 'the two sides', 'the ministry', 'investigators', 'regulators', 'the coalition',
];
const VERB_PHRASES = [
  'were nearing an agreement on a ceasefire in {P}', 'had agreed to resume talks in {P} next week',
  'would announce new sanctions against {C}', 'had postponed the vote until further notice',
  'were considering a proposal to expand trade with {C}', 'had detected unusual military movements near the border with {C}',
  'planned to send a delegation to {P}', 'rejected the latest offer from {C}', 'expected the deal to close before the end of the year',
  'had opened an investigation into the contract awarded in {P}', 'would release more than 100 prisoners held in {C}',
  'were concerned about rising prices and a weaker currency', 'had raised interest rates by half a percentage point',
  'were preparing an emergency aid package for {C}', 'had evacuated thousands of residents from {P}',
];
const NARRATION = [
  'The talks come after weeks of tension between {C} and {C2}.',
  'Thousands of people gathered in central {P} on the eve of the meeting.',
  'The proposal has been discussed for months without a result.',
  'Markets in {P} closed slightly higher after a volatile session.',
  'Heavy rain disrupted traffic across the region for a second day.',
  'The agreement would be the first of its kind since 2019.',
  'Both delegations arrived in {P} late in the evening.',
];
const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday', 'on Sunday', 'last week', 'yesterday', 'earlier this week'];
const SAY = ['said', 'told reporters', 'stated', 'warned', 'added', 'noted', 'confirmed', 'announced', 'insisted', 'claimed'];
const REPORT = ['reported', 'reports', 'said', 'wrote', 'has reported', 'is reporting', 'revealed'];

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

function fill(r: Rand, template: string): string {
  return template
    .replace('{P}', pick(r, PLACES))
    .replace('{C2}', pick(r, COUNTRIES))
    .replace('{C}', pick(r, COUNTRIES));
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function clause(r: Rand): string {
  return `${pick(r, SUBJECTS)} ${fill(r, pick(r, VERB_PHRASES))}`;
}

function speaker(r: Rand): { full: string; short: string } {
  const kind = r();
  if (kind < 0.4) {
    const [title, name] = pick(r, NAMED_SPEAKERS) as [string, string];
    const country = pick(r, COUNTRIES);
    return { full: `${country}'s ${title} ${name}`, short: name.split(' ').pop() as string };
  }
  if (kind < 0.75) return { full: pick(r, ANON_SPEAKERS), short: 'the source' };
  const org = pick(r, ORG_SPEAKERS);
  return { full: org, short: org };
}

/** One sentence using one of the attribution constructions (or plain narration). */
function sentence(r: Rand): string {
  const outlet = pick(r, OUTLETS);
  const sp = speaker(r);
  const day = pick(r, DAYS);
  const c = clause(r);
  switch (Math.floor(r() * 12)) {
    case 0: return `${capitalize(outlet)} ${pick(r, REPORT)} ${day} that ${c}.`;
    case 1: return `${capitalize(outlet)} reported ${day}, citing ${sp.full}, that ${c}.`;
    case 2: return `${capitalize(c)}, ${outlet} reported ${day}.`;
    case 3: return `${capitalize(sp.full)} told ${outlet} that ${c}.`;
    case 4: return `${capitalize(sp.full)} ${pick(r, SAY)} ${day} that ${c}.`;
    case 5: return `"${capitalize(c)}," ${sp.full} said.`;
    case 6: return `According to ${outlet}, ${c}.`;
    case 7: return `${capitalize(c)}, according to ${sp.full}.`;
    case 8: return `"${capitalize(c)}," said ${sp.full}, as quoted by ${outlet}.`;
    case 9: return `${capitalize(sp.short)} ${pick(r, SAY)} that ${c}.`;
    default: return fill(r, pick(r, NARRATION));
  }
}

export function generateCorpus(opts: { articles: number; seed?: number }): Article[] {
  const r = prng(opts.seed ?? 42);
  const out: Article[] = [];
  const base = Date.UTC(2024, 0, 1);
  for (let i = 0; i < opts.articles; i++) {
    const target = 1000 + Math.floor(r() * 2000);
    const paragraphs: string[] = [];
    let len = 0;
    while (len < target) {
      const n = 2 + Math.floor(r() * 3);
      const para: string[] = [];
      for (let k = 0; k < n; k++) para.push(sentence(r));
      const p = para.join(' ');
      paragraphs.push(p);
      len += p.length + 2;
    }
    const place = pick(r, PLACES);
    const published = new Date(base + Math.floor(r() * 365) * 86400000).toISOString().slice(0, 10);
    out.push({
      id: `synthetic-${opts.seed ?? 42}-${i}`,
      title: `${pick(r, COUNTRIES)} and ${pick(r, COUNTRIES)} in talks over ${place} deal`,
      text: paragraphs.join('\n\n'),
      published,
      publisher: 'Synthetic Wire',
      url: `https://example.org/news/${opts.seed ?? 42}/${i}`,
    });
  }
  return out;
}

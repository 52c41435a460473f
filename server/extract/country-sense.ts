// "The ABC understands C" in a story about Australia is the Australian Broadcasting Corporation, not
// the American network the bare initials name elsewhere; "CNA" in a story about Taiwan is the Central News
// Agency, not Channel NewsAsia. A bare name that two countries' media share
// is read as the medium of the country the story is set in, when the story names that country.
import type { OutletKind, OutletMention } from './lexicon/outlets.js';

interface CountrySense {
  /** the canonical name the gazetteer gives the bare name */
  listed: string;
  /** the mention as written, article allowed */
  written: RegExp;
  /** words that set a story in the other country */
  setting: RegExp;
  /** words that set it in the listed medium's country */
  home: RegExp;
  /** the other country's medium */
  outlet: string;
  kind: OutletKind;
  country: string;
}

const SENSES: readonly CountrySense[] = [
  {
    listed: 'ABC News', written: /^(?:[Tt]he\s+)?ABC$/,
    setting: /\b(?:Australian?s?|Canberra|Sydney|Melbourne|Brisbane|Adelaide|Perth|Hobart|Queensland|Tasmania|New South Wales)\b/g,
    home: /\b(?:U\.S\.|US|USA|United States|America|Americans?|Washington|New York|California)\b/g,
    outlet: 'Australian Broadcasting Corporation', kind: 'broadcaster', country: 'AU',
  },
  {
    // "Spain's ABC newspaper" in a story about Spain is Madrid's daily ABC, not the American network
    listed: 'ABC News', written: /^(?:Spain['’]s\s+)?ABC(?:\s+(?:newspaper|daily))?$/,
    setting: /\b(?:Spain|Spanish|Madrid)\b/g,
    home: /\b(?:U\.S\.|US|USA|United States|America|Americans?|Washington|New York|California)\b/g,
    outlet: 'ABC (Spain)', kind: 'newspaper', country: 'ES',
  },
  {
    // "CNA reported" in a story about Taiwan is Taipei's Central News Agency, not Singapore's Channel NewsAsia
    listed: 'Channel NewsAsia', written: /^CNA$/,
    setting: /\b(?:Taiwan(?:ese)?|Taipei|Kaohsiung|Taichung|Tainan)\b/g,
    home: /\b(?:Singapore(?:an|ans)?)\b/g,
    outlet: 'Central News Agency', kind: 'agency', country: 'TW',
  },
  {
    // "APA reported" in a story about Azerbaijan is Baku's Azeri Press Agency, not the Austrian one
    listed: 'Austria Presse Agentur', written: /^(?:[Tt]he\s+)?APA(?:\s+news\s+agency)?$/,
    setting: /\b(?:Azerbaijan(?:i|is)?|Azeri|Baku|Karabakh|Aliyev)\b/g,
    home: /\b(?:Austria(?:n|ns)?|Vienna)\b/g,
    outlet: 'Azeri Press Agency', kind: 'agency', country: 'AZ',
  },
];

const count = (text: string, words: RegExp): number => text.match(words)?.length ?? 0;

/** Whether the story is set in the other country: its names more often than the listed medium's country's. */
function isSetIn(text: string, s: CountrySense): boolean {
  const there = count(text, s.setting);
  return there > 0 && there > count(text, s.home);
}

/** whether the last text asked about is set in each sense's country (a story's mentions ask about one text in turn) */
let settingOf: { text: string; set: (boolean | undefined)[] } = { text: '', set: [] };

/** The medium of the story's country a shared bare name (as written, "the ABC") means, or null. */
export function countrySense(text: string, canonical: string, written: string): { outlet: string; kind: OutletKind; country: string } | null {
  for (let i = 0; i < SENSES.length; i++) {
    const s = SENSES[i] as CountrySense;
    if (canonical !== s.listed || !s.written.test(written)) continue;
    if (settingOf.text !== text) settingOf = { text, set: [] };
    const set = settingOf.set[i] ??= isSetIn(text, s);
    if (set) return s;
  }
  return null;
}

/** The mention read as the medium of the story's country, when its bare name is shared; else as it was. */
export function withCountrySense(text: string, m: OutletMention): OutletMention {
  const sense = countrySense(text, m.entry.canonical, m.mention);
  return sense ? { ...m, entry: { canonical: sense.outlet, aliases: [], kind: sense.kind, country: sense.country } } : m;
}

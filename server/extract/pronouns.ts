// The grammatical gender a person's name allows, for binding "he"/"she": from titles
// ("Mrs", "Queen") and given names; 'unknown' when the name says nothing.
import { FEMALE_NAMES, MALE_NAMES } from './given-name-gender.js';
import { startsWithCapital } from './chars.js';

export type Gender = 'male' | 'female' | 'unknown';

const MALE_TITLES = /^(?:mr|king|prince|sir|lord|sheikh|emir|father|brother|duke|count|baron)\.?$/i;
const FEMALE_TITLES = /^(?:mrs|ms|miss|queen|princess|lady|dame|madam|madame|sister|duchess|countess|baroness)\.?$/i;

// (a pure function of the name, asked again and again for the same few names: remembered, bounded)
const known = new Map<string, Gender>();
const KNOWN_LIMIT = 20_000;

export function genderOf(name: string): Gender {
  let g = known.get(name);
  if (g === undefined) {
    if (known.size >= KNOWN_LIMIT) known.clear();
    known.set(name, (g = genderOfName(name)));
  }
  return g;
}

function genderOfName(name: string): Gender {
  for (const w of name.split(/\s+/)) {
    if (MALE_TITLES.test(w)) return 'male';
    if (FEMALE_TITLES.test(w)) return 'female';
    if (!startsWithCapital(w)) continue;
    const key = w.toLowerCase().replace(/[.,'’]+$/g, '');
    if (MALE_NAMES.has(key)) return 'male';
    if (FEMALE_NAMES.has(key)) return 'female';
  }
  return 'unknown';
}

// "the West African nation", "the Caribbean country", "the oil-rich Gulf state": a state described by its
// region is the state of that region the article named last before it (else the article's own state, when it
// lies there). The region inside the description ("Caribbean", "Gulf", "West Africa") names no actor.
import type { ActorMention } from './index.js';
import { dropInside, firstAtOrAfter } from './descriptions.js';
import { COUNTRY_NAMES } from './gazetteer.js';

const WEST_AFRICA = ['Benin', 'Burkina Faso', 'Cape Verde', 'Ivory Coast', 'Gambia', 'Ghana', 'Guinea', 'Guinea-Bissau', 'Liberia', 'Mali', 'Mauritania', 'Niger', 'Nigeria', 'Senegal', 'Sierra Leone', 'Togo'];
const EAST_AFRICA = ['Kenya', 'Uganda', 'Tanzania', 'Rwanda', 'Burundi', 'Ethiopia', 'Somalia', 'South Sudan', 'Djibouti', 'Eritrea'];
const CENTRAL_AFRICA = ['Central African Republic', 'Cameroon', 'Chad', 'Republic of the Congo', 'Democratic Republic of the Congo', 'Gabon', 'Equatorial Guinea'];
const NORTH_AFRICA = ['Egypt', 'Libya', 'Tunisia', 'Algeria', 'Morocco', 'Sudan'];
const SOUTHERN_AFRICA = ['South Africa', 'Zimbabwe', 'Zambia', 'Mozambique', 'Malawi', 'Botswana', 'Namibia', 'Angola', 'Lesotho', 'Eswatini', 'Madagascar'];
const GULF = ['Saudi Arabia', 'United Arab Emirates', 'Qatar', 'Kuwait', 'Bahrain', 'Oman'];
const LEVANT = ['Syria', 'Lebanon', 'Jordan', 'Israel', 'Iraq', 'Iran', 'Yemen', 'Turkey'];
const SOUTH_ASIA = ['India', 'Pakistan', 'Bangladesh', 'Sri Lanka', 'Nepal', 'Bhutan', 'Maldives', 'Afghanistan'];
const SOUTHEAST_ASIA = ['Indonesia', 'Malaysia', 'Philippines', 'Thailand', 'Vietnam', 'Myanmar', 'Cambodia', 'Laos', 'Singapore', 'Brunei', 'East Timor'];
const EAST_ASIA = ['China', 'Japan', 'South Korea', 'North Korea', 'Mongolia', 'Taiwan'];
const CENTRAL_ASIA = ['Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan'];
const SOUTH_AMERICA = ['Brazil', 'Argentina', 'Chile', 'Peru', 'Colombia', 'Venezuela', 'Ecuador', 'Bolivia', 'Paraguay', 'Uruguay', 'Guyana', 'Suriname'];
const CENTRAL_AMERICA = ['Guatemala', 'Honduras', 'El Salvador', 'Nicaragua', 'Costa Rica', 'Panama', 'Belize'];
const CARIBBEAN = ['Haiti', 'Dominican Republic', 'Cuba', 'Jamaica', 'Trinidad and Tobago', 'Barbados', 'Bahamas', 'Grenada', 'Saint Lucia', 'Dominica', 'Antigua and Barbuda', 'Saint Kitts and Nevis', 'Saint Vincent and the Grenadines'];
const PACIFIC = ['Australia', 'New Zealand', 'Fiji', 'Tonga', 'Samoa', 'Papua New Guinea', 'Solomon Islands', 'Vanuatu', 'Tuvalu', 'Kiribati', 'Nauru', 'Palau', 'Marshall Islands', 'Micronesia'];
const BALKANS = ['Serbia', 'Croatia', 'Bosnia and Herzegovina', 'Montenegro', 'North Macedonia', 'Albania', 'Kosovo', 'Bulgaria', 'Slovenia', 'Greece', 'Romania'];
const BALTIC = ['Estonia', 'Latvia', 'Lithuania'];
const NORDIC = ['Norway', 'Sweden', 'Denmark', 'Finland', 'Iceland'];
const CAUCASUS = ['Georgia', 'Armenia', 'Azerbaijan'];

/** A region's adjective (as written) -> the states that lie there. */
const REGION_STATES = new Map<string, ReadonlySet<string>>(
  ([
    ['West African', WEST_AFRICA], ['East African', EAST_AFRICA], ['Central African', CENTRAL_AFRICA], ['North African', NORTH_AFRICA],
    ['Southern African', SOUTHERN_AFRICA], ['African', [...WEST_AFRICA, ...EAST_AFRICA, ...CENTRAL_AFRICA, ...NORTH_AFRICA, ...SOUTHERN_AFRICA]],
    ['Sahel', ['Mali', 'Niger', 'Burkina Faso', 'Chad', 'Mauritania']], ['Horn of Africa', ['Ethiopia', 'Somalia', 'Eritrea', 'Djibouti']],
    ['Gulf', GULF], ['Arab', [...GULF, ...NORTH_AFRICA, 'Syria', 'Lebanon', 'Jordan', 'Iraq', 'Yemen']], ['Middle Eastern', [...GULF, ...LEVANT, 'Egypt']],
    ['South Asian', SOUTH_ASIA], ['Himalayan', ['Nepal', 'Bhutan']], ['Southeast Asian', SOUTHEAST_ASIA], ['East Asian', EAST_ASIA],
    ['Central Asian', CENTRAL_ASIA], ['Asian', [...SOUTH_ASIA, ...SOUTHEAST_ASIA, ...EAST_ASIA, ...CENTRAL_ASIA]],
    ['South American', SOUTH_AMERICA], ['Andean', ['Peru', 'Bolivia', 'Ecuador', 'Colombia', 'Chile']], ['Central American', CENTRAL_AMERICA],
    ['Latin American', [...SOUTH_AMERICA, ...CENTRAL_AMERICA, 'Mexico', 'Cuba', 'Dominican Republic']], ['Caribbean', CARIBBEAN],
    ['Pacific', PACIFIC], ['Balkan', BALKANS], ['Baltic', BALTIC], ['Nordic', NORDIC], ['Scandinavian', ['Norway', 'Sweden', 'Denmark']], ['Caucasus', CAUCASUS],
  ] as [string, string[]][]).map(([region, states]) => [region, new Set(states.filter((s) => COUNTRY_NAMES.has(s)))]),
);

/** "the (tiny|oil-rich ...) <Region> (island) nation". */
const REGION_NATION = new RegExp(
  String.raw`\b[Tt]he (?:[a-z][a-z-]* ){0,2}(${[...REGION_STATES.keys()].sort((a, b) => b.length - a.length).join('|')})(?: [a-z][a-z-]*){0,2} (?:nation|country|state|kingdom|republic|emirate|monarchy)\b(?!-)`,
  'g',
);
/** Whether a text may hold REGION_NATION: its region word, searched alone (most articles have none). */
const REGION_WORD = /African|Gulf|Arab|Eastern|Asian|Himalayan|American|Andean|Caribbean|Pacific|Balkan|Baltic|Nordic|Scandinavian|Caucasus|Sahel|Horn of/;
const ANTECEDENT_WINDOW = 1500;

/** After the description: the state's name ("the Gulf state of Qatar"). */
const NAME_AFTER = /^\s+of\b/;

/** Replaces, in place, each region-described state with the state it stands for (the region only, when the name follows). */
export function regionNations(text: string, mentions: ActorMention[], home: string | null): void {
  if (!REGION_WORD.test(text)) return;
  REGION_NATION.lastIndex = 0;
  for (let d = REGION_NATION.exec(text); d; d = REGION_NATION.exec(text)) {
    const end = d.index + d[0].length;
    dropInside(mentions, d.index, end);
    if (NAME_AFTER.test(text.slice(end, end + 4))) continue;
    const states = REGION_STATES.get(d[1] as string)!;
    let state: string | null = null;
    for (let k = firstAtOrAfter(mentions, d.index) - 1; k >= 0 && d.index - mentions[k].start < ANTECEDENT_WINDOW && !state; k--) {
      if (states.has(mentions[k].canonical)) state = mentions[k].canonical;
    }
    state ??= home && states.has(home) ? home : null;
    if (state) mentions.splice(firstAtOrAfter(mentions, d.index), 0, { start: d.index, end, canonical: state, kind: 'place' });
  }
}

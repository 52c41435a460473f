// "Springfield, Ill.", "Austin, Texas", "Oaxaca, Mexico": after a town's name and a comma, the state or
// country it lies in is the rest of the place, not a new phrase (a subject "of Springfield, Ill." is one).
import { COUNTRIES } from './lexicon/places.js';
import { US_STATE_NAMES } from './lexicon/subdivisions.js';

/** The Associated Press abbreviations of US states, as datelines and hometowns write them. */
const AP_STATE_ABBREVIATIONS = new Set(
  ('Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. ' +
    'N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.').split(' '),
);

let placeNames: Set<string> | null = null;

/** The words are a state's or a country's name, or a state's abbreviation (its final period may be cut off). */
export function isPlaceTail(words: string): boolean {
  if (AP_STATE_ABBREVIATIONS.has(words) || AP_STATE_ABBREVIATIONS.has(`${words}.`)) return true;
  placeNames ??= new Set([
    ...[...US_STATE_NAMES].map((s) => s.replace(/ \(.*\)$/, '')),
    ...COUNTRIES.flatMap((c) => [c.canonical, ...c.aliases]),
  ]);
  return placeNames.has(words);
}

// The extraction record gives actors as canonical names only. Names from the
// extractor's gazetteer take its kind; for others the graph guesses person,
// organisation or place from the name's shape and a few well-known words.
// A guess only colours the node; it never changes a key.
import { GAZETTEER_KINDS } from '../extract/actors/gazetteer.js';
import type { ActorKind } from './types.js';

const ORGANIZATION_WORDS =
  /\b(ministry|ministries|government|party|army|forces|police|council|agency|office|department|commission|committee|union|association|organization|organisation|authority|authorities|court|parliament|congress|senate|bank|company|corporation|corp|inc|ltd|group|university|institute|foundation|fund|league|federation|hamas|hezbollah|taliban|nato|un|united nations|eu|european union|who|imf|opec|fbi|cia|pentagon|kremlin|white house|msf|red cross|navy|military|guard|movement|front|brigades?|network|service|times|news|press|post|journal|radio|television|tv)\b/i;

const PLACES = new Set(
  (
    'afghanistan albania algeria argentina armenia australia austria azerbaijan bahrain bangladesh belarus belgium bolivia bosnia brazil bulgaria burma cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus czechia denmark egypt eritrea estonia ethiopia finland france gaza georgia germany ghana greece guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel italy japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania mali mexico moldova mongolia montenegro morocco mozambique myanmar nepal netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan tajikistan tanzania thailand tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe ' +
    'europe africa asia america americas antarctica oceania paris london berlin moscow washington beijing tokyo kyiv kiev cairo tehran jerusalem beirut damascus baghdad kabul islamabad delhi new delhi seoul pyongyang ankara istanbul rome madrid brussels geneva doha riyadh dubai gaza strip west bank crimea donbas kunduz peshawar yushu new york'
  )
    .split(' ')
    .filter(Boolean),
);
const MULTIWORD_PLACES = /^(the )?(united states|united kingdom|united arab emirates|south korea|north korea|south africa|saudi arabia|new zealand|sri lanka|west bank|gaza strip|new delhi|new york|hong kong|middle east|south sudan|ivory coast|czech republic|dominican republic|el salvador|costa rica|puerto rico)$/i;

export function guessActorKind(name: string): ActorKind {
  const trimmed = name.trim();
  const known = GAZETTEER_KINDS.get(trimmed);
  if (known) return known;
  const lower = trimmed.toLowerCase();
  if (MULTIWORD_PLACES.test(trimmed) || PLACES.has(lower)) return 'place';
  if (ORGANIZATION_WORDS.test(trimmed)) return 'organization';
  // all-capital acronyms (UNICEF, KCNA) are organisations far more often than people
  if (/^[A-Z][A-Z0-9&.-]{1,}$/.test(trimmed)) return 'organization';
  return 'person';
}

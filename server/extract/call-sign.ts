// North American broadcast call signs the gazetteer does not list: "KMOV reported that C",
// "..., KARE 11 reported", "WBAL-TV 11 said". A bare call sign is an outlet only as the subject of
// "report" with content, or of "according to" when it has four letters; one with a channel number ("KARE 11") is shaped like a station in any
// reporting frame. Other K/W acronyms (KGB, WWF, KPMG) stay speakers.
import { lookupOutlet } from './lexicon/outlets.js';

/** "KMOV", "KOAT" (1: the call sign) */
const BARE_CALL_SIGN = /^[KW][A-Z]{2,3}$/;
/** "KARE 11", "WBAL-TV 11", "WUSA9": a call sign and the station's channel number */
const NUMBERED_CALL_SIGN = /^([KW][A-Z]{2,3})(?:-(?:TV|DT))?[ -]?\d{1,2}$/;
/** K and W acronyms of organisations, companies and events that report things */
const NOT_STATIONS = new Set([
  'KGB', 'KKK', 'KFC', 'KLM', 'KPMG', 'KMT', 'KDP', 'KRG', 'KNU', 'KDF', 'KPK', 'KNPC', 'KOC', 'KPA', 'KIA', 'KCNA', 'KBR', 'KEPCO',
  'WHO', 'WTO', 'WWF', 'WFP', 'WMO', 'WIPO', 'WEF', 'WADA', 'WWE', 'WBA', 'WBC', 'WBO', 'WPP', 'WRC', 'WNBA', 'WSL', 'WTA', 'WPA',
  'WFO', 'WCC', 'WEP', 'WRI', 'WHOI', 'WWII', 'WMD', 'WMDS', 'WSJ', 'WCS', 'WGA', 'WSB', 'WIN', 'WAR', 'WARN', 'WAS', 'KIND', 'KEEP',
]);

/** The outlet a call-sign subject names in a reporting frame (lemma of its cue), else null. */
export function callSignOutlet(raw: string, lemma: string, withContent: boolean): { outlet: string; mention: string } | null {
  if (raw.length > 12) return null;
  const numbered = NUMBERED_CALL_SIGN.exec(raw);
  if (numbered && (lemma === 'report' || lemma === 'say' || lemma === 'according to') && !NOT_STATIONS.has(numbered[1] as string)) {
    const listed = lookupOutlet(numbered[1] as string);
    return { outlet: listed && listed.kind === 'broadcaster' ? listed.canonical : raw, mention: raw };
  }
  // ("according to KSLA": four letters, the length of most stations' signs, where "according to" names a source)
  if (BARE_CALL_SIGN.test(raw) && ((lemma === 'report' && withContent) || (raw.length === 4 && lemma === 'according to')) && !NOT_STATIONS.has(raw)) return { outlet: raw, mention: raw };
  return null;
}

// Descriptions of players and clubs in a sports story: "the Rennes forward", "the Spanish international"
// (the player named before), "the Primera Liga club" (the club named before).
import { COUNTRY_NAMES } from './gazetteer.js';
import { dropInside, firstAtOrAfter } from './descriptions.js';
import type { ActorMention } from './index.js';
import { CLUB_NAMES } from '../lexicon/organizations.js';

const PLAYER_ROLE = String.raw`forward|striker|midfielder|defender|goalkeeper|keeper|winger|international|playmaker|full-back|centre-back|center-back`;
/** "the Rennes forward", "the Spanish international", "the 18-year-old French winger". */
const PLAYER = new RegExp(String.raw`\b[Tt]he (?:(?:\p{Lu}[\p{L}'’-]*|[\p{Ll}\d-]+)\s+){1,3}(?:${PLAYER_ROLE})\b(?!-)`, 'gu');
/** A role right before a person's name: "Valencia striker David Villa". */
const ROLE_BEFORE = new RegExp(String.raw`\b(?:${PLAYER_ROLE})\s+$`);
/** "the Primera Liga club", "the Bundesliga side", "the Catalan club". */
const CLUB = /\b[Tt]he (?:(?:\p{Lu}[\p{L}\d'’-]*|[\p{Ll}\d-]+)\s+){1,2}club\b(?!-)/gu;
const WINDOW = 800;

/**
 * Player and club descriptions of a sports story, as mentions of the player or club named before. States
 * and leagues inside them ("the Spanish international", "the Primera Liga club") only describe, and are
 * removed from `mentions`.
 */
export function sportsDescriptions(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  // (clubs first: "the Primera Liga club" holds no person)
  for (const d of text.matchAll(CLUB)) {
    const end = d.index + d[0].length;
    let club: ActorMention | null = null;
    for (let k = firstAtOrAfter(mentions, d.index - WINDOW); k < mentions.length && mentions[k].start < d.index; k++) if (CLUB_NAMES.has(mentions[k].canonical)) club = mentions[k];
    if (!club) continue;
    dropInside(mentions, d.index, end);
    out.push({ start: d.index, end, canonical: club.canonical, kind: 'organization' });
  }
  for (const d of text.matchAll(PLAYER)) {
    const end = d.index + d[0].length;
    // the player the article gave a playing role, else the person named last
    let last: ActorMention | null = null;
    let roled: ActorMention | null = null;
    for (let k = firstAtOrAfter(mentions, d.index - WINDOW); k < mentions.length && mentions[k].start < d.index; k++) {
      const m = mentions[k];
      if (m.kind !== 'person') continue;
      last = m;
      if (ROLE_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) roled = m;
    }
    // (a person named last as the one saying it talks about the player: "X quoted vice president Y as saying the
    // club had discussed the sale of the Spanish international")
    const player = last && roled && /^[^.!?]*\b(?:said|says|saying|told|added)\b[^.!?]*$/.test(text.slice(last.end, d.index)) ? roled : last;
    if (!player) continue;
    dropInside(mentions, d.index, end, (m) => COUNTRY_NAMES.has(m.canonical));
    out.push({ start: d.index, end, canonical: player.canonical, kind: 'person' });
  }
  return out;
}

/** Last words of club names that, alone, name the club: "City are only willing to pay", "United have made a bid". */
const CLUB_TAIL = /\b(City|United|Rovers|Wanderers|Athletic|Albion|Hotspur)\b(?!\s?[\p{Lu}\p{N}'’-])/gu;
/** The words before such a tail that make it part of something else: "the City", "Manchester City". */
const PREVIOUS_WORD_ENDS_NAME = /(?:\b[Tt]he|\p{Lu}[\p{L}.&'’-]*)\s$/u;

/**
 * "City", "United" alone in a football story: the one club of that last word the story names in full
 * ("Manchester City ... at City"). Not after "the" ("the City of London") nor inside a longer name.
 */
export function clubShortNames(text: string, mentions: ActorMention[]): ActorMention[] {
  const out: ActorMention[] = [];
  let clubsByTail: Map<string, string | null> | null = null;
  for (const r of text.matchAll(CLUB_TAIL)) {
    // (not "the City", nor the end of a longer name: "Manchester City", "Leeds United")
    if (PREVIOUS_WORD_ENDS_NAME.test(text.slice(Math.max(0, r.index - 24), r.index))) continue;
    if (!clubsByTail) {
      clubsByTail = new Map();
      for (const m of mentions) {
        if (!CLUB_NAMES.has(m.canonical)) continue;
        const tail = /^\p{Lu}[\p{L}]+ (City|United|Rovers|Wanderers|Athletic|Albion|Hotspur)\b/u.exec(m.canonical)?.[1];
        if (!tail) continue;
        const prev = clubsByTail.get(tail);
        clubsByTail.set(tail, prev === undefined || prev === m.canonical ? m.canonical : null);
      }
    }
    const club = clubsByTail.get(r[1]);
    if (!club) continue;
    const end = r.index + r[1].length;
    const k = firstAtOrAfter(mentions, r.index - 40);
    let covered = false;
    for (let j = k; j < mentions.length && mentions[j].start < end; j++) if (mentions[j].end > r.index) covered = true;
    if (!covered) out.push({ start: r.index, end, canonical: club, kind: 'organization' });
  }
  return out;
}

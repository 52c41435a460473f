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

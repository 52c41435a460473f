// Every reporting frame with every way of naming a medium, every kind of speaker and two shapes of content: the grammar's
// pieces must compose. Each frame is filled with each medium (a bare name, a name with its media noun,
// a description before the name, a possessive owner, capitals, a name that is also a word) and each
// speaker (a name, a title, an appositive, an age, unnamed sources, an institution), with plain content and content
// holding a relative clause set off by commas, and must give a record whose claim is the content, whose outlet is
// the medium and whose speaker is the speaker.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';

/** How a medium is written, and the outlet it names. */
const MEDIA: [written: string, outlet: string][] = [
  ['Reuters', 'Reuters'],
  ['the BBC', 'BBC'],
  ['AFP', 'Agence France-Presse'],
  ['the Reuters news agency', 'Reuters'],
  ['the BBC radio station', 'BBC'],
  ['the French news agency AFP', 'Agence France-Presse'],
  ["Germany's Der Spiegel", 'Der Spiegel'],
  ['the Sydney Morning Herald newspaper', 'The Sydney Morning Herald'],
  ['state broadcaster NHK', 'NHK'],
  ["Japan's public broadcaster NHK", 'NHK'],
  ['ANTARA', 'Antara'],
  ['The Associated Press', 'Associated Press'],
  ['the Kyodo news agency', 'Kyodo News'],
  ['the daily Le Monde', 'Le Monde'],
  ['the state-run IRNA news agency', 'IRNA'],
  ['Yonhap News Agency', 'Yonhap'],
  ['the Kyiv Independent', 'The Kyiv Independent'],
  ['the German news agency dpa', 'Deutsche Presse-Agentur'],
  ['Italian news agency ANSA', 'ANSA'],
  ['the Turkish newspaper Sabah', 'Sabah'],
  ['Kyiv-based Hromadske', 'Hromadske'],
  ['the semiofficial Fars news agency', 'Fars News Agency'],
  ['local broadcaster Radio Zet', 'Radio Zet'],
  ["the country's national news wire Antara", 'Antara'],
  ['US media organisation Radio Free Europe', 'Radio Free Europe/Radio Liberty'],
  ['U.S.-based Newsweek', 'Newsweek'],
  ['India Today', 'India Today'],
  ['BBC Afrique', 'BBC'],
  ['news agency PTI', 'Press Trust of India'],
  ['Channel 12', 'Channel 12'],
];

/** A speaker as written, and a word the record's speaker must contain. */
const SPEAKERS: [written: string, head: string][] = [
  ['Maria Lopez', 'Lopez'],
  ['police chief Maria Lopez', 'Lopez'],
  ['Maria Lopez, the mayor of Tulunan town,', 'Lopez'],
  ['Lopez, 45,', 'Lopez'],
  ['Interior Minister Ahmed Khan', 'Khan'],
  ['a senior police officer', 'officer'],
  ['two sources familiar with the matter', 'sources'],
  ['an official who asked not to be named', 'official'],
  ['the interior ministry', 'ministry'],
  ['the company', 'company'],
];

/** The content, plain, with a relative clause (and a number's comma) or a comma of its own inside it, and with a bracket. */
const CONTENTS: [clause: string, quote: string][] = [
  ['the situation in the city is very tense', 'We have been checking the site of the blast'],
  ['the plant, which employs 3,000 people, would close by June', 'We will not allow this, and we will fight it in court'],
  ['the plant (which employs 3,000 people) would close', 'We have checked the site (twice) and found nothing'],
];
const TWO_SENTENCES = 'We have been checking the site of the blast. We have just finished our roll call';

/** Frames with a speaker: {S} speaker, {M} medium, {MS} medium opening the sentence, {C} clause, {Q} quotation, {Q2} two sentences. */
const WITH_SPEAKER = [
  '{S} told {M} that {C}.', '{S} told {M} {C}.', '{S} told {M}: “{Q}.”', '“{Q},” {S} told {M}.', '“{Q2},” {S} told {M}.', '“{Q},” {S} told {M} on Monday.',
  '{S} told {M} on Monday that {C}.', '{S} told {M} by phone that {C}.', '{S} told {M} via phone: “{Q}.”', '{S} told {M} in an interview that {C}.',
  '{S} said in an interview with {M} that {C}.', 'In an interview with {M}, {S} said {C}.', '{S} said {C}, according to {M}.', 'According to {M}, {S} said {C}.',
  '{MS} quoted {S} as saying {C}.', '{MS} quoted {S} as saying: “{Q}.”', '{S} was quoted by {M} as saying {C}.', '“{Q},” {S} was quoted as saying by {M}.',
  '{MS} reported, citing {S}, that {C}.', '{MS} reported on Monday, citing {S}, that {C}.', '{MS}, citing {S}, reported that {C}.', '{C}, {M} reported, citing {S}.',
  '{MS} cited {S} as saying {C}.', 'Speaking to {M}, {S} said {C}.', '{S}, speaking to {M}, said {C}.', 'Also speaking to {M}, {S} said {C}.',
  '“{Q},” {S} said in an interview with {M}.', '{C}, {S} told {M}.', '{C}, {S} told {M} on Monday.', '{MS} said {C}, citing {S}.', '{MS} said, citing {S}, that {C}.',
  '{S} confirmed to {M} that {C}.', '{S} told {M} late on Monday that {C}.', '“{Q},” {S} told {M} in an interview.', '{S} told {M} that “{Q}.”',
  '{S} was quoted as saying by {M} that {C}.', '{MS} quoted {S} as saying that {C}.', '{S} told {M} in a statement that {C}.', '{S} said in a statement to {M} that {C}.',
  '{C}, {S} said in an interview with {M}.', '{C}, {S} told {M} in an interview.', '{C}, {S} said, according to {M}.', '“{Q},” {S} told {M}, adding that the city was calm.',
  '“{Q},” {S} said, according to {M}.', '{MS} quoted {S} as telling reporters that {C}.', '{S} was cited by {M} as saying {C}.', '{MS} cited {S} as saying that {C}.',
  '{MS} reported late on Monday that {C}, citing {S}.', 'In comments to {M}, {S} said {C}.', 'Asked by {M} about the blast, {S} said {C}.', 'Speaking to {M} on Monday, {S} said {C}.',
  '{S} said in comments published by {M} that {C}.', '{S} said in remarks carried by {M} that {C}.', '{S} told {M} on condition of anonymity that {C}.',
  '{S} told {M} that {C}, adding that the city was calm.', '{S} later told {M} that {C}.', '{S} also told {M} that {C}.', '{S} has told {M} that {C}.', '{S} on Monday told {M} that {C}.',
  'Citing {S}, {M} reported that {C}.', '{S} told {M} {C}, adding that the city was calm.', '“{Q},” {S} told {M} by telephone.', '“{Q},” {S} told {M} on condition of anonymity.',
  '{S} said in an interview with {M} in November that {C}.', '“{Q},” {S} said in an interview with {M} in November.', '{S} said {C}, reported {M}.',
  '“{Q},” {S} told {M} by telephone from Zlatoust, a town of 200,000 people.',
];

/** Frames where the medium itself reports. */
const MEDIUM_ONLY = [
  '{MS} reported that {C}.', '{MS} reported {C}.', '{C}, {M} reported.', '{C}, {M} reported on Monday.', 'According to {M}, {C}.', '{C}, according to {M}.', '{MS} said {C}.',
  'In a report on Monday, {M} said {C}.', 'A report by {M} said {C}.', '{MS} reported on Monday that {C}.', '{C}, {M} said.', '{MS} said on its website that {C}.',
  '{MS} has reported that {C}.', '{MS} also reported that {C}.', '{C}, {M} reported late on Monday.', '{MS} reports that {C}.', 'As reported by {M}, {C}.', 'A report in {M} said {C}.',
  '{MP} report said {C}.', 'In its report, {M} said {C}.', '{MS} said in a report on Monday that {C}.', '{MS} said in an editorial that {C}.', '{C}, {M} said in a report.',
  '{MS} first reported that {C}.', '{MS} reported earlier that {C}.', '{MS} wrote that {C}.', '{MS} wrote on Monday that {C}.', '{MS} writes that {C}.', '{MS} claimed that {C}.',
  '{MS} revealed that {C}.', '{MS} understands that {C}.', '{MS} has learned that {C}.', '{C}, {M} has learned.', '{C}, {M} understands.', '{MP} report on Monday said {C}.',
  'According to a report by {M}, {C}.', 'According to {MP} report, {C}.', '{C}, {MP} report said.', '{C}, reported {M}.', '{C}, said {M}.',
];


const capitalised = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const possessive = (s: string) => (s.endsWith('s') ? `${s}'` : `${s}'s`);
function fill(frame: string, medium: string, speaker: string, [CLAUSE, QUOTE]: [string, string]): string {
  return frame
    .replace('{MP}', frame.startsWith('{MP}') ? capitalised(possessive(medium)) : possessive(medium))
    .replace('{MS}', capitalised(medium))
    .replace('{M}', medium)
    .replace('{S}', frame.startsWith('{S}') ? capitalised(speaker) : speaker)
    .replace('{C}', frame.startsWith('{C}') ? capitalised(CLAUSE) : CLAUSE)
    .replace('{Q2}', TWO_SENTENCES)
    .replace('{Q}', QUOTE)
    // a speaker's closing appositive comma before the frame's own punctuation
    .replace(/,([,.:])/g, '$1');
}

const LEAD = 'The blast hit the city centre on Sunday.\n\n';

/** Why the sentence's record is wrong, or null when it is right. */
function problem(frame: string, medium: string, outlet: string, speaker: [string, string] | null, contents: [string, string]): string | null {
  const sentence = fill(frame, medium, speaker?.[0] ?? '', contents);
  const text = LEAD + sentence;
  const [clause, quote] = contents;
  const content = frame.includes('{Q2}') ? TWO_SENTENCES : frame.includes('{Q}') ? quote : frame.startsWith('{C}') ? capitalised(clause) : clause;
  const start = text.indexOf(content);
  const end = start + content.length;
  const records = extract({ id: 'frame', title: '', text, published: '2024-05-01' }).attributions;
  const overlapping = records.filter((r) => {
    const o = Math.min(end, r.claimEnd) - Math.max(start, r.claimStart);
    return o >= 0.5 * (end - start) && o >= 0.5 * (r.claimEnd - r.claimStart);
  });
  const got = () => records.map((r) => `[${r.outlet} | ${r.speaker} | ${r.cue}] ${r.claim.slice(0, 40)}`).join('; ') || 'nothing';
  if (!overlapping.length) return `${sentence}\n    no record of the content: ${got()}`;
  const withOutlet = overlapping.filter((r) => r.outlet === outlet);
  if (!withOutlet.length) return `${sentence}\n    not ${outlet}: ${got()}`;
  if (speaker && !withOutlet.some((r) => (r.speaker ?? '').includes(speaker[1]))) return `${sentence}\n    speaker not ${speaker[1]}: ${got()}`;
  return null;
}

describe('reporting frames compose with every form of medium and speaker', () => {
  for (const frame of WITH_SPEAKER) {
    it(frame, () => {
      const problems: string[] = [];
      for (const [medium, outlet] of MEDIA) {
        for (const speaker of SPEAKERS) {
          for (const contents of CONTENTS) {
            const p = problem(frame, medium, outlet, speaker, contents);
            if (p) problems.push(p);
          }
        }
      }
      expect(problems).toEqual([]);
    });
  }
  for (const frame of MEDIUM_ONLY) {
    it(frame, () => {
      const problems: string[] = [];
      for (const [medium, outlet] of MEDIA) {
        for (const contents of CONTENTS) {
          const p = problem(frame, medium, outlet, null, contents);
          if (p) problems.push(p);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

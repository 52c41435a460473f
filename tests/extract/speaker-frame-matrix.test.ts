// Every reporting frame with every kind of speaker: unnamed sources in their many shapes, officials
// with and without names, governments, bodies, companies, plural bare nouns. Each sentence must give
// exactly one record of the claim, with its outlet (or none) and that speaker. ("a spokesperson for
// the company" may be given as the body it speaks for, and after an inverted cue a speaker's relative
// clause may be left off: "said an official who spoke on condition of anonymity" gives "an official".)
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const SPEAKERS = ['sources familiar with the matter', 'a person familiar with the talks', 'two people briefed on the matter', 'an official who spoke on condition of anonymity',
  'a senior US official', 'unidentified US officials', 'one of the people familiar with the talks', 'a Hamas official', 'Prime Minister Jane Roe', 'the Qatari government',
  'the White House', 'an intelligence source', 'a diplomatic source', 'a source close to the negotiations', 'three people with knowledge of the plan',
  'a spokesperson for the company', 'Acme Corp', 'officials', 'police', 'a police spokesman', 'an Israeli security official', 'Western diplomats'];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const FRAMES: [string, (s: string) => string, string | null][] = [
  ['S told M that', (s) => `${cap(s)} told Reuters that the talks had stalled.`, 'Reuters'],
  ['M reported, citing S, that', (s) => `Reuters reported, citing ${s}, that the talks had stalled.`, 'Reuters'],
  ['M, citing S, reported', (s) => `Reuters, citing ${s}, reported that the talks had stalled.`, 'Reuters'],
  ['C, S told M', (s) => `The talks have stalled, ${s} told Reuters.`, 'Reuters'],
  ['M quoted S as saying', (s) => `Reuters quoted ${s} as saying the talks had stalled.`, 'Reuters'],
  ['S said, as quoted by M', (s) => `${cap(s)} said the talks had stalled, as quoted by Reuters.`, 'Reuters'],
  ['according to S', (s) => `According to ${s}, the talks have stalled.`, null],
  ['S said', (s) => `${cap(s)} said the talks had stalled.`, null],
  ['C, S said', (s) => `The talks have stalled, ${s} said.`, null],
  ['C, said S', (s) => `The talks have stalled, said ${s}.`, null],
];
const fold = (x: string | null) => (x ?? '').toLowerCase().replace(/^(?:a|an|the)\s+/, '');
const sameSpeaker = (got: string | null, want: string, inverted: boolean) => fold(got) === fold(want) ||
  (/^a spokes\w+ for /.test(want) && fold(got) === fold(want.replace(/^a spokes\w+ for /, ''))) || (inverted && fold(got) === fold(want.replace(/ who .*$/, '')));

describe('reporting frames x speakers', () => {
  for (const [frame, sentence, outlet] of FRAMES) {
    it(frame, () => {
      const wrong = SPEAKERS.flatMap((s) => {
        const records = run(sentence(s)).attributions.filter((a) => a.claim.includes('stalled'));
        const r = records[0];
        return records.length === 1 && r!.outlet === outlet && sameSpeaker(r!.speaker, s, frame === 'C, said S') ? [] : [[s, records.map((x) => [x.outlet, x.speaker])]];
      });
      expect(wrong).toEqual([]);
    });
  }
});

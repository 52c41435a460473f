// Media named with their descriptions (owner, stance, kind, place) in six reporting frames. Each
// sentence must give exactly one record of the claim, with the medium (its canonical name holding
// the key given here).
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const DESCRIBED: [string, string][] = [
  ['Russian business daily Kommersant', 'Kommersant'], ["Israel's Channel 12", 'Channel 12'], ['the Saudi-owned Al Arabiya', 'Al Arabiya'],
  ['pan-Arab daily Asharq Al-Awsat', 'Asharq Al-Awsat'], ['the Kyiv Independent', 'Kyiv Independent'], ['state broadcaster RTS', 'Radio Television of Serbia'],
  ["Iran's semi-official Tasnim news agency", 'Tasnim'], ["North Korea's state-run KCNA", 'Korean Central News Agency'], ["Germany's Der Spiegel magazine", 'Der Spiegel'],
  ['the Turkish pro-government daily Sabah', 'Sabah'], ['Japanese public broadcaster NHK', 'NHK'], ['the Hong Kong-based South China Morning Post', 'South China Morning Post'],
  ["Nigeria's Premium Times", 'Premium Times'], ["Kenya's Daily Nation newspaper", 'Daily Nation'], ['the Qatar-based Al Jazeera network', 'Al Jazeera'],
  ['the Lebanese newspaper An-Nahar', 'Nahar'], ['Italian news agency ANSA', 'ANSA'], ["the French sports daily L'Equipe", 'Equipe'],
  ["Brazil's Folha de S.Paulo newspaper", 'Folha'], ['the Israeli daily Haaretz', 'Haaretz'], ['Chinese state media outlet Global Times', 'Global Times'],
  ['the independent Russian outlet Meduza', 'Meduza'], ['Ukrainian news outlet Ukrainska Pravda', 'Ukrainska Pravda'], ["Egypt's state-owned Al-Ahram", 'Ahram'],
];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const FRAMES: [string, (o: string) => string][] = [
  ['M reported that C', (o) => `${cap(o)} reported that the minister would resign.`],
  ['according to M, C', (o) => `According to ${o}, the minister will resign.`],
  ['S told M that C', (o) => `An aide told ${o} that the minister would resign.`],
  ['M quoted S as saying C', (o) => `${cap(o)} quoted an aide as saying the minister would resign.`],
  ['C, M reported', (o) => `The minister will resign, ${o} reported.`],
  ['M, citing S, said C', (o) => `${cap(o)}, citing two aides, said the minister would resign.`],
];
const fold = (s: string | null) => (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

describe('described media x reporting frames', () => {
  for (const [frame, sentence] of FRAMES) {
    it(frame, () => {
      const wrong = DESCRIBED.flatMap(([mention, key]) => {
        const records = run(sentence(mention)).attributions.filter((a) => a.claim.includes('resign'));
        return records.length === 1 && fold(records[0]!.outlet).includes(fold(key)) ? [] : [[mention, records.map((r) => r.outlet)]];
      });
      expect(wrong).toEqual([]);
    });
  }
});

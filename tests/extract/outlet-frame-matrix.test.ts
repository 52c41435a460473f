// Every reporting frame with every kind of outlet name: a plain name ("Reuters"), one with its article
// ("The Guardian"), one a gazetteer guards because it is also a word, a place or a company ("Dawn",
// "Vanguard", "Bild", "Kyodo"), an acronym ("AFP", "TASS"), a name with diacritics ("El País"). Each
// sentence must give exactly one record of the claim, with that outlet. (The frames are written here;
// a failure names the frame and the outlet.)
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const OUTLETS: [string, string][] = [
  ['Reuters', 'Reuters'], ['The Guardian', 'The Guardian'], ['The Independent', 'The Independent'], ['The Times', 'The Times'],
  ['The Sun', 'The Sun'], ['The Washington Post', 'The Washington Post'], ['The Hindu', 'The Hindu'], ['Dawn', 'Dawn'],
  ['Vanguard', 'Vanguard'], ['The Punch', 'The Punch'], ['Bild', 'Bild'], ['Marca', 'Marca'], ['Le Monde', 'Le Monde'],
  ['AFP', 'Agence France-Presse'], ['the BBC', 'BBC'], ['Al Jazeera', 'Al Jazeera'], ['TASS', 'TASS'], ['Kyodo', 'Kyodo News'],
  ['Anadolu', 'Anadolu Agency'], ['Tasnim', 'Tasnim News Agency'], ['El País', 'El País'], ['Haaretz', 'Haaretz'], ['Politico', 'Politico'],
];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const FRAMES: [string, (o: string) => string][] = [
  ['reports that', (o) => `${cap(o)} reports that the minister will resign.`],
  ['reported on Monday that', (o) => `${cap(o)} reported on Monday that the minister would resign.`],
  ['says', (o) => `${cap(o)} says the minister will resign.`],
  ['according to, leading', (o) => `According to ${o}, the minister will resign.`],
  ['reported, trailing', (o) => `The minister will resign, ${o} reported.`],
  ['according to, trailing', (o) => `The minister will resign, according to ${o}.`],
  ['quoted S as saying', (o) => `${cap(o)} quoted an aide as saying the minister would resign.`],
  ['S told M that', (o) => `An aide told ${o} that the minister would resign.`],
  ['M, citing S, reported that', (o) => `${cap(o)}, citing two aides, reported that the minister would resign.`],
  ['in an interview with M', (o) => `In an interview with ${o}, the minister said he would resign.`],
  ["M's report said", (o) => `${cap(o)}'s report said the minister would resign.`],
  ['reported, citing S, that', (o) => `${cap(o)} reported, citing two aides, that the minister would resign.`],
  ['S told M, after a quotation', (o) => `"I will resign," the minister told ${o}.`],
  ['said in a report that', (o) => `${cap(o)} said in a report that the minister would resign.`],
  ['also reported', (o) => `${cap(o)} also reported that the minister would resign.`],
  ['said on its website, trailing', (o) => `The minister will resign, ${o} said on its website.`],
  ['said, citing S, trailing', (o) => `The minister will resign, ${o} said, citing two aides.`],
  ['S told M, trailing', (o) => `The minister will resign, an aide told ${o}.`],
  ['S was quoted by M as saying', (o) => `An aide was quoted by ${o} as saying the minister would resign.`],
  ['has learned', (o) => `${cap(o)} has learned that the minister will resign.`],
  ['in a statement to M', (o) => `In a statement to ${o}, the minister said he would resign.`],
  ['first reported', (o) => `${cap(o)} first reported that the minister would resign.`],
  ['said in an interview with M that', (o) => `The minister said in an interview with ${o} that he would resign.`],
  ['as M reported', (o) => `As ${o} reported, the minister will resign.`],
  ['M, quoting S, said', (o) => `${cap(o)}, quoting an aide, said the minister would resign.`],
  ['M, which cited S, said', (o) => `${cap(o)}, which cited two aides, said the minister would resign.`],
  ['M, in a report on Monday, said', (o) => `${cap(o)}, in a report on Monday, said the minister would resign.`],
];

describe('reporting frames x outlet names', () => {
  for (const [frame, sentence] of FRAMES) {
    it(frame, () => {
      const got = OUTLETS.map(([mention, outlet]) => {
        const records = run(sentence(mention)).attributions.filter((a) => a.claim.includes('resign'));
        return [mention, records.length === 1 ? records[0]!.outlet : records.map((r) => r.outlet).join(' + ') || 'none', outlet];
      });
      expect(got.filter(([, found, want]) => found !== want)).toEqual([]);
    });
  }
});

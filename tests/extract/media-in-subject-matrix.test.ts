// The medium inside a subject phrase: a report, article, editorial or story in or by it, its
// correspondent, reporter, columnist or journalist, documents or information it saw or obtained,
// an article written for it. Every shape with every kind of medium name (a guarded one, "Kyodo",
// included) gives one record with that medium.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const OUTLETS: [string, string][] = [['Reuters', 'Reuters'], ['the BBC', 'BBC'], ['The Guardian', 'The Guardian'], ['Kyodo', 'Kyodo News'], ['the Daily Nation', 'Daily Nation'], ['Le Monde', 'Le Monde'], ['CNN', 'CNN'], ['Al Jazeera', 'Al Jazeera']];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const SHAPES: [string, (o: string) => string][] = [
  ['a report in M said', (o) => `A report in ${o} said the minister would resign.`],
  ['an article in M claimed', (o) => `An article in ${o} claimed that the minister would resign.`],
  ["M's correspondent in Kabul reported", (o) => `${cap(o)}'s correspondent in Kabul reported that the minister would resign.`],
  ['a reporter for M wrote', (o) => `A reporter for ${o} wrote that the minister would resign.`],
  ['M columnist Jane Roe wrote', (o) => `${cap(o.replace(/^the /, ''))} columnist Jane Roe wrote that the minister would resign.`],
  ['a journalist at M said', (o) => `A journalist at ${o} said the minister would resign.`],
  ['an editorial in M argued', (o) => `An editorial in ${o} argued that the minister should resign.`],
  ['a story published by M said', (o) => `A story published by ${o} on Friday said the minister would resign.`],
  ['information obtained by M shows', (o) => `Information obtained by ${o} shows that the minister will resign.`],
  ['documents seen by M show', (o) => `Documents seen by ${o} show that the minister will resign.`],
  ['in an article for M, S wrote', (o) => `In an article for ${o}, the former minister wrote that the minister should resign.`],
];

describe('the medium inside a subject phrase', () => {
  for (const [shape, sentence] of SHAPES) {
    it(shape, () => {
      const wrong = OUTLETS.flatMap(([mention, outlet]) => {
        const records = run(`The talks began in May. ${sentence(mention)}`).attributions.filter((a) => a.claim.includes('resign'));
        return records.length === 1 && records[0]!.outlet === outlet ? [] : [[mention, records.map((r) => [r.outlet, r.speaker])]];
      });
      expect(wrong).toEqual([]);
    });
  }
});

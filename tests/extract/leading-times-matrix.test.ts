// Fronted times and discourse words before "M reported that C", with and without their comma, for
// media named with and without "the": each sentence gives one record with its medium.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const LEADS = ['On Monday,', 'Last week,', 'In a report published Sunday,', 'Separately,', 'Meanwhile,', 'Earlier,', 'In its latest issue,', 'Citing two aides,',
  'Late on Friday,', 'In December', 'On Sunday evening', 'Earlier this month,', 'Also on Monday,', 'However,', 'In a separate report,', 'Last year,', 'In an editorial,',
  'In a dispatch from Kabul,', 'Two days later,', 'In 2019,', 'At the time,', 'By contrast,', 'Previously,', 'In its Sunday edition,'];
const OUTLETS: [string, string][] = [['Reuters', 'Reuters'], ['the BBC', 'BBC'], ['The Guardian', 'The Guardian'], ['Kyodo', 'Kyodo News'], ['the Daily Nation', 'Daily Nation'], ['Le Monde', 'Le Monde']];

describe('a fronted time or discourse word before "M reported that C"', () => {
  for (const lead of LEADS) {
    it(lead, () => {
      const wrong = OUTLETS.flatMap(([mention, outlet]) => {
        const records = run(`The talks began in May. ${lead} ${mention} reported that the minister would resign.`).attributions.filter((a) => a.claim.includes('resign'));
        return records.length === 1 && records[0]!.outlet === outlet ? [] : [[mention, records.map((r) => [r.outlet, r.speaker])]];
      });
      expect(wrong).toEqual([]);
    });
  }
});

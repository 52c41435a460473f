// mayBeDateAt turns places away before DATE_AT's long regex runs: it must never turn away one where DATE_AT matches.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATE_AT, mayBeDateAt } from '../../server/extract/frames.js';

const dates = [
  ' on Sunday', ', last Tuesday morning', ' yesterday', ' Today', ' tonight', ' last night', ' this morning', ' earlier today',
  ' a week ago', ' two days ago', ' ten months ago', ' last week', ' earlier this month', ' on January 5, 2024', ' in early March',
  ' in mid-June', ' on May 3', ' later this year', ' earlier in the day', ' this week', ' past weekend', ' last year', ', December 12',
  ' since Friday', ' by Wednesday', ' early Monday', ' late Saturday night', ' LAST NIGHT', '\t, on Thursday', " today's", ' ſunday',
];
const samples = path.resolve(__dirname, '../../data/samples');
const texts = [
  dates.join(' and'),
  ...fs.readdirSync(samples).filter((f) => f.endsWith('.json')).map((f) => (JSON.parse(fs.readFileSync(path.join(samples, f), 'utf8')) as { text: string }).text),
];

describe('mayBeDateAt', () => {
  it('is true at every place DATE_AT matches, in date phrases of every shape and in the sample articles', () => {
    const missed: string[] = [];
    let matches = 0;
    let turnedAway = 0;
    for (const text of texts) {
      for (let pos = 0; pos < text.length; pos++) {
        DATE_AT.lastIndex = pos;
        const m = DATE_AT.exec(text);
        const may = mayBeDateAt(text, pos);
        if (m && m.index === pos) {
          matches++;
          if (!may) missed.push(JSON.stringify(text.slice(pos, pos + 30)));
        } else if (!may) turnedAway++;
      }
    }
    expect(missed).toEqual([]);
    expect(matches).toBeGreaterThan(dates.length);
    // (and it does turn most places away)
    expect(turnedAway).toBeGreaterThan(texts.reduce((n, t) => n + t.length, 0) / 2);
  });
});

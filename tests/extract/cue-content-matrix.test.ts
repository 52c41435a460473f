// Every saying verb with every way its content can stand: "that C", a bare clause, a colon and a
// quotation, a quotation before the speaker (either order), the clause before the frame, a date or a
// setting between verb and "that", an age in apposition; quotations in straight, curly and British single marks. Each sentence must give exactly one record:
// the mayor as speaker, the content as claim. (A sentence of narration comes first, so the frame
// sentence is never read as the article's title.)
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const VERBS = ['said', 'added', 'noted', 'warned', 'insisted', 'explained', 'claimed', 'confirmed', 'announced', 'stated', 'wrote', 'argued', 'stressed',
  'acknowledged', 'admitted', 'told reporters', 'says', 'has said', 'reiterated', 'emphasised'];
const C = 'the bridge would reopen in May';
const Q = 'The bridge will reopen in May';
const FRAMES: [string, (v: string) => string, string][] = [
  ['S V that C', (v) => `The mayor ${v} that ${C}.`, C],
  ['S V C', (v) => `The mayor ${v} ${C}.`, C],
  ['S V: "Q."', (v) => `The mayor ${v}: "${Q}."`, Q],
  ['"Q," S V.', (v) => `"${Q}," the mayor ${v}.`, Q],
  ['"Q," V S.', (v) => `"${Q}," ${v} the mayor.`, Q],
  ['Q, S V.', (v) => `${Q}, the mayor ${v}.`, Q],
  ['S V on Monday that C', (v) => `The mayor ${v} on Monday that ${C}.`, C],
  ['S V in a statement that C', (v) => `The mayor ${v} in a statement that ${C}.`, C],
  ['S, 54, V that C', (v) => `The mayor, 54, ${v} that ${C}.`, C],
  // the same quotations in curly double and in British single quotation marks
  ['S V: “Q.”', (v) => `The mayor ${v}: “${Q}.”`, Q],
  ['“Q,” S V.', (v) => `“${Q},” the mayor ${v}.`, Q],
  ['“Q,” V S.', (v) => `“${Q},” ${v} the mayor.`, Q],
  ['S V: ‘Q.’', (v) => `The mayor ${v}: ‘${Q}.’`, Q],
  ['‘Q,’ S V.', (v) => `‘${Q},’ the mayor ${v}.`, Q],
  ['‘Q,’ V S.', (v) => `‘${Q},’ ${v} the mayor.`, Q],
];
const bare = (s: string) => s.replace(/^["“‘]|[.,"”’]+$/g, '').trim();

describe('saying verbs x content shapes', () => {
  for (const [frame, sentence, claim] of FRAMES) {
    it(frame, () => {
      // ("told reporters the mayor" is no English order)
      const verbs = frame.includes('V S') ? VERBS.filter((v) => !v.includes(' ')) : VERBS;
      const wrong = verbs.flatMap((v) => {
        const text = `The bridge was closed in March. ${sentence(v)}`;
        const records = run(text).attributions;
        const r = records[0];
        return records.length === 1 && bare(r!.claim) === bare(claim) && /^the mayor$/i.test(r!.speaker ?? '') ? [] : [[v, records.map((x) => [x.speaker, x.claim])]];
      });
      expect(wrong).toEqual([]);
    });
  }
});

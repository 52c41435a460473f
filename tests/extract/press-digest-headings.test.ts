// A press digest names each paper once, in capitals on a line of its own, above the stories it ran; "the paper"
// in those stories is the paper of the heading above them, not the one referred to before. A paper named in
// passing inside a sentence does not take "the newspaper" from the medium the story is about. Text written for
// these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const DIGEST = [
  'The following are some of the leading stories in the newspapers on Monday. We have not verified these stories.',
  'VEDOMOSTI',
  '- The rouble lost 7 percent of its value last week, the paper writes.',
  '- The city plans new road tenders worth 80 billion roubles, the daily says.',
  'KOMMERSANT',
  '- Two gas companies on Friday discussed pre-payments for transit, the daily reports.',
  '- A gas producer is close to selling a stake in its export plant, the paper writes.',
].join('\n\n');

describe('a press digest', () => {
  it('gives each story the paper of its heading', () => {
    expect(run(DIGEST).attributions.map((a) => a.outlet)).toEqual(['Vedomosti', 'Vedomosti', 'Kommersant', 'Kommersant']);
  });
  it('a headline in capitals that is not on its own line names no paper', () => {
    const text = 'THE ROUBLE FALLS AGAIN, VEDOMOSTI SAYS\n\nThe rouble lost 7 percent of its value last week, the paper writes.';
    expect(run(text).attributions.map((a) => a.outlet)).not.toContain('Vedomosti');
  });
});

describe('a paper named in passing', () => {
  it('leaves "the newspaper" with the paper the story is about', () => {
    const text = [
      'La Prensa said on Monday that customs had withheld its newsprint.',
      'It has been the only paper with a print edition since another opposition paper, El Nuevo Diario, closed in 2019.',
      '“We cannot continue with the print edition,” the newspaper said.',
    ].join('\n\n');
    expect(run(text).attributions.map((a) => a.outlet)).toEqual(['La Prensa', 'La Prensa']);
  });
});

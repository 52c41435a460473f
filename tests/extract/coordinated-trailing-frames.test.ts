// "C, the group announced and the news portal Goobjoog confirmed": two trailing frames joined by "and" both
// report C. "According to Goobjoog's sources" after the story named the portal: the portal's sources.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('two trailing frames joined by "and"', () => {
  it('each reports the content', () => {
    expect(rows('The talks failed, officials said and Reuters confirmed.')).toEqual([
      [null, 'officials', 'The talks failed'],
      ['Reuters', null, 'The talks failed'],
    ]);
    expect(rows('The militants attacked the headquarters on Sunday, the group announced and the news portal Goobjoog confirmed.').map((r) => r[0])).toEqual([null, 'Goobjoog News']);
  });
  it('not when the second verb is no reporting verb', () => {
    expect(rows('The talks failed, officials said and prices dropped.')).toEqual([[null, 'officials', 'The talks failed']]);
  });
});

describe('the sources of a medium named before, by its name', () => {
  it('"According to Goobjoog\'s sources, C"', () => {
    expect(rows('The Somali news portal Dalsoor reported the attack. According to Dalsoor’s sources, the attack has claimed casualties.')[1])
      .toEqual(['Dalsoor', 'sources', 'the attack has claimed casualties']);
    expect(rows("Hamas's sources said the talks failed.")).toEqual([[null, "Hamas's sources", 'the talks failed']]);
  });
});

// "C1, says People magazine, and C2, says the Daily Mail": the second trailing frame's content starts after
// the first frame. "According to the TV channel" refers back to the channel named before; "the TV channel"
// names no medium "TV". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('two trailing frames over one sentence', () => {
  it('each frame takes its own stretch of content', () => {
    expect(rows('The couple last appeared together in March, says People magazine, and lately she has been filming in Toronto, says the Daily Mail.')).toEqual([
      ['People', null, 'The couple last appeared together in March'],
      ['Daily Mail', null, 'lately she has been filming in Toronto'],
    ]);
    expect(rows('The talks failed, according to Reuters, and the minister resigned, the BBC said.')).toEqual([
      ['Reuters', null, 'The talks failed'],
      ['BBC', null, 'the minister resigned'],
    ]);
  });
});

describe('"the TV channel"', () => {
  it('refers back to the channel named before, and alone names no medium', () => {
    expect(rows('Al Arabiya said the coup had failed. According to the TV channel, the army is in control.')[1]).toEqual(['Al Arabiya', null, 'the army is in control']);
    expect(rows('According to the TV channel, the army is in control.')).toEqual([[null, 'the TV channel', 'the army is in control']]);
  });
});

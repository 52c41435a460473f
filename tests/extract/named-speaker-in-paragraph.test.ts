// A named person who told a medium something and speaks again in the same paragraph, with nobody else
// speaking in between, is still speaking to that medium; in a later paragraph, or after another speaker,
// the medium does not carry. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a named speaker again in the same paragraph', () => {
  it('keeps the medium told', () => {
    expect(rows('Farmer leader Anil Mehta told Reuters the harvest had failed. "We have nothing left to sell," Mehta said.'))
      .toEqual([
        ['Reuters', 'Farmer leader Anil Mehta', 'the harvest had failed'],
        ['Reuters', 'Mehta', 'We have nothing left to sell'],
      ]);
    expect(rows('Anil Mehta told the BBC that the harvest had failed. He said prices would rise.'))
      .toEqual([
        ['BBC', 'Anil Mehta', 'the harvest had failed'],
        ['BBC', 'Anil Mehta', 'prices would rise'],
      ]);
  });
  it('not in a later paragraph', () => {
    expect(rows('Anil Mehta told Reuters the harvest had failed.\n\n"We have nothing left to sell," Mehta said.'))
      .toEqual([
        ['Reuters', 'Anil Mehta', 'the harvest had failed'],
        [null, 'Mehta', 'We have nothing left to sell'],
      ]);
  });
  it('not after another speaker', () => {
    expect(rows('Anil Mehta told Reuters the harvest had failed. The ministry said aid was on its way. Mehta said prices would rise.'))
      .toEqual([
        ['Reuters', 'Anil Mehta', 'the harvest had failed'],
        [null, 'The ministry', 'aid was on its way'],
        [null, 'Mehta', 'prices would rise'],
      ]);
  });
});

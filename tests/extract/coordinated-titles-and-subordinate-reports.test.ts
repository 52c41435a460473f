// "told TMZ and Variety C": a title read only after "the" (a common word: Variety, Kicker, Time) is a medium
// when coordinated with a medium the text names. "S said C1 as/while M reported that C2": the subordinating
// conjunction before a clause with its own cue ends C1. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a common-word title coordinated with a medium', () => {
  it('is a medium', () => {
    expect(rows('Two police sources told TMZ and Variety the driver arrested was the actor.').map((r) => r[0])).toEqual(['TMZ', 'Variety']);
    expect(rows('Reuters and Time reported that the chief executive resigned.').map((r) => r[0])).toEqual(['Reuters', 'Time']);
  });
  it('alone, without "the", it is not', () => {
    expect(rows('Variety is the spice of life, the chef said.').map((r) => r[0])).toEqual([null]);
  });
});

describe('a subordinate report after a statement', () => {
  it('"as"/"while" before a medium\'s own report ends the first claim', () => {
    expect(rows('The minister said prices would rise as Reuters reported that inflation hit 5 percent.')).toEqual([
      [null, 'The minister', 'prices would rise'],
      ['Reuters', null, 'inflation hit 5 percent'],
    ]);
    expect(rows('The minister said prices would rise while the BBC reported that inflation hit 5 percent.')[0]).toEqual([null, 'The minister', 'prices would rise']);
  });
});

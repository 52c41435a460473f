// Parties many states have are named with the story's state ("the Social Democrats" in a German story is the
// Social Democratic Party of Germany, not the US Democratic Party); "the North" and "the South" are the sides of a
// divided state the article names; a peninsula is named with a lower-case "peninsula" too. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { lastSentence } from './helpers.js';

describe('parties', () => {
  it('"Social Democrats" is the state\'s social democratic party, never the US Democrats', () => {
    expect(lastSentence("Sweden's Social Democrats won the vote.")).toEqual(['Sweden', 'Swedish Social Democratic Party']);
    expect(lastSentence("Germany's Social Democrats (SPD) said they could still win.")).toEqual(['Germany', 'Social Democratic Party of Germany']);
    expect(lastSentence('The voters were angry. The Social Democratic Party said it would win.')).not.toContain('Democratic Party');
  });
  it('party initials', () => {
    expect(lastSentence('Polls opened. The SPD said it could still win.')).toEqual(['Social Democratic Party of Germany']);
    expect(lastSentence('Polls opened. PiS said it would keep its majority.')).toEqual(['Law and Justice']);
  });
});

describe('"the North", "the South"', () => {
  it('are the sides of the divided state the article names', () => {
    expect(lastSentence('North Korea fired two missiles. The North could stage another test soon.')).toEqual(['North Korea']);
    expect(lastSentence('Sudan and South Sudan signed a deal. The South wants a larger share of the oil money.')).toEqual(['South Sudan']);
  });
  it('are no state in a story without such a pair, or before "of"', () => {
    expect(lastSentence('Storms hit France. The South was flooded.')).toEqual([]);
    expect(lastSentence('North Korea fired two missiles. Tourists left the South of France.')).toEqual(['France']);
  });
});

describe('peninsulas', () => {
  it('with a lower-case "peninsula"', () => {
    expect(lastSentence('Tensions rose. Missiles fell between the Korean peninsula and Japan.')).toEqual(['Korean Peninsula', 'Japan']);
  });
});

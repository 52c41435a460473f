// "Her manager confirmed the death to CNN": the medium a thing was confirmed to is the record's medium, and
// no part of the claim. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a thing confirmed to a medium', () => {
  it('the medium is the outlet, the thing the claim', () => {
    expect(rows('Her manager confirmed the death to CNN.')).toEqual([['CNN', 'Her manager', 'the death']]);
    expect(rows('The spokesman confirmed the arrests to the BBC on Sunday.')).toEqual([['BBC', 'The spokesman', 'the arrests']]);
  });
  it('"to" before no medium stays in the claim', () => {
    expect(rows('The ministry confirmed the transfer of funds to the account.')).toEqual([[null, 'The ministry', 'the transfer of funds to the account']]);
  });
});

describe('"denied C, according to M"', () => {
  it('keeps its own frame: the "to" of "according to" is no medium confirmed to', () => {
    expect(rows('The ministry denied the allegations, according to the Daily Star.')).toEqual([['The Daily Star', 'The ministry', 'the allegations']]);
  });
});

// "he" and "she" after an unnamed person the article described ("One account came from a former colonel ... he
// says C"; "The colonel says C1. He says C2"), and a leading interview setting whose medium is followed by a place
// ("In an interview with VOA in Bangkok,") or ends in a day ("with the Mail on Sunday"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('pronouns after a described person', () => {
  it('introduced in the sentence before', () => {
    const text = 'One account came from a former colonel, who asked not to be named. In an interview with VOA in Bangkok, he says he left the army in May.';
    expect(rows(text)).toEqual([['Voice of America', 'a former colonel', 'he left the army in May']]);
  });
  it('named by a definite description that spoke last', () => {
    const text = 'The convoy left at dawn.\n\nThe colonel says he saw the trucks leave.\n\nHe says the drivers were paid in cash.';
    expect(rows(text).map((r) => r[1])).toEqual(['The colonel', 'The colonel']);
  });
  it('a named person nearer stays the referent', () => {
    const text = 'A farmer watched the convoy. Omar Diallo, the mayor, said the road was closed. He said it would reopen soon.';
    expect(rows(text).at(-1)?.[1]).toBe('Omar Diallo');
  });
});

describe('leading interview settings', () => {
  it('a place after the medium', () => {
    expect(rows('In an interview with VOA in Bangkok, Omar Diallo said the road was closed.')).toEqual([['Voice of America', 'Omar Diallo', 'the road was closed']]);
  });
  it('a listed name that ends in a day', () => {
    expect(rows('In an interview with the Mail on Sunday, Omar Diallo said the road was closed.')).toEqual([['The Mail on Sunday', 'Omar Diallo', 'the road was closed']]);
    expect(rows('In an interview with the BBC on Sunday, Omar Diallo said the road was closed.')).toEqual([['BBC', 'Omar Diallo', 'the road was closed']]);
  });
});

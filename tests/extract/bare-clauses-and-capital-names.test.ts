// A clause without "that" whose subject is a bare lower-case phrase ("predicted conservative candidates
// would win"), and a listed name that is also a word written in capitals in a medium's frame ("told
// ANTARA", "according to ANTARA"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a clause without "that" after a verb that usually wants it', () => {
  it('is the content when a bare phrase and a modal or auxiliary open it', () => {
    expect(rows('The Fars news agency predicted conservative candidates would win 135 seats.'))
      .toEqual([['Fars News Agency', null, 'conservative candidates would win 135 seats']]);
    expect(rows('Reuters predicted foreign troops had left the base by then.'))
      .toEqual([['Reuters', null, 'foreign troops had left the base by then']]);
  });
  it('is not read into an object with a determiner ("tell networks any agreement will")', () => {
    expect(rows('The officials predicted the outcome of the vote.')).toEqual([]);
  });
});

describe('a listed name that is also a word, in capitals', () => {
  it('is the medium where a frame holds it', () => {
    expect(rows('The police chief told ANTARA that the site had been searched.'))
      .toEqual([['Antara', 'The police chief', 'the site had been searched']]);
    expect(rows('According to ANTARA, the site had been searched twice.'))
      .toEqual([['Antara', null, 'the site had been searched twice']]);
    expect(rows('The police chief was quoted by ANTARA as saying the site had been searched.'))
      .toEqual([['Antara', 'The police chief', 'the site had been searched']]);
  });
  it('in title case after "according to"', () => {
    expect(rows('According to Antara, the site had been searched twice.'))
      .toEqual([['Antara', null, 'the site had been searched twice']]);
  });
});

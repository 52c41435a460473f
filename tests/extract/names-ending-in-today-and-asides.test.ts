// A medium whose name ends in "Today" is not cut at a date ("according to India Today"); an aside that names
// the person it follows gives the speaker ("the man, identified only by his surname Shen, said"); "the media
// outlet" as the object of "told" refers back to the medium named before; a place told from may carry a
// description to the sentence's end. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { outletAndSpeakerOf, run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('"Today" ending a name', () => {
  it('is part of the name, not a date', () => {
    expect(rows('At least 36 people have died since the protests began, according to India Today.')).toEqual([['India Today', null, 'At least 36 people have died since the protests began']]);
    expect(rows('At least 36 people have died, according to a report by USA Today.')).toEqual([['USA Today', null, 'At least 36 people have died']]);
    expect(rows('At least 36 people have died, according to the BBC today.')).toEqual([['BBC', null, 'At least 36 people have died']]);
  });
});

describe('an aside that names the person', () => {
  it('gives the name as the speaker', () => {
    expect(outletAndSpeakerOf('“Fuel is expensive now,” the man, identified only by his surname Shen, said.', 'Fuel')).toEqual([null, 'Shen']);
    expect(outletAndSpeakerOf('Fuel is expensive now, a driver, identified only as Maria, told RFA.', 'Fuel')).toEqual(['Radio Free Asia', 'Maria']);
  });
});

describe('"the media outlet" told', () => {
  it('is the medium named before', () => {
    const text = 'The airline is close to a large order, Bloomberg reported on Friday. One source told the media outlet that the order could reach 500 aircraft.';
    expect(outletAndSpeakerOf(text, '500 aircraft')).toEqual(['Bloomberg', 'One source']);
  });
  it('"the media" alone is an audience', () => {
    expect(outletAndSpeakerOf('The mayor told the media that the road would reopen.', 'road')).toEqual([null, 'The mayor']);
  });
});

describe('a place told from, described', () => {
  it('closes the frame', () => {
    expect(outletAndSpeakerOf('“We began with five,” organizer Ivan Petrov told Reuters by telephone from Zlatoust, a town of nearly 200,000 people west of Chelyabinsk.', 'five'))
      .toEqual(['Reuters', 'organizer Ivan Petrov']);
  });
});

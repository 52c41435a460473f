import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// "M quoting S declared C", "M citing S reported that C": a medium and its source as one subject without
// commas; "the widely circulated official publication M": a long description before a medium's name;
// "the Fars News agency": a frame-read name whose whole mention is a listed spelling. Sentences written for this file.
describe('a medium\'s name and source inside one subject', () => {
  const roles = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker]);

  it('splits the medium from the source it quotes or cites', () => {
    expect(roles('The Guardian citing two aides reported that the budget was cut.')).toEqual([['The Guardian', 'two aides']]);
    expect(roles('Al Jazeera quoting medical sources said four people were hurt.')).toEqual([['Al Jazeera', 'medical sources']]);
    expect(roles('The budget was cut, the Guardian citing two aides reported.')).toEqual([['The Guardian', 'two aides']]);
  });

  it('leaves a subject whose first words are no medium whole', () => {
    expect(roles('Lawyers citing the charter said the budget was unlawful.')).toEqual([[null, 'Lawyers citing the charter']]);
  });

  it('reads a medium after a long description, and a listed spelling with its media noun', () => {
    expect(roles('The widely read national daily Haaretz said the budget was cut.')).toEqual([['Haaretz', null]]);
    expect(roles('The Tasnim News agency reported that the budget was cut.')).toEqual([['Tasnim News Agency', null]]);
    expect(roles('The budget was cut, the Fars News agency said.')).toEqual([['Fars News Agency', null]]);
  });
});

// A medium the gazetteer lacks takes its kind from the words that introduce it ("local television
// station WXYZ", "the weekly Kanal Nord"): "the newspaper" after it refers back past it to the last
// newspaper, "the station" to it. Names below are invented for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

const story = (anaphor: string) => 'The reporter had written about the council for the Toledo Blade, the newspaper said. '
  + 'Earlier, local television station WQXT reported that the councillor had been questioned. '
  + `The reporter had covered the council for years, ${anaphor} said.`;

describe('the kind of an unlisted medium from the words that introduce it', () => {
  it('"the newspaper", "his newspaper" skip a television station to the newspaper named before', () => {
    expect(recordWith(run(story('the newspaper')), 'for years').outlet).toBe('Toledo Blade');
    expect(recordWith(run(story('his newspaper')), 'for years').outlet).toBe('Toledo Blade');
  });
  it('"the station" is the television station', () => {
    expect(recordWith(run(story('the station')), 'for years').outlet).toBe('WQXT');
  });
});

// "Several Israeli media outlets, including Channel 12 and Haaretz, reported C": the media named in
// Also: "Al Arabiya and Al Jazeera television stations said C", named media before a media noun of two words.
// the appositive are the outlets; two words before the plural media noun hid them.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('unnamed media, then the ones named', () => {
  it('two words before the media noun', () => {
    const ex = run('Several Israeli media outlets, including Haaretz and Ynet, reported that the cabinet had approved the deal.');
    expect(ex.attributions.map((a) => a.outlet).sort()).toEqual(['Haaretz', 'Ynet']);
  });
  it('one named medium', () => {
    expect(run('Several Israeli media outlets, including Haaretz, reported that the cabinet had approved the deal.').attributions.map((a) => a.outlet)).toEqual(['Haaretz']);
  });
});

describe('named media, then a media noun of two words', () => {
  it('gives each medium its record', () => {
    const ex = run('Al Arabiya and Al Jazeera television stations said 11 soldiers were killed.');
    expect(ex.attributions.map((a) => a.outlet).sort()).toEqual(['Al Arabiya', 'Al Jazeera']);
  });
  it('stations that are no media name no outlet', () => {
    expect(run('Police stations and fire stations said the roads were closed.').attributions.filter((a) => a.outlet)).toEqual([]);
  });
});

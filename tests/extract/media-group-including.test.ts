// "Several Israeli media outlets, including Channel 12 and Haaretz, reported C": the media named in
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

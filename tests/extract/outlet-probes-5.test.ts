// Outlet constructions from the fifth round of probe sentences: a medium's programme named after
// it, "S, quoted in M, said", an unfamiliar medium told after "the news portal" or with a number in
// its name, and "the outlet's report" after a medium named only in narration.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe("a medium's programme named after the medium", () => {
  it('"The BBC programme Panorama reported C", "told the ITV show Peston that C"', () => {
    expect(recordWith(run('The BBC programme Panorama reported that the care home had hidden the deaths.'), 'care home').outlet).toBe('BBC');
    const r = recordWith(run('The chancellor told the ITV show Peston that the budget would balance.'), 'budget');
    expect([r.outlet, r.speaker]).toEqual(['ITV News', 'The chancellor']);
  });
});

describe('"S, quoted in M, said C"', () => {
  it('the participle\'s medium is no name of the speaker', () => {
    const r = recordWith(run('The fire chief, quoted in the Sacramento Bee, said the blaze was contained.'), 'blaze');
    expect([r.outlet, r.speaker]).toEqual(['The Sacramento Bee', 'The fire chief']);
  });
  it('"S, based in P, said C" keeps the speaker', () => {
    expect(recordWith(run('The aid worker, based in South Sudan, said the camp was full.'), 'camp').speaker).toBe('The aid worker');
  });
});

describe('an unfamiliar medium told after a media noun', () => {
  it('"told the news portal Delfi that C", "told local broadcaster Canal 13 that C"', () => {
    const r = recordWith(run('A ministry spokesman told the news portal Delfi that the crossing would close at midnight.'), 'crossing');
    expect([r.outlet, r.speaker]).toEqual(['Delfi', 'A ministry spokesman']);
    expect(recordWith(run('The president told local broadcaster Canal 13 that the curfew would end.'), 'curfew').outlet).toBe('Canal 13');
  });
});

describe('"the outlet\'s report" after a medium named only in narration', () => {
  it('"M obtained the memo. The outlet\'s report said C"', () => {
    const r = recordWith(run("Semafor obtained the memo on Monday. The outlet's report said the agency would close two offices."), 'two offices');
    expect([r.outlet, r.speaker]).toEqual(['Semafor', null]);
  });
  it('with no medium named before, the phrase stays the speaker', () => {
    expect(recordWith(run("The outlet's report said the agency would close two offices."), 'two offices').outlet).toBeNull();
  });
});

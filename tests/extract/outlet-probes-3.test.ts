// Outlet constructions from the third round of probe sentences: a lower-case programme owned by a
// medium, people a medium spoke to who then said C, an indefinite "a newspaper" the next sentence
// names, a work by a medium ("a survey by M"), and a clause after an inverted cue that is no speaker.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe("a medium's programme without a name of its own", () => {
  it('"told M\'s evening news programme that C", "told the M\'s flagship show that C"', () => {
    const r = recordWith(run("The interior minister told ZDF's evening news programme that the border checks would continue."), 'border checks');
    expect([r.outlet, r.speaker, r.claim]).toEqual(['ZDF', 'The interior minister', 'the border checks would continue']);
    expect(recordWith(run("The premier told the BBC's flagship political show that the vote would go ahead."), 'vote').outlet).toBe('BBC');
  });
});

describe('people a medium spoke to', () => {
  it('"M spoke to X, who said C", "M has interviewed X, who said C"', () => {
    const r = recordWith(run('The BBC spoke to four teachers, who said the school had no heating.'), 'heating');
    expect([r.outlet, r.speaker]).toEqual(['BBC', 'four teachers']);
    const g = recordWith(run('The Guardian has interviewed two former guards, who said the prisoners were beaten.'), 'prisoners');
    expect([g.outlet, g.speaker]).toEqual(['The Guardian', 'two former guards']);
  });
  it('a person who spoke to someone gives no medium', () => {
    expect(recordWith(run('The mayor spoke to four teachers, who said the school had no heating.'), 'heating').outlet).toBeNull();
  });
});

describe('"a newspaper reported C" and the newspaper the next sentence names', () => {
  it('the indefinite medium is the one of its kind named after it', () => {
    const ex = run('The dam is close to failing, a newspaper reported on Friday, citing a government official. The Asahi Shimbun said water was seeping through the wall.');
    const r = recordWith(ex, 'dam is close');
    expect([r.outlet, r.speaker]).toEqual(['Asahi Shimbun', 'a government official']);
  });
  it('a medium of another kind named after it is not the newspaper', () => {
    const r = recordWith(run('A newspaper reported that the governor had resigned. Later, Sky News said the governor had not resigned.'), 'had resigned');
    expect(r.outlet).toBeNull();
  });
});

describe('a work by a medium', () => {
  it('"A survey by M found C", "An investigation by M found C"', () => {
    const r = recordWith(run('A survey by the Economist found that most farmers expected prices to fall.'), 'farmers');
    expect([r.outlet, r.speaker]).toEqual(['The Economist', null]);
    expect(recordWith(run('An investigation by ProPublica found that the lab had lost the samples.'), 'lab').outlet).toBe('ProPublica');
  });
  it('a work by a university or a pollster names no medium', () => {
    expect(recordWith(run('A study by Harvard found that most farmers expected prices to fall.'), 'farmers').outlet).toBeNull();
    expect(recordWith(run('A poll by Gallup found that most farmers expected prices to fall.'), 'farmers').outlet).toBeNull();
  });
});

describe('a clause after an inverted cue is no speaker', () => {
  it('"A letter, seen by M, says X met Y": the letter says the clause, M holds it', () => {
    const r = recordWith(run('A letter, seen by the Guardian, says the minister met the lobbyist twice.'), 'lobbyist');
    expect([r.outlet, r.speaker, r.claim]).toEqual(['The Guardian', 'A letter', 'the minister met the lobbyist twice']);
  });
  it('an inverted speaker with a relative clause is still the speaker', () => {
    const r = recordWith(run('"The harvest is lost," said a farmer who met the minister.'), 'harvest');
    expect(r.speaker).toBe('a farmer');
  });
});

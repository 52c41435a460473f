// Outlet constructions from the fourth round of probe sentences: a medium's own desk or board,
// a medium's witness or photographer, a medium's note that it could not verify something, and an
// interview given to a medium before a participle of saying.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe("a medium's own desk, board or staff", () => {
  it('"M\'s editorial board wrote C", "M\'s verification team found C": the medium itself', () => {
    const r = recordWith(run("The Boston Globe's editorial board wrote that the tax should be scrapped."), 'tax');
    expect([r.outlet, r.speaker]).toEqual(['The Boston Globe', null]);
    expect(recordWith(run("The BBC's verification team found that the video had been filmed in 2019."), 'video').outlet).toBe('BBC');
  });
  it('"A Reuters witness said C", "an AFP photographer said C": the medium\'s unnamed staff', () => {
    const r = recordWith(run('A Reuters witness said smoke was rising from the refinery.'), 'smoke');
    expect([r.outlet, r.speaker]).toEqual(['Reuters', 'A Reuters witness']);
    expect(recordWith(run('An AFP photographer said the crowd had been dispersed with tear gas.'), 'crowd').outlet).toBe('Agence France-Presse');
  });
});

describe("a medium's note on its own checking", () => {
  it('"M said it could not independently verify the report" is no claim', () => {
    expect(run('Reuters said it could not independently verify the footage.').attributions).toHaveLength(0);
    expect(run('The BBC said it had been unable to confirm the figures.').attributions).toHaveLength(0);
  });
  it('a speaker\'s "it could not verify" is still a statement', () => {
    expect(recordWith(run('The ministry said it could not verify the footage.'), 'footage').speaker).toBe('The ministry');
  });
});

describe('an interview given to a medium', () => {
  it('"S gave an interview to M on Friday, saying C", "S granted a rare interview to M, saying C"', () => {
    const r = recordWith(run('The prefect gave an interview to Ouest-France on Friday, saying the ferry service would resume.'), 'ferry');
    expect([r.outlet, r.speaker]).toEqual(['Ouest-France', 'The prefect']);
    expect(recordWith(run('The king granted a rare interview to the Financial Times, saying the monarchy would slim down.'), 'monarchy').outlet).toBe('Financial Times');
  });
  it('an interview given to a person names no medium', () => {
    expect(recordWith(run('The prefect gave an interview to students on Friday, saying the ferry service would resume.'), 'ferry').outlet).toBeNull();
  });
});

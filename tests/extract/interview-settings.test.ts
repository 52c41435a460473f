// Where a statement was given: a work with its own date ("in an interview published Tuesday"), a
// medium named after a particle ("Folha de S. Paulo"), a listed name spaced or punctuated otherwise.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('a setting with the date the work appeared', () => {
  it('"said in an interview published Monday that C", "aired on Sunday", "released last week"', () => {
    for (const setting of ['in an interview published Monday', 'in an interview aired on Sunday', 'in a video released last week', 'in an interview broadcast Friday']) {
      expect(brief(run(`The governor said ${setting} that the road would reopen.`))).toEqual([{ outlet: null, speaker: 'The governor', claim: 'the road would reopen' }]);
    }
  });

  it('the medium that modifies the work stays its outlet', () => {
    expect(recordWith(run('The singer claimed in a Guardian interview published Sunday that the tour was cancelled.'), 'the tour').outlet).toBe('The Guardian');
  });

  it('after the medium told: "told Reuters in an interview published Tuesday that C"', () => {
    const r = recordWith(run('The minister told Reuters in an interview published Tuesday that rates would fall.'), 'rates would fall');
    expect([r.outlet, r.speaker]).toEqual(['Reuters', 'The minister']);
  });
});

describe('a medium named after a particle', () => {
  it('"told newspaper Folha de S. Paulo that C": the listed "Folha de S.Paulo"', () => {
    for (const object of ['newspaper Folha de S. Paulo', 'Folha de S. Paulo', 'the daily Folha de S. Paulo']) {
      const r = recordWith(run(`The senator told ${object} that she would run again.`), 'she would run again');
      expect(r.outlet).toBe('Folha de S.Paulo');
    }
  });

  it('a name the gazetteer does not know keeps its whole name after the media noun', () => {
    const r = recordWith(run('The mayor told newspaper Jornal do Commercio that the port would grow.'), 'the port would grow');
    expect(r.outlet).toBe('Jornal do Commercio');
  });
});

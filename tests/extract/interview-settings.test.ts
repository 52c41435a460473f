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

describe('questions asked by a medium\'s journalists', () => {
  it('"When asked by Folha reporters about X, S said C": the medium whose journalists asked', () => {
    const r = recordWith(run('When asked repeatedly by Folha reporters about the calls for her to step down after weeks of protests in the capital, the senator said she would stay.'), 'she would stay');
    expect([r.outlet, r.speaker]).toEqual(['Folha de S.Paulo', 'the senator']);
    expect(recordWith(run('Questioned by the BBC on the strike, the minister said talks would resume.'), 'talks would resume').outlet).toBe('BBC');
  });

  it('asked by reporters, or by a person, names no medium', () => {
    expect(recordWith(run('When asked by reporters about the deal, the minister said it was close.'), 'it was close').outlet).toBeNull();
    expect(recordWith(run('When asked by John Smith about the deal, the minister said it was close.'), 'it was close').outlet).toBeNull();
  });

  it('a name that needs its article is still no medium after a preposition without journalists', () => {
    expect(recordWith(run('Officials in Sana said the talks had failed.'), 'the talks').outlet).toBeNull();
  });
});

describe('the interview referred back to', () => {
  it('"In the interview, S said C" after an interview given to a medium', () => {
    const ex = run('The senator told Reuters in an interview that she would run. In the interview, she said the party was divided.');
    const r = recordWith(ex, 'the party was divided');
    expect([r.outlet, r.outletMention]).toEqual(['Reuters', 'the interview']);
    expect(recordWith(run('The senator told Reuters in an interview that she would run. Later, in the same interview, the senator said the party was divided.'), 'the party').outlet).toBe('Reuters');
  });

  it('no interview named before, or one too far back, gives no outlet', () => {
    expect(recordWith(run('The senator told Reuters that she would run. In the interview, she said the party was divided.'), 'the party').outlet).toBeNull();
    const far = 'The senator told Reuters in an interview that she would run. ' + 'The weather was cold. '.repeat(9) + 'In the interview, she said the party was divided.';
    expect(recordWith(run(far), 'the party').outlet).toBeNull();
  });
});

describe('what a speaker adds to a statement given to a medium', () => {
  it('"C1," she told M. "C2," she added: C2 is given to M too', () => {
    const ex = run('"We will not give up," the senator told the Boston Globe. "Try us," she added.');
    expect(recordWith(ex, 'Try us').outlet).toBe('The Boston Globe');
  });

  it('another speaker adding, or a "said" in a later paragraph, keeps no medium; the same speaker in the same paragraph keeps it', () => {
    const ex = run('"We will not give up," Jane Roe told the Boston Globe. "It is over," John Smith added.');
    expect(recordWith(ex, 'It is over').outlet).toBeNull();
    const later = run('"We will not give up," Jane Roe told the Boston Globe.\n\n"Try us," Roe said.');
    expect(recordWith(later, 'Try us').outlet).toBeNull();
    const said = run('"We will not give up," Jane Roe told the Boston Globe. "Try us," Roe said.');
    expect(recordWith(said, 'Try us').outlet).toBe('The Boston Globe');
  });
});

describe('the medium\'s work after "in the"', () => {
  it('"said in the CNN interview that C", "wrote in the Guardian column that C": the claim starts after the work', () => {
    expect(brief(run('She said in the CNN interview that the deal was dead.'))).toEqual([{ outlet: 'CNN', speaker: 'She', claim: 'the deal was dead' }]);
    expect(brief(run('She wrote in the Guardian column that the deal was dead.'))).toEqual([{ outlet: 'The Guardian', speaker: 'She', claim: 'the deal was dead' }]);
  });
});

describe('a trailing setting after the claim', () => {
  it('"... in the CNN interview." names the medium and ends the claim; "in the interview." ends it too', () => {
    expect(brief(run('She also reaffirmed her commitment to cutting the deficit in the CNN interview.'))).toEqual([{ outlet: 'CNN', speaker: 'She', claim: 'her commitment to cutting the deficit' }]);
    expect(brief(run('The minister said the talks would resume in the interview.'))).toEqual([{ outlet: null, speaker: 'The minister', claim: 'the talks would resume' }]);
  });

  it('"reaffirmed that C" is a statement', () => {
    expect(brief(run('The minister reaffirmed that the border would stay open.'))).toEqual([{ outlet: null, speaker: 'The minister', claim: 'the border would stay open' }]);
  });
});

// Media named in shapes the gazetteer alone does not settle: a name with its initials in brackets,
// and a statement given to a medium. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a medium named with its initials in brackets', () => {
  it('after the content, before it, and after "according to"', () => {
    const a = recordWith(run('Floods cut the rail line to the port, British Broadcasting Corporation (BBC) has reported.'), 'Floods');
    expect(a.outlet).toBe('BBC');
    expect(a.speaker).toBeNull();
    expect(recordWith(run('Agence France-Presse (AFP) reported that floods cut the rail line.'), 'Floods'.toLowerCase()).outlet).toBe('Agence France-Presse');
    expect(recordWith(run('Floods cut the rail line, according to the Associated Press (AP).'), 'Floods').outlet).toBe('Associated Press');
  });
  it('a body with its initials in brackets stays a speaker', () => {
    const a = recordWith(run('Floods cut the rail line, the National Emergency Management Agency (NEMA) said.'), 'Floods');
    expect(a.outlet).toBeNull();
    expect(a.speaker).toBe('the National Emergency Management Agency (NEMA)');
  });
});

describe('a statement given to a medium', () => {
  it('"said in a joint statement provided/sent/emailed to M"', () => {
    const a = recordWith(run('"We remain partners," the two founders said in a joint statement provided to Reuters.'), 'partners');
    expect(a.outlet).toBe('Reuters');
    expect(a.speaker).toBe('the two founders');
    expect(recordWith(run('"We remain partners," the founders said in a statement sent to the Associated Press.'), 'partners').outlet).toBe('Associated Press');
    expect(recordWith(run('The founders said in a statement emailed to Reuters that they remained partners.'), 'partners').outlet).toBe('Reuters');
  });
  it('a statement sent to staff names no medium', () => {
    expect(recordWith(run('The company said in a statement sent to employees that the plant would close.'), 'plant').outlet).toBeNull();
  });
});

// Media named by initials or in a list with "as well as", and a committee whose name holds a magazine's:
// "SVT said", "told HS", "Newspapers A and B as well as public broadcaster C reported", "the Foreign Affairs
// Committee". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const outlets = (text: string) => run(text).attributions.map((a) => a.outlet);

describe('Nordic and Baltic media', () => {
  it('initials name the full medium', () => {
    expect(outlets('The diplomat is suspected of spying in Stockholm, SVT said.')).toEqual(['Sveriges Television']);
    expect(outlets('The minister told HS that he was only analysing the situation.')).toEqual(['Helsingin Sanomat']);
    expect(outlets('The pier is partly on Estonian territory, ERR reported.')).toEqual(['Eesti Rahvusringhääling']);
  });
  it('a list of media with "as well as", after a plural media noun', () => {
    expect(outlets('Newspapers Aftonbladet and Expressen as well as public broadcaster Swedish Radio reported that the threat was real.')).toEqual(['Aftonbladet', 'Expressen', 'Sveriges Radio']);
  });
  it('a committee named for foreign affairs is no magazine', () => {
    expect(outlets('The chair of the Foreign Affairs Committee said the views were radical.')).toEqual([null]);
  });
});

describe('more readings found in the same sets', () => {
  const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);
  it('a second medium told, after its description: "told Reuters and the French AFP news agency"', () => {
    expect(rows('Gunfire was heard near the bases, witnesses told Reuters and the French AFP news agency.').map((r) => r[0])).toEqual(['Reuters', 'Agence France-Presse']);
  });
  it('initials in brackets after the medium told', () => {
    expect(rows('The editor told Czech Radio (CR) the minister had the right to complain.')[0]?.[2]).toBe('the minister had the right to complain');
  });
  it('a medium the gazetteer lacks, named with its issue and description before an appositive that says what it is', () => {
    expect(rows('The latest issue of the Chinese-language Dongfang Zhoukan, a Hong Kong-based magazine, reported that the deployment had grown.')[0]?.[0]).toBe('Dongfang Zhoukan');
  });
  it('"while S1 told M C1, S2 told M C2": each clause its own speaker', () => {
    expect(rows('Reports conflict: while a source in the capital told Sputnik that the marshal had died, a member of the army told Sputnik he is in good health.')).toEqual([
      ['Sputnik', 'a source in the capital', 'the marshal had died'],
      ['Sputnik', 'a member of the army', 'he is in good health'],
    ]);
  });
  it('"the foreign affairs committee" in lower case is no magazine either', () => {
    expect(outlets('The chair of Parliament’s Foreign Affairs committee said intervention was inevitable.')).toEqual([null]);
  });
});

describe('initials read as a medium by their frame', () => {
  it('"C, BNS reports": the listed medium those initials spell, under its own name', () => {
    expect(outlets('The nominee named security as his portfolio, BNS reports.')).toEqual(['Baltic News Service']);
  });
});

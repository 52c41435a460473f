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

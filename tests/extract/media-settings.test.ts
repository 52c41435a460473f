// A medium named in the setting of a person's statement ("speaking to the X", "in an appearance on X",
// "in comments reported by X", "It was X that first reported"): the medium is the outlet, the person the
// speaker. Settings that are not media (a council, the Kremlin, a platform, a summit) give no outlet.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a setting between the subject and its verb', () => {
  it('"S, speaking to M, said C", "S, writing in M, said", "S, appearing on M, said": M the outlet, S the speaker', () => {
    const a = recordWith(run('The harbour master, speaking to the Kyiv Independent, said the port would reopen.'), 'port');
    expect(a.outlet).toBe('The Kyiv Independent');
    expect(a.speaker).toBe('The harbour master');
    expect(a.claim).toBe('the port would reopen');
    const b = recordWith(run('The finance minister, writing in The Guardian, said the levy had failed.'), 'levy');
    expect(b.outlet).toBe('The Guardian');
    expect(b.speaker).toBe('The finance minister');
    const c = recordWith(run('The governor, appearing on CNN, said the storm had passed.'), 'storm');
    expect(c.outlet).toBe('CNN');
    expect(c.speaker).toBe('The governor');
  });
  it('"S, in an interview with M, said C" keeps S as the speaker', () => {
    const a = recordWith(run('The trade minister, in an interview with Le Monde, said the talks had collapsed.'), 'talks');
    expect(a.outlet).toBe('Le Monde');
    expect(a.speaker).toBe('The trade minister');
  });
  it('a setting that is no medium gives no outlet and keeps the speaker', () => {
    const a = recordWith(run('The president, speaking to the parliament, said the war would end soon.'), 'war');
    expect(a.outlet).toBeNull();
    expect(a.speaker).toBe('The president');
    const b = recordWith(run('The mayor, in a brief post on the Twitter blog, said the budget was balanced.'), 'budget');
    expect(b.outlet).toBeNull();
    expect(b.speaker).toBe('The mayor');
  });
  it('a description before a name is still the name it describes', () => {
    const a = recordWith(run("The party's main challenger, former Prime Minister Jane Roe, said the vote was rigged."), 'vote');
    expect(a.speaker).toBe('former Prime Minister Jane Roe');
  });
});

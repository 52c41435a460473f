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

describe('a setting before the statement', () => {
  it('"In a letter/video/interview published/aired (on a day) by M, S said C": M the outlet', () => {
    const a = recordWith(run('In a letter published by the Financial Times, the bishop said the church was united.'), 'church');
    expect(a.outlet).toBe('Financial Times');
    expect(a.speaker).toBe('the bishop');
    const b = recordWith(run('In an interview published on Sunday by Le Figaro, the chief executive said the company was weighing a sale.'), 'sale');
    expect(b.outlet).toBe('Le Figaro');
    expect(b.speaker).toBe('the chief executive');
    expect(b.claim).toBe('the company was weighing a sale');
    const c = recordWith(run('In remarks broadcast on Sunday by the BBC, the prime minister said the talks had collapsed.'), 'talks');
    expect(c.outlet).toBe('BBC');
    const d = recordWith(run('In an interview aired on Thursday on France 24, the minister said the talks had collapsed.'), 'talks');
    expect(d.outlet).toBe('France 24');
  });
  it('"Speaking in an interview with M," and "In an appearance on M," name the medium', () => {
    const a = recordWith(run('Speaking in an interview with the Kyiv Independent, the harbour master said the port would reopen.'), 'port');
    expect(a.outlet).toBe('The Kyiv Independent');
    expect(a.speaker).toBe('the harbour master');
    const b = recordWith(run('In an appearance on MSNBC, the senator said the bill would pass.'), 'bill');
    expect(b.outlet).toBe('MSNBC');
    expect(b.speaker).toBe('the senator');
  });
  it('a setting that is no medium gives no outlet', () => {
    for (const text of [
      'In a letter to the council, the mayor said the budget was balanced.',
      'In a video posted on X, the mayor said the budget was balanced.',
      'In comments published by the Kremlin, the mayor said the budget was balanced.',
      'In an appearance at the summit, the mayor said the budget was balanced.',
      'In a letter published by the ministry, the mayor said the budget was balanced.',
    ]) {
      const a = recordWith(run(text), 'budget');
      expect(a.outlet, text).toBeNull();
      expect(a.speaker, text).toBe('the mayor');
    }
  });
  it('the medium speaking after an appearance setting is the outlet without a speaker', () => {
    const a = recordWith(run('In an appearance on MSNBC, the network said the bill would pass.'), 'bill');
    expect(a.outlet).toBe('MSNBC');
    expect(a.speaker).toBeNull();
  });
});

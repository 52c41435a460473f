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

describe('a setting after the statement', () => {
  it('"S said C, in comments reported/carried/published by M (on a day)": M the outlet, the setting out of the claim', () => {
    const a = recordWith(run('The harbour master said the port would reopen, in comments reported by Reuters.'), 'port');
    expect(a.outlet).toBe('Reuters');
    expect(a.speaker).toBe('The harbour master');
    expect(a.claim).toBe('the port would reopen');
    const b = recordWith(run('The minister said the talks had collapsed, in remarks carried by the official IRNA news agency.'), 'talks');
    expect(b.outlet).toBe('IRNA');
    expect(b.claim).toBe('the talks had collapsed');
    const c = recordWith(run('The spokesman said the visit was postponed, in comments published by Xinhua on Friday.'), 'visit');
    expect(c.outlet).toBe('Xinhua');
    expect(c.claim).toBe('the visit was postponed');
  });
  it('"C, S said in comments reported by state news agency M": the described medium', () => {
    const a = recordWith(run('The harvest will be late, the minister said in comments reported by state news agency RIA Novosti.'), 'harvest');
    expect(a.outlet).toBe('RIA Novosti');
    expect(a.speaker).toBe('the minister');
  });
  it('"S said C in an appearance on M" and "in a video aired by M on Monday"', () => {
    const a = recordWith(run('The senator said the bill would pass in an appearance on MSNBC.'), 'bill');
    expect(a.outlet).toBe('MSNBC');
    expect(a.speaker).toBe('The senator');
    expect(a.claim).toBe('the bill would pass');
    const b = recordWith(run('The commander said the city had fallen in a video aired by Al Jazeera on Monday.'), 'city');
    expect(b.outlet).toBe('Al Jazeera');
    expect(b.claim).toBe('the city had fallen');
  });
  it('a trailing setting that is no medium leaves the claim and gives no outlet', () => {
    const a = recordWith(run('The senator said the bill would pass in an appearance at the summit.'), 'bill');
    expect(a.outlet).toBeNull();
    expect(a.claim).toBe('the bill would pass');
    const b = recordWith(run('The mayor said the budget was balanced, in comments reported by local residents.'), 'budget');
    expect(b.outlet).toBeNull();
    expect(b.claim).toBe('the budget was balanced');
    const c = recordWith(run('The harvest will be late, the minister said in comments published by the Kremlin.'), 'harvest');
    expect(c.outlet).toBeNull();
    expect(c.speaker).toBe('the minister');
  });
});

describe('a work of writing in a medium, after the cue', () => {
  it('"S said in a column in M that C", "wrote in an op-ed published in M on Tuesday that C"', () => {
    const a = recordWith(run('The senator said in a column in the Washington Post that the bill would pass.'), 'bill');
    expect(a.outlet).toBe('The Washington Post');
    expect(a.speaker).toBe('The senator');
    expect(a.claim).toBe('the bill would pass');
    const b = recordWith(run('The minister wrote in an op-ed published in The Guardian on Tuesday that the levy had failed.'), 'levy');
    expect(b.outlet).toBe('The Guardian');
  });
  it('an interview in a place or a letter in a month gives no outlet', () => {
    expect(recordWith(run('The senator said in an interview in Kyiv that the bill would pass.'), 'bill').outlet).toBeNull();
    expect(recordWith(run('The senator said in an interview in Paris on Monday that the bill would pass.'), 'bill').outlet).toBeNull();
    expect(recordWith(run('The senator said in a letter in March that the bill would pass.'), 'bill').outlet).toBeNull();
  });
});

describe('a cleft: "It was M that first reported C"', () => {
  it('the focus is the outlet, the content the claim', () => {
    const a = recordWith(run('It was Le Figaro that first reported the company was weighing a sale.'), 'sale');
    expect(a.outlet).toBe('Le Figaro');
    expect(a.speaker).toBeNull();
    expect(a.claim).toBe('the company was weighing a sale');
    const b = recordWith(run('It was Bloomberg that first reported on Friday that the company was weighing a sale.'), 'sale');
    expect(b.outlet).toBe('Bloomberg');
    expect(b.claim).toBe('the company was weighing a sale');
  });
  it('a focus that is no medium is the speaker', () => {
    const a = recordWith(run('It was the ministry that said the company was weighing a sale.'), 'sale');
    expect(a.outlet).toBeNull();
    expect(a.speaker).toBe('the ministry');
  });
});

describe('a leading setting after an adverbial, and programmes', () => {
  it('"On Monday, in an interview with M, S said C": the setting after a date still names the medium', () => {
    const a = recordWith(run('On Monday, in an interview with Der Spiegel, the chancellor said the talks had collapsed.'), 'talks');
    expect(a.outlet).toBe('Der Spiegel');
    expect(a.speaker).toBe('the chancellor');
    expect(recordWith(run('On Monday, in an interview in Berlin, the chancellor said the talks had collapsed.'), 'talks').outlet).toBeNull();
  });
  it('"In a podcast produced by M", "In a documentary aired on Sunday by M"; a podcast hosted by a person is no medium', () => {
    expect(recordWith(run('In a podcast produced by The New York Times, the senator said the bill would pass.'), 'bill').outlet).toBe('The New York Times');
    expect(recordWith(run('In a documentary aired on Sunday by Channel 4, the general said the war was lost.'), 'war').outlet).toBe('Channel 4');
    const c = recordWith(run('In a podcast hosted by the mayor, the senator said the bill would pass.'), 'bill');
    expect(c.outlet).toBeNull();
    expect(c.speaker).toBe('the senator');
  });
});

describe('a letter to the editor of a medium', () => {
  it('"In a letter to the editor of M" before or after the cue names M', () => {
    const a = recordWith(run('In a letter to the editor of The Times, the bishop wrote that the church was united.'), 'church');
    expect(a.outlet).toBe('The Times');
    expect(a.speaker).toBe('the bishop');
    expect(recordWith(run('The bishop wrote in a letter to the editor of The Times that the church was united.'), 'church').outlet).toBe('The Times');
  });
  it('the editor of something that is no medium gives no outlet', () => {
    expect(recordWith(run('In a letter to the editor of the council newsletter, the bishop wrote that the church was united.'), 'church').outlet).toBeNull();
    expect(recordWith(run('In a letter to the editor of Bishop Smith, the bishop wrote that the church was united.'), 'church').outlet).toBeNull();
  });
});

describe('more shapes of a setting', () => {
  it('"During an interview with M,", "In an interview that aired Sunday on M,", "Writing on the opinion pages of M,"', () => {
    expect(recordWith(run('During an interview with CNN, the governor said the storm had passed.'), 'storm').outlet).toBe('CNN');
    expect(recordWith(run('In an interview that aired Sunday on CBS, the governor said the storm had passed.'), 'storm').outlet).toBe('CBS News');
    expect(recordWith(run('Writing on the opinion pages of Le Monde, the governor said the storm had passed.'), 'storm').outlet).toBe('Le Monde');
    const d = recordWith(run('During a meeting with the council, the governor said the storm had passed.'), 'storm');
    expect(d.outlet).toBeNull();
    expect(d.speaker).toBe('the governor');
  });
  it('"said in an interview that aired Sunday on M that C": the relative clause is the setting, not the claim', () => {
    const a = recordWith(run('The governor said in an interview that aired Sunday on CBS that the storm had passed.'), 'storm');
    expect(a.outlet).toBe('CBS News');
    expect(a.claim).toBe('the storm had passed');
    expect(recordWith(run('The governor said in an interview that the storm had passed.'), 'storm').claim).toBe('the storm had passed');
  });
  it('"S, in remarks broadcast by M, said C"; "S said C, in a column for a parish magazine" gives no outlet', () => {
    const a = recordWith(run('The governor, in remarks broadcast by CNN, said the storm had passed.'), 'storm');
    expect(a.outlet).toBe('CNN');
    expect(a.speaker).toBe('The governor');
    const b = recordWith(run('The governor said the storm had passed, in a column for the parish magazine.'), 'storm');
    expect(b.outlet).toBeNull();
    expect(b.claim).toBe('the storm had passed');
  });
});

// Speakers written with appositions after a quotation or an inverted cue: ages, coordinated names
// with ages, title phrases without an article, and a setting after an inverted speaker.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('a name with its age in apposition before the cue', () => {
  it('"C," Name, 51, said / Name, 51, a farmer, said', () => {
    expect(recordWith(run('"The bridge is unsafe," Okafor, 62, said.'), 'bridge').speaker).toBe('Okafor');
    const a = recordWith(run('"The bridge is unsafe," Mary Okafor, 62, a retired engineer, said on Friday.'), 'bridge');
    expect(a.speaker).toBe('Mary Okafor');
    expect(a.claim).toBe('The bridge is unsafe');
  });
  it('two names coordinated, each with an age, and a description after them', () => {
    const a = recordWith(run('"We have no plans to move," Okafor, 62, and Bello, 58, neighbours for three decades, said.'), 'plans');
    expect(a.speaker).toBe('Okafor, 62, and Bello, 58');
    expect(a.claim).toBe('We have no plans to move');
    expect(recordWith(run('"We are staying," Okafor, 62, and Bello, 58, told the BBC.'), 'staying').outlet).toBe('BBC');
  });
  it('numbers in the content are no ages of a speaker', () => {
    const a = recordWith(run('Prices rose by 5, 10, 15, the report said.'), 'Prices');
    expect(a.speaker).toBe('the report');
  });
});

describe('a title phrase without an article after the name', () => {
  it('"C," Name, Place title of body, said/told', () => {
    const a = recordWith(run('"Raiders crossed the river at night," Amina Bello, Kaduna superintendent of police, said.'), 'Raiders');
    expect(a.speaker).toBe('Amina Bello');
    expect(a.claim).toBe('Raiders crossed the river at night');
    expect(recordWith(run('"The roads are closed," John Musa, Plateau state police commissioner, told reporters.'), 'roads').speaker).toBe('John Musa');
  });
  it('a capitalised phrase without a title word keeps the last segment', () => {
    expect(recordWith(run('"We will win," the squad, United States of America, said.'), 'win').speaker).not.toBe('the squad');
  });
});

describe('a setting after an inverted speaker', () => {
  it('"C," said S in an interview with M: the speaker without the setting, the medium it names', () => {
    const a = recordWith(run('"The vaccine stocks are sufficient," said Mwangi in an interview with Reuters.'), 'vaccine');
    expect(a.speaker).toBe('Mwangi');
    expect(a.outlet).toBe('Reuters');
    const b = recordWith(run('"The stocks are sufficient," said the minister in a statement to the BBC on Monday.'), 'stocks');
    expect(b.speaker).toBe('the minister');
    expect(b.outlet).toBe('BBC');
  });
  it('an interview with someone who is no medium gives no outlet', () => {
    const a = recordWith(run('"The stocks are sufficient," said Mwangi in an interview with her biographer.'), 'stocks');
    expect(a.speaker).toBe('Mwangi');
    expect(a.outlet).toBeNull();
    expect(brief(run('"The stocks are sufficient," said the minister in a statement.'))[0]?.speaker).toBe('the minister');
  });
});

describe('a place that closes the sentence after the audience told', () => {
  it('"told reporters in the capital", "in the commercial capital X", "in the northern city of X"', () => {
    expect(recordWith(run('"We have no cases," Halima Juma told reporters in the capital.'), 'cases').speaker).toBe('Halima Juma');
    expect(recordWith(run('"We have no cases," Halima Juma, the health minister, told a news conference in the commercial capital Dar es Salaam.'), 'cases').speaker).toBe('Halima Juma');
    expect(recordWith(run('"We have no cases," Halima Juma told journalists in the northern city of Arusha.'), 'cases').speaker).toBe('Halima Juma');
  });
});

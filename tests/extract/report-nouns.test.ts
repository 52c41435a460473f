// Reports named as nouns with their medium ("the M report, which said C", "the report, by M,") and media in
// coordination ("Both M1 and M2 reported", "outlets including M1 and M2 reported"): one record per named
// medium. Reports that are no medium's (a ministry's, a company's annual report) give no outlet.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

const outletsOf = (text: string) => run(text).attributions.map((a) => a.outlet);

describe('media in coordination', () => {
  it('"Both M1 and M2 reported C": a record for each medium', () => {
    expect(outletsOf('Both the BBC and CNN reported the bank was cutting 2,000 jobs.')).toEqual(['BBC', 'CNN']);
    const ex = run('Both Bloomberg and Reuters reported the company was exploring a sale.');
    expect(brief(ex)).toEqual([
      { outlet: 'Bloomberg', speaker: null, claim: 'the company was exploring a sale' },
      { outlet: 'Reuters', speaker: null, claim: 'the company was exploring a sale' },
    ]);
  });
  it('"C, several outlets including M1 and M2 reported": the media named, not the unnamed outlets', () => {
    expect(outletsOf('The bank is cutting 2,000 jobs, several outlets including Reuters and CNN reported.')).toEqual(['Reuters', 'CNN']);
    const a = recordWith(run('The company is exploring a sale, multiple outlets including Bloomberg reported.'), 'sale');
    expect(a.outlet).toBe('Bloomberg');
    expect(a.speaker).toBeNull();
  });
  it('unnamed media stay the speaker; media that are objects of an action report nothing', () => {
    const a = recordWith(run('The bank is cutting 2,000 jobs, several outlets reported.'), 'jobs');
    expect(a.outlet).toBeNull();
    expect(a.speaker).toBe('several outlets');
    expect(run('The group sued Bloomberg and Reuters over the leak.').attributions).toEqual([]);
  });
});

describe('the M report', () => {
  it('"the M report, which said C": M the outlet, no speaker', () => {
    const a = recordWith(run('The company declined to comment on the Bloomberg report, which said it was exploring a sale.'), 'sale');
    expect(a.outlet).toBe('Bloomberg');
    expect(a.speaker).toBeNull();
    expect(a.claim).toBe('it was exploring a sale');
    const b = recordWith(run('The minister attacked the Reuters report that the bank was cutting 2,000 jobs.'), 'jobs');
    expect(b.outlet).toBe('Reuters');
    expect(b.speaker).toBeNull();
  });
  it('"after Reuters\' report that C", "after M\'s report that C": a medium\'s possessive report; a company\'s is no outlet', () => {
    const a = recordWith(run("Shares fell after Reuters' report that the bank was cutting 2,000 jobs."), 'jobs');
    expect(a.outlet).toBe('Reuters');
    expect(a.speaker).toBeNull();
    expect(a.claim).toBe('the bank was cutting 2,000 jobs');
    expect(recordWith(run("Shares fell after Bloomberg's report that the bank was cutting 2,000 jobs."), 'jobs').outlet).toBe('Bloomberg');
    expect(run("Shares fell after the company's report that profit dropped.").attributions.filter((r) => r.outlet)).toEqual([]);
  });
  it('"The report, by M, said C": the appositive names the report\'s medium; a body\'s report names none', () => {
    const a = recordWith(run('The report, by Bloomberg, said the company was exploring a sale.'), 'sale');
    expect(a.outlet).toBe('Bloomberg');
    expect(a.speaker).toBeNull();
    expect(a.outletMention).toBe('Bloomberg');
    expect(recordWith(run('The report, in the Financial Times, said the bank was cutting jobs.'), 'jobs').outlet).toBe('Financial Times');
    const b = recordWith(run('The report, by the health ministry, said 40 people had died.'), 'died');
    expect(b.outlet).toBeNull();
    expect(b.speaker).toBe('The report');
  });
  it('a report that is no medium\'s keeps its owner as the speaker', () => {
    const a = recordWith(run('A report by the health ministry said 40 people had died.'), 'died');
    expect(a.outlet).toBeNull();
    expect(a.speaker).toBe('A report by the health ministry');
    const b = recordWith(run("The company's annual report said revenue rose 4%."), 'revenue');
    expect(b.outlet).toBeNull();
    expect(run('Residents heard reports of gunfire near the base.').attributions).toEqual([]);
    expect(outletsOf('Musk topped the Bloomberg Billionaires Index, which said he was worth $200 billion.').filter(Boolean)).toEqual([]);
  });
});

describe('the medium that reported it, then what it said', () => {
  it('"The news was first reported by M, which said C": M the outlet, C the claim', () => {
    const a = recordWith(run('The news was first reported by Bloomberg, which said the company was exploring a sale.'), 'sale');
    expect(a.outlet).toBe('Bloomberg');
    expect(a.speaker).toBeNull();
    expect(a.claim).toBe('the company was exploring a sale');
    expect(recordWith(run('The plan was first reported by the Financial Times, which said the bank was cutting jobs.'), 'jobs').outlet).toBe('Financial Times');
  });
  it('a body that reported it, or a medium sued, is no outlet', () => {
    expect(run('The deal was reported by the health ministry, which said it was done.').attributions.filter((a) => a.outlet)).toEqual([]);
    expect(run('The group sued Bloomberg and Reuters, which said the leak was legal.').attributions.filter((a) => a.outlet)).toEqual([]);
  });
});

describe('unnamed reports before a clause without "that"', () => {
  it('"Shares rose on reports the company was exploring a sale": the reports are the speaker, no outlet', () => {
    const a = recordWith(run('Shares rose 5% on reports the company was exploring a sale.'), 'sale');
    expect(a.outlet).toBeNull();
    expect(a.speaker).toBe('reports');
    expect(a.claim).toBe('the company was exploring a sale');
    expect(recordWith(run('Oil rose amid reports Iran had seized a tanker.'), 'tanker').speaker).toBe('reports');
  });
  it('"reports of", "reports on" and "news reports" name no content', () => {
    expect(run('The minister commented on reports of gunfire.').attributions).toEqual([]);
    expect(run('Comments on reports on the bank were made.').attributions).toEqual([]);
  });
});

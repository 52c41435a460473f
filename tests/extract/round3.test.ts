// Constructions added in engine round 3, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run, recordWith } from './helpers.js';

describe('outlet names', () => {
  it('a gazetteer alias inside a longer proper noun is not that outlet', () => {
    const r = recordWith(run('Ten bridges were unsafe, the Lakeland Evening Times newspaper reported on Tuesday.'), 'bridges');
    expect(r.outlet).toBe('Lakeland Evening Times');
  });
  it('the known outlet is still found after a demonym or a possessive place', () => {
    expect(recordWith(run('British newspaper The Guardian reported that the ferry sank.'), 'ferry').outlet).toBe('The Guardian');
  });
  it('a topic word before a media noun: "Spanish sports paper Marca"', () => {
    const r = recordWith(run('Spanish sports paper Diario Gol said the winger would leave in June.'), 'winger');
    expect(r.outlet).toBe('Diario Gol');
    expect(r.speaker).toBeNull();
  });
  it("the outlet's own sources speak: \"Bloomberg's sources close to the talks\"", () => {
    const r = recordWith(run("Bloomberg's sources close to the talks suggested that the board would meet on Friday."), 'board');
    expect(r.outlet).toBe('Bloomberg');
    expect(r.speaker).toBe('sources close to the talks');
  });
  it('the outlet\'s correspondent with a place: "the BBC\'s Jane Okoro in the capital says"', () => {
    const r = recordWith(run("The BBC's Jane Okoro in the capital says police blocked the square."), 'police');
    expect(r.outlet).toBe('BBC');
    expect(r.speaker).toBe('Jane Okoro');
  });
  it('a channel-shaped name as the object of told or "speaking to"', () => {
    const ex = run('Speaking to Metro Sport, the coach said the keeper was fit. The captain told CITYTV that the squad was tired.');
    expect(recordWith(ex, 'keeper').outlet).toBe('Metro Sport');
    expect(recordWith(ex, 'squad').outlet).toBe('CITYTV');
  });
  it('a person told is no outlet', () => {
    expect(recordWith(run('The minister told President Mara Lind that the deal was off.'), 'deal').outlet).toBeNull();
  });
  it("told an outlet's journalist: \"told Fox News' Ann Lee on Friday that C\"", () => {
    const r = recordWith(run("The senator told Fox News' Ann Lee on Friday that the bill would pass."), 'bill');
    expect(r.outlet).toBe('Fox News');
    expect(r.speaker).toBe('The senator');
  });
});

describe('nesting', () => {
  it('"OUTLET reported that S said C" gives S\'s claim under the outlet, and "the official" keeps that outlet', () => {
    const ex = run('The AP reported that a U.S. official said the rocket failed after launch. The official said the debris fell into the sea. Yonhap said the launch was the third this year.');
    const first = recordWith(ex, 'rocket');
    expect(first).toMatchObject({ outlet: 'Associated Press', speaker: 'a U.S. official', claim: 'the rocket failed after launch' });
    expect(recordWith(ex, 'debris')).toMatchObject({ outlet: 'Associated Press', speaker: 'The official' });
  });
  it('"OUTLET reported that S warned C" is S\'s claim as the outlet reports it (one record, as rule 2 of the annotation nests)', () => {
    const ex = run('The Wall Street Journal reported that some advisers have warned the mayor that the plan would fail.');
    expect(recordWith(ex, 'plan')).toMatchObject({ outlet: 'The Wall Street Journal', speaker: 'some advisers', claim: 'the plan would fail' });
    expect(ex.attributions).toHaveLength(1);
  });
});

describe('cues', () => {
  it('a participle before a noun is no cue: "the alleged fraud", "the second reported launch"', () => {
    const ex = run('The candidate told Reuters that the vote was marred by the alleged massive fraud. The second reported launch this week failed, officials said.');
    expect(ex.attributions.map((a) => a.cue).sort()).toEqual(['said', 'told']);
  });
});

describe('claim spans and speakers', () => {
  it('claims stop at the narrator\'s adjuncts', () => {
    expect(recordWith(run('The governor said that more rain was expected, describing the storm as historic.'), 'rain').claim).toBe('more rain was expected');
    expect(recordWith(run('The party rejected the count, saying it was rigged and demanding that a new vote be held.'), 'rigged').claim).toBe('it was rigged');
    expect(recordWith(run('The mayor said he would ban the app amid concerns about its owners.'), 'ban').claim).toBe('he would ban the app');
    expect(recordWith(run('The alliance said it rejected the results after official figures showed a large win for the ruling party.'), 'rejected').claim).toBe('it rejected the results');
  });
  it('a fronted phrase with a participle, an "including" aside and a leading adverb are not the speaker', () => {
    const ex = run('In a joint letter signed by six parties, including that of veteran leader Paul Amos, the opposition cited delays and said the count was fraudulent. Later a party lawyer said there had been a mix-up.');
    expect(recordWith(ex, 'count').speaker).toBe('the opposition');
    expect(recordWith(ex, 'mix-up').speaker).toBe('a party lawyer');
  });
  it('a quoted claim before "S said <date>, after doing X" is the claim, not the adjunct', () => {
    const ex = run('“The river is still rising near the dam,” the flood agency said early Sunday morning, after raising its warning level.');
    expect(recordWith(ex, 'river').claim).toBe('The river is still rising near the dam');
    expect(ex.attributions.some((a) => a.claim.includes('raising its warning'))).toBe(false);
  });
  it('the adjunct cut also applies after a scare-quoted phrase', () => {
    expect(recordWith(run('The governor said that “several more days of flooding” were likely, describing the rain as historic.'), 'flooding').claim).toBe('“several more days of flooding” were likely');
  });
  it('"According to X, the NP ... were C": a clause after the comma is the claim, not an appositive', () => {
    const ex = run('According to several local reports, the worst hit were residents of valley towns like Hope, Ashby and Rook. According to a witness, the owner of a shop nearby, the blast came at noon.');
    expect(recordWith(ex, 'worst hit').claim).toBe('the worst hit were residents of valley towns like Hope, Ashby and Rook');
    expect(recordWith(ex, 'blast').claim).toBe('the blast came at noon');
  });
  it('posting a thing is no statement', () => {
    expect(run('The candidate posted his own tally of the results on his account.').attributions).toEqual([]);
  });
  it('a country code before a known agency: "told ROK national news agency Yonhap"', () => {
    const r = recordWith(run('The rocket fell short, an unnamed army source told ROK national news agency Yonhap.'), 'rocket');
    expect(r).toMatchObject({ outlet: 'Yonhap', speaker: 'an unnamed army source' });
  });
  it('"a Bloomberg report which suggested C" is the outlet\'s report', () => {
    const r = recordWith(run('Shares slid on Monday following a Bloomberg report which suggested the retailer had dropped its bid.'), 'retailer');
    expect(r).toMatchObject({ outlet: 'Bloomberg', speaker: null, claim: 'the retailer had dropped its bid' });
  });
  it('a title ending in ": OUTLET" is that outlet\'s claim; a "Read more: X: Report" line is not', () => {
    const ex = run('Ferry service halted after storm: Reuters\n\nThe port was closed on Monday.\nRead more: Port chiefs meet to discuss repairs: Report\nThe mayor said the port would reopen soon.');
    expect(recordWith(ex, 'Ferry')).toMatchObject({ outlet: 'Reuters', claim: 'Ferry service halted after storm' });
    expect(ex.attributions.some((a) => a.claim.includes('Port chiefs'))).toBe(false);
  });
  it('"X was (the) first to report that C": a scoop, and only a medium reports first', () => {
    const ex = run('Newsbyte was first to report that the chipmaker will not bid. Jane Smith was the first to report the talks had collapsed.');
    expect(recordWith(ex, 'chipmaker')).toMatchObject({ outlet: 'Newsbyte', speaker: null, claim: 'the chipmaker will not bid' });
    expect(recordWith(ex, 'talks')).toMatchObject({ outlet: null, speaker: 'Jane Smith' });
  });
  it('"pointed out (that) C" is a cue; pointing out a thing is not', () => {
    const ex = run('However, Bloomberg pointed out its new plans so far have failed to lift sales. The engineer pointed out the crack.');
    expect(recordWith(ex, 'plans')).toMatchObject({ outlet: 'Bloomberg', cue: 'pointed out', claim: 'its new plans so far have failed to lift sales' });
    expect(ex.attributions).toHaveLength(1);
  });
  it('\'"C," OUTLET quoted X, an analyst, as saying.\' gives the quotation to X at the outlet', () => {
    const r = recordWith(run('“Growth is stalling,” Bloomberg quoted Ann Roe, an analyst at Fenwick, as saying.'), 'Growth');
    expect(r).toMatchObject({ outlet: 'Bloomberg', speaker: 'Ann Roe', cue: 'quoted as saying', claim: 'Growth is stalling' });
  });
  it('"told Reuters and the BBC that C": one record per medium', () => {
    const ex = run('The minister told Reuters and the BBC that the ceasefire talks had failed.');
    expect(ex.attributions.map((a) => a.outlet).sort()).toEqual(['BBC', 'Reuters']);
    expect(ex.attributions.every((a) => a.speaker === 'The minister' && a.claim === 'the ceasefire talks had failed')).toBe(true);
  });
  it('"described/dismissed X as Y": the description is the claim; a quoted description alone when quoted', () => {
    const ex = run('The union leader has dismissed the mayor’s budget as being built on “fantasy numbers”. The governor described the damage as “truly staggering.” He described the scene in detail.');
    expect(recordWith(ex, 'budget')).toMatchObject({ speaker: 'The union leader', claim: 'the mayor’s budget as being built on “fantasy numbers”' });
    expect(recordWith(ex, 'staggering')).toMatchObject({ speaker: 'The governor', claim: 'truly staggering' });
    expect(ex.attributions).toHaveLength(2);
  });
});

// Constructions added in engine round 4, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';
import { run, brief, recordWith } from './helpers.js';
import type { Extraction } from '../../server/extract/types.js';

describe('subjects', () => {
  it('a name with an appositive before the cue is the subject, not an inverted frame', () => {
    const r = recordWith(run('John Smith, a farmer from the valley, said the river rose.'), 'river');
    expect(r.speaker).toBe('John Smith');
    expect(r.claim).toBe('the river rose');
  });
  it('an age in apposition stays with the name', () => {
    const r = recordWith(run('Mr. Lee, 54, said he had no regrets.'), 'regrets');
    expect(r.speaker).toBe('Mr. Lee');
  });
  it('a fronted "Citing X" whose list holds commas still leaves the outlet as subject', () => {
    const r = recordWith(run('Citing officials involved in the talks between Egypt, Qatar and the US, the New York Times said the deal was close.'), 'deal');
    expect(r.outlet).toBe('The New York Times');
    expect(r.speaker).toMatch(/^officials involved/);
  });
  it('"with many claiming that C": the quantifier after "with" is the speaker', () => {
    const ex = run('The briefing left senators doubtful, with some Republicans claiming that no evidence was shown.');
    expect(recordWith(ex, 'evidence').speaker).toBe('some Republicans');
  });
  it('"which they said C" takes the speaker of the clause before', () => {
    const ex = run('The rebels said they seized the airport, which they said led to a collapse of the defences.');
    expect(recordWith(ex, 'collapse').speaker).toBe('The rebels');
    expect(recordWith(ex, 'seized').claim).toBe('they seized the airport');
  });
});

describe('frames', () => {
  it('"early Saturday", "late Friday", "in May" between the cue and its content', () => {
    expect(recordWith(run("The firm's boss tweeted early Saturday that the service would return."), 'service').speaker).toBe("The firm's boss");
    expect(recordWith(run('The mayor said late Friday that the curfew was lifted.'), 'curfew').claim).toBe('the curfew was lifted');
    expect(recordWith(run('The chief executive told employees in a memo in May that hiring would slow.'), 'hiring').claim).toBe('hiring would slow');
  });
  it('the object of told may be a collective noun or carry an of-phrase', () => {
    expect(recordWith(run('The minister told relatives of the victims that the inquiry would be public.'), 'inquiry').speaker).toBe('The minister');
    const ex = run('Revenue fell sharply this year, the chief executive had told staff on Tuesday, and she urged them to cut costs.');
    expect(recordWith(ex, 'Revenue').speaker).toBe('the chief executive');
  });
  it('a second "S told O that C" after ", while" is its own record and ends the first claim', () => {
    const ex = run('A senior official told NBC News that a deal was near, while the prime minister told family members of the captives that details must stay secret.');
    expect(recordWith(ex, 'deal').claim).toBe('a deal was near');
    expect(recordWith(ex, 'details').speaker).toBe('the prime minister');
  });
  it('a reporting word inside a quotation is not a frame of its own', () => {
    const ex = run('"They told us we had to leave," said Maria Lopez, a resident.');
    expect(brief(ex)).toEqual([{ outlet: null, speaker: 'Maria Lopez', claim: 'They told us we had to leave' }]);
  });
  it('a dateline with a month and day is not part of the claim', () => {
    const r = recordWith(run('Aug 8 (Reuters) - Acme Inc is planning layoffs, the Verge reported on Monday.'), 'layoffs');
    expect(r.claim).toBe('Acme Inc is planning layoffs');
    expect(r.outlet).toBe('The Verge');
  });
});

describe('outlets named before, and their documents', () => {
  const run2 = (text: string, publisher: string | null = null): Extraction => extract({ id: 't', title: 't', text, published: '2024-03-16', publisher });
  it('"the Ledger" after "the Lakeside County Ledger" in narration; "the newspaper" then refers to it', () => {
    const ex = run2('Thieves took copies of the Lakeside County Ledger on the day it ran a story about the mayor. The Ledger said in a note that 300 copies were missing. The newspaper said it would reprint the edition.');
    expect(recordWith(ex, 'copies').outlet).toBe('Lakeside County Ledger');
    expect(recordWith(ex, 'reprint').outlet).toBe('Lakeside County Ledger');
  });
  it('"the Post" with no full name before is the publisher when the publisher is called so', () => {
    const r = recordWith(run2('Officials told the Post that the talks had stalled.', 'The Jerusalem Post'), 'stalled');
    expect(r.outlet).toBe('The Jerusalem Post');
    expect(r.speaker).toBe('Officials');
  });
  it('"the note said" after the outlet said something "in a note"; "the statement said" after it published one', () => {
    const note = run2('The Ledger Courier said in a note to readers that 300 copies were missing. "Stealing papers does not stop a story," the note said.');
    expect(recordWith(note, 'Stealing').outlet).toBe('The Ledger Courier');
    expect(recordWith(note, 'Stealing').speaker).toBeNull();
    const stmt = run2('The state news agency KCNA said the test was a success. Later, the agency published a statement by a senior diplomat criticising the drills. "They must stop now," the statement said.');
    expect(recordWith(stmt, 'stop now').outlet).toBe('Korean Central News Agency');
    expect(recordWith(stmt, 'stop now').speaker).toBe('the statement');
  });
  it('"a New York Times report that C" and "an AFP tally"', () => {
    const ex = run2('The move followed a Wall Street Journal report that the bank "has grown tired of" the deal. The newspaper said that the board had met twice.');
    expect(recordWith(ex, 'grown tired').outlet).toBe('The Wall Street Journal');
    expect(recordWith(ex, 'board').outlet).toBe('The Wall Street Journal');
    expect(recordWith(run2('The war began in October, according to an AFP tally based on official figures.'), 'war').outlet).toBe('Agence France-Presse');
  });
});

describe('speakers inside an outlet report', () => {
  it('"X believe that C, the paper said": X is the speaker of C', () => {
    const r = recordWith(run('Western intelligence agencies believe that the blast was caused by a missile, the New York Times said.'), 'blast');
    expect(r.outlet).toBe('The New York Times');
    expect(r.speaker).toBe('Western intelligence agencies');
  });
  it('a clause embedded in a relative clause keeps the outer report too', () => {
    const ex = run('The army intercepted calls in which officers said they believed the bridge was mined, the New York Times reported.');
    const inner = ex.attributions.find((a) => a.speaker === 'officers');
    expect(inner?.outlet).toBe('The New York Times');
    expect(ex.attributions.some((a) => a.speaker === null && a.claim.startsWith('The army intercepted'))).toBe(true);
  });
  it('a participial aside after the speaker is not the speaker', () => {
    const r = recordWith(run('The army pulled out of the talks, a senior officer, speaking on condition of anonymity, has told the AFP news agency.'), 'army');
    expect(r.speaker).toBe('a senior officer');
    expect(r.outlet).toBe('Agence France-Presse');
  });
  it('a subordinate clause brings its own subject: "..., where the rebels said C"', () => {
    const r = recordWith(run('However, fighting continued in the north, including the capital, where the rebels said their bases had come under attack.'), 'bases');
    expect(r.speaker).toBe('the rebels');
  });
  it('"responded when asked", "estimate that", a named committee between the cue and "that"', () => {
    expect(recordWith(run('"I have not spoken to him about that," the spokeswoman responded when asked about the plan.'), 'spoken').speaker).toBe('the spokeswoman');
    expect(recordWith(run('Israeli officials estimate that the group may try to stall the talks.'), 'stall').speaker).toBe('Israeli officials');
    expect(recordWith(run('The prime minister said in a closed meeting of the Foreign Affairs and Defense Committee on Sunday that he would not resign.'), 'resign').claim).toBe('he would not resign');
  });
});

describe('more frames', () => {
  it('"told AFP on condition of anonymity" after a quotation', () => {
    const r = recordWith(run('"There is an intention to renew the talks," the official told AFP on condition of anonymity.'), 'renew');
    expect(r.outlet).toBe('Agence France-Presse');
    expect(r.speaker).toBe('the official');
  });
  it('a relative clause without its subject ("37 the army says are dead") has no claim', () => {
    expect(run('Hamas took 252 hostages, including 37 the army says are dead.').attributions).toEqual([]);
  });
  it('"The source added" takes the outlet of the record that introduced the source, here none', () => {
    const ex = run('Officials told the Washington Post that talks were stuck. The envoy is busy, according to a source familiar with the details. The source added that both mediators were pushing hard.');
    expect(recordWith(ex, 'stuck').outlet).toBe('The Washington Post');
    expect(recordWith(ex, 'mediators').outlet).toBeNull();
  });
  it('a cue glued to the outlet name by a lost space', () => {
    const ex = run('Acme is in talks to buy Beta, the Wall Street Journalreported today. The talks could fail, according to one source, the Journalsaid.');
    expect(recordWith(ex, 'Acme').outlet).toBe('The Wall Street Journal');
    expect(recordWith(ex, 'fail').outlet).toBe('The Wall Street Journal');
    expect(recordWith(ex, 'fail').speaker).toBe('one source');
  });
  it('"S said C, the agency quotes him as saying at a news conference": the agency reports S', () => {
    const ex = run('An envoy has ruled out talks, Reuters news agency reports.\nJon Alhaj said the army accepted the plan, the agency quotes him as saying at a press conference in Cairo.');
    const r = recordWith(ex, 'accepted');
    expect(r.outlet).toBe('Reuters');
    expect(r.speaker).toBe('Jon Alhaj');
  });
  it('"C, the officials were quoted as saying" without quotation marks', () => {
    const ex = run('The assessment was based on intercepted calls, the New York Times said. It is unclear how much he knew in advance, the officials were quoted as saying.');
    const r = recordWith(ex, 'unclear');
    expect(r.outlet).toBe('The New York Times');
    expect(r.speaker).toBe('the officials');
  });
});

describe('round 4 details', () => {
  it('"while a third said it had been cancelled" is its own record', () => {
    const ex = run('Two sources told Reuters that the meeting had been postponed, while a third said it had been cancelled.');
    expect(recordWith(ex, 'postponed').claim).toBe('the meeting had been postponed');
    expect(recordWith(ex, 'cancelled').speaker).toBe('a third');
  });
  it('"As reported by Reuters on Monday, C" leaves the date out of C', () => {
    expect(recordWith(run('As reported by Reuters on Monday, the bank will cut 2,000 jobs.'), 'bank').claim).toBe('the bank will cut 2,000 jobs');
  });
  it('"first reported the news" names no content', () => {
    expect(run('The New York Times first reported the news on Friday.').attributions).toEqual([]);
  });
  it('a title "Name: claim in the first person" quotes Name; a topic label does not', () => {
    const r = recordWith(run('Acme: No, we are not buying the startup\nThe firm denied the rumour on Monday.'), 'startup');
    expect(r.speaker).toBe('Acme');
    expect(r.cue).toBe(':');
    expect(run('Ukraine: Russian troops advance near the river\nMore text follows here.').attributions).toEqual([]);
  });
});

describe('objects and findings', () => {
  it('a channel name at the sentence end ("told MUTV.") is the medium', () => {
    expect(recordWith(run('“He is hurt,” the coach told CLUBTV.'), 'hurt').outlet).toBe('CLUBTV');
  });
  it('a reported non-statement ("declined to comment") is no claim', () => {
    expect(run('A company spokesman declined to comment, and officials could not be reached for comment, the newspaper said.').attributions).toEqual([]);
  });
  it('"found that C" is a finding; "found the bodies" and "found it hard" are not', () => {
    const r = recordWith(run('Field investigations by reporters found that the vaccines had sickened 70 children, the Lakeland Times newspaper reported.'), 'vaccines');
    expect(r.outlet).toBe('Lakeland Times');
    expect(r.speaker).toBe('Field investigations by reporters');
    expect(run('Rescuers found the bodies of two climbers. He found it hard to sleep.').attributions).toEqual([]);
  });
  it('"denied any involvement" and "informed X about Y" take a noun phrase as the claim', () => {
    expect(recordWith(run('The minister promptly denied any personal involvement.'), 'involvement').claim).toBe('any personal involvement');
    const r = recordWith(run("A diplomatic source also informed the Reuters news agency about the army's withdrawal from the talks."), 'withdrawal');
    expect(r.outlet).toBe('Reuters');
    expect(r.claim).toBe("the army's withdrawal from the talks");
    expect(run('The minister denied the report.').attributions).toEqual([]);
  });
});

describe('sentence-initial articles and split claims', () => {
  it('"A Reuters investigation found that C": the capital A is no part of a longer name', () => {
    const r = recordWith(run('A Reuters investigation found that the firm had ignored safety warnings.'), 'firm');
    expect(r.outlet).toBe('Reuters');
    expect(r.speaker).toBeNull();
  });
  it('"said A "quoted" and that B" is one claim; "and that" inside a quotation splits nothing either', () => {
    const ex = run('The minister said the deal was "a big step forward" and that talks would continue.');
    expect(recordWith(ex, 'deal').claim).toBe('the deal was "a big step forward" and that talks would continue');
    expect(run('She said "we will win and that is final" today.').attributions).toHaveLength(1);
  });
});

describe('media named in the frame', () => {
  it('"said in comments to the AP that C", "wrote in an op-ed for The Washington Post that C"', () => {
    expect(recordWith(run('The minister said in comments to the AP that the border would reopen.'), 'border').outlet).toBe('Associated Press');
    expect(recordWith(run('The senator wrote in an op-ed for The Washington Post that the bill was flawed.'), 'bill').outlet).toBe('The Washington Post');
  });
  it('"told the BBC\'s Newsnight programme that C"', () => {
    const r = recordWith(run("The foreign minister told the BBC's Newsnight programme that sanctions would follow."), 'sanctions');
    expect(r.outlet).toBe('BBC');
    expect(r.claim).toBe('sanctions would follow');
  });
  it('"Two officials, speaking to Reuters, said C"', () => {
    const r = recordWith(run('Two officials, speaking to Reuters, said the plan had been shelved.'), 'plan');
    expect(r.outlet).toBe('Reuters');
    expect(r.speaker).toBe('Two officials');
  });
});

describe('"as first reported by"', () => {
  it('leads or trails the claim', () => {
    expect(recordWith(run('As first reported by Axios, the White House is weighing new sanctions.'), 'sanctions').outlet).toBe('Axios');
    expect(recordWith(run('The White House is weighing new sanctions, as first reported by Axios.'), 'sanctions').claim).toBe('The White House is weighing new sanctions');
  });
  it('a spokesperson saying the company does not comment is still a statement', () => {
    expect(recordWith(run('Asked about the report, a spokesperson said the company did not comment on rumours.'), 'rumours').speaker).toBe('a spokesperson');
  });
});

describe('agencies that tell media, and bare complements', () => {
  it('"The agency told the Post and NYT that C" after an outlet report: the agency speaks to both media', () => {
    const ex = run('The attack was planned, the New York Times and Washington Post report. The agency told the Post and NYT that Yemen "is a safe space for terrorists."');
    const told = ex.attributions.filter((a) => a.cue === 'told');
    expect(told.map((a) => a.outlet).sort()).toEqual(['The New York Times', 'The Washington Post']);
    expect(told.every((a) => a.speaker === 'The agency')).toBe(true);
  });
  it('"He added the U.N. was ..." with an abbreviation in the bare complement', () => {
    const ex = run('United Nations spokesman Ali Baker said Friday, “The ruling is a grave mistake.” He added the U.N. was “very worried by the sudden” closures.');
    expect(recordWith(ex, 'worried').speaker).toBe('Ali Baker');
  });
});

describe('no content, no record', () => {
  it('"said goodbye", "said little about it" and a base form after a modal are no frames', () => {
    expect(run('She said goodbye to her colleagues. Officials have said little about the incident.').attributions).toEqual([]);
    const ex = run('The bill says that companies must report breaches.');
    expect(brief(ex)).toEqual([{ outlet: null, speaker: 'The bill', claim: 'companies must report breaches' }]);
  });
});

describe('owners, reasons and parentheticals', () => {
  it('"North Korea\'s state news agency KCNA said": an owner of several words before its possessive', () => {
    expect(recordWith(run("North Korea's state news agency KCNA said on Thursday the launch was a success."), 'launch').outlet).toBe('Korean Central News Agency');
  });
  it('"citing weak demand" gives a reason, not a source', () => {
    expect(recordWith(run('The firm said profits fell, citing weak demand in China.'), 'profits').speaker).toBe('The firm');
    expect(recordWith(run('The paper said, citing the Interior Ministry, that three people died.'), 'died').speaker).toBe('the Interior Ministry');
  });
  it('"However, he said, C" and "On Monday, the agency said, C": the claim follows the frame', () => {
    expect(recordWith(run('Still, the minister said, there was hope for a deal.'), 'hope').speaker).toBe('the minister');
    expect(recordWith(run('On Monday, the agency said, the river rose by two metres.'), 'river').claim).toBe('the river rose by two metres');
  });
});

describe('an outlet\'s own figures', () => {
  it('"According to Reuters calculations" and "AFP reporting" are the outlet; "police data" is not', () => {
    expect(recordWith(run('According to Reuters calculations, the company lost $3 billion.'), 'lost').outlet).toBe('Reuters');
    expect(recordWith(run('According to AFP reporting, the town fell.'), 'town').outlet).toBe('Agence France-Presse');
    expect(recordWith(run('According to police data, crime fell sharply.'), 'crime').outlet).toBeNull();
  });
});

describe('"they" after a named body', () => {
  it('"The White House did not dispute the remark. In a statement, they said, ..."', () => {
    const ex = run('Two people said the remark was made on Thursday. The White House did not dispute the remark. In a statement, they said, "We respect his service."');
    expect(recordWith(ex, 'respect').speaker).toBe('The White House');
  });
  it('"first reported the comment" names no content', () => {
    expect(run('The Hill newspaper first reported the comment.').attributions).toEqual([]);
  });
});

describe('confirming a named report', () => {
  it('"confirmed a Reuters report that C": the report and the confirmation, linked', () => {
    const ex = run('The carmaker confirmed a Reuters report that it would recall 1 million vehicles.');
    const report = ex.attributions.findIndex((a) => a.outlet === 'Reuters');
    const confirm = ex.attributions.findIndex((a) => a.speaker === 'The carmaker');
    expect(report).toBeGreaterThanOrEqual(0);
    expect(confirm).toBeGreaterThanOrEqual(0);
    expect(ex.relations).toContainEqual({ from: confirm, to: report, type: 'confirms' });
  });
  it('", confirming a report by Reuters" ends the claim', () => {
    expect(recordWith(run('The carmaker said on Tuesday it would recall 1 million vehicles, confirming a report by Reuters.'), 'recall').claim).toBe('it would recall 1 million vehicles');
  });
});

describe('headline labels', () => {
  it('"EXCLUSIVE:" before a tagged headline is no part of the claim', () => {
    expect(recordWith(run('EXCLUSIVE: Bank weighs sale of unit, sources say\nThe bank is weighing options.'), 'Bank').claim).toBe('Bank weighs sale of unit');
  });
});

describe('"according to X" right after "that"', () => {
  it('is the source of the outer report\'s content, with or without commas', () => {
    for (const text of ['CNN reported that according to two sources the deal was off.', 'CNN reported that, according to two sources, the deal was off.']) {
      const r = recordWith(run(text), 'deal');
      expect(r.outlet).toBe('CNN');
      expect(r.speaker).toBe('two sources');
      expect(r.claim).toBe('the deal was off');
    }
  });
  it('", only noting that, according to Kim, C" after an outlet: the outlet reports Kim', () => {
    const ex = run("North Korea's KCNA news agency said Kim oversaw the test. The agency did not unveil any details of the weapon, only noting that, according to Kim, it had been developed to suit the terrain.");
    const r = recordWith(ex, 'terrain');
    expect(r.outlet).toBe('Korean Central News Agency');
    expect(r.speaker).toBe('Kim');
    expect(r.claim).toBe('it had been developed to suit the terrain');
  });
});

describe('pronouns and documents across clauses', () => {
  it('"C, CEO Jane Roe had told staff on June, and she warned them ...": she is Jane Roe', () => {
    const ex = run('Revenue fell by 30% this year, CEO Jane Roe had told employees on June, and she warned them to brace for a downturn.');
    expect(recordWith(ex, 'brace').speaker).toBe('Jane Roe');
  });
  it('"the statement said" after an outlet published it, with another record in between', () => {
    const ex = run('The state news agency KCNA said the test was a success. Later, the agency published a statement by a senior diplomat criticising the drills, which Pyongyang says triggered the launches. "They must stop now," the statement said.');
    expect(recordWith(ex, 'stop now').outlet).toBe('Korean Central News Agency');
  });
});

describe('"what X calls Y" and "spoke of"', () => {
  it('"because of what it calls Y": the sentence subject calls it so', () => {
    const r = recordWith(run('The main opposition party wants the vote to be re-run because of what it calls widespread fraud and intimidation.'), 'fraud');
    expect(r.speaker).toBe('The main opposition party');
    expect(r.claim).toBe('widespread fraud and intimidation');
  });
  it('"what Pyongyang described as" names its speaker; inside another claim it is no record', () => {
    expect(recordWith(run('Kim attended a test of what Pyongyang described as a “guided tactical weapon.” Talks followed.'), 'guided').speaker).toBe('Pyongyang');
    const ex = run('Trump attacked the department, saying that it should have kept the original version of what he called his "travel ban."');
    expect(ex.attributions).toHaveLength(1);
  });
  it('\'spoke of "a blow to his knee"\' takes the quoted words', () => {
    expect(recordWith(run('The coach spoke of "a blow to his knee" shortly after the game.'), 'blow').claim).toBe('a blow to his knee');
  });
});

describe('media in asides and interjections', () => {
  it('"The company, in a statement to CNN, said C"', () => {
    expect(recordWith(run('The company, in a statement to CNN, said it was reviewing the matter.'), 'reviewing').outlet).toBe('CNN');
  });
  it('"He said, according to the BBC, that C" is one record with the medium', () => {
    const ex = run('The general spoke in the capital. He said, according to the BBC, that the army would withdraw.');
    expect(brief(ex).filter((a) => a.claim.includes('withdraw'))).toEqual([{ outlet: 'BBC', speaker: 'The general', claim: 'the army would withdraw' }].map((x) => ({ ...x, speaker: expect.any(String) })));
    expect(ex.attributions).toHaveLength(1);
  });
  it('a title with a period inside an inverted speaker: "said Dr. Ana Gomez"', () => {
    expect(recordWith(run('"It is very serious," said Dr. Ana Gomez, director of the hospital, in an interview.'), 'serious').speaker).toBe('Dr. Ana Gomez');
  });
  it('"Sources tell the Daily Beast that C"', () => {
    const r = recordWith(run('Sources tell the Daily Beast that the meeting was tense.'), 'tense');
    expect(r.outlet).toBe('The Daily Beast');
    expect(r.speaker).toBe('Sources');
  });
});

describe('passive "told by"', () => {
  it('"The BBC was told by two sources that C": the sources speak, the BBC received it', () => {
    const r = recordWith(run('The BBC was told by two sources that the minister would resign.'), 'resign');
    expect(r.outlet).toBe('BBC');
    expect(r.speaker).toBe('two sources');
    expect(run('He was told by doctors to rest.').attributions).toEqual([]);
  });
});

describe('the publisher as the medium', () => {
  it('"told the newspaper" in a newspaper\'s own article with no other medium named', () => {
    const ex = extract({ id: 't', title: 't', text: 'The mayor told the newspaper that the budget was short.', published: '2024-03-16', publisher: 'The Irish Times' });
    expect(recordWith(ex, 'budget').outlet).toBe('The Irish Times');
    expect(recordWith(run('The mayor told the newspaper that the budget was short.'), 'budget').outlet).toBeNull();
  });
});

describe('Title Case headlines and quoted analysts', () => {
  it('"Opposition Says Its Tally Shows ..." on a Title Case first line', () => {
    const ex = run('Harbor Opposition Says Its Count Shows Mayor Lost Vote\nOpposition candidates said on Wednesday that the mayor lost.');
    expect(recordWith(ex, 'Count').speaker).toBe('Harbor Opposition');
    expect(run('Senate Passes Bill After Long Debate\nMore text follows here.').attributions).toEqual([]);
  });
  it('"Bloomberg quoted Bob Peck, an analyst at X as saying" without a comma before "as"', () => {
    const r = recordWith(run('"Growth is weak," Bloomberg quoted Bob Peck, an analyst at SunTrust as saying.'), 'Growth');
    expect(r.outlet).toBe('Bloomberg');
    expect(r.speaker).toBe('Bob Peck');
  });
});

describe('directives and fronted subordinate clauses', () => {
  it('"told the public not to rely on rumours", "warned them to brace": the directive is the claim', () => {
    expect(recordWith(run('Officials have told the public not to rely on rumours.'), 'rumours').claim).toBe('not to rely on rumours');
    expect(recordWith(run('The mayor told residents to stay indoors.'), 'indoors').speaker).toBe('The mayor');
  });
  it('"While a report suggests C, officials have told ..." ends C at the comma', () => {
    const ex = run('While a report suggests a swap is near, Israeli officials have told the public not to rely on rumours.');
    expect(recordWith(ex, 'swap').claim).toBe('a swap is near');
  });
});

describe('content of an embedded clause', () => {
  it('ends where the main predicate resumes: "in which officers said C, and also tracked ..."', () => {
    const ex = run('The army intercepted calls in which officers said they believed the bridge was mined, and also tracked the convoy, the New York Times reported.');
    expect(ex.attributions.find((a) => a.speaker === 'officers')?.claim).toBe('they believed the bridge was mined');
  });
});

// Engine round 5: general recall on unseen articles. Sentences written for these tests,
// each rule tried in several shapes (tense, word order, date, outlet).
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';
import { brief, recordWith, run } from './helpers.js';

describe('outlets referred back to by a descriptor', () => {
  it('"the Canadian daily", "the Hong Kong-based newspaper": the latest newspaper named before', () => {
    const a = run('The Toronto Star reported on Monday that the province would close two hospitals. The Canadian daily said the decision was made last week.');
    expect(recordWith(a, 'decision').outlet).toBe('Toronto Star');
    const b = run('The city will reopen its border, the South China Morning Post said. According to the Hong Kong-based newspaper, the plan was approved in May.');
    expect(recordWith(b, 'approved').outlet).toBe('South China Morning Post');
  });
  it('the kind of medium decides between two outlets named before', () => {
    const ex = run('Al Jazeera reported, citing the Associated Press, that the convoy had been hit. The Qatari broadcaster later said 14 people were wounded. The US agency said the toll could rise.');
    expect(recordWith(ex, 'wounded').outlet).toBe('Al Jazeera');
    expect(recordWith(ex, 'toll').outlet).toBe('Associated Press');
  });
  it('"the state-run agency", "the business daily", an outlet named only by the text', () => {
    expect(recordWith(run('Xinhua said the factory had exploded. The state-run agency added that 12 workers were killed.'), 'workers').outlet).toBe('Xinhua');
    expect(recordWith(run('Kommersant reported that the firm had been sold. The Russian business daily said the price was $2 billion.'), 'price').outlet).toBe('Kommersant');
  });
  it('the medium told something may be a descriptor too', () => {
    const ex = run('Le Monde reported the resignation on Sunday. The minister told the French daily that he had been pushed out.');
    const r = recordWith(ex, 'pushed out');
    expect(r.outlet).toBe('Le Monde');
    expect(r.speaker).toBe('The minister');
  });
  it('without an outlet named before, the publisher; without one, no outlet', () => {
    const text = 'The mayor resigned on Friday. The council told the local newspaper that an election would follow.';
    const withPublisher = extract({ id: 't', title: 't', text, published: '2024-03-16', publisher: 'The Springfield Gazette' });
    expect(recordWith(withPublisher, 'election').outlet).toBe('The Springfield Gazette');
    expect(recordWith(run(text), 'election').outlet).toBeNull();
  });
  it('a description that names its own medium is not a reference back', () => {
    const ex = run('Reuters said talks had resumed. The Asahi newspaper reported that a deal was close.');
    expect(recordWith(ex, 'deal').outlet).toMatch(/Asahi/);
    expect(brief(run('The first newspaper to report it said the deal was close.')).every((r) => r.outlet === null)).toBe(true);
  });
});

describe('outlets the gazetteer does not know, named where a medium speaks', () => {
  it('a country\'s possessive before a name that reports a clause', () => {
    expect(recordWith(run("Russia's RBC reported that the central bank would raise rates."), 'rates').outlet).toBe('RBC');
    expect(recordWith(run("The summit was postponed, South Korea's Dong-A Ilbo reported on Monday."), 'summit').outlet).toBe('Dong-A Ilbo');
    expect(recordWith(run("According to Moldova's Ziarul Nostru, the cabinet will approve the budget."), 'budget').outlet).toBe('Ziarul Nostru');
  });
  it('not a known person, organisation or country, and not a plain statement', () => {
    expect(recordWith(run("Russia's Putin reported that the harvest was good."), 'harvest').outlet).toBeNull();
    expect(recordWith(run("China's Huawei said that sales had doubled."), 'sales').outlet).toBeNull();
    expect(recordWith(run("Brazil's Lula said the talks would resume."), 'talks').outlet).toBeNull();
  });
  it('a name shaped like a channel: "... TV", "... Radio", "Channel 12"', () => {
    expect(recordWith(run('Rossiya Kultura TV reported that the museum had reopened.'), 'museum').outlet).toMatch(/^Rossiya Kultura/);
    expect(recordWith(run('The ship had sunk, Voice Of Lagos Radio said.'), 'ship').outlet).toBe('Voice Of Lagos Radio');
    expect(recordWith(run('The minister told Channel 14 on Sunday that no deal was close.'), 'deal').outlet).toBe('Channel 14');
    expect(recordWith(run('Israeli TV reported that the cabinet would meet.'), 'cabinet').outlet).toBeNull();
  });
  it('a gazetteer name in a medium\'s slot needs no article', () => {
    const r = recordWith(run('In an interview with Bild, the chancellor said Germany would send more tanks.'), 'tanks');
    expect(r.outlet).toBe('Bild');
    expect(r.speaker).toBe('the chancellor');
  });
});

describe('sources named in relative clauses', () => {
  it('"OUTLET, which cited X, said C" and "C, OUTLET reported, which cited X"', () => {
    const a = recordWith(run('Bloomberg, which cited two people familiar with the plan, said the company would cut 2,000 jobs.'), 'jobs');
    expect([a.outlet, a.speaker]).toEqual(['Bloomberg', 'two people familiar with the plan']);
    const b = recordWith(run('The bank is preparing a rights issue, the Financial Times reported on Sunday, which quoted unnamed bankers.'), 'rights issue');
    expect([b.outlet, b.speaker]).toEqual(['Financial Times', 'unnamed bankers']);
  });
  it('"the report, which quoted X, said C" keeps the report\'s outlet', () => {
    const r = recordWith(run('Reuters reported that the firm would be sold. The report, which quoted three bankers, said the price was $4 billion.'), 'price');
    expect([r.outlet, r.speaker]).toEqual(['Reuters', 'three bankers']);
  });
  it('"according to a report by X that cited Y" and "according to X, which quoted Y, C"', () => {
    const a = recordWith(run('The talks collapsed on Monday, according to a report by the Financial Times that cited two diplomats.'), 'talks');
    expect([a.outlet, a.speaker]).toEqual(['Financial Times', 'two diplomats']);
    const b = recordWith(run('According to The Times, which quoted a senior aide, the prime minister will call an election.'), 'election');
    expect([b.outlet, b.speaker, b.claim]).toEqual(['The Times', 'a senior aide', 'the prime minister will call an election']);
  });
  it('"S, who spoke to the newspaper on condition of anonymity, said C": the medium spoken to', () => {
    const a = recordWith(run('Two officials, who were speaking to Reuters by phone, said the vote had been delayed.'), 'vote');
    expect([a.outlet, a.speaker]).toEqual(['Reuters', 'Two officials']);
    const text = 'An official, who spoke to the newspaper on condition of anonymity, said the ministers would meet in Geneva.';
    const b = recordWith(extract({ id: 't', title: 't', text, published: '2024-03-16', publisher: 'The Daily Ledger' }), 'Geneva');
    expect([b.outlet, b.speaker]).toEqual(['The Daily Ledger', 'An official']);
  });
});

describe('denials and confirmations of reports', () => {
  it('"S denied a/the X report that C": the report and the denial', () => {
    for (const text of [
      'The spokesman denied the Bloomberg report that the bank was for sale.',
      'On Tuesday the bank denied a report by Bloomberg that it was for sale.',
      "The bank has flatly denied Bloomberg's report that it was for sale.",
    ]) {
      const ex = run(text);
      const report = ex.attributions.find((a) => a.outlet === 'Bloomberg');
      const denial = ex.attributions.find((a) => a.outlet === null);
      expect(report?.claim, text).toMatch(/for sale$/);
      expect(denial?.claim, text).toBe(report?.claim);
      expect(ex.relations, text).toContainEqual({ from: ex.attributions.indexOf(denial!), to: ex.attributions.indexOf(report!), type: 'contradicts' });
    }
  });
  it('"S dismissed the X report, saying C": C is the denier\'s, the report says nothing here', () => {
    const ex = run('The ministry dismissed the Reuters report, saying it was false.');
    expect(brief(ex)).toEqual([{ outlet: null, speaker: 'The ministry', claim: 'it was false' }]);
  });
  it('a confirmation relates the two records', () => {
    const ex = run("The club confirmed a report by L'Equipe that the coach would leave.");
    expect(ex.relations.map((r) => r.type)).toEqual(['confirms']);
  });
});

describe('participles that continue an attributed clause', () => {
  it('", signaling that C", ", noting that C", ", adding that C" take the clause\'s speaker and outlet', () => {
    const a = run('The ministry said the ceasefire was broken, signalling that talks would be delayed.');
    expect([recordWith(a, 'talks').speaker, recordWith(a, 'ceasefire').claim]).toEqual(['The ministry', 'the ceasefire was broken']);
    const b = run('Reuters reported on Friday that talks had stalled, indicating that a new round was unlikely.');
    expect(recordWith(b, 'new round').outlet).toBe('Reuters');
  });
  it('", dismissing claims that C" and ", describing X as Y"', () => {
    const a = recordWith(run('The minister said the plan was sound, dismissing claims that it would raise prices.'), 'prices');
    expect([a.speaker, a.claim]).toEqual(['The minister', 'it would raise prices']);
    const b = recordWith(run('The army told the BBC it had captured the town, describing the operation as a success.'), 'operation');
    expect([b.outlet, b.speaker, b.claim]).toEqual(['BBC', 'The army', 'the operation as a success']);
  });
  it('", describing X as \"Y\"": the quoted words are the claim', () => {
    const r = recordWith(run('The governor said the floods were worsening, describing the situation as "quite catastrophic."'), 'catastrophic');
    expect([r.speaker, r.claim]).toEqual(['The governor', 'quite catastrophic']);
  });
  it('without an attributed clause before it, a participle is narration', () => {
    expect(run('The storm hit the coast, signalling that the season had begun.').attributions).toEqual([]);
    expect(run('Prices rose again, confirming that inflation was back.').attributions).toEqual([]);
  });
});

describe('opening phrases that name the medium', () => {
  it('"Talking to X", "Appearing on X", "Interviewed by X", "In comments to X"', () => {
    for (const [text, outlet] of [
      ['Talking to Al Jazeera, the foreign minister said talks had failed.', 'Al Jazeera'],
      ['Appearing on CNN on Sunday, the senator said the bill would pass.', 'CNN'],
      ['Interviewed by the BBC, the coach said he would stay.', 'BBC'],
      ['In comments to Reuters, the governor said rates would stay high.', 'Reuters'],
    ] as const) {
      const ex = run(text);
      expect(ex.attributions.map((a) => a.outlet), text).toEqual([outlet]);
      expect(ex.attributions[0]?.speaker, text).toMatch(/^the /);
    }
  });
});

describe('headline tags', () => {
  it('"Title – sources" is the sources of the outlet the article names', () => {
    const r = recordWith(run('Apple plans to cut iPhone output – sources\nApple is cutting production, sources told Reuters.'), 'iPhone');
    expect([r.outlet, r.speaker]).toEqual(['Reuters', 'sources']);
  });
  it('"Report: Title" opens with its tag', () => {
    for (const head of ['Report: Newspaper chains in merger talks', 'REPORT: Newspaper chains in merger talks']) {
      const r = recordWith(run(`${head}\nTwo chains are in talks to merge, according to a Wall Street Journal report.`), 'chains in merger');
      expect(r.outlet).toBe('The Wall Street Journal');
    }
  });
  it('a label that is not a source stays unattributed', () => {
    expect(run('Analysis: Why the talks failed\nThe talks failed because nobody came.').attributions).toEqual([]);
  });
});

describe('reports named after their claim', () => {
  it('"That\'s according to a X report that cites Y." attributes the sentence before', () => {
    const ex = run('Two of the largest mills are in advanced talks to merge. That is according to a Financial Times report that cites people close to the talks.');
    const r = recordWith(ex, 'mills');
    expect([r.outlet, r.speaker, r.claim]).toEqual(['Financial Times', 'people close to the talks', 'Two of the largest mills are in advanced talks to merge']);
    expect(ex.attributions).toHaveLength(1);
  });
  it('"was quoted as saying by X" names the medium after the cue', () => {
    const r = recordWith(run('The pipeline would reopen in May, the minister was quoted as saying by Interfax news agency.'), 'pipeline');
    expect([r.outlet, r.speaker]).toEqual(['Interfax', 'the minister']);
  });
});

describe('media named around the cue', () => {
  it('"confirmed to X", "wrote in X", "said on X\'s <programme>", "cited by X as saying"', () => {
    for (const [text, outlet, claim] of [
      ['The spokesman confirmed to Reuters that the talks had resumed.', 'Reuters', 'the talks had resumed'],
      ['The senator wrote in the New York Times on Sunday that the bill was flawed.', 'The New York Times', 'the bill was flawed'],
      ["The minister said on CBS's Face the Nation that the strikes would continue.", 'CBS News', 'the strikes would continue'],
      ['The general was cited by the Washington Post as saying the army would withdraw.', 'The Washington Post', 'the army would withdraw'],
    ] as const) {
      const ex = run(text);
      expect(ex.attributions.map((a) => [a.outlet, a.claim]), text).toEqual([[outlet, claim]]);
    }
  });
  it('"documents seen by X", "records reviewed by X": the medium that saw them reports', () => {
    const r = recordWith(run('The company paid the fine, according to documents reviewed by The Washington Post.'), 'fine');
    expect([r.outlet, r.speaker]).toEqual(['The Washington Post', 'documents']);
  });
  it('"As X reported, C" and "C, as X first reported"', () => {
    const a = recordWith(run('As Reuters reported on Monday, the company is cutting jobs.'), 'jobs');
    expect([a.outlet, a.claim]).toEqual(['Reuters', 'the company is cutting jobs']);
    const b = recordWith(run('The company is cutting jobs, as Bloomberg first reported.'), 'jobs');
    expect([b.outlet, b.claim]).toEqual(['Bloomberg', 'The company is cutting jobs']);
    const c = recordWith(run('As the minister told the BBC last week, the plan will cost billions.'), 'billions');
    expect([c.outlet, c.speaker]).toEqual(['BBC', 'the minister']);
    expect(run('As expected, the bank raised rates.').attributions).toEqual([]);
  });
});

describe('datelines and state media owners', () => {
  it('an upper-case dateline with a colon is not part of the claim', () => {
    for (const text of ['DUBAI: Two ships collided off the coast, the Gulf News reported.', 'KUALA LUMPUR: Two ships collided off the coast, Bernama said on Sunday.']) {
      expect(recordWith(run(text), 'ships').claim, text).toBe('Two ships collided off the coast');
    }
  });
  it('"Iran\'s state radio" is Iranian state radio even when another country is named nearby', () => {
    const r = recordWith(run("Iran's state radio said the suspect had been arrested in Pakistan."), 'suspect');
    expect(r.outlet).toBe('Iranian state radio');
  });
});

describe('frames seen in wire copy', () => {
  it('a link pasted after the cue, and "this month" between cue and content', () => {
    const a = recordWith(run('The owners are in talks to sell the tabloid, the New York Times reported https://example.com/story.html on Thursday, citing two people close to the deal.'), 'tabloid');
    expect([a.outlet, a.speaker]).toEqual(['The New York Times', 'two people close to the deal']);
    const b = recordWith(run('Reuters reported this month that the studio was in talks to open its books.'), 'studio');
    expect(b.claim).toBe('the studio was in talks to open its books');
  });
  it('"According to X, where the news was first reported, C"', () => {
    const r = recordWith(run('According to the Financial Times, where the news first appeared, the group is in talks with buyout firms.'), 'buyout');
    expect(r.claim).toBe('the group is in talks with buyout firms');
  });
  it('"Firstly, it says C" after an outlet spoke', () => {
    const ex = run('The Wall Street Journal said there were two options. Firstly, it says a buyout firm would take the web business.');
    expect(recordWith(ex, 'buyout').outlet).toBe('The Wall Street Journal');
  });
  it('the publisher by its initials: "told PW"', () => {
    const text = 'Sources have told PW that the firm would not sell to a rival.';
    const r = recordWith(extract({ id: 't', title: 't', text, published: '2024-03-16', publisher: 'Publishers Weekly' }), 'rival');
    expect([r.outlet, r.speaker]).toEqual(['Publishers Weekly', 'Sources']);
  });
});

describe('denials of unnamed reports and titled speakers', () => {
  it('"denied a news report claiming that C", "rejected media reports saying C" (and the unnamed reports say C, as the annotation records them)', () => {
    const ex = run('The agency on Friday denied a news report claiming that its staff had opposed the merger.');
    const a = ex.attributions.find((r) => r.speaker === 'The agency');
    expect(a?.claim).toBe('its staff had opposed the merger');
    const ex2 = run('The club rejected media reports saying the coach had been sacked.');
    const b = ex2.attributions.find((r) => r.speaker === 'The club');
    expect(b?.claim).toBe('the coach had been sacked');
    const reports = ex2.attributions.find((r) => r.speaker === 'media reports');
    expect(reports?.claim).toBe('the coach had been sacked');
    expect(ex2.relations).toContainEqual({ from: ex2.attributions.indexOf(b!), to: ex2.attributions.indexOf(reports!), type: 'contradicts' });
  });
  it('"Jane Roe, CEO of Acme Group, has dismissed rumours that C": the name speaks', () => {
    const r = recordWith(run('Jane Roe, CEO of Acme Group, has dismissed rumours that the company will buy a stake in the broadcaster.'), 'stake');
    expect(r.speaker).toBe('Jane Roe');
  });
});

describe('rumour-column frames', () => {
  it('"..., reports X" / "..., X reports" with a name nobody knows as a person or place', () => {
    expect(recordWith(run('AC Milan are interested in signing the midfielder, reports Calciomercatino.'), 'Milan').outlet).toBe('Calciomercatino');
    expect(recordWith(run('The striker is closing in on a move to Porto, Goalcentral reports.'), 'Porto').outlet).toBe('Goalcentral');
    expect(recordWith(run('The striker is closing in on a move to Porto, reports John Smith.'), 'Porto').outlet).toBeNull();
    expect(recordWith(run('Quarterly revenue rose 8 percent, Acme reported.'), 'revenue').outlet).toBeNull();
  });
  it('"A report in X last week said C" names its medium; "the report" then refers to it', () => {
    const ex = run('A report in Kathimerini last week said the two clubs were in advanced negotiations. The report claimed that a fee had been agreed.');
    expect(recordWith(ex, 'negotiations').outlet).toBe('Kathimerini');
    expect(recordWith(ex, 'fee').outlet).toBe('Kathimerini');
  });
  it('"It has been reported that C" is a hedge, not an attribution', () => {
    const ex = run('It has been reported that the club made an offer, but sources have told ESPN that no bid arrived.');
    expect(brief(ex)).toEqual([{ outlet: 'ESPN', speaker: 'sources', claim: 'no bid arrived' }]);
  });
  it('"In conversation with X, S has admitted C"', () => {
    const r = recordWith(run('In conversation with Sport Bild, the defender has admitted that he could leave in the summer.'), 'leave');
    expect([r.outlet, r.speaker]).toEqual(['Sport Bild', 'the defender']);
  });
});

describe('more media slots', () => {
  it('"in an interview published Sunday by X", "told X\'s 60 Minutes"', () => {
    const a = recordWith(run('The minister said in an interview published Sunday by Le Figaro that taxes would fall.'), 'taxes');
    expect([a.outlet, a.claim]).toEqual(['Le Figaro', 'taxes would fall']);
    const b = recordWith(run("The minister told CBS's 60 Minutes that taxes would fall."), 'taxes');
    expect([b.outlet, b.claim]).toEqual(['CBS News', 'taxes would fall']);
  });
  it('"C, per X." and "C, via X." credit a medium', () => {
    expect(brief(run('The White House is weighing new tariffs, per Axios.'))).toEqual([{ outlet: 'Axios', speaker: null, claim: 'The White House is weighing new tariffs' }]);
    expect(recordWith(run('Two ministers have resigned over the scandal, via Reuters.'), 'ministers').outlet).toBe('Reuters');
    expect(run('The plan passed, per the rules.').attributions).toEqual([]);
  });
});

describe('descriptors with two-word demonyms and possessives', () => {
  it('"the South Korean news agency", "the Doha-based broadcaster", "the pan-Arab daily"', () => {
    expect(recordWith(run('Yonhap reported the launch on Sunday. The South Korean news agency said the missile flew 600 km.'), '600').outlet).toBe('Yonhap');
    expect(recordWith(run('Al Jazeera reported that the talks had stalled. According to the Doha-based broadcaster, negotiators would meet again.'), 'negotiators').outlet).toBe('Al Jazeera');
  });
  it('"the agency\'s report said C", "the paper\'s sources said C"', () => {
    expect(recordWith(run("Yonhap reported the launch. The agency's report said the missile flew 600 km."), '600').outlet).toBe('Yonhap');
    const r = recordWith(run("Reuters reported the merger. The agency's sources said the price was high."), 'price');
    expect([r.outlet, r.speaker]).toEqual(['Reuters', 'sources']);
  });
});

describe('who accuses in a participle after reported content', () => {
  it('"S say X has done Y, accusing Z of W": X accuses', () => {
    const ex = run('Officials say the navy has seized the tanker, accusing its crew of smuggling fuel.');
    expect(recordWith(ex, 'smuggling').speaker).toBe('the navy');
    expect(recordWith(ex, 'seized').speaker).toBe('Officials');
  });
  it('a participle of saying stays with the reporter', () => {
    const ex = run('The ministry said the government had approved the deal, rejecting claims that it was rushed.');
    expect(recordWith(ex, 'rushed').speaker).toBe('The ministry');
  });
});

describe('a report an outlet published in narration', () => {
  it('"X published an investigation. The report/investigation said/found C"', () => {
    expect(recordWith(run('The Guardian published an investigation on Sunday into the contracts. The report said the ministry ignored warnings.'), 'warnings').outlet).toBe('The Guardian');
    expect(recordWith(run('Der Spiegel ran a story about the contracts last week. The investigation found that the ministry ignored warnings.'), 'warnings').outlet).toBe('Der Spiegel');
    expect(recordWith(run('The ministry released a report on Monday. The report said the warnings were ignored.'), 'warnings').outlet).toBeNull();
  });
});

describe('wire credits after and before the statement', () => {
  it('"S said C, quoted by X." / "..., in a statement carried by X."', () => {
    const a = recordWith(run('The spokesman said the talks had stalled, quoted by TASS.'), 'talks');
    expect([a.outlet, a.speaker, a.claim]).toEqual(['TASS', 'The spokesman', 'the talks had stalled']);
    const b = recordWith(run('The ministry said the drone was shot down, in a statement carried by state news agency KCNA.'), 'drone');
    expect([b.outlet, b.claim]).toEqual(['Korean Central News Agency', 'the drone was shot down']);
  });
  it('"In a statement carried by X, S said C"', () => {
    const r = recordWith(run('In a statement carried by KCNA, the ministry said the test was a success.'), 'test');
    expect([r.outlet, r.speaker]).toEqual(['Korean Central News Agency', 'the ministry']);
  });
  it('"told Russia\'s RIA news agency that C" keeps the media noun out of the claim', () => {
    expect(recordWith(run("The minister told Russia's RIA news agency that the pipeline would reopen."), 'pipeline').claim).toBe('the pipeline would reopen');
  });
});

describe('headline tags are not outlet names', () => {
  it('"Title: Reports" without an outlet named later gives no outlet called "Reports"', () => {
    const ex = run('Apple plans to cut iPhone output: Reports\nApple is cutting production of its phones.');
    expect(ex.attributions.map((a) => a.outlet)).not.toContain('Reports');
  });
});

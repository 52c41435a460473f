// Engine round 6: constructions found missing on fresh real articles. Sentences written for
// these tests, each rule tried in more than one shape.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('abbreviations inside source phrases', () => {
  it('"according to U.S. officials" keeps the abbreviation in the speaker', () => {
    const r = recordWith(run('According to U.S. officials, the carrier group will sail next week, CBS News reported.'), 'carrier');
    expect(r.speaker).toBe('U.S. officials');
    expect(r.outlet).toBe('CBS News');
    expect(r.claim).toBe('the carrier group will sail next week');
    expect(recordWith(run('The vote was postponed, according to Sen. Warren.'), 'postponed').speaker).toBe('Sen. Warren');
  });
});

describe('the medium a source spoke to', () => {
  it('"confirmed to ESPN", "explained to CNN": an upper-case medium after "to" is no hedge', () => {
    const a = recordWith(run('Garcia confirmed to ESPN on Sunday that he will leave the club in June.'), 'leave the club');
    expect(a.outlet).toBe('ESPN');
    expect(a.speaker).toBe('Garcia');
    expect(recordWith(run('The mayor explained to CNN that the bridge would stay shut.'), 'bridge').outlet).toBe('CNN');
    // a headline hedge keeps its meaning: "said to weigh" attributes nothing
    expect(run('Ministry said to weigh new tariffs').attributions).toHaveLength(0);
  });
  it('"officials who spoke with X" give X as the outlet and the officials as speaker', () => {
    const a = recordWith(run('Three diplomats who spoke with NBC News said that the summit had been moved to Geneva.'), 'summit');
    expect(a.outlet).toBe('NBC News');
    expect(a.speaker).toBe('Three diplomats');
    const b = recordWith(run('Reuters first reported the plan on Monday. The people who talked to the agency said the sale could close in May.'), 'sale');
    expect(b.outlet).toBe('Reuters');
  });
});

describe('reports named by an appositive', () => {
  it('"The report, published by X on Friday, said C"', () => {
    expect(recordWith(run('The report, published by The Guardian on Friday, said the charity had misused donations.'), 'charity').outlet).toBe('The Guardian');
    expect(recordWith(run('The story, which was first published in Politico, said the aide had resigned.'), 'aide').outlet).toBe('Politico');
  });
});

describe('unnamed media as the subject of a present-tense report', () => {
  it('"C, US media report." gives the media as speaker without an outlet', () => {
    const r = recordWith(run('Fighter jets struck two depots near the border overnight, Israeli media report.'), 'depots');
    expect(r.speaker).toBe('Israeli media');
    expect(r.outlet).toBeNull();
    // "media reports" as a noun stays a noun
    expect(brief(run('The minister dismissed the media reports.'))).toHaveLength(0);
  });
});

describe('headlines credited to a medium', () => {
  it('"NAME: claim" where NAME is a known outlet', () => {
    const r = recordWith(run('Bloomberg: Chipmaker weighs sale of its French plant\nThe company declined to comment.'), 'Chipmaker');
    expect(r.outlet).toBe('Bloomberg');
    // a topic label before the colon is not a source
    expect(run('Budget talks: what happens next\nLawmakers met on Monday.').attributions).toHaveLength(0);
  });
});

describe('entertainment and sports media', () => {
  it('celebrity and trade outlets are known; ordinary-word titles need a medium position', () => {
    expect(recordWith(run('The singer has cancelled her tour, a representative told TMZ.'), 'tour').outlet).toBe('TMZ');
    expect(recordWith(run('The series has been renewed for a third season, Deadline reported.'), 'renewed').outlet).toBe('Deadline');
    expect(recordWith(run('Page Six reported that the couple had married in secret.'), 'married').outlet).toBe('Page Six');
    expect(recordWith(run('The deadline was pushed back by a week, officials said.'), 'pushed back').outlet).toBeNull();
  });
  it('British plural verbs after a title: "Marca say", "Bild claim"', () => {
    expect(recordWith(run('Marca say that the club want a fee of 60 million euros.'), 'fee').outlet).toBe('Marca');
    expect(recordWith(run('Bild claim that the coach will be replaced in the summer.'), 'coach').outlet).toBe('Bild');
  });
  it('a reporter owned by the outlet stays the speaker: "per ESPN\'s Jane Roe"', () => {
    const a = recordWith(run('The Celtics are sending their centre to Utah, per ESPN\'s Ramona Kowalski.'), 'centre');
    expect(a.outlet).toBe('ESPN');
    expect(a.speaker).toBe('Ramona Kowalski');
    const b = recordWith(run('According to the BBC\'s Jeremy Kendrick, the talks broke down at midnight.'), 'talks');
    expect(b.speaker).toBe('Jeremy Kendrick');
    // a service of the outlet is not a person
    expect(recordWith(run('The ceasefire has collapsed, according to CNN\'s Arabic Service.'), 'ceasefire').speaker).toBeNull();
  });
});

describe('nested speakers and clause shapes', () => {
  it('"X says a US official claims C": the official\'s claim as X reports it', () => {
    const r = recordWith(run('The Associated Press says a Pentagon official claims the drone may have crashed.'), 'drone');
    expect(r).toMatchObject({ outlet: 'Associated Press', speaker: 'a Pentagon official', claim: 'the drone may have crashed' });
    // a noun after "the official" stays a noun
    expect(run('The ministry rejected the official claims that the drone had crashed.').attributions.every((a) => a.speaker !== 'the official')).toBe(true);
  });
  it('"there are reports that C" is a hedge, not a source', () => {
    expect(run('The launch went ahead, although there are reports that the rocket broke up.').attributions).toHaveLength(0);
  });
  it('a past-tense clause without "that" after confirm/deny-type verbs', () => {
    const r = recordWith(run('Japanese and American officials later confirmed Pyongyang fired the missile on Sunday.'), 'fired');
    expect(r.claim).toBe('Pyongyang fired the missile on Sunday');
    expect(run('The ministry confirmed the planned merger on Friday.').attributions).toHaveLength(0);
  });
  it('"warned X (that) C": the one warned is not part of the warning', () => {
    expect(recordWith(run('The Group of Seven on Monday warned Iran a new test would bring sanctions.'), 'test').claim).toBe('a new test would bring sanctions');
    expect(recordWith(run('The minister warned Iran would face sanctions.'), 'sanctions').claim).toBe('Iran would face sanctions');
    expect(recordWith(run('The engineer warned the mayor that the dam could burst.'), 'dam').claim).toBe('the dam could burst');
  });
  it('"according to him/them" resolves like he/they', () => {
    const ex = run('Army spokesman Ali Rahimi said the convoy was hit at dawn. According to him, three soldiers were wounded.');
    expect(recordWith(ex, 'soldiers').speaker).toBe('Ali Rahimi');
  });
  it('"South Korean news agency Yonhap": a two-word demonym describes the outlet', () => {
    expect(recordWith(run('Earlier, South Korean news agency Yonhap reported the North had fired a missile.'), 'fired').outlet).toBe('Yonhap');
  });
});

describe('media named around the statement', () => {
  it('"the agency"/"the channel" told, after the medium was named only in narration', () => {
    const ex = run('The story came from an official quoted on Russian news agency Interfax. Later, the ministry told the agency the figure was wrong.');
    expect(recordWith(ex, 'figure')).toMatchObject({ outlet: 'Interfax', speaker: 'the ministry' });
  });
  it('"quoted on X", "cited in X" name the medium of a source', () => {
    expect(recordWith(run('According to a company spokesman quoted on Interfax, the firm was weighing a bid.'), 'bid')).toMatchObject({ outlet: 'Interfax', speaker: 'a company spokesman' });
  });
  it('a dashed aside between the subject and the cue', () => {
    const r = recordWith(run('Its chairman Pavel Orlov - a close ally of the president - told the BBC the company wanted to grow.'), 'grow');
    expect(r.outlet).toBe('BBC');
    expect(r.speaker).toMatch(/Pavel Orlov/);
  });
  it('"with X reporting that C": the medium after "with" reports', () => {
    expect(recordWith(run('A merger has long been rumoured, with the Financial Times reporting in May that the two were in talks.'), 'talks').outlet).toBe('Financial Times');
    expect(recordWith(run('State media called the attack fake, with MRTV saying no aircraft had flown.'), 'aircraft').outlet).toBe('Myanma Radio and Television');
  });
  it('"said C while speaking with X": the setting names the medium and ends the claim', () => {
    const r = recordWith(run('The actor said he was "not retiring" while speaking with TMZ outside a restaurant.'), 'retiring');
    expect(r.outlet).toBe('TMZ');
    expect(r.claim).toBe('he was "not retiring"');
  });
  it('"told the New York Post‘s Page Six": the owned medium, also with a left quote as apostrophe', () => {
    expect(recordWith(run('She later told the New York Post‘s Page Six that the two had only talked online.'), 'talked').outlet).toBe('Page Six');
  });
  it('"told Us" in a story that named Us Weekly', () => {
    expect(recordWith(run('Us Weekly confirmed the split. A source told Us the pair had not spoken since May.'), 'spoken').outlet).toBe('Us Weekly');
    expect(recordWith(run('He told us the plan was dead.'), 'plan').outlet).toBeNull();
  });
  it('inferences from documents and objects with participles are not statements', () => {
    expect(run('The filing suggests that the firm could sell its papers.').attributions).toHaveLength(0);
    expect(run('The singer, 51, posted a video featuring several headlines about the split.').attributions).toHaveLength(0);
  });
});

describe('translations, participles of telling and possessive reports', () => {
  it('"as translated by X" credits the medium like "as quoted by"', () => {
    expect(recordWith(run('"We are only colleagues," the label stated, as translated by Soompi.'), 'colleagues')).toMatchObject({ outlet: 'Soompi', speaker: 'the label' });
  });
  it('"sources told the Sports Business Journal." keeps the name without the period', () => {
    expect(recordWith(run('The network will pay more, sources told the Sports Business Journal.'), 'network').outlet).toMatch(/Sports Business Journal$/);
  });
  it('"denies X\'s report, telling Y\'s Jane Roe, "C"": the denier tells the journalist\'s medium', () => {
    const r = recordWith(run('The league denies Sports Business Daily\'s report, telling OutKick\'s Rhea Nolan, "the report is wrong."'), 'wrong');
    expect(r).toMatchObject({ speaker: 'The league', outlet: 'OutKick' });
    // a possessive owner makes "report" a noun, never a cue
    expect(run('The league denies the Journal\'s report.').attributions).toHaveLength(0);
  });
  it('", telling reporters that C" continues the sentence\'s subject', () => {
    expect(recordWith(run('The minister rejected the claims, telling reporters the deal was legal.'), 'legal').speaker).toBe('The minister');
    expect(run('He spoke for an hour, telling the story of his life.').attributions).toHaveLength(0);
  });
});

describe('denials in a participle, titles in apposition, datelines', () => {
  it('", denying a Bloomberg report that C": the report and its denial, linked', () => {
    const ex = run('The shipper said it had held early talks with a rival, denying a Bloomberg report that a deal was close.');
    const report = ex.attributions.find((a) => a.outlet === 'Bloomberg');
    const denial = ex.attributions.find((a) => a.cue === 'denying');
    expect(report?.claim).toBe('a deal was close');
    expect(denial?.speaker).toBe('The shipper');
    expect(ex.relations).toContainEqual({ from: ex.attributions.indexOf(denial!), to: ex.attributions.indexOf(report!), type: 'contradicts' });
  });
  it('"Jane Roe, NPR\'s CEO, said": the name speaks for the body; a journalist\'s title gives the medium', () => {
    expect(recordWith(run('Mark Ellis, Acme\'s chief executive, said the company faces a shortfall.'), 'shortfall').speaker).toBe('Mark Ellis');
    expect(recordWith(run('Jane Roe, the BBC\'s political editor, said the vote would be close.'), 'vote')).toMatchObject({ outlet: 'BBC', speaker: 'Jane Roe' });
  });
  it('a month-day dateline is not part of the speaker', () => {
    expect(recordWith(run('Dec 3 Freight group Kestrel Lines said it held talks with a rival.'), 'talks').speaker).toBe('Freight group Kestrel Lines');
  });
});

describe('frames inside the content and reports named as nouns', () => {
  it('"Under the deal, X said, C2": a fronted phrase, the frame, then the content', () => {
    expect(recordWith(run('Under the draft accord, the Financial Times said, the first convoy would leave on Monday.'), 'convoy').claim).toBe('the first convoy would leave on Monday');
    // a verbless first part runs on through the frame
    expect(recordWith(run('The bridge, the council said, would reopen in May.'), 'reopen').claim).toBe('The bridge, the council said, would reopen in May');
    // a complete first part stays alone
    expect(recordWith(run('The talks failed, the envoy said, and both delegations left.'), 'talks').claim).toBe('The talks failed');
  });
  it('a dash before a relative clause continues the content', () => {
    const r = recordWith(run('The accord includes a ten-day truce — which would be the longest since the war began, The Washington Post reported.'), 'truce');
    expect(r.claim).toBe('The accord includes a ten-day truce — which would be the longest since the war began');
  });
  it('"a report Saturday in X saying C", "a report by X that C": the medium\'s report', () => {
    expect(recordWith(run('The aide was answering a report Saturday in The Washington Post saying the envoys had agreed a pause.'), 'envoys').outlet).toBe('The Washington Post');
    expect(recordWith(run('Shares fell after a report by Bloomberg that the firm was weighing a sale.'), 'weighing').outlet).toBe('Bloomberg');
    expect(run('He read a report in the garden.').attributions).toHaveLength(0);
  });
  it('an outlet that opens a sentence after a capitalised last word is still found', () => {
    const ex = run('Sputnik reported that the blast hit a depot near Homs. SANA blamed Israel. "This is an act of aggression," it said.');
    expect(recordWith(ex, 'aggression').outlet).toBe('Syrian Arab News Agency');
  });
  it('"the Beirut-based X news agency" is named "X News Agency"', () => {
    expect(recordWith(run('The Beirut-based Al Nour news agency claimed the strike came as retaliation.'), 'retaliation').outlet).toBe('Al Nour News Agency');
  });
});

describe('quoted statements inside an outlet\'s quotation, and nouns that look like cues', () => {
  it('"\\"C, S said Thursday,\\" AFP reports": the outlet\'s report of S\'s statement', () => {
    const r = recordWith(run('"A landslide has cut the only road to the valley, Transport Minister Ana Lopes said Thursday," Agence France-Presse reports.'), 'landslide');
    expect(r).toMatchObject({ outlet: 'Agence France-Presse', speaker: 'Transport Minister Ana Lopes', claim: 'A landslide has cut the only road to the valley', cue: 'said' });
  });
  it('a participle after a preposition is an adjective: "the probe into alleged Russian interference"', () => {
    const ex = run('The newspaper said that the minister had fumed over the probe into alleged Russian interference in the vote.');
    expect(ex.attributions).toHaveLength(1);
    expect(ex.attributions[0]?.cue).toBe('said');
  });
  it('"the Nkandla report shows": a name after a determiner makes "report" a noun', () => {
    expect(run('Voters were told: "The Nkandla report shows how the money was spent."').attributions.every((a) => a.cue !== 'report')).toBe(true);
  });
  it('"he indicated C", and a bare noun subject after a that-verb', () => {
    expect(recordWith(run('He indicated judgment would be given by Friday.'), 'judgment').speaker).toBe('He');
    expect(run('The data indicated the economy would shrink.').attributions).toHaveLength(0);
  });
  it('a nested cue takes its subject after the last "that" of the cue before it', () => {
    const ex = run('The lawyer argued that his client had never stated that the auditor\'s report had said the mayor took bribes.');
    expect(ex.attributions.find((a) => a.cue === 'had said')?.speaker).toBe('the auditor\'s report');
  });
});

describe('names of media the gazetteer lacks', () => {
  it('"technology blog X" and other media nouns before a name', () => {
    expect(recordWith(run('According to technology blog GadgetWire, the firm is in talks.'), 'talks').outlet).toBe('GadgetWire');
  });
  it('a capitalised media word belongs to the name: "the Daily Courier"', () => {
    expect(recordWith(run('According to the Daily Courier, the mayor will resign.'), 'resign').outlet).toBe('Daily Courier');
    expect(recordWith(run('The mayor will resign, the Daily Courier newspaper said.'), 'resign').outlet).toBe('Daily Courier');
  });
  it('only a place owns a medium in "X\'s Y": "Woman\'s Weekly magazine" is a name', () => {
    expect(recordWith(run('The actor told Woman\'s Weekly magazine that he was retiring.'), 'retiring').outlet).toBe('Woman\'s Weekly');
    expect(recordWith(run('Britain\'s Sunday Tribune reported that the firm was in talks.'), 'talks').outlet).toBe('Sunday Tribune');
  });
});

describe('settings after the content', () => {
  it('"said C in a statement posted on its website" ends the claim before the setting', () => {
    expect(recordWith(run('The ministry said the border would reopen in a statement posted on its website.'), 'border').claim).toBe('the border would reopen');
  });
  it('"said C in an interview with the BBC" keeps the medium the setting names', () => {
    expect(recordWith(run('The senator said the law was a mistake in an interview with the BBC.'), 'law')).toMatchObject({ outlet: 'BBC', claim: 'the law was a mistake' });
  });
  it('"Quoted by the state news agency X, S said C"', () => {
    expect(recordWith(run('Quoted by the state news agency KCNA, the minister said the launch had succeeded.'), 'launch').outlet).toBe('Korean Central News Agency');
  });
});

describe('media descriptions and frames around subjects', () => {
  it('"told Fort Smith television station KHBS": the unknown station named after its description', () => {
    expect(recordWith(run('The suspect was arrested at dawn, Sheriff Dana Cole told Fort Smith television station KHBS.'), 'suspect')).toMatchObject({ outlet: 'KHBS', speaker: 'Sheriff Dana Cole' });
    expect(recordWith(run('The bridge is closed, the mayor told television station WXYZ.'), 'bridge').outlet).toBe('WXYZ');
  });
  it('"It comes as X reveals that C": the frame before the medium is not its name', () => {
    expect(recordWith(run('It comes as The Courier-Mail reveals that the plane sat idle for a month.'), 'plane').outlet).toBe('The Courier-Mail');
  });
  it('"hit back at claims that C": a noun after a preposition is not a cue', () => {
    expect(run('She also hit back at claims that the island had been mismanaged.').attributions).toHaveLength(0);
  });
  it('"reported the talks stalled": a past verb after the object makes it a clause', () => {
    expect(recordWith(run('Israeli broadcaster Kan reported the talks stalled.'), 'stalled').outlet).toBe('Kan');
    expect(run('Reuters first reported the talks on Monday.').attributions).toHaveLength(0);
  });
});

describe('reports broadcast and passives with an agent', () => {
  it('"X broadcast a report (time) that C": the medium\'s report', () => {
    expect(recordWith(run('Delta News, a popular news channel in the region, broadcast a report Monday evening at around 5.30 p.m. that clashes had broken out.'), 'clashes').outlet).toBe('Delta News');
    expect(run('The ministry published a report on the economy that was widely read.').attributions).toHaveLength(0);
  });
  it('"It has been confirmed by the police that C": the agent speaks', () => {
    expect(recordWith(run('It has also been confirmed by the police that a suspicious object was found.'), 'object').speaker).toBe('the police');
  });
});

describe('evidence that shows, and media that carried a speaker\'s words', () => {
  it('"figures show C", "a police document showed C": evidence as the speaker; "the team showed" is no statement', () => {
    expect(recordWith(run('The latest health ministry figures show there are now 65 suspected cases.'), 'suspected').speaker).toBe('The latest health ministry figures');
    expect(run('The team showed that it could win away from home.').attributions).toHaveLength(0);
  });
  it('"Latest figures, reported by Press Gazette, show C": the medium that carried them', () => {
    expect(recordWith(run('Latest figures, reported by Press Gazette, show that print sales fell 11% in November.'), 'print sales')).toMatchObject({ outlet: 'Press Gazette', speaker: 'Latest figures' });
  });
  it('"According to X, the document provided a roadmap, ...": a clause after "According to X," is not an appositive', () => {
    expect(recordWith(run('According to Veja, the three-page document provided a roadmap for the plan, using the army as a lever.'), 'roadmap').claim).toMatch(/^the three-page document provided/);
  });
});

describe('labelled news items', () => {
  const item = 'Prime Minister Ivo Petrov has said that the border will reopen next week.\n\nSource: Petrov\'s statement cited by the news agency RIA Novosti\n\nQuote: "We can say with certainty that the crossing will open. Trucks will go first."\n\nDetails: Petrov added that "no permits will be needed".\n\nBackground:\n\nEarlier, local officials said the crossing had been damaged.';
  it('the medium a "Source:" line names carries the item\'s statements, before and after it', () => {
    const ex = run(item);
    expect(recordWith(ex, 'border will reopen').outlet).toBe('RIA Novosti');
    expect(recordWith(ex, 'no permits').outlet).toBe('RIA Novosti');
    expect(ex.attributions.some((a) => a.cue.toLowerCase() === 'source')).toBe(false);
  });
  it('a "Quote:" line is the last speaker\'s, and "Background:" ends the item', () => {
    const ex = run(item);
    expect(recordWith(ex, 'with certainty')).toMatchObject({ speaker: 'Prime Minister Ivo Petrov', claim: 'We can say with certainty that the crossing will open.' });
    expect(recordWith(ex, 'damaged').outlet).toBeNull();
  });
  it('"with reference to X" is consumed like "citing X"; unnamed media stay the speaker', () => {
    expect(recordWith(run('Several Western media outlets reported, with reference to different sources, that the offensive had begun.'), 'offensive').speaker).toBe('Several Western media outlets');
  });
});

describe('journalists and media named in asides', () => {
  it('"X, writing on his blog Y, said C" and the journalist\'s later statements', () => {
    const ex = run('The blogger Tom Arlen, writing on his blog GadgetWire, said the firm was in talks to buy the startup. Arlen said the price was unknown.');
    expect(recordWith(ex, 'talks').outlet).toBe('GadgetWire');
    expect(recordWith(ex, 'price').outlet).toBe('GadgetWire');
    // someone who only told a medium is not its journalist: in a later paragraph the medium is gone
    const told = run('Mayor Ann Price told CNN the bridge would close.\n\nPrice said repairs would take a year.');
    expect(recordWith(told, 'repairs').outlet).toBeNull();
  });
  it('"the Tokyo-based Jiji News Agency", "X, a Chinese-language website, quoted Y"', () => {
    expect(recordWith(run('The Tokyo-based Jiji News Agency quoted unnamed sources as saying that the visit was planned.'), 'visit').outlet).toBe('Jiji Press');
    expect(recordWith(run('Asia Watch Network, a Chinese-language website, quoted officials as saying the man was a member.'), 'member').outlet).toBe('Asia Watch Network');
  });
});

describe('denials of what was just reported', () => {
  it('"S denied this at a news conference" takes the claim reported before and contradicts it', () => {
    const ex = run('Local media said the engineer had been detained for spying. But the minister denied this at a news conference in the capital.');
    const denial = ex.attributions.find((a) => a.cue === 'denied');
    expect(denial?.claim).toBe('the engineer had been detained for spying');
    expect(ex.relations).toContainEqual({ from: 1, to: 0, type: 'contradicts' });
    expect(run('He denied it.').attributions).toHaveLength(0);
  });
});

describe('media objects with programmes, appositions and coordination', () => {
  it('"told ARD Tagesthemen news", "told ARD public TV late on Saturday", "told CNN State of the Union"', () => {
    expect(recordWith(run('"We have found evidence," Mr Reul told ARD Tagesthemen news.'), 'evidence').outlet).toBe('ARD');
    expect(recordWith(run('"He is in custody," the minister told ARD public TV late on Saturday.'), 'custody').outlet).toBe('ARD');
    expect(recordWith(run('He told CNN State of the Union that the bill was dead.'), 'bill').outlet).toBe('CNN');
  });
  it('"told the official news agency, Xinhua, adding that C": the name in apposition', () => {
    const ex = run('"It is a shame," a student told the official Chinese news agency, Xinhua, adding that he had pulled 40 people from the rubble.');
    expect(recordWith(ex, 'shame').outlet).toBe('Xinhua');
    expect(recordWith(ex, 'rubble').outlet).toBe('Xinhua');
  });
  it('"Germany\'s Bild and Spiegel news websites reported C": one record per medium', () => {
    const ex = run('Germany\'s Bild and Spiegel news websites reported that the suspect had given himself up.');
    expect(ex.attributions.map((a) => a.outlet).sort()).toEqual(['Bild', 'Der Spiegel']);
  });
  it('"a resident cited in the report" belongs to the report\'s medium', () => {
    expect(recordWith(run('Officials confirmed the strike, AFP reported. A resident cited in the report said four civilians were killed.'), 'civilians').outlet).toBe('Agence France-Presse');
  });
  it('a headline credited to a medium-shaped name keeps its TV: "...: Suhail TV"', () => {
    expect(recordWith(run('President wounded in shelling of palace: Suhail TV\nThe president was hurt on Friday.'), 'palace').outlet).toBe('Suhail TV');
  });
});

describe('unnamed reports as speakers', () => {
  it('"amid reports that C", "lashed out at false reports suggesting C", "Regarding a report that C, S said"', () => {
    expect(recordWith(run('The club denounced fake news on Friday amid reports that its captain had signed for a rival.'), 'captain').speaker).toBe('reports');
    expect(recordWith(run('The actor\'s publicist has lashed out at false reports suggesting he mocked the film.'), 'mocked').speaker).toBe('false reports');
    const ex = run('Regarding a report that the president may visit next month, an official said nothing was decided.');
    expect(recordWith(ex, 'visit').claim).toBe('the president may visit next month');
    expect(recordWith(ex, 'decided').speaker).toBe('an official');
  });
  it('"denied German media reports that C": the reports and the denial, linked', () => {
    const ex = run('The carmaker earlier this week denied German media reports that it planned to cut 8,000 jobs.');
    const reports = ex.attributions.find((a) => a.speaker === 'German media reports');
    const denial = ex.attributions.find((a) => a.speaker === 'The carmaker');
    expect(reports?.claim).toBe('it planned to cut 8,000 jobs');
    expect(ex.relations).toContainEqual({ from: ex.attributions.indexOf(denial!), to: ex.attributions.indexOf(reports!), type: 'contradicts' });
  });
});

describe('media named by a domain, a journalist without a name, spelling variants', () => {
  it('"According to Africanews.com", "the indexonline.net website"', () => {
    expect(recordWith(run('According to Africanews.com, the president thanked voters.'), 'voters').outlet).toBe('Africanews');
    expect(recordWith(run('The Albanian newsportal.al website reported that the mayors took office.'), 'mayors').outlet).toBe('newsportal.al');
  });
  it('"the Wikinews reporter noted C": the medium\'s unnamed journalist', () => {
    expect(recordWith(run('The Wikinews reporter also noted that police cars lined the road.'), 'police')).toMatchObject({ outlet: 'Wikinews', speaker: 'The Wikinews reporter' });
  });
  it('spelling variants and language services: "Yedioth Aharonoth", "Sky News in Arabic"', () => {
    expect(recordWith(run('The Yedioth Aharonoth newspaper reported that the envoy had met the prime minister.'), 'envoy').outlet).toBe('Ynet');
    expect(recordWith(run('Sky News in Arabic reported that the ship had sunk.'), 'ship').outlet).toBe('Sky News Arabia');
  });
});

describe('statements in relative clauses', () => {
  it('"confirmed by a militant source, who said C, AFP reported": the noun before "who" says C', () => {
    const r = recordWith(run('The raid was also confirmed by a militant source, who said a missile struck the town, AFP reported.'), 'missile');
    expect(r).toMatchObject({ speaker: 'a militant source', outlet: 'Agence France-Presse', claim: 'a missile struck the town' });
    expect(recordWith(run('The minister met Smith, who said the deal was close.'), 'deal').speaker).toBe('Smith');
    // a relative clause that only reports is not the statement
    expect(recordWith(run('The Times, which first reported the talks, said the deal was close.'), 'deal').outlet).toBe('The Times');
  });
});

describe('noun-phrase claims after "warned of", "complained of", "called for"', () => {
  it('the thing warned of, complained of or called for is the claim', () => {
    expect(recordWith(run('The president warned of irregular military movements.'), 'movements').claim).toBe('irregular military movements');
    expect(recordWith(run('Opposition parties complained of widespread fraud in the vote.'), 'fraud').speaker).toBe('Opposition parties');
    expect(recordWith(run('UN experts called for the deployment of an independent force.'), 'deployment').cue).toBe('called for');
    expect(run('He called the ruling unfair.').attributions).toHaveLength(0);
  });
});

describe('figures, narrators\' "despite" and state media by country', () => {
  it('"put the count at 15 people, including children, with 20 wounded" keeps the qualifiers', () => {
    expect(recordWith(run('Local media put the death count at 15 people, including children, with 20 wounded.'), 'count').claim).toBe('the death count at 15 people, including children, with 20 wounded');
  });
  it('", despite warnings that ..." after the content is the narrator\'s', () => {
    expect(recordWith(run('Officials confirmed the rocket was launched on Friday, despite warnings from major powers that sanctions would follow.'), 'rocket').claim).toBe('the rocket was launched on Friday');
  });
  it('"state media" takes the state the passage names last, whichever it is', () => {
    expect(recordWith(run('Fighting resumed in Myanmar on Sunday. State media said the reports were fake news.'), 'fake').outlet).toBe('Myanmar state media');
    expect(recordWith(run('Belarus said the deal was done. State media reported that the leader had met the envoy.'), 'envoy').outlet).toBe('Belarusian state media');
  });
});

describe('a person reporting for a medium', () => {
  it('"according to Jane Roe, reporting for VOA from the capital": the medium she reports for', () => {
    expect(recordWith(run('The candidates denounced the vote as a fraud, according to Jane Roe, reporting for VOA from the capital.'), 'fraud')).toMatchObject({ outlet: 'Voice of America', speaker: 'Jane Roe' });
  });
});

describe('names, descriptions and citing frames (fresh articles, round 6 end)', () => {
  it('a middle initial stays in a person\'s name, so "he" finds him', () => {
    const ex = run('"Our reporters were arrested for their work," Stephen J. Adler, the editor-in-chief, said in a statement. "We are outraged," he said.');
    expect(recordWith(ex, 'outraged').speaker).toBe('Stephen J. Adler');
  });
  it('"according to a state-run news agency" names the agency the next sentences name', () => {
    const ex = run('Eight miners were killed in a blast, according to a state-run news agency. The blast hit the entrance of a shaft, according to Xinhua news agency.');
    expect(recordWith(ex, 'miners').outlet).toBe('Xinhua');
  });
  it('a sentence adverb between subject and verb: "Corriere dello Sport however say C"', () => {
    expect(recordWith(run('Corriere dello Sport however say the agent has been in contact with Milan.'), 'agent').outlet).toBe('Corriere dello Sport');
  });
  it('"... citing sources close to both companies." without a comma names the source', () => {
    expect(recordWith(run('The Globe and Mail reported that the firm was in talks to buy its rival citing sources close to both companies.'), 'talks')).toMatchObject({ speaker: 'sources close to both companies', claim: 'the firm was in talks to buy its rival' });
  });
});

describe('participles after "with", measures, telephone interviews, abbreviations in appositions', () => {
  it('"with Japanese media reporting C", "with broadcaster NHK saying C"', () => {
    expect(recordWith(run('A quake struck central Japan, the survey said, with Japanese media reporting at least five people were trapped.'), 'trapped').speaker).toBe('Japanese media');
    expect(recordWith(run('The quake toppled houses, with broadcaster NHK saying rescuers feared more were trapped.'), 'rescuers').outlet).toBe('NHK');
  });
  it('"measured the quake at magnitude 6.8" like "put the toll at"', () => {
    expect(recordWith(run('The Japan Meteorological Agency measured the quake at magnitude 6.8.'), 'quake').claim).toBe('the quake at magnitude 6.8');
    expect(run('He measured the room at dawn.').attributions).toHaveLength(0);
  });
  it('"told AFP by telephone"', () => {
    expect(recordWith(run('"We are checking for damage," a police spokesman told AFP by telephone.'), 'damage').outlet).toBe('Agence France-Presse');
  });
  it('"quoted the operator, Tokyo Electric Power Co., as saying"', () => {
    expect(recordWith(run('The reactors were undamaged, NHK quoted the operator, Tokyo Electric Power Co., as saying.'), 'reactors')).toMatchObject({ outlet: 'NHK', speaker: 'Tokyo Electric Power Co.' });
  });
});

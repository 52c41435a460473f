// An unnamed report in a story's opening resolved to the medium the story goes on to name as
// reporting it; a medium introduced by "titled/called/named", by its website or edition; a medium
// named again without its article; "it" after a person a medium quoted; "without elaborating".
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('an unnamed report named by the next sentences', () => {
  it('"..., a report said", then an unfamiliar medium with a descriptive appositive, then "the report said"', () => {
    const ex = run('The airline is in talks to buy a rival, a report said. The Hawaii Gazette, a weekly business magazine based in Honolulu, said the talks began a month ago. The report said financing was being arranged.');
    const a = recordWith(ex, 'in talks to buy');
    expect(a.outlet).toBe('The Hawaii Gazette');
    expect(a.speaker).toBeNull();
    expect(recordWith(ex, 'financing').outlet).toBe('The Hawaii Gazette');
  });
  it('"a newspaper reported", the medium named two sentences on citing its sources', () => {
    const ex = run('The carmaker plans to close two plants next year, a newspaper reported on Monday.\n\nOther firms were unaffected.\n\nThe Detroit Free Press, citing two executives, said the decision was taken last week.');
    expect(recordWith(ex, 'close two plants').outlet).toBe('Detroit Free Press');
  });
  it('"a new report suggests C", a medium opening the next sentence, and "according to the report"', () => {
    const ex = run('A new report suggests the studio could be sold within months. Deadline published a long story about the studio on Friday. According to the report, bidders have until April.');
    expect(recordWith(ex, 'could be sold').outlet).toBe('Deadline');
    expect(recordWith(ex, 'bidders').outlet).toBe('Deadline');
  });
  it('"after a media report that C" and "a report that claimed C"', () => {
    expect(recordWith(run('Shares in the bank fell after a media report that regulators were examining its accounts. The Financial Times reported on Tuesday that the inquiry began in March.'), 'examining').outlet).toBe('Financial Times');
    const ex = run('The club rejected a report that claimed its coach would leave in the summer.\n\nThe Sun reported on Sunday that the coach had agreed terms with a rival.');
    expect(ex.attributions.filter((a) => a.claim.includes('its coach would leave')).map((a) => a.outlet)).toContain('The Sun');
  });
  it('"the nation\'s largest business daily reported", named far on by the same description', () => {
    const ex = run("The airline is in talks to buy a rival, the nation's largest business daily reported on Friday.\n\nThe company declined to comment.\n\nShares rose 3 percent.\n\nAnalysts were cautious.\n\nThe Nikkei, Japan's largest business daily, said the talks began a month ago.");
    expect(recordWith(ex, 'in talks to buy').outlet).toBe('Nikkei');
  });
  it('no medium reporting next, a medium only told something, a body\'s own report: no outlet', () => {
    expect(recordWith(run('The airline is in talks to buy a rival, a report said. The company told Reuters it does not comment on rumours.'), 'in talks').outlet).toBeNull();
    expect(recordWith(run('Protesters gathered in the capital, a report said. The minister said the police would stay calm.'), 'Protesters').outlet).toBeNull();
    expect(recordWith(run('Emissions rose sharply, a UN report said. Delegates met in Bonn. The Guardian reported that the figures were revised.'), 'Emissions').outlet).toBeNull();
  });
  it('a denied report\'s bare content, plural reports and a definite report keep no outlet', () => {
    const denied = run('The club denied on Monday a report that its coach would leave.\n\nThe Sun said on Sunday that the coach had agreed terms with a rival.');
    expect(denied.attributions.filter((a) => a.claim.includes('its coach would leave')).every((a) => !a.outlet)).toBe(true);
    const plural = run('The coach denied reports that he would resign. The Sun reported on Sunday that he had agreed terms with a rival.');
    expect(plural.attributions.filter((a) => a.claim.includes('he would resign')).every((a) => !a.outlet)).toBe(true);
    const definite = run('The shooter was seen near the school, the local affiliate reported. Police closed roads, the report added. WRAL-TV reported that ambulances had arrived.');
    expect(recordWith(definite, 'Police closed roads').outlet).toBeNull();
  });
});

describe('a medium\'s report described before its name, with a relative of its own', () => {
  it('"denied a report Tuesday in the French sports daily L\'Equipe that said C"', () => {
    const ex = run("The cyclist denied a report Tuesday in the French sports daily L'Equipe that said he had used banned drugs.");
    const report = ex.attributions.find((a) => a.outlet);
    expect(report?.outlet).toBe("L'Équipe");
    expect(report?.claim).toBe('he had used banned drugs');
    expect(ex.attributions.some((a) => a.speaker === 'The cyclist' && a.claim === 'he had used banned drugs')).toBe(true);
  });
  it('"an article in the Spanish daily El Pais which said C"', () => {
    expect(recordWith(run('The singer criticised an article in the Spanish daily El Pais which said she had cancelled her tour.'), 'cancelled').outlet).toBe('El País');
  });
});

describe('a medium introduced by name', () => {
  it('"the publication titled X", "a local newspaper called the X", "a website named X"', () => {
    expect(recordWith(run('According to the publication titled Dainik Jagran, the actor had quit the film.'), 'quit').outlet).toBe('Dainik Jagran');
    expect(recordWith(run('According to a local newspaper called the Cork Echo, the factory will close in May.'), 'factory').outlet).toBe('Cork Echo');
    const a = recordWith(run('A website named Pink Villa reported that the actor had quit the film.'), 'quit');
    expect(a.outlet).toBe('Pink Villa');
    expect(a.speaker).toBeNull();
  });
  it('quoted "on the website of" or "in the online edition of" a medium, told "the website of" one', () => {
    const a = recordWith(run('"I never said those words," the striker was quoted as saying on the website of French daily Le Parisien.'), 'never said');
    expect(a.outlet).toBe('Le Parisien');
    expect(a.speaker).toBe('the striker');
    expect(recordWith(run('"I never said those words," the striker was quoted as saying in the online edition of the Daily Mirror.'), 'never said').outlet).toBe('Daily Mirror');
    expect(recordWith(run('The striker told the website of sports daily Marca that he had never said those words.'), 'never said').outlet).toBe('Marca');
  });
});

describe('a medium named again', () => {
  it('an unfamiliar medium without its article: as subject, quoting, told', () => {
    expect(recordWith(run('The Harbour Courier, a weekly business magazine based in Perth, said the mine would close. Harbour Courier said that the closure could cost 400 jobs.'), '400 jobs').outlet).toBe('The Harbour Courier');
    const quoted = recordWith(run('The Valley Ledger, a local news site, reported that the mine would close. A manager was quoted by Valley Ledger as saying the closure could cost 400 jobs.'), '400 jobs');
    expect(quoted.outlet).toBe('The Valley Ledger');
    expect(quoted.speaker).toBe('A manager');
    expect(recordWith(run('The Valley Ledger, a local news site, reported that the mine would close. A union official told Valley Ledger that the closure could cost 400 jobs.'), '400 jobs').outlet).toBe('The Valley Ledger');
  });
  it('a name that only shares words with the medium is not it', () => {
    expect(recordWith(run('The Valley Ledger, a local news site, reported that the mine would close. Valley Mining said the closure was temporary.'), 'temporary').outlet).toBeNull();
  });
  it('"it said" after a person the medium quoted is the medium; after a body, the body', () => {
    const ex = run('The Harbour Courier, a weekly business magazine, said the mine would close. An engineer familiar with the plans was cited by Harbour Courier as saying the pit was flooded. The owners also plan to sell the port, it said.');
    const a = recordWith(ex, 'sell the port');
    expect(a.outlet).toBe('The Harbour Courier');
    expect(a.speaker).toBeNull();
    const body = recordWith(run('The Harbour Courier, a weekly business magazine, said the mine would close. The company told Harbour Courier that the pit was flooded. It said the port would be sold.'), 'port would be sold');
    expect(body.outlet).toBeNull();
    expect(body.speaker).toBe('The company');
  });
});

describe('how something was reported is not what', () => {
  it('"reported without elaborating", "said without citing its sources": the content before the frame, no cited source', () => {
    const a = recordWith(run('Prices will rise by 10 percent next year, the newspaper reported without elaborating.'), 'Prices');
    expect(a.claim).toBe('Prices will rise by 10 percent next year');
    const b = recordWith(run('Prices will rise by 10 percent next year, Bloomberg said without citing its sources.'), 'Prices');
    expect(b.outlet).toBe('Bloomberg');
    expect(b.speaker).toBeNull();
    expect(recordWith(run('Prices will rise by 10 percent next year, the Nikkei said, without citing sources.'), 'Prices').speaker).toBeNull();
    expect(recordWith(run('Prices will rise by 10 percent next year, Reuters reported without naming its sources.'), 'Prices').claim).toBe('Prices will rise by 10 percent next year');
  });
  it('"citing" a source without "without" still cites it', () => {
    expect(recordWith(run('Prices will rise by 10 percent next year, Bloomberg said, citing people familiar with the matter.'), 'Prices').speaker).toBe('people familiar with the matter');
  });
});

describe('a medium by its initials, an unfamiliar paper by its name, a medium quoting without commas', () => {
  it('"the SMH", "The KEC" after the medium was named in full two sentences up', () => {
    const a = recordWith(run('The Sydney Morning Herald reported that the bridge would close. Engineers found cracks last month. Repairs would take a year, the SMH said.'), 'Repairs');
    expect(a.outlet).toBe('The Sydney Morning Herald');
    const b = recordWith(run('The Kathmandu Evening Courier reported that the bridge would close. Engineers found cracks last month. The KEC said repairs would take a year.'), 'repairs');
    expect(b.outlet).toBe('The Kathmandu Evening Courier');
  });
  it('initials that match no medium named before stay a speaker', () => {
    const a = recordWith(run('The Sydney Morning Herald reported that the bridge would close. The RTA said repairs would take a year.'), 'repairs');
    expect(a.outlet).toBeNull();
    expect(a.speaker).toBe('The RTA');
  });
  it('"The Kathmandu Evening Courier said C": "The", capitalised words and a newspaper\'s name word', () => {
    const a = recordWith(run('The Kathmandu Evening Courier said the bridge would close.'), 'bridge');
    expect(a.outlet).toBe('The Kathmandu Evening Courier');
    expect(a.speaker).toBeNull();
  });
  it('"Bloomberg quoting a ministry official said C", "The Guardian citing two officials said C"', () => {
    const a = recordWith(run('Bloomberg quoting a ministry official said the bridge would close.'), 'bridge');
    expect(a.outlet).toBe('Bloomberg');
    expect(a.speaker).toBe('a ministry official');
    expect(recordWith(run('The Guardian citing two officials said the bridge would close.'), 'bridge').speaker).toBe('two officials');
    expect(recordWith(run('The minister citing two officials said the bridge would close.'), 'bridge').outlet).toBeNull();
  });
});

describe('an unnamed report identified later as "the report by X"', () => {
  it('"after a report that C1 ... the report by Italy\'s Motori Oggi ... The report said C2. And it said C3."', () => {
    const ex = run("His remarks came after a report that the plant could close. He did not address the report by Italy's Motori Oggi last week. The report said costs were high. And it said the model was inefficient. It said one option was a sale.");
    for (const claim of ['plant could close', 'costs were high', 'model was inefficient', 'one option was a sale']) {
      const a = recordWith(ex, claim);
      expect(a.outlet).toBe('Motori Oggi');
      expect(a.speaker).toBeNull();
    }
  });
  it('"The story in the Financial Times" four sentences on names "a media report" of the opening', () => {
    const ex = run('Shares fell after a media report that the bank would cut jobs. Analysts were surprised.\n\nThe bank declined to comment.\n\nIt was unclear how many jobs were at stake.\n\nThe story in the Financial Times cited two people briefed on the plans.');
    expect(recordWith(ex, 'cut jobs').outlet).toBe('Financial Times');
  });
  it('a report by a body, or a denied story, is not a medium\'s', () => {
    expect(recordWith(run('Fares will rise, a report said. The ministry was silent. Staff were told on Monday. Unions were not consulted. The report by Amnesty International was leaked.'), 'Fares').outlet).toBeNull();
    const denied = run('The club denied a story that its coach would leave. Fans were angry. Players trained as usual. The coach spoke to the squad. The story in the Sun was not sourced.');
    const a = recordWith(denied, 'its coach would leave');
    expect(a.outlet).toBeNull();
    expect(a.speaker).toBe('The club');
  });
});

// One test per reporting construction of issue 2, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';
import { run, recordWith } from './helpers.js';
import type { Attribution } from '../../server/extract/types.js';

describe('cue verbs and their inflections', () => {
  const cases: [string, string][] = [
    ['The mayor says the bridge will reopen in May.', 'says'],
    ['The mayor said the bridge would reopen in May.', 'said'],
    ['The ministry stated that the bridge would reopen in May.', 'stated'],
    ['The engineer wrote that the bridge would reopen in May.', 'wrote'],
    ['The council confirmed that the bridge would reopen in May.', 'confirmed'],
    ['The company announced that the bridge would reopen in May.', 'announced'],
    ['The contractor claimed that the bridge would reopen in May.', 'claimed'],
    ['The inspector noted that the bridge would reopen in May.', 'noted'],
    ['The inspector added that the bridge would reopen in May.', 'added'],
    ['The union warned that the bridge would not reopen before May.', 'warned'],
    ['The governor denied that the bridge would stay closed until May.', 'denied'],
    ['The governor insisted that the bridge would reopen in May.', 'insisted'],
    ['The engineer explains that the bridge will reopen in May.', 'explains'],
    ['The minister tweeted that the bridge would reopen in May.', 'tweeted'],
    ['The mayor has confirmed that the bridge will reopen in May.', 'has confirmed'],
    ['Local residents are saying that the bridge will reopen in May.', 'are saying'],
  ];
  for (const [sentence, cue] of cases) {
    it(`"${cue}"`, () => {
      const r = recordWith(run(sentence), 'the bridge');
      expect(r.cue).toBe(cue);
      expect(r.claim).toMatch(/^the bridge (?:will|would) (?:not )?(?:reopen|stay)/);
      expect(r.speaker).not.toBeNull();
      expect(r.outlet).toBeNull();
    });
  }

  it('"informed X that": the object is the outlet', () => {
    const r = recordWith(run('A port official informed Kyodo News that the ferry service would resume on Monday.'), 'ferry');
    expect(r.outlet).toBe('Kyodo News');
    expect(r.speaker).toBe('A port official');
    expect(r.cue).toBe('informed');
  });
});

describe('outlets as reporters', () => {
  it('"X reported that C" with a date', () => {
    const r = recordWith(run('The Guardian reported on Thursday that the stadium deal had collapsed.'), 'stadium');
    expect(r.outlet).toBe('The Guardian');
    expect(r.speaker).toBeNull();
    expect(r.claim).toBe('the stadium deal had collapsed');
    expect(r.date).toBe('2024-03-14');
  });

  it('"C, X reported on Friday." (trailing attribution covers the clause before it)', () => {
    const text = 'The central bank is expected to cut rates next month, the Financial Times reported on Friday.';
    const r = recordWith(run(text), 'central bank');
    expect(r.outlet).toBe('Financial Times');
    expect(r.claim).toBe('The central bank is expected to cut rates next month');
    expect(r.date).toBe('2024-03-15');
    expect(text.slice(r.claimStart, r.claimEnd)).toBe(r.claim);
  });

  it('"according to X, C" and "C, according to X"', () => {
    const a = recordWith(run('According to Bloomberg, the airline plans to order forty new jets.'), 'airline');
    expect(a.outlet).toBe('Bloomberg');
    expect(a.cue).toBe('According to');
    expect(a.claim).toBe('the airline plans to order forty new jets');
    const b = recordWith(run('The airline plans to order forty new jets, according to Reuters.'), 'airline');
    expect(b.outlet).toBe('Reuters');
    expect(b.claim).toBe('The airline plans to order forty new jets');
  });

  it('"according to a report by X" names the outlet', () => {
    const r = recordWith(run('The merger talks stalled last week, according to a report by The Wall Street Journal.'), 'merger');
    expect(r.outlet).toBe('The Wall Street Journal');
  });

  it('"X reported, citing Y, that C": outlet X, speaker Y', () => {
    const r = recordWith(run('AFP reported, citing two diplomats, that the envoy would travel to Cairo.'), 'envoy');
    expect(r.outlet).toBe('Agence France-Presse');
    expect(r.outletMention).toBe('AFP');
    expect(r.speaker).toBe('two diplomats');
    expect(r.cue).toBe('reported');
    expect(r.claim).toBe('the envoy would travel to Cairo');
  });

  it('"quoting Y, the outlet said C"', () => {
    const r = recordWith(run('Quoting a senior police officer, the BBC said the suspect had been arrested in Leeds.'), 'suspect');
    expect(r.outlet).toBe('BBC');
    expect(r.speaker).toBe('a senior police officer');
  });

  it('"Y told OUTLET (that) C": outlet from the object, speaker from the subject', () => {
    const a = recordWith(run('A senior aide told the Associated Press that the summit would be postponed.'), 'summit');
    expect(a.outlet).toBe('Associated Press');
    expect(a.speaker).toBe('A senior aide');
    expect(a.cue).toBe('told');
    const b = recordWith(run('The coach told the AFP news agency his team was ready.'), 'team');
    expect(b.outlet).toBe('Agence France-Presse');
    expect(b.speaker).toBe('The coach');
    expect(b.claim).toBe('his team was ready');
  });

  it('"Y told reporters" has no outlet', () => {
    const r = recordWith(run('The defence minister told reporters that the drills would continue.'), 'drills');
    expect(r.outlet).toBeNull();
    expect(r.speaker).toBe('The defence minister');
  });

  it('"S said C, as quoted by OUTLET" nests into one record', () => {
    const r = recordWith(run('"We will not sign this agreement," the union leader said, as quoted by The Times of Israel.'), 'agreement');
    expect(r.outlet).toBe('The Times of Israel');
    expect(r.speaker).toBe('the union leader');
    expect(r.claim).toBe('We will not sign this agreement');
  });

  it('"S said C, OUTLET reported" nests into one record with cue "said"', () => {
    const ex = run('The foreign minister said on Tuesday that talks would resume next week, Reuters reported.');
    expect(ex.attributions).toHaveLength(1);
    const r = ex.attributions[0] as Attribution;
    expect(r.outlet).toBe('Reuters');
    expect(r.speaker).toBe('The foreign minister');
    expect(r.cue).toBe('said');
    expect(r.claim).toBe('talks would resume next week');
  });

  it('media citing media: a record per outlet and a cites relation', () => {
    const ex = run('KCNA reported that the leader had inspected a new missile factory, according to Yonhap.');
    const kcna = ex.attributions.find((a) => a.outlet === 'Korean Central News Agency');
    const yonhap = ex.attributions.find((a) => a.outlet === 'Yonhap');
    expect(kcna?.claim).toBe('the leader had inspected a new missile factory');
    expect(yonhap).toBeDefined();
    const ki = ex.attributions.indexOf(kcna as Attribution);
    const yi = ex.attributions.indexOf(yonhap as Attribution);
    expect(ex.relations).toContainEqual({ from: yi, to: ki, type: 'cites' });
  });

  it('two outlets reporting the same claim give two records', () => {
    const ex = run("L'Equipe and Bild reported that the striker had agreed a new contract.");
    const outlets = ex.attributions.map((a) => a.outlet).sort();
    expect(outlets).toEqual(['Bild', "L'Équipe"].sort());
    expect(new Set(ex.attributions.map((a) => a.claim)).size).toBe(1);
  });
});

describe('unseen outlets', () => {
  it('"the Kyiv Independent reported"', () => {
    const r = recordWith(run('The Kyiv Independent reported that the power plant had been hit overnight.'), 'power plant');
    expect(r.outlet?.replace(/^The /, '')).toBe('Kyiv Independent');
  });
  it('"<nationality> broadcaster <Name> said"', () => {
    const r = recordWith(run('Norwegian broadcaster Fjordkanal said the ferry had run aground near Bergen.'), 'ferry');
    expect(r.outlet).toBe('Fjordkanal');
    expect(r.speaker).toBeNull();
  });
  it('"state news agency <Name> reported"', () => {
    const r = recordWith(run('State news agency Belnova reported that the border crossing was closed.'), 'border');
    expect(r.outlet).toBe('Belnova');
  });
  it('"<Outlet> reporter <Name> wrote": outlet and journalist speaker', () => {
    const r = recordWith(run('Axios reporter Dana Whitlock wrote that the vote had been delayed.'), 'vote');
    expect(r.outlet).toBe('Axios');
    expect(r.speaker).toBe('Dana Whitlock');
  });
  it('"state media said" is named after the country', () => {
    const r = recordWith(run('The launch in Iran failed, state media said.'), 'launch');
    expect(r.outlet).toBe('Iranian state media');
  });
});

describe('speakers', () => {
  it('named people with titles and organisations', () => {
    const ex = run('Prime Minister Ana Ruiz said the budget was balanced. The White House said it would review the plan.');
    expect(recordWith(ex, 'budget').speaker).toBe('Prime Minister Ana Ruiz');
    expect(recordWith(ex, 'review').speaker).toBe('The White House');
  });
  it('anonymous sources', () => {
    const ex = run([
      'Sources familiar with the matter said the deal was close.',
      'A source who spoke on condition of anonymity said the vote was delayed.',
      'Unidentified US officials said the drone was shot down.',
    ].join(' '));
    expect(recordWith(ex, 'deal').speaker).toBe('Sources familiar with the matter');
    expect(recordWith(ex, 'vote').speaker).toBe('A source who spoke on condition of anonymity');
    expect(recordWith(ex, 'drone').speaker).toBe('Unidentified US officials');
    for (const a of ex.attributions) expect(a.speakerActor).toBeNull();
  });
  it('a journalist posting on a platform is the speaker; the platform is not an outlet', () => {
    const r = recordWith(run('Israeli journalist Noa Levin wrote on X that the talks had stalled.'), 'talks');
    expect(r.outlet).toBeNull();
    expect(r.speaker).toBe('Israeli journalist Noa Levin');
  });
  it('an appositive after the name is dropped', () => {
    const r = recordWith(run('Maria Olsen, the head of the regional hospital, said twelve patients were in critical condition.'), 'patients');
    expect(r.speaker).toBe('Maria Olsen');
  });
});

describe('claims and quotations', () => {
  it('"C," S said.', () => {
    const r = recordWith(run('"The water supply is safe," the city engineer said.'), 'water');
    expect(r.claim).toBe('The water supply is safe');
    expect(r.speaker).toBe('the city engineer');
  });
  it('inversion: "C," said S.', () => {
    const r = recordWith(run('"The water supply is safe," said the city engineer.'), 'water');
    expect(r.speaker).toBe('the city engineer');
    expect(r.claim).toBe('The water supply is safe');
  });
  it('parenthetical: "C1, the company said, C2" covers C1 through C2 (C1 alone has no verb)', () => {
    const text = 'The new pipeline, the company said, would be finished by 2027.';
    const ex = run(text);
    const r = ex.attributions[0] as Attribution;
    expect(ex.attributions).toHaveLength(1);
    expect(r.speaker).toBe('the company');
    expect(r.claim).toBe('The new pipeline, the company said, would be finished by 2027');
  });
  it('C1, S said, C2: the clause before the attribution', () => {
    const r = recordWith(run('Two people were injured in the blast, a police spokesman said, adding that the road was closed.'), 'injured');
    expect(r.claim).toBe('Two people were injured in the blast');
    expect(r.speaker).toBe('a police spokesman');
  });
  it('a multi-sentence quotation keeps its main (first) sentence', () => {
    const r = recordWith(run('"We are ready to talk. Our door is open. Nobody should doubt it," the president said.'), 'ready');
    expect(r.claim).toBe('We are ready to talk.');
  });
  it('S said: "C1. C2."', () => {
    const r = recordWith(run('The spokeswoman said: "The factory will close. Workers will be paid."'), 'factory');
    expect(r.claim).toBe('The factory will close.');
  });
  it('participle: "S did X, saying C"', () => {
    const r = recordWith(run('The ministry released a statement saying the outbreak was under control.'), 'outbreak');
    expect(r.speaker).toBe('The ministry');
    expect(r.cue).toBe('released a statement saying');
  });
  it('"S rejected X, noting that C"', () => {
    const r = recordWith(run('Last Tuesday, the union rejected the offer, noting that wages had not risen for years.'), 'wages');
    expect(r.speaker).toBe('the union');
    expect(r.cue).toBe('noting');
  });
  it('offsets always point at the claim and its sentence', () => {
    const text = 'Intro line.\nThe Washington Post reported that the senator would resign. Other news follows.';
    for (const a of run(text).attributions) {
      expect(text.slice(a.claimStart, a.claimEnd)).toBe(a.claim);
      expect(a.sentenceStart).toBeLessThanOrEqual(a.claimStart);
      expect(a.sentenceEnd).toBeGreaterThanOrEqual(a.claimEnd);
    }
  });
});

describe('anaphora', () => {
  it('"the report", "It", "<Outlet> further reported" resolve to the earlier outlet', () => {
    const ex = run([
      'The New York Times reported on Saturday that the ceasefire talks had resumed.',
      'Citing two officials, the report said that a draft text was ready.',
      'It reported that a vote was planned.',
      'The Times further reported that the mediators were optimistic.',
    ].join(' '));
    expect(recordWith(ex, 'draft text').outlet).toBe('The New York Times');
    expect(recordWith(ex, 'draft text').speaker).toBe('two officials');
    expect(recordWith(ex, 'vote was planned').outlet).toBe('The New York Times');
  });
  it('"the sources said" keeps the outlet that cited them', () => {
    const ex = run('AFP reported, citing sources close to the talks, that a deal was near. The harbour would reopen, the sources said.');
    const r = recordWith(ex, 'harbour');
    expect(r.outlet).toBe('Agence France-Presse');
    expect(r.speaker).toBe('the sources');
  });
  it('"he said" resolves to the last named person', () => {
    const ex = run('Finance Minister Carlos Mendes told reporters that taxes would fall. "This is a good day for families," he said.');
    expect(recordWith(ex, 'good day').speaker).toBe('Carlos Mendes');
  });
});

describe('relations', () => {
  it('confirming a report by an outlet links the two records', () => {
    const ex = run('The official confirmed a report issued by The Washington Post, stating that the embassy would move.');
    const post = ex.attributions.findIndex((a) => a.outlet === 'The Washington Post');
    const official = ex.attributions.findIndex((a) => a.speaker === 'The official');
    expect(post).toBeGreaterThanOrEqual(0);
    expect(official).toBeGreaterThanOrEqual(0);
    expect(ex.relations).toContainEqual({ from: official, to: post, type: 'confirms' });
  });
  it('denying a report links the records as contradicting', () => {
    const ex = run('The company has denied a report by Bloomberg that it is preparing to sell its shipping unit.');
    const bloomberg = ex.attributions.findIndex((a) => a.outlet === 'Bloomberg');
    const company = ex.attributions.findIndex((a) => a.speaker === 'The company');
    expect(ex.relations).toContainEqual({ from: company, to: bloomberg, type: 'contradicts' });
  });
  it('"this was denied by X" contradicts the claim before it', () => {
    const ex = run('The army claimed there had been rebels in the village although this was denied by the local council.');
    const army = ex.attributions.findIndex((a) => a.speaker === 'The army');
    const council = ex.attributions.findIndex((a) => a.speaker === 'the local council');
    expect(army).toBeGreaterThanOrEqual(0);
    expect(ex.attributions[council]?.claim).toBe(ex.attributions[army]?.claim);
    expect(ex.relations).toContainEqual({ from: council, to: army, type: 'contradicts' });
  });
});

describe('not attributions', () => {
  const negatives = [
    'The rebels reportedly offered to release the hostages.',
    'At least ten people are reported to have died in the flood.',
    'The two firms are said to be in advanced talks.',
    'The ministry declined to comment on the allegations.',
    'The company did not respond to a request for comment.',
    'Neither the army nor the rebels have confirmed the figures.',
    'The talks resumed in Geneva after a two-week pause.',
  ];
  for (const sentence of negatives) {
    it(sentence, () => expect(run(sentence).attributions).toEqual([]));
  }
  it('a wire dateline is not the outlet of the story', () => {
    const ex = run('LONDON (Reuters) - The health minister said hospitals would receive extra funds.');
    const r = recordWith(ex, 'hospitals');
    expect(r.outlet).toBeNull();
    expect(r.speaker).toBe('The health minister');
  });
});

describe('dates', () => {
  it('resolves weekdays, "last" weekdays, yesterday and "a week ago" against the published date (Saturday 2024-03-16)', () => {
    const ex = run([
      'The Guardian reported on Saturday that the museum would close.',
      'Last Tuesday, the council said that parking fees would rise.',
      'The mayor said yesterday that buses would be free.',
      'The Washington Post reported a week ago that the port would expand.',
      'The governor said the roads were clear.',
    ].join(' '));
    expect(recordWith(ex, 'museum').date).toBe('2024-03-16');
    expect(recordWith(ex, 'parking').date).toBe('2024-03-12');
    expect(recordWith(ex, 'buses').date).toBe('2024-03-15');
    expect(recordWith(ex, 'port').date).toBe('2024-03-09');
    expect(recordWith(ex, 'roads').date).toBeNull();
  });
  it('no published date: dates stay null', () => {
    const ex = extract({ id: 't', title: 't', text: 'The Guardian reported on Saturday that the museum would close.' });
    expect(ex.attributions[0]?.date).toBeNull();
  });
});

describe('actors', () => {
  it('canonical actors of the claim', () => {
    const r = recordWith(run('Reuters reported that CIA chief William Burns met Qatari officials in Doha.'), 'Burns');
    expect(r.actors).toContain('William Burns');
    expect(r.actors).toContain('Qatar');
    expect(r.actors).not.toContain('Reuters');
  });
});

describe('more wire-style constructions', () => {
  it('"OUTLET quoted S as saying that C"', () => {
    const r = recordWith(run('Xinhua quoted a trade ministry spokesman as saying that tariffs would be lifted.'), 'tariffs');
    expect(r.outlet).toBe('Xinhua');
    expect(r.speaker).toBe('a trade ministry spokesman');
    expect(r.claim).toBe('tariffs would be lifted');
  });
  it('"S was quoted by OUTLET as saying: C"', () => {
    const r = recordWith(run('The port director was quoted by the BBC as saying: "The cranes are back in service."'), 'cranes');
    expect(r.outlet).toBe('BBC');
    expect(r.speaker).toBe('The port director');
    expect(r.claim).toBe('The cranes are back in service.');
  });
  it('"In an interview with OUTLET, S said C"', () => {
    const r = recordWith(run('In an interview with CNN, the governor said the curfew would end on Friday.'), 'curfew');
    expect(r.outlet).toBe('CNN');
    expect(r.speaker).toBe('the governor');
  });
  it('"the Journal" refers back to The Wall Street Journal', () => {
    const ex = run('The Wall Street Journal reported that the bank would cut jobs. The Journal, citing internal memos, said about 900 roles were affected.');
    const r = recordWith(ex, 'roles');
    expect(r.outlet).toBe('The Wall Street Journal');
    expect(r.speaker).toBe('internal memos');
  });
  it('"economists polled by OUTLET said C"', () => {
    const r = recordWith(run('Inflation probably slowed in March, economists polled by Reuters said.'), 'Inflation');
    expect(r.outlet).toBe('Reuters');
    expect(r.speaker).toBe('economists');
  });
  it('"The BBC understands that C" (only a medium "understands")', () => {
    const ex = run('The BBC understands that the chairman will step down. Analysts understand that the shares may fall.');
    expect(recordWith(ex, 'chairman').outlet).toBe('BBC');
    expect(ex.attributions.some((a) => a.claim.includes('shares'))).toBe(false);
  });
  it('an appositive naming a medium makes an unknown name an outlet', () => {
    const r = recordWith(run('Harbor Ledger, a local news site covering the waterfront, reported that the ferry would be sold.'), 'ferry');
    expect(r.outlet).toBe('Harbor Ledger');
  });
  it('a relative clause cue is not a statement: "X, which first reported the story, said C"', () => {
    const ex = run('The Guardian, which first reported the leak, said the documents were authentic.');
    expect(ex.attributions).toHaveLength(1);
    expect(ex.attributions[0]?.claim).toBe('the documents were authentic');
  });
  it('a dateline with place and date is skipped: "SAO PAULO, May 3 (Reuters) - C, sources said."', () => {
    const r = recordWith(run('SAO PAULO, May 3 (Reuters) - The airline has picked a new engine supplier, two sources said.'), 'airline');
    expect(r.claim).toBe('The airline has picked a new engine supplier');
    expect(r.outlet).toBeNull();
  });
  it('"According to the people, who asked not to be named, C": the claim starts after the relative clause', () => {
    const r = recordWith(run('According to the people, who asked not to be named because the talks are private, the sale could close in May.'), 'sale');
    expect(r.claim).toBe('the sale could close in May');
    expect(r.speaker).toBe('the people');
  });
  it('"S warned ... and said that C" takes the subject of the sentence', () => {
    const r = recordWith(run('The president warned against division and said that he was ready for talks.'), 'ready');
    expect(r.speaker).toBe('The president');
  });
  it('"C, its spokesman, Jane Doe, said." keeps the description out of the claim', () => {
    const r = recordWith(run('The plant will close in June, its spokesman, Lars Berg, said.'), 'plant');
    expect(r.claim).toBe('The plant will close in June');
    expect(r.speaker).toBe('Lars Berg');
  });
  it('\'"Q," Name, role, told OUTLET.\' gives the name as speaker and the quote as claim', () => {
    const r = recordWith(run('"We have moved everyone to safety," Ana Silva, head of the rescue team, told Reuters.'), 'safety');
    expect(r.claim).toBe('We have moved everyone to safety');
    expect(r.speaker).toBe('Ana Silva');
    expect(r.outlet).toBe('Reuters');
  });
  it('"According to a witness, Name, C" keeps the name out of the claim; "According to OUTLET, A, B and C ..." does not', () => {
    expect(recordWith(run('According to a witness, Omar Said, the market was crowded.'), 'market').claim).toBe('the market was crowded');
    expect(recordWith(run('According to Reuters, Chile, Peru and Bolivia signed the pact.'), 'pact').claim).toBe('Chile, Peru and Bolivia signed the pact');
  });
});

// Round 8: entities a claim involves without naming them — the people "the couple" is, the body a
// speaker saying "we" speaks for, a surname that is also a word at the start of a sentence.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const forClaim = (text: string, claim: string, speaker: string | null) => {
  const i = text.indexOf(claim);
  if (i < 0) throw new Error(`claim not in text: ${claim}`);
  return createActorResolver(text).actorsForClaim(i, i + claim.length, speaker);
};

describe('"the couple", "the duo", "the pair"', () => {
  it('are the two people named last before them', () => {
    const text = 'Singer Marla Quinn and actor Teodor Brask have separated after six years. A magazine reported that the couple had sold their house in Malibu.';
    expect(forClaim(text, 'the couple had sold their house in Malibu', 'A magazine')).toEqual(expect.arrayContaining(['Marla Quinn', 'Teodor Brask']));
  });

  it('counts each person once, however often named', () => {
    const text = 'Olga Venn met Piet Harlow in 2015. Venn said the duo would tour again next year.';
    const actors = forClaim(text, 'the duo would tour again next year', 'Venn');
    expect(actors.filter((a) => a === 'Olga Venn')).toHaveLength(1);
    expect(actors).toContain('Piet Harlow');
  });

  it('do not take a pair of something else, nor a couple of days', () => {
    const text = 'Olga Venn met Piet Harlow in 2015. The club said a couple of days would be enough.';
    expect(forClaim(text, 'a couple of days would be enough', 'The club')).toEqual([]);
  });

  it('speaking in the first person, are both of them', () => {
    const text = 'Marla Quinn and Teodor Brask have separated. "We remain close friends," the couple said in a statement.';
    expect(forClaim(text, 'We remain close friends', 'the couple')).toEqual(expect.arrayContaining(['Marla Quinn', 'Teodor Brask']));
  });
});

describe('the body a speaker saying "we" speaks for', () => {
  it('is the one named in an apposition after the speaker ("X, Acme\'s chief executive")', () => {
    const text = 'Dana Whitlock, Brenmoor\'s chief executive, wrote to staff on Monday. Whitlock said "we must cut our costs this year".';
    expect(forClaim(text, 'we must cut our costs this year', 'Whitlock')).toContain('Brenmoor');
  });

  it('is a medium named in that apposition, which speaks as a body there', () => {
    const text = 'Dana Whitlock, NPR\'s chief executive, wrote to staff on Monday. Whitlock said "we must cut our costs this year".';
    expect(forClaim(text, 'we must cut our costs this year', 'Whitlock')).toContain('NPR');
  });

  it('is the firm before titles joined by "and" ("Acme co-founder and CEO X")', () => {
    const text = 'Shares fell after Brenmoor co-founder and CEO Dana Whitlock announced the cuts. "Markets change and so must we," Whitlock said.';
    expect(forClaim(text, 'Markets change and so must we', 'Whitlock')).toContain('Brenmoor');
  });

  it('is not added when the speaker does not speak for a body ("I")', () => {
    const text = 'Dana Whitlock, Brenmoor\'s chief executive, wrote to staff on Monday. Whitlock said "I will stay on until March".';
    expect(forClaim(text, 'I will stay on until March', 'Whitlock')).not.toContain('Brenmoor');
  });
});

describe('a surname that is also a word', () => {
  it('at the start of a sentence is the person named in full before', () => {
    const r = createActorResolver('Vantor chief executive Amos Cook visited Lagos. Cook said the market was growing.');
    expect(r.canonicalSpeaker('Cook')).toBe('Amos Cook');
    expect(r.mentions().filter((m) => m.canonical === 'Amos Cook')).toHaveLength(2);
  });

  it('stays a word where the article names no such person, and inside a longer name', () => {
    const r = createActorResolver('Cook the rice for ten minutes. Visitors to Cook County were warned.');
    expect(r.mentions().map((m) => m.canonical)).not.toContain('Cook');
    expect(r.canonicalSpeaker('Cook')).toBeNull();
    const s = createActorResolver('Amos Cook lives in Chicago. Cook County officials said the roads were closed.');
    expect(s.mentions().filter((m) => m.canonical === 'Amos Cook')).toHaveLength(1);
  });
});

describe('a claim about the deal that names neither side', () => {
  const text = 'Harlow Foods is in talks to acquire Brenmoor Logistics, people familiar with the matter said. Discussions are at an early stage. Neither side has hired an adviser.';

  it('involves both companies the article first names with the talks', () => {
    expect(forClaim(text, 'Discussions are at an early stage', 'people familiar with the matter')).toEqual(expect.arrayContaining(['Harlow Foods', 'Brenmoor Logistics']));
    expect(forClaim(text, 'Neither side has hired an adviser', null)).toEqual(expect.arrayContaining(['Harlow Foods', 'Brenmoor Logistics']));
  });

  it('adds the other side when the claim names one ("no discussions between the companies")', () => {
    const t = 'Harlow Foods is in talks to acquire Brenmoor Logistics, a newspaper reported. Brenmoor Logistics said there were no discussions between the companies.';
    expect(forClaim(t, 'there were no discussions between the companies', 'Brenmoor Logistics')).toEqual(expect.arrayContaining(['Harlow Foods', 'Brenmoor Logistics']));
  });

  it('needs two sides: a state beside one company is where it is, not a side', () => {
    const t = 'Vantor Corp of Canada agreed to acquire a stake in a mine last year. The firm said a takeover approach had been received.';
    expect(forClaim(t, 'a takeover approach had been received', 'The firm')).not.toContain('Canada');
  });
});

describe('Nordic legal forms', () => {
  it('are no part of a company name ("DSV A/S", "Norsk Hydro ASA")', () => {
    const names = createActorResolver('Shares in Kestrel A/S rose after Norsk Hydro ASA and Volvo AB reported results.').mentions().map((m) => m.canonical);
    expect(names).toEqual(expect.arrayContaining(['Kestrel', 'Norsk Hydro', 'Volvo']));
  });
});

describe('"the Frenchman", "the 33-year-old": a person named before', () => {
  it('is the person named last before, and no state', () => {
    const text = 'Bayern are ready to sell defender Lucien Marchal this summer. Reports say the Frenchman has been on the shortlist of two clubs.';
    const actors = forClaim(text, 'the Frenchman has been on the shortlist of two clubs', 'Reports');
    expect(actors).toContain('Lucien Marchal');
    expect(actors).not.toContain('France');
  });

  it('is not the one who speaks about him', () => {
    const text = 'The board appointed Harold Pike as coach in May. Club director Tomas Varga said the Englishman would stay until the end of the season.';
    const actors = forClaim(text, 'the Englishman would stay until the end of the season', 'Club director Tomas Varga');
    expect(actors).toContain('Harold Pike');
    expect(actors).not.toContain('Tomas Varga');
  });

  it('with an age, is the person the article gave that age', () => {
    const text = 'Maria Lenz, 33, won the race. Her coach Peter Holm watched from the stands. "I have done nothing wrong," the 33-year-old said.';
    expect(forClaim(text, 'I have done nothing wrong', 'the 33-year-old')).toEqual(['Maria Lenz']);
  });
});

describe('a given name that is also a word at the start of a sentence', () => {
  it('stays with its surname ("James Markwell said")', () => {
    const names = createActorResolver('Police closed the road.\nJames Markwell, who lives nearby, said he heard shots.').mentions().map((m) => m.canonical);
    expect(names).toContain('James Markwell');
  });
});

describe('"the minister" in lower case', () => {
  it('is the one person the article names as a minister', () => {
    const text = 'Questions remain over the future of the president\'s minister of state for mines, Ode Falana, who is expected to run for governor. A party official said the minister would resign next week.';
    expect(forClaim(text, 'the minister would resign next week', 'A party official')).toContain('Ode Falana');
  });

  it('is nobody when the article names two ministers', () => {
    const text = 'Finance Minister Ode Falana met Health Minister Ruth Amadi on Monday. An aide said the minister would resign next week.';
    const actors = forClaim(text, 'the minister would resign next week', 'An aide');
    expect(actors).not.toContain('Ode Falana');
    expect(actors).not.toContain('Ruth Amadi');
  });
});

describe('names completed as reference works give them', () => {
  const names = (text: string) => createActorResolver(text).mentions().map((m) => m.canonical);

  it('English league clubs, and their towns in a football story', () => {
    const text = 'The midfielder joined Fulham on loan, and Hull are close to signing a former West Brom defender. The coach said the transfer window was busy and the squad needed goals.';
    expect(names(text)).toEqual(expect.arrayContaining(['Fulham F.C.', 'Hull City', 'West Bromwich Albion']));
    expect(names('Flooding closed roads in Hull on Monday, the council said.')).toContain('Hull');
  });

  it('"the X river" is "X River"', () => {
    expect(names('Towns along the Danube river were evacuated.')).toContain('Danube River');
  });

  it('a Russian or Ukrainian "X region" is "X Oblast" (a krai a krai), and the bare name means it too', () => {
    expect(names("Drones struck an airfield in Russia's Belgorod region. Officials in Belgorod said two people were hurt.")).toEqual(['Russia', 'Belgorod Oblast', 'Belgorod Oblast']);
    expect(names("Fires spread in Russia's Krasnoyarsk region.")).toContain('Krasnoyarsk Krai');
    expect(names("Shelling continued in Ukraine's Donbas region.")).not.toContain('Donbas Oblast');
    expect(names('Rains flooded the Tigray region of Ethiopia.')).not.toContain('Tigray Oblast');
  });
});

describe('units named by a plural head or "the department of"', () => {
  const names = (text: string) => createActorResolver(text).mentions().map((m) => m.canonical);

  it('"A and B counties" are "A County" and "B County"', () => {
    expect(names('Fires burned in Ventura, Kern and Tulare counties.')).toEqual(['Ventura County', 'Kern County', 'Tulare County']);
  });

  it('"the department of X" is "X Department", and so is the bare name after it', () => {
    expect(names('Most damage was in the department of Santa Rosa. Two died in Santa Rosa.')).toEqual(['Santa Rosa Department', 'Santa Rosa Department']);
  });

  it('leaves names that are not units alone', () => {
    expect(names('A man was treated in the emergency department of Mercy General Hospital.')).not.toContain('Mercy General Hospital Department');
    expect(names('Officials from Google and Microsoft met regulators in both counties.')).toEqual(['Google', 'Microsoft']);
  });
});

describe('another state\'s Foreign Office', () => {
  it('is that state\'s Ministry of Foreign Affairs, and so is "the Ministry" after it', () => {
    const text = 'The Kenya Foreign Office denied issuing the statement. A spokesperson said the Ministry had released no such news.';
    const r = createActorResolver(text);
    expect(r.mentions().map((m) => m.canonical)).toEqual(['Ministry of Foreign Affairs (Kenya)', 'Ministry of Foreign Affairs (Kenya)']);
    expect(r.canonicalSpeaker('The Kenya Foreign Office')).toBe('Ministry of Foreign Affairs (Kenya)');
  });

  it('stays the British Foreign Office in a British story', () => {
    const text = 'The Foreign Office in London said Britain would send an envoy to Nairobi.';
    expect(createActorResolver(text).mentions().map((m) => m.canonical)).toContain('Foreign Office');
  });

  it('the FSB is the Federal Security Service', () => {
    expect(createActorResolver('Officers of the FSB detained two men in Moscow.').mentions().map((m) => m.canonical)).toContain('Federal Security Service');
  });
});

describe('a surname that is also a demonym', () => {
  const names = (text: string) => createActorResolver(text).mentions().map((m) => m.canonical);

  it('stays with the given name before it, and alone before a verb it is the person', () => {
    expect(names('Reporter Dale German was found dead. German had written about the county. Police searched German\'s home.')).toEqual(['Dale German', 'Dale German', 'Dale German']);
  });

  it('is still the state before a noun', () => {
    expect(names('Reporter Dale German was found dead. German officials said they would help.')).toEqual(['Dale German', 'Germany']);
  });
});

describe('the setting of claims about harm on the ground', () => {
  const text = 'Heavy rain hit Marvik on Monday. Rescue teams in Marvik worked through the night. The mayor said roads were waterlogged and bridges had been washed away. He said talks with the government would continue.';

  it('is added to claims about flooded roads, losses, an outbreak', () => {
    expect(forClaim(text, 'roads were waterlogged and bridges had been washed away', 'The mayor')).toContain('Marvik');
  });

  it('is not added to claims about something else', () => {
    expect(forClaim(text, 'talks with the government would continue', 'He')).not.toContain('Marvik');
  });
});

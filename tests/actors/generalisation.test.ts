import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsIn(0, text.length);
const span = (text: string, part: string) => {
  const start = text.indexOf(part);
  expect(start, `"${part}" must occur in the text`).toBeGreaterThanOrEqual(0);
  return [start, start + part.length] as const;
};

describe('actor resolver: companies and platforms', () => {
  it('names known companies by their usual full name, whatever legal form the text adds', () => {
    const text = 'Walt Disney Co and Salesforce.com Inc joined Alphabet Inc, while Blackstone stayed out.';
    expect(all(text)).toEqual(['The Walt Disney Company', 'Salesforce', 'Alphabet Inc.', 'Blackstone Inc.']);
  });

  it('keeps "X + Y" together as one organisation', () => {
    const text = 'Shares of Hollis + Marrow rose after Dunmore & Pike bought a stake.';
    expect(all(text)).toEqual(['Hollis + Marrow', 'Dunmore & Pike']);
  });

  it('takes a platform for a company unless it is the medium of a message', () => {
    expect(all('Twitter shares fell after Facebook cut its forecast.')).toEqual(['Twitter', 'Facebook']);
    expect(all('The minister wrote on Twitter and in a Facebook post that she would stay.')).toEqual([]);
  });

  it('maps the Pentagon and DOD to the department', () => {
    expect(all('The Pentagon denied it. A DOD official later agreed.')).toEqual(['United States Department of Defense']);
  });
});

describe('actor resolver: descriptions', () => {
  it('points "the company" at the firm the article called a company, else the one named most often', () => {
    const text = 'Korvel Partners dropped its bid for lens maker company Avenna Optics. Korvel Partners and Brightwater objected. The company, which grew fast, stayed calm.';
    const r = createActorResolver(text);
    expect(r.actorsIn(...span(text, 'The company, which grew fast'))).toEqual(['Avenna Optics']);
    const text2 = 'Shares of Quillon slumped. Quillon had hired banks, and Quillon met buyers. Yarrow and Pellam were not interested in buying the company.';
    expect(createActorResolver(text2).actorsIn(...span(text2, 'buying the company'))).toEqual(['Quillon']);
  });

  it('points "the terror group" at the armed group named before it', () => {
    const text = 'Hezbollah fired rockets overnight. Officials said the terror group had lost three commanders.';
    expect(createActorResolver(text).actorsIn(...span(text, 'the terror group had lost'))).toEqual(['Hezbollah']);
  });

  it('does not read "the parent company of X" as pointing back', () => {
    const text = 'Pellam sold its stake. Bidders include Orrin Holdings, the parent company of Orrin Radio.';
    expect(createActorResolver(text).actorsIn(...span(text, 'the parent company'))).toEqual([]);
  });
});

describe('actor resolver: setting only for events on the ground', () => {
  it('adds the town to a claim about casualties but not to one about talks', () => {
    const text = 'A blast hit Marvik on Monday. Rescuers in Marvik searched the rubble. Police said 12 people were killed. Officials said talks would resume.';
    const r = createActorResolver(text);
    expect(r.actorsForClaim(...span(text, '12 people were killed'), 'Police')).toEqual(['Marvik']);
    expect(r.actorsForClaim(...span(text, 'talks would resume'), 'Officials')).toEqual([]);
  });
});

describe('actor resolver: national bodies and speakers', () => {
  it('names ministries and generic national bodies with their state', () => {
    const text = "Norway's Interior Ministry said two were hurt. The Chilean defense ministry disagreed. The South's Joint Chiefs of Staff said South Korea would respond.";
    expect(all(text)).toEqual(['Ministry of Interior (Norway)', 'Ministry of Defense (Chile)', 'Joint Chiefs of Staff (South Korea)', 'South Korea']);
  });

  it('counts a medium speaking for itself, and a body rather than the state that owns it', () => {
    const text = "Portugal's Grid Authority said prices were fair. A Reuters spokesperson said the agency stood by its story.";
    const r = createActorResolver(text);
    expect(r.actorsForClaim(...span(text, 'prices were fair'), "Portugal's Grid Authority")).toEqual(['Grid Authority']);
    expect(r.actorsForClaim(...span(text, 'the agency stood by its story'), 'A Reuters spokesperson')).toEqual(['Reuters']);
    expect(r.canonicalSpeaker('A Reuters spokesperson')).toBeNull();
  });

  it('adds a named speaker who is the subject of the claim, but not a spokesperson for the claims of others', () => {
    const text = 'Midfielder Tomas Aranda said he could miss six weeks. Press Secretary Lina Ortez said the president was resting.';
    const r = createActorResolver(text);
    expect(r.actorsForClaim(...span(text, 'he could miss six weeks'), 'Midfielder Tomas Aranda')).toEqual(['Tomas Aranda']);
    expect(r.actorsForClaim(...span(text, 'the president was resting'), 'Press Secretary Lina Ortez')).toEqual([]);
  });
});

describe('actor resolver: outlets as subjects, places as qualifiers, word fragments', () => {
  it('takes an outlet that acts in a claim for an actor, not one that reports', () => {
    const text = 'The ministry said Reuters had made serious errors. Reuters has learned that the port reopened.';
    expect(createActorResolver(text).actorsIn(...span(text, 'Reuters had made serious errors'))).toEqual(['Reuters']);
    expect(createActorResolver(text).actorsIn(...span(text, 'Reuters has learned that the port reopened'))).toEqual([]);
  });

  it('drops the state that only locates a town ("Lyon, France")', () => {
    expect(all('A man entered a Lyon, France police station.')).toEqual(['Lyon']);
    expect(all('Talks in Doha, Qatar, Egypt and Israel continued.')).toEqual(['Doha', 'Qatar', 'Egypt', 'Israel']);
  });

  it('does not take the capital part of "i-Télé" for a name', () => {
    expect(all('A witness told the channel i-Télé that police left.')).toEqual([]);
  });
});

describe('actor resolver: things named after actors, speakers with their body', () => {
  it('takes no laws, treaties or competitions for actors', () => {
    expect(all('Brussels used the Digital Services Act and the Paris Agreement, and the Champions League final went ahead.')).toEqual(['Brussels']);
  });

  it('adds the body a spokesperson speaks for, not the club of a manager talking about a player', () => {
    const text = 'Orbis Athletic spokesman Carl Venn said the striker needed rest. Orbis Athletic manager Ivo Lund said the striker was fit.';
    const r = createActorResolver(text);
    expect(r.actorsForClaim(...span(text, 'the striker needed rest'), 'Orbis Athletic spokesman Carl Venn')).toContain('Orbis Athletic');
    expect(r.actorsForClaim(...span(text, 'the striker was fit'), 'Orbis Athletic manager Ivo Lund')).toEqual([]);
  });

  it('points "the military" at the armed forces of the state the article is about', () => {
    const text = 'Israel said talks were under way. Israel also said the military would keep searching.';
    expect(createActorResolver(text).actorsIn(...span(text, 'the military would keep searching'))).toEqual(['Israel Defense Forces']);
  });
});

describe('actor resolver: object pronouns', () => {
  it('reads "him" in a claim without a person as the person named just before', () => {
    const text = 'Governor Elena Brisk faces a recall vote. Aides said they had urged him to resign. Critics said Premier Maria Sandoval had asked his team to wait.';
    const r = createActorResolver(text);
    expect(r.actorsForClaim(...span(text, 'they had urged him to resign'), 'Aides')).toEqual(['Elena Brisk']);
    expect(r.actorsForClaim(...span(text, 'Premier Maria Sandoval had asked his team to wait'), 'Critics')).toEqual(['Maria Sandoval']);
  });
});

describe('actor resolver: people by title', () => {
  it('takes a name after a title for a person even when its words are ordinary', () => {
    const text = 'Premier Ivo Sand met reporters.';
    const r = createActorResolver(text);
    expect(r.actorsIn(0, text.length)).toEqual(['Ivo Sand']);
    expect(r.kindOf('Ivo Sand')).toBe('person');
  });
});

describe('actor resolver: long titles and tickers', () => {
  it('keeps only the name after a long title', () => {
    expect(all('Commission Vice President for Trade and Industry Maria Olsen spoke.')).toEqual(['Maria Olsen']);
  });

  it('drops stock exchanges and tickers, and reads a known name written in capitals as that name', () => {
    expect(all('Shares of Netflix (NASDAQ: NFLX) rose. NETFLIX later fell.')).toEqual(['Netflix']);
  });
});

describe('actor resolver: one state per national body', () => {
  it('keeps the state the article first gives a generic body, in its short form and as a speaker too', () => {
    const text = "North Korea fired a rocket. The South's Joint Chiefs of Staff (JCS) said it fell. North Korea denied it. North Korea said more. The JCS said debris was found.";
    const r = createActorResolver(text);
    expect(r.actorsIn(0, text.length)).toEqual(['North Korea', 'Joint Chiefs of Staff (South Korea)']);
    expect(r.actorsForClaim(...span(text, 'debris was found'), 'The JCS')).toEqual(['Joint Chiefs of Staff (South Korea)']);
  });
});

describe('actor resolver: the speaker in first person, "the Secretary", "the government"', () => {
  it('adds a named speaker who speaks of himself in the first person', () => {
    const text = 'Harbour Authority chief Lena Brandt said: "I told the board the pier must close."';
    const r = createActorResolver(text);
    expect(r.actorsForClaim(...span(text, 'I told the board the pier must close.'), 'Harbour Authority chief Lena Brandt')).toContain('Lena Brandt');
  });

  it('reads a capitalised title alone as the one person the article gives that title', () => {
    const text = 'Interior Secretary Dana Whitlow visited. Aides said the Secretary would return.';
    expect(createActorResolver(text).actorsIn(...span(text, 'the Secretary would return'))).toEqual(['Dana Whitlow']);
    const two = 'Secretary Dana Whitlow and Secretary Omar Reyes met. Aides said the Secretary would return.';
    expect(createActorResolver(two).actorsIn(...span(two, 'the Secretary would return'))).toEqual([]);
  });

  it('takes "the government" for the state the article is about', () => {
    const text = 'Chile faces protests. Chile has a new cabinet. The government said calm would return.';
    expect(createActorResolver(text).actorsForClaim(...span(text, 'calm would return'), 'The government')).toEqual(['Chile']);
  });
});

describe('actor resolver: company and body names', () => {
  it('drops the legal form of an unknown company and keeps "X and Y Authority" whole', () => {
    expect(all('Norvale Systems Inc agreed to a review by the Competition and Markets Authority.')).toEqual(['Norvale Systems', 'Competition and Markets Authority']);
  });

  it('does not take a model name after a number for an actor', () => {
    expect(all('The 737 MAX returned to service.')).toEqual([]);
  });
});

describe('actor resolver: titles with "of the"', () => {
  it('strips "Speaker of the House", "Supreme Leader", "Majority Leader" in front of names', () => {
    expect(all('Speaker of the House Dana Kirk and Supreme Leader Omar Haddi met Majority Leader Lena Voss.')).toEqual(['Dana Kirk', 'Omar Haddi', 'Lena Voss']);
  });
});

describe('actor resolver: organisation names that start with a title word', () => {
  it('keeps "National" in "National Institute of X and Y"', () => {
    expect(all('Scientists at the National Institute of Soil and Water Studies agreed.')).toEqual(['National Institute of Soil and Water Studies']);
  });
});

describe('actor resolver: named events', () => {
  it('takes military operations for events, storms for actors named by their category', () => {
    expect(all('Storm Ferelith hit Norway. Later Operation Granite Gate began near Hurricane Bay.')).toEqual(['Storm Ferelith', 'Norway', 'Hurricane Bay']);
    const text = 'Rain from storm Odalys, once a hurricane, flooded towns. Officials said Odalys had weakened and that the storm killed two. Crowds storm Congress.';
    expect(all(text)).toEqual(['Hurricane Odalys', 'United States Congress']);
    expect(createActorResolver(text).actorsIn(...span(text, 'the storm killed two'))).toEqual(['Hurricane Odalys']);
  });
});

// Round 9: names as reference works give them (provinces without their unit word, companies and clubs by
// their usual names), words that only look like names (amounts, feasts, web addresses), a state's own
// police and coast guard, other names for a person ("known as", a nickname in quotes), and the two
// people "the couple" or "the two" are.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const forClaim = (text: string, claim: string, speaker: string | null) => {
  const i = text.indexOf(claim);
  if (i < 0) throw new Error(`claim not in text: ${claim}`);
  return createActorResolver(text).actorsForClaim(i, i + claim.length, speaker);
};
const all = (text: string) => forClaim(text, text, null);

describe('provinces and states named without their unit word', () => {
  it('drops a lower-case "state" or "province" after a name of several words', () => {
    expect(all('Gunmen from neighbouring Zoram Pradesh state crossed the border on Tuesday.')).toEqual(['Zoram Pradesh']);
    expect(all('Floods hit the Kwa Tembo province last week.')).toEqual(['Kwa Tembo']);
  });

  it('drops "district" after a compass-named district, but keeps it after a one-word name', () => {
    expect(all('Troops raided a compound in North Lazistan district and another in Bannu district.')).toEqual(['North Lazistan', 'Bannu District']);
  });

  it('gives a known province its own name when the text adds "Province" or "state"', () => {
    expect(all('Militants attacked a checkpoint in Khyber Pakhtunkhwa Province at night.')).toEqual(['Khyber Pakhtunkhwa']);
    expect(all('The quake was felt across Arunachal Pradesh state.')).toEqual(['Arunachal Pradesh']);
  });

  it('leaves "State" after a US state, which is the state\'s own name or a university', () => {
    expect(all('Ohio State beat Michigan on Saturday.')).toContain('Ohio State');
  });
});

describe('words that only look like names', () => {
  it('are not amounts in a currency written with one letter', () => {
    expect(all('Her husband told her to raise at least N1 million, and a policeman asked for N800,000.')).not.toContain('N1');
    expect(all('The fine was R5 billion, the court said.')).toEqual([]);
  });

  it('are not feasts or flu strains', () => {
    expect(all('The birds died of the H7N9 virus on New Year\'s eve.')).toEqual([]);
  });

  it('are not the end of a web address nor the tail of a hyphenated name', () => {
    expect(all('The report appeared on DailyNews.XYZ on Monday.')).not.toContain('XYZ');
    expect(all('He told Echo-FM radio on Monday that the quote was wrong.')).not.toContain('FM');
  });

  it('leave out a first word that counts or groups before "of" and a company', () => {
    expect(all('Shares of Acme Widget Corp. rose more than four per cent on Monday.')).toEqual(['Acme Widget Corporation']);
  });
});

describe('companies and bodies under their usual names', () => {
  it('names companies as reference works do', () => {
    expect(all('Cisco and Samsung were among the bidders, along with LG and SAP.')).toEqual(['Cisco Systems', 'Samsung Electronics', 'LG Electronics', 'SAP SE']);
    expect(all('Most of the cars were made by Mazda Motor Corp (T:7261).')).toEqual(['Mazda']);
  });

  it('reads the ATF whole, commas and all', () => {
    expect(all('The guns will be traced by the federal Bureau of Alcohol, Tobacco, Firearms and Explosives.')).toEqual(['Bureau of Alcohol, Tobacco, Firearms and Explosives']);
  });

  it('reads "Liberal Democratic Party" whole, not as the US Democratic Party', () => {
    expect(all('The ruling Liberal Democratic Party (LDP) lost its majority.')).toEqual(['Liberal Democratic Party (Japan)']);
  });
});

describe('a state\'s own police and coast guard', () => {
  it('"police" in a story about a state with one national force is that force', () => {
    const text = 'Protesters gathered in Zimbabwe on Friday, a week after the vote in Zimbabwe. A lawyer said riot police had chased reporters away.';
    expect(forClaim(text, 'riot police had chased reporters away', 'A lawyer')).toContain('Zimbabwe Republic Police');
  });

  it('finds the state from its provinces when the story never names it', () => {
    const text = 'Gunmen seized eleven officers travelling from Borno state to Zamfara. The BBC reported that the police officers were on a special assignment.';
    expect(forClaim(text, 'the police officers were on a special assignment', null)).toContain('Nigeria Police Force');
  });

  it('names no force where police are local', () => {
    const text = 'Two people were hurt in Texas and Ohio, the United States. A witness said police arrived within minutes.';
    expect(forClaim(text, 'police arrived within minutes', 'A witness')).toEqual([]);
  });

  it('"the Coast Guard" of another state is not the United States\'', () => {
    const text = 'Indian officials said Coast Guard ships had tried to stop the boat near India. The Indian navy was not involved, India said.';
    const actors = forClaim(text, 'Coast Guard ships had tried to stop the boat', 'Indian officials');
    expect(actors).toContain('Indian Coast Guard');
    expect(actors).not.toContain('United States Coast Guard');
  });
});

describe('other names for a person', () => {
  it('"X, known as Y": Y is X', () => {
    const text = 'The former pitcher Marco Delvecchio, known as Del-Ray, retired in 2016. A source said rumours linking Del-Ray with an actress were false.';
    expect(forClaim(text, 'rumours linking Del-Ray with an actress were false', 'A source')).toEqual(['Marco Delvecchio']);
    const nicknamed = 'Striker Tomas Brandt, nicknamed Bomber, joined in May. His agent said Bomber would stay.';
    expect(forClaim(nicknamed, 'Bomber would stay', 'His agent')).toEqual(['Tomas Brandt']);
  });

  it('a nickname in quotes between given name and surname does not split the name', () => {
    const text = 'Her partner Tobias "T.J." Harrow was in Paris. "He\'s a producer and a writer," she said of Tobias.';
    expect(forClaim(text, 'He\'s a producer and a writer', null)).toContain('Tobias Harrow');
    expect(all(text)).not.toContain('Tobias');
  });
});

describe('"the couple" and "the two"', () => {
  it('"the two" followed by a verb are the two people named last', () => {
    const text = 'Singer Ilsa Marchetti and her partner Doran Vesk were seen in Rome. Her agent said the two are still happily together.';
    expect(forClaim(text, 'the two are still happily together', 'Her agent')).toEqual(expect.arrayContaining(['Ilsa Marchetti', 'Doran Vesk']));
    expect(forClaim('The two countries signed the deal, Ilsa Marchetti said.', 'The two countries signed the deal', null)).toEqual([]);
  });

  it('pass over someone named once as the owner of something between them', () => {
    const text = 'Ilsa Marchetti and Doran Vesk announced their engagement in 2019. Marchetti and Vesk later bought a house. ' +
      'Marchetti, who sang at Governor Paul Oduya\'s inauguration, said the couple had postponed their wedding.';
    const actors = forClaim(text, 'the couple had postponed their wedding', 'Marchetti');
    expect(actors).toEqual(expect.arrayContaining(['Ilsa Marchetti', 'Doran Vesk']));
    expect(actors).not.toContain('Paul Oduya');
  });

  it('"them" in the words of two people speaking together is both', () => {
    const text = 'Singer Ilsa Marchetti and actor Doran Vesk said that reports of them splitting up were inaccurate.';
    expect(forClaim(text, 'reports of them splitting up were inaccurate', 'Singer Ilsa Marchetti and actor Doran Vesk')).toEqual(expect.arrayContaining(['Ilsa Marchetti', 'Doran Vesk']));
  });
});

describe('companies described by what they make', () => {
  it('"the smartphone maker", "the British oil major" point back to a company named before', () => {
    const text = 'Shares of Quillon Ltd. rose on Monday. A news agency reported that the struggling smartphone maker was holding talks with buyers.';
    expect(forClaim(text, 'the struggling smartphone maker was holding talks with buyers', 'A news agency')).toEqual(['Quillon']);
  });

  it('the company bought is not the buyer its own sentence names', () => {
    const text = 'Dravo Energy shares jumped after a newspaper reported that Kestrel Oil is in talks to acquire the British oil major.';
    const actors = forClaim(text, 'Kestrel Oil is in talks to acquire the British oil major', 'a newspaper');
    expect(actors).toEqual(['Kestrel Oil', 'Dravo Energy']);
    expect(actors).not.toContain('United Kingdom');
  });

  it('"the major" alone is no company', () => {
    const text = 'Shares of Quillon Ltd. rose. The major said he had seen nothing.';
    expect(forClaim(text, 'he had seen nothing', 'The major')).not.toContain('Quillon');
  });
});

describe('"the Kingdom"', () => {
  it('is the state named last before it', () => {
    const text = 'Jordan\'s foreign minister denied reports that the Kingdom had closed its border.';
    expect(forClaim(text, 'the Kingdom had closed its border', 'Jordan\'s foreign minister')).toContain('Jordan');
    expect(forClaim(text, 'the Kingdom had closed its border', 'Jordan\'s foreign minister')).not.toContain('Kingdom');
  });
});

describe('players and clubs in a football story', () => {
  const story = 'Lille striker Anton Verhoek has no intention of leaving France, his agent said. A newspaper quoted Lille president Marc Duval as saying that ' +
    'the Ligue 1 club had discussed the sale of the Dutch international to Arsenal. Verhoek has scored 14 goals this season and both clubs declined to comment.';

  it('"the Ligue 1 club" is the club named before, and the league no actor', () => {
    const actors = forClaim(story, 'the Ligue 1 club had discussed the sale of the Dutch international to Arsenal', 'Marc Duval');
    expect(actors).toEqual(expect.arrayContaining(['Lille OSC', 'Anton Verhoek', 'Arsenal']));
    expect(actors).not.toContain('Netherlands');
  });

  it('"the Rennes forward" is the player named before, and the town the club', () => {
    const text = 'Pierre Malou\'s agent has denied that the Rennes forward has agreed to join Borussia Dortmund. The 19-year-old has scored 12 goals in Ligue 1 and drawn interest from other clubs.';
    expect(forClaim(text, 'the Rennes forward has agreed to join Borussia Dortmund', 'Pierre Malou\'s agent')).toEqual(expect.arrayContaining(['Pierre Malou', 'Stade Rennais', 'Borussia Dortmund']));
  });

  it('a club\'s first word alone is the club', () => {
    const text = 'Atletico Madrid denied a report about their striker. The report said Atletico had offered him to a rival club for 18 million euros after he scored few goals.';
    expect(forClaim(text, 'Atletico had offered him to a rival club for 18 million euros', 'The report')).toContain('Atlético Madrid');
  });
});

describe('pronouns of two people', () => {
  it('"they" in the words of one of two people named together is both', () => {
    const text = 'Singer Ilsa Marchetti and actor Doran Vesk said they were working through some things.';
    expect(forClaim(text, 'they were working through some things', 'actor Doran Vesk')).toEqual(expect.arrayContaining(['Ilsa Marchetti', 'Doran Vesk']));
  });

  it('"she ... and he ..." in a source\'s words are the woman and the man named last', () => {
    const text = 'Maria Marchetti and David Vesk have been engaged since 2019. "She is filming in Peru and he is in Miami," a friend of the couple told a magazine.';
    const actors = forClaim(text, 'She is filming in Peru and he is in Miami', 'a friend');
    expect(actors).toEqual(expect.arrayContaining(['Maria Marchetti', 'David Vesk']));
  });

  it('a surname "known as" a nickname lends the nickname its full name', () => {
    const text = 'Lorenzo Vidal began dating the singer in 2017. The singer and Vidal, known as Vido, announced their engagement. A source said rumours linking Vido with a reality star were false.';
    expect(forClaim(text, 'rumours linking Vido with a reality star were false', 'A source')).toEqual(['Lorenzo Vidal']);
  });
});

describe('a state\'s coast guard in a speaker phrase', () => {
  it('is the article\'s state\'s, as in the text', () => {
    const text = 'India said Coast Guard ships had intercepted a boat off India. India\'s deputy inspector general of the Coast Guard denied reports that he had ordered the boat blown up.';
    const claim = 'he had ordered the boat blown up';
    expect(forClaim(text, claim, 'India\'s deputy inspector general of the Coast Guard')).not.toContain('United States Coast Guard');
  });
});

describe('US towns the text names with their state', () => {
  it('carry the state wherever they are named, headline included', () => {
    const text = 'Greenvale, North Carolina shooter arrested\nCity officials in North Carolina said a suspect was caught in a nearby part of Greenvale.';
    expect(forClaim(text, 'a suspect was caught in a nearby part of Greenvale', 'City officials in North Carolina')).toContain('Greenvale, North Carolina');
  });

  it('a body named after its town does not swallow the town ("Greenvale Police" ... "in Greenvale")', () => {
    const text = 'In Greenvale, North Carolina, Greenvale Police said three people were hurt. Patients were treated at a hospital in Greenvale, a spokeswoman said.';
    expect(forClaim(text, 'Patients were treated at a hospital in Greenvale', 'a spokeswoman')).toEqual(['Greenvale, North Carolina']);
  });

  it('leave the big cities AP names alone bare', () => {
    const text = 'Flooding hit Houston, Texas, on Monday. Officials said roads in Houston were closed.';
    expect(forClaim(text, 'roads in Houston were closed', 'Officials')).toContain('Houston');
  });
});

describe('names that begin with a particle, airports, air forces', () => {
  it('keeps a capitalised "El", "Al", "La" that begins a name', () => {
    expect(all('Six people died in the city of El Geneina on Sunday.')).toEqual(['El Geneina']);
    expect(all('Fighting spread to La Vereda and El Tambo.')).toEqual(['La Vereda', 'El Tambo']);
  });

  it('"<town> airport" is the airport, and "the airport" later points back to it', () => {
    const text = 'Two people were killed at Omdurman airport on Saturday. Witnesses heard explosions near the airport in central Omdurman.';
    expect(forClaim(text, 'Witnesses heard explosions near the airport in central Omdurman', null)).toEqual(['Omdurman Airport', 'Omdurman']);
  });

  it('"the <demonym> air force" is that state\'s air force, not the state', () => {
    expect(all('The Malian air force called on citizens to stay indoors.')).toEqual(['Malian Air Force']);
  });
});

describe('state bodies and bands named without their names', () => {
  it('"the Highway Patrol" and "a state trooper" in a story about one US state are its highway patrol', () => {
    const text = 'Authorities in Nebraska say four suspects are in custody. The Highway Patrol said it had two of them. One crashed into a state trooper\'s car, the station reported.';
    expect(forClaim(text, 'it had two of them', 'The Highway Patrol')).toContain('Nebraska Highway Patrol');
    expect(forClaim(text, 'One crashed into a state trooper\'s car', 'the station')).toContain('Nebraska Highway Patrol');
  });

  it('"the band" is the band the article named as one', () => {
    const text = 'Indie band Glasswing have denied reports of a split. A tabloid reported that singer Tom Ashby intended to break up the band and go solo.';
    expect(forClaim(text, 'singer Tom Ashby intended to break up the band and go solo', 'A tabloid')).toEqual(expect.arrayContaining(['Tom Ashby', 'Glasswing']));
  });
});

describe('"they" after a couple', () => {
  it('is the couple named just before', () => {
    const text = 'Singer Ilsa Marchetti and actor Doran Vesk met in 2017. An unnamed source said the pair never broke up. "They hit a rough patch," the source said.';
    expect(forClaim(text, 'They hit a rough patch', 'the source')).toEqual(['Ilsa Marchetti', 'Doran Vesk']);
  });

  it('is nobody in particular without one', () => {
    const text = 'Singer Ilsa Marchetti gave a concert in Rome. "They were wonderful," a fan said of the crowd.';
    expect(forClaim(text, 'They were wonderful', 'a fan')).toEqual([]);
  });
});

describe('a story with several storms', () => {
  const text = 'Evacuations as Cyclone Mira nears the coast. Floods caused by the remnants of Cyclone Tavi hit some towns last week. ' +
    'The cyclone formed near Fiji on Sunday, a broadcaster reported. Officials warned that it is a tightly packed cyclone that will bring heavy rain.';

  it('"the cyclone" is the storm the article names first', () => {
    expect(forClaim(text, 'The cyclone formed near Fiji on Sunday', 'a broadcaster')).toContain('Cyclone Mira');
  });

  it('"it" in a claim about rain and winds is that storm', () => {
    expect(forClaim(text, 'it is a tightly packed cyclone that will bring heavy rain', 'Officials')).toContain('Cyclone Mira');
  });
});

describe('names with a plural possessive, parties many states have', () => {
  it('reads "Nurses\' Union" whole, not as the state of its demonym', () => {
    expect(all('The Malian Nurses\' Union told a news agency that 27 people were killed.')).toEqual(["Malian Nurses' Union"]);
  });

  it('names a party many states have with the article\'s state', () => {
    const text = 'Brazil\'s president spoke in Brazil on Monday. She lauded her Workers’ Party for its support.';
    expect(forClaim(text, 'She lauded her Workers’ Party for its support', null)).toContain('Workers’ Party (Brazil)');
  });
});

describe('a state\'s intelligence service and police ranks', () => {
  it('"Pakistani intelligence officers" are the state\'s intelligence service, not the state', () => {
    const text = 'Officials said the plot was based on calls between Pakistani intelligence officers and militants.';
    const actors = forClaim(text, 'the plot was based on calls between Pakistani intelligence officers and militants', 'Officials');
    expect(actors).toContain('Inter-Services Intelligence');
    expect(actors).not.toContain('Pakistan');
  });

  it('"Assistant Superintendents of Police" name the force, not an actor of their own', () => {
    const text = 'Gunmen have abducted 12 Assistant Superintendents of Police on their way from Borno state to Kano state.';
    const actors = all(text);
    expect(actors).toContain('Nigeria Police Force');
    expect(actors).not.toContain('Assistant Superintendents of Police');
  });
});

describe('a pronoun before any name, initials written together', () => {
  it('"he" with no person named before is the person named just after', () => {
    const text = 'After allegations against the 58-year-old actor this week, a magazine confirmed that he is taking time to get help. "Paul Carrow is seeking treatment," his representative said.';
    expect(forClaim(text, 'he is taking time to get help', 'a magazine')).toEqual(['Paul Carrow']);
  });

  it('reads "R.K. Tandon" as one name', () => {
    expect(all('A newspaper quoted deputy inspector general R.K. Tandon as saying it.')).toContain('R.K. Tandon');
  });
});

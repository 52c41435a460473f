// Round 7: canonical names as reference works give them (subdivisions named with their unit where the
// bare name is also a city's, companies with their legal form written out, football clubs), and
// words that name no actor.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsIn(0, text.length);
const forClaim = (text: string, claim: string, speaker: string | null) => {
  const i = text.indexOf(claim);
  return createActorResolver(text).actorsForClaim(i, i + claim.length, speaker);
};

describe('subdivisions named with their unit', () => {
  it('names a Nigerian state "X State" however the text writes it', () => {
    expect(all('Gunmen seized six farmers in the northern state of Kaduna on Monday.')).toContain('Kaduna State');
    expect(all('Officials in Kaduna state said the road was closed.')).toContain('Kaduna State');
    expect(all('Officials in Kano state said the road was closed.')).toContain('Kano State');
  });

  it('names an Afghan province "X Province" and keeps a city that only shares the name a city', () => {
    expect(all('The helicopter came down in Ghazni, a mountainous area.')).toContain('Ghazni Province');
    expect(all('Fighting spread across Helmand province overnight.')).toContain('Helmand Province');
    expect(all('Traders in Kandahar closed their shops.')).toEqual(['Kandahar']);
  });

  it('names a Syrian province by its governorate and spells it one way', () => {
    expect(all('Shelling hit villages in the central province of Hama.')).toContain('Hama Governorate');
    expect(all('Troops moved into the eastern province of Deir al-Zour.')).toContain('Deir ez-Zor Governorate');
    expect(all('A car bomb went off in Hama on Friday.')).toEqual(['Hama']);
  });

  it('names a Japanese prefecture "X Prefecture"', () => {
    expect(all('No damage was found at the plant in neighbouring Niigata prefecture.')).toContain('Niigata Prefecture');
  });
});

describe('companies under their full names', () => {
  it('writes out "Co" and "Corp" and drops "Inc" after them', () => {
    expect(all('Analysts said Brackwell Corp had made a bid.')).toContain('Brackwell Corporation');
    expect(all('The offer for Halden Mills & Co Inc was rejected.')).toContain('Halden Mills & Company');
  });

  it('names well-known companies as reference works do', () => {
    expect(all('Apple shares rose after the launch.')).toContain('Apple Inc.');
    expect(all('South Africa’s MTN confirmed the talks.')).toContain('MTN Group');
  });
});

describe('football clubs', () => {
  it('reads a town with a club of its name as the club in a football story', () => {
    const text = 'The striker could join Liverpool this summer, and Malaga want a transfer fee for their midfielder before the Europa League season.';
    expect(all(text)).toEqual(['Liverpool F.C.', 'Málaga CF']);
  });

  it('keeps the town outside a football story and where the text is about the town', () => {
    expect(all('Heavy rain flooded streets in Liverpool on Tuesday.')).toEqual(['Liverpool']);
    const text = 'The coach and his striker scored goals in a transfer window that ended in Liverpool on Monday.';
    expect(all(text)).toEqual(['Liverpool']);
  });
});

describe('media a claim names', () => {

  it('counts a medium the claim is about among its actors', () => {
    const text = 'A company spokesman said the figures in the Bloomberg report were "pure speculation".';
    expect(forClaim(text, 'the figures in the Bloomberg report were "pure speculation"', 'A company spokesman')).toContain('Bloomberg News');
    const text2 = 'The ministry said the ambassador had given an interview to the Jerusalem Post without permission.';
    expect(forClaim(text2, 'the ambassador had given an interview to the Jerusalem Post without permission', 'The ministry')).toContain('The Jerusalem Post');
  });

  it('leaves out a medium named only in an aside', () => {
    const text = 'Analysts said Harwick Holdings (whose papers include the Financial Times) would make a bid.';
    expect(forClaim(text, 'Harwick Holdings (whose papers include the Financial Times) would make a bid', 'Analysts')).not.toContain('Financial Times');
  });
});

describe('names that are no actors', () => {
  it('drops diseases, drugs, holidays, currency codes and model numbers', () => {
    const text = 'Doctors in Valdoria reported new MERS-CoV and Ebola cases after Christmas Day, while traces of Ecstasy and EPO were found; a Q400AT aircraft cost SEK 3 billion, or R246m.';
    expect(all(text)).toEqual(['Valdoria']);
  });

  it('drops adjectives that name no one: Olympic, Nordic, Andean, Sino', () => {
    expect(all('The Andean nation hosted Nordic ministers at an Olympic venue to discuss Sino relations with Peru.')).toEqual(['Peru']);
  });

  it('keeps a group named by a letter and a number', () => {
    expect(all('The G8 warned that the launch would bring sanctions.')).toContain('G8');
  });
});

describe('short and shared names', () => {
  it('reads a company by its first word once the article names it in full', () => {
    const text = 'Analysts expect Thomson Corp to bid. Thomson has been building up its data business.';
    const r = createActorResolver(text);
    const i = text.indexOf('Thomson has');
    expect(r.actorsIn(i, text.length)).toEqual(['Thomson Corporation']);
  });

  it('names a compass-point province with the article’s state', () => {
    const text = 'Floods hit Rwanda this week. Rwanda said 95 people died in the Western Province.';
    expect(all(text)).toContain('Western Province, Rwanda');
  });

  it('reads a club’s spokesman as the club in a football story', () => {
    const text = 'Malaga want a transfer fee for their striker, and the coach has spoken to the squad. A Malaga spokesman said the club would not sell.';
    expect(forClaim(text, 'the club would not sell', 'A Malaga spokesman')).toContain('Málaga');
  });
});

describe('a state’s own bodies', () => {

  it('reads "<state>\'s Security Council" as that state’s council, not the UN’s', () => {
    expect(all('Belarus’s Security Council met on Monday, and the UN Security Council met on Tuesday.')).toEqual(['Security Council (Belarus)', 'United Nations Security Council']);
  });

  it('qualifies a ministry in a speaker phrase by the state the phrase names', () => {
    const text = 'The Ministry of Defence of Ukraine said the operation would not be announced.';
    expect(forClaim(text, 'the operation would not be announced', 'The Ministry of Defence of Ukraine')).toContain('Ministry of Defence (Ukraine)');
    const text2 = 'India’s ministry of external affairs said the reports were baseless.';
    expect(forClaim(text2, 'the reports were baseless', 'India’s ministry of external affairs')).toContain('Ministry of External Affairs (India)');
  });
});

describe('names of bodies read whole', () => {
  it('reads a body "of the <state>" as one name', () => {
    expect(all('The Civil Aviation Authority of the Philippines said flights would be rerouted.')).toEqual(['Civil Aviation Authority of the Philippines']);
  });

  it('reads a party whose name ends in a known body’s word as the party', () => {
    expect(all('The Action Congress called the vote a sham, and Congress will debate it.')).toEqual(['Action Congress', 'United States Congress']);
  });

  it('does not read a newspaper’s name at the start of a body’s name', () => {
    expect(all('Voters doubted the Independent National Electoral Commission.')).toEqual(['Independent National Electoral Commission']);
  });

  it('keeps a regional community’s full name, and its acronym with it', () => {
    const text = 'He backed the chairman of SADC (Southern African Development Community) on Monday.';
    expect(all(text)).toEqual(['Southern African Development Community']);
  });
});

describe('the body a speaker heads', () => {

  it('adds the firm or town a speaker heads by title', () => {
    const text = 'Microsoft CEO Steve Ballmer said he was open to a deal for Yahoo.';
    expect(forClaim(text, 'he was open to a deal for Yahoo', 'Microsoft CEO Steve Ballmer')).toEqual(['Steve Ballmer', 'Microsoft', 'Yahoo']);
    const text2 = 'A train hit workers near Vellano overnight. Vellano Mayor Paolo Brandi said the crew had not been warned.';
    expect(forClaim(text2, 'the crew had not been warned', 'Vellano Mayor Paolo Brandi')).toContain('Vellano');
  });

  it('does not add the body of a speaker who only works there', () => {
    const text = 'Microsoft engineer Tom Reyes said the update was late.';
    expect(forClaim(text, 'the update was late', 'Microsoft engineer Tom Reyes')).not.toContain('Microsoft');
  });
});

describe('more names read whole', () => {
  it('reads "Organisation of the ..." and a company with a demonym inside its name whole', () => {
    expect(all('Ministers said the Organisation of the Petroleum Exporting Countries would cut output.')).toEqual(['OPEC']);
    const text = 'The plane belonged to the state airline Ariana Afghan Airlines. Officials said it did not belong to Ariana.';
    expect(all(text)).toEqual(['Ariana Afghan Airlines']);
  });

  it('qualifies a body many states have by its state', () => {
    expect(all('The results go to Togo’s Constitutional Court next week.')).toContain('Constitutional Court (Togo)');
    expect(all('Brazil’s Federal Police found the document.')).toContain('Federal Police (Brazil)');
  });

  it('keeps a medium’s short name as written before words that are no corporate group', () => {
    expect(all('He ran Fox Interactive Media, and later the FT Group.')).toEqual(['Fox Interactive Media', 'Financial Times Group']);
  });

  it('reads no acronym into the rest of an all-capitals dateline', () => {
    expect(all('NEW YORK (AP) — Shares of Halden Mills fell.')).not.toContain('YORK');
  });
});

describe('armed forces and demonyms', () => {
  it('names a state’s armed forces "<Demonym> Armed Forces" and its army "<Demonym> Army" when no other name is known', () => {
    expect(all('The Bolivian army surrounded the palace while Brazil’s armed forces stayed in barracks.')).toEqual(['Bolivian Army', 'Brazilian Armed Forces']);
  });

  it('keeps an army that is named as such', () => {
    expect(all('Troops of the Indian Army crossed the river.')).toEqual(['Indian Army']);
  });

  it('reads a demonym as its state when a preposition, not a name, follows its noun', () => {
    expect(all('The case may hurt Chinese public opinion about Japan.')).toEqual(['China', 'Japan']);
    expect(all('Israeli journalist Barak Ravid wrote about it.')).toEqual(['Barak Ravid']);
  });
});

describe('a state that only describes', () => {
  it('reads no state into a currency, a continent’s adjective or a described company', () => {
    expect(all('Halden Mills turned down a US$500 million offer.')).toEqual(['Halden Mills']);
    expect(all('Shortages are ailing the South American nation’s economy.')).toEqual([]);
    expect(all('The deal would see the US software giant back Yahoo.')).toEqual(['Yahoo']);
    expect(all('Shares fell after a Japanese newspaper report on Apple.')).toEqual(['Apple Inc.']);
  });

  it('reads a state before one role noun and a name as a description, not before verbs', () => {
    expect(all('US envoy Adam Boehler met them.')).toEqual(['Adam Boehler']);
    expect(all('Germany and France both announced Monday that they would expel diplomats.')).toEqual(['Germany', 'France']);
  });
});

describe('lexicon: parties, carmakers, straits, bases', () => {
  it('names UK parties by their full names, and keeps a ministry of labour a ministry', () => {
    expect(all('A Tory MP said Labour’s deputy leader was wrong.')).toEqual(['Conservative Party', 'Labour Party']);
    expect(all('The Ministry of Labour said wages rose.')).toEqual(['Ministry of Labour']);
  });

  it('knows carmakers and a strait under one spelling', () => {
    expect(all('Fiat Group wants to buy Opel and Vauxhall.')).toEqual(['Fiat', 'Opel', 'Vauxhall Motors']);
    expect(all('The ship was attacked near Bab al-Mandab, off Mukha.')).toEqual(['Bab-el-Mandeb', 'Mokha']);
  });

  it('reads "X base" as a facility', () => {
    expect(all('Fighters attacked houses south of the Hattab base.')).toEqual(['Hattab Base']);
  });
});

describe('facilities named before', () => {
  it('points "the mine", "the airport" back to the one the article named', () => {
    const text = 'A blast hit the Dunmore Coal Mine on Friday. Rescuers said the mine had been closed since June.';
    const r = createActorResolver(text);
    const i = text.indexOf('the mine had');
    expect(r.actorsIn(i, text.length)).toEqual(['Dunmore Coal Mine']);
  });
});

describe('a subdivision’s bare name', () => {
  it('means the subdivision the article named with its unit, not the city', () => {
    expect(all('The quake struck in the north of Nagano Prefecture. It toppled several houses in Nagano.')).toEqual(['Nagano Prefecture']);
    expect(all('The quake struck Nagano Prefecture, and officials in Nagano city said it was spared.')).toEqual(['Nagano Prefecture', 'Nagano']);
  });
});

describe('letters after a name', () => {
  it('drops post-nominal letters from a person’s name', () => {
    expect(all('Advocate Ismail Jamie SC said the case was weak, and Jane Roe MP agreed.')).toEqual(['Ismail Jamie', 'Jane Roe']);
  });
});

describe('vessels', () => {
  it('points "the ship", "the boat" back to the vessel the article named', () => {
    const text = 'Rebels attacked the cargo ship Varnhold on Sunday. Sources said the ship had sunk.';
    const r = createActorResolver(text);
    const i = text.indexOf('the ship had');
    expect(r.actorsIn(i, text.length)).toEqual(['Varnhold']);
    const text2 = 'Most passengers on board the Surya Makmur Indah ferry were missing. Officials said the boat’s manifest was wrong.';
    const r2 = createActorResolver(text2);
    const j = text2.indexOf('the boat');
    expect(r2.actorsIn(j, text2.length)).toEqual(['Surya Makmur Indah']);
  });

  it('points nowhere in a story that names no vessel', () => {
    expect(all('Rescuers said the ship had sunk near Bergen.')).toEqual(['Bergen']);
  });
});

describe('the speaker’s own group', () => {

  it('reads "the group" in a spokesman’s claim as the group the article gave him, before or after his name', () => {
    const text = 'A plane crashed near Ghazni. Zabihullah Mujahid, a Taliban spokesman, said the group was checking reports.';
    expect(forClaim(text, 'the group was checking reports', 'Zabihullah Mujahid')).toContain('Taliban');
    const text2 = 'A plane crashed near Ghazni. Taliban spokesman Zabihullah Mujahid said the group was checking reports.';
    expect(forClaim(text2, 'the group was checking reports', 'Zabihullah Mujahid')).toContain('Taliban');
  });
});

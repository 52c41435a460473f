// Media named by their own name, not folded into a sibling medium ("Sky Sports News" is the channel,
// "CBC News" the news service, "Spiegel TV" the broadcaster), and media the gazetteer lacked (Radio
// Bío-Bío, Jusbrasil, AGI, NNI, Téléfoot). Acronyms and place names that are also other things need a
// media word. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

const outletOf = (text: string, needle: string) => recordWith(run(text), needle).outlet;

describe('a medium named by its own name', () => {
  it('"Sky Sports News", "CBC News", "RMC Sport", "Spiegel TV" are those media, not Sky Sports, CBC, RMC, Der Spiegel', () => {
    expect(outletOf('The winger has agreed personal terms, Sky Sports News reported.', 'winger')).toBe('Sky Sports News');
    expect(outletOf('The winger has agreed personal terms, Sky Sports reported.', 'winger')).toBe('Sky Sports');
    expect(outletOf('CBC News reported that the senator had repaid the money.', 'senator')).toBe('CBC News');
    expect(outletOf('RMC Sport says the defender will stay.', 'defender')).toBe('RMC Sport');
    expect(outletOf('The pilot told Spiegel TV that the landing gear had failed.', 'landing gear')).toBe('Spiegel TV');
    expect(outletOf('The pilot told Der Spiegel that the landing gear had failed.', 'landing gear')).toBe('Der Spiegel');
  });
  it('a broadcaster by its full name: "KTN" is the Kenya Television Network, "TV Rain" is Dozhd', () => {
    expect(outletOf('Local broadcaster KTN said the toll had reached forty.', 'toll')).toBe('Kenya Television Network');
    expect(outletOf('The director said in an interview with TV Rain that the talks had stalled.', 'talks')).toBe('Dozhd');
  });
  it('Sky Germany, Sky Italia, Téléfoot, France Bleu and Novaya Gazeta Europe (also "Novaja")', () => {
    expect(outletOf('The bid was rejected by the club, Sky Germany said.', 'bid')).toBe('Sky Germany');
    expect(outletOf('Sky Italia reported that the coach would be sacked.', 'coach')).toBe('Sky Italia');
    expect(outletOf('The midfielder told Telefoot that he wanted to leave.', 'wanted to leave')).toBe('Téléfoot');
    expect(outletOf('The minister told France Bleu that an inquiry was under way.', 'inquiry')).toBe('France Bleu');
    expect(outletOf('Novaja Gazeta Europe reported that thousands had left.', 'thousands')).toBe('Novaya Gazeta Europe');
  });
});

describe('media the gazetteer lacked, guarded where the name is also something else', () => {
  it('"the radio station Bio Bio" is Radio Bío-Bío; the Bio Bio region is none', () => {
    expect(outletOf('The mayor told the radio station Bio Bio that dozens of houses had collapsed.', 'houses')).toBe('Radio Bío-Bío');
    expect(run('Heavy rain flooded the Bio Bio region on Monday, officials in the Bio Bio said.').attributions.every((a) => a.outlet === null)).toBe(true);
  });
  it('"the AGI news agency" is Agenzia Giornalistica Italia and "NNI news agency" News Network International; a bare AGI or NNI is none', () => {
    expect(outletOf('The AGI news agency said a second body had been found.', 'second body')).toBe('Agenzia Giornalistica Italia');
    expect(outletOf('The army has said the commander was killed, NNI news agency reported.', 'commander')).toBe('News Network International');
    expect(outletOf('The researchers said AGI was still decades away.', 'decades')).toBeNull();
  });
  it('"the Jus Brasil website" is Jusbrasil', () => {
    expect(outletOf('The court upheld the ruling, according to the Jus Brasil website.', 'ruling')).toBe('Jusbrasil');
  });
});

describe('a listed name inside a longer one, and spellings of listed media', () => {
  it('"the Taipei-based Economic Daily News" is that paper, not the Economic Daily', () => {
    expect(outletOf('Orders were cut by half, the Taipei-based Economic Daily News reported.', 'Orders')).toBe('Economic Daily News');
  });
  it('"MARCA claim C", "Express Sport understands C", "the Al Masdar news agency"', () => {
    expect(outletOf('MARCA claim that the full-back has an offer from Leverkusen.', 'full-back')).toBe('Marca');
    expect(outletOf('Express Sport understands the striker could join a rival.', 'striker')).toBe('Daily Express');
    expect(outletOf('The rebels took the airport, the Beirut-based Al Masdar news agency claimed.', 'airport')).toBe('Al-Masdar News');
  });
});

describe('a listed medium named inside a description', () => {
  it('"the Albanian indexonline.net website wrote" after another medium is Index Online, not the medium before', () => {
    const text = 'State broadcaster RTS said the army had been put on alert. Crowds blocked the town hall entrances, the Albanian indexonline.net website wrote.';
    expect(recordWith(run(text), 'Crowds').outlet).toBe('Index Online');
    expect(recordWith(run(text), 'alert').outlet).toBe('Radio Television of Serbia');
  });
  it('a description that names no medium still refers back to the last medium of its kind', () => {
    const text = 'State broadcaster RTS said the army had been put on alert. Crowds blocked the town hall entrances, the Serbian broadcaster said.';
    expect(recordWith(run(text), 'Crowds').outlet).toBe('Radio Television of Serbia');
  });
});


// The gazetteer's national, regional, Sunday and trade media country by country; North American
// call signs; the names of media the gazetteer lacks ("X news agency" -> "X News Agency", "Tabloid X"
// -> X, «X» -> X). Names that are also words, places or people need a media word. Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

const outletOf = (text: string, needle: string) => recordWith(run(text), needle).outlet;
const noOutlet = (text: string) => run(text).attributions.every((a) => a.outlet === null);

describe('media added country by country are found under their own names', () => {
  it('newspapers of several countries, by verb, "told" and "according to"', () => {
    expect(outletOf('Adresseavisen reported that the harbour master had resigned.', 'harbour master')).toBe('Adresseavisen');
    expect(outletOf('The mayor told Klassekampen that the ferry would be sold.', 'ferry')).toBe('Klassekampen');
    expect(outletOf('According to Aamulehti, the paper mill will close in May.', 'paper mill')).toBe('Aamulehti');
    expect(outletOf('Norwegian daily Bergens Tidende reported that the tunnel was flooded.', 'tunnel')).toBe('Bergens Tidende');
    expect(outletOf('The Daily Ittefaq reported that the launch had capsized.', 'launch')).toBe('The Daily Ittefaq');
    expect(outletOf('Ittefaq reported that the launch had capsized.', 'launch')).toBe('The Daily Ittefaq');
    expect(outletOf('The coach told Przeglad Sportowy that he would stay.', 'would stay')).toBe('Przegląd Sportowy');
    // (a long title of another language is that medium in any frame: its possessive, "published by", a list)
    expect(outletOf('Adresseavisen\'s report said the harbour would close.', 'harbour')).toBe('Adresseavisen');
    expect(outletOf('The harbour will close, according to a report published by Adresseavisen.', 'harbour')).toBe('Adresseavisen');
  });
  it('broadcasters, agencies and trade media', () => {
    expect(outletOf('Qatar TV said the emir had arrived in the capital.', 'emir')).toBe('Qatar TV');
    expect(outletOf('The minister told Radio Nacional de España that the tax would go.', 'tax')).toBe('Radio Nacional de España');
    expect(outletOf('The port was closed for a week, The Loadstar reported.', 'port')).toBe('The Loadstar');
    expect(run('Kommersant and Adresseavisen reported that the port was closed.').attributions.map((a) => a.outlet)).toEqual(['Kommersant', 'Adresseavisen']);
    expect(outletOf('Argus Media reported that cargoes had been diverted.', 'cargoes')).toBe('Argus Media');
    expect(outletOf('The shipowner told Hellenic Shipping News that rates would rise.', 'rates')).toBe('Hellenic Shipping News');
  });
  it('a Sunday or evening paper is a medium of its own, not its weekday sister', () => {
    expect(outletOf('Bild am Sonntag newspaper reported that the minister would resign.', 'minister')).toBe('Bild am Sonntag');
    expect(outletOf('Welt am Sonntag reported that the minister would resign.', 'minister')).toBe('Welt am Sonntag');
    expect(outletOf('The minister resigned, the Sunday Telegraph reported.', 'minister')).toBe('The Sunday Telegraph');
    expect(outletOf('The minister resigned, the Daily Telegraph reported.', 'minister')).toBe('The Telegraph');
    expect(outletOf('Frankfurter Allgemeine Sonntagszeitung reported that the chancellor would travel.', 'chancellor')).toBe('Frankfurter Allgemeine Sonntagszeitung');
    expect(outletOf('Bild reported that the minister would resign.', 'minister')).toBe('Bild');
  });
  it('a name that is also a word, a place, a person or a demonym needs a media word', () => {
    expect(outletOf('Bulgarian weekly Capital reported that the bank would merge.', 'bank')).toBe('Capital');
    expect(noOutlet('Capital reported that the bank would merge.')).toBe(true);
    expect(outletOf('Russian Telegram channel Mash reported that the general was arrested.', 'general')).toBe('Mash');
    expect(noOutlet('Pilgrims arrived in Makkah on Sunday, the ministry said.')).toBe(true);
    expect(noOutlet('The South African government said the talks would resume.')).toBe(true);
    expect(noOutlet('South African officials said the troops had left.')).toBe(true);
    expect(noOutlet('The Namibian president said the border would reopen.')).toBe(true);
    expect(noOutlet('The Witness said he saw the car.')).toBe(true);
    expect(noOutlet('Officials in Hindustan said the dam would open.')).toBe(true);
    expect(noOutlet('Sakshi Malik said she would retire.')).toBe(true);
  });
  it('a name inside a longer name is not that medium ("Japan News Network" is not The Japan News)', () => {
    expect(outletOf('TBS\'s Japan News Network quoted unnamed sources as saying the man was a spy.', 'spy')).toBe('Japan News Network');
  });
});

describe('North American call signs', () => {
  it('a listed station is named as written, with its "-TV" where the text writes it', () => {
    expect(outletOf('WFAA reported that the pilot survived.', 'pilot')).toBe('WFAA');
    expect(outletOf('WFAA-TV reported that the pilot survived.', 'pilot')).toBe('WFAA-TV');
    expect(outletOf('The pilot survived, Dallas station WFAA-TV reported.', 'pilot')).toBe('WFAA-TV');
    expect(outletOf('The bridge will close, KATU said.', 'bridge')).toBe('KATU');
    expect(outletOf('The governor told KOAT that the fire was contained.', 'fire')).toBe('KOAT');
  });
  it('an unlisted call sign reporting content, with a media word, a suffix or a channel number', () => {
    expect(outletOf('KQZX reported Tuesday that the officer had resigned.', 'officer')).toBe('KQZX');
    expect(outletOf('The fire spread overnight, KQZX reported.', 'fire')).toBe('KQZX');
    expect(outletOf('Fort Smith station KQZX reported that two people were injured.', 'injured')).toBe('KQZX');
    expect(outletOf('KQZX-TV said the fire spread overnight.', 'fire')).toBe('KQZX-TV');
    expect(outletOf('WQZB 4 reported that the school was closed.', 'school')).toBe('WQZB 4');
  });
  it('never a bare acronym in prose or another body\'s initials', () => {
    expect(noOutlet('The officer told KQZX that he had resigned.')).toBe(true);
    expect(noOutlet('KFC said sales fell in the quarter.')).toBe(true);
    expect(noOutlet('The KGB reported that the spy had fled.')).toBe(true);
    expect(noOutlet('WWE said the match was cancelled.')).toBe(true);
  });
});

describe('the names of media the gazetteer lacks', () => {
  it('"X news agency" and "the X News Agency" are "X News Agency", or the listed agency of that name', () => {
    expect(outletOf('The state-run Zarova news agency reported that the dam had burst.', 'dam')).toBe('Zarova News Agency');
    expect(outletOf('The attack was claimed by the group, according to the Zarova News Agency.', 'attack')).toBe('Zarova News Agency');
    expect(outletOf('The Zarova News Agency said the group carried out the attack.', 'group')).toBe('Zarova News Agency');
    expect(outletOf('The Houthi-run Saba news agency reported that three people were killed.', 'killed')).toBe('Saba News Agency');
    expect(outletOf('The Fars News agency reported that explosions were heard.', 'explosions')).toBe('Fars News Agency');
    expect(outletOf('The official Xinhua news agency said the flood killed ten.', 'flood')).toBe('Xinhua');
    expect(noOutlet('The European Environment Agency said emissions fell.')).toBe(true);
    expect(noOutlet('A Turkish news agency said the plant was safe.')).toBe(true);
    expect(noOutlet('An Iraqi news agency said the plant was safe.')).toBe(true);
  });
  it('a descriptor opening the sentence is not part of the name', () => {
    expect(outletOf('Tabloid Zarova reported that the man was arrested.', 'arrested')).toBe('Zarova');
    expect(outletOf('Broadcaster Zarova said the talks had stalled.', 'talks')).toBe('Zarova');
    expect(outletOf('Citing police sources, Tabloid Ekstrabladet said the man was arrested.', 'arrested')).toBe('Ekstra Bladet');
    expect(outletOf('Daily Haaretz reported that the talks had stalled.', 'talks')).toBe('Haaretz');
    expect(outletOf('Daily Sabah reported that the talks had stalled.', 'talks')).toBe('Daily Sabah');
    expect(noOutlet('Tabloid journalism is on the rise, the professor said.')).toBe(true);
  });
  it('guillemets around a name do not hide the medium', () => {
    expect(outletOf('A «Reuters» report citing two sources said the deal was close.', 'deal')).toBe('Reuters');
    expect(outletOf('According to «Le Monde», the deal was close.', 'deal')).toBe('Le Monde');
    expect(outletOf('«Le Monde» reported that the deal was close.', 'deal')).toBe('Le Monde');
    expect(outletOf('The deal was close, «Kommersant» reported.', 'deal')).toBe('Kommersant');
    expect(outletOf('"Bild" reported that the deal was close.', 'deal')).toBe('Bild');
    expect(outletOf('‘Le Monde’ reported that the deal was close.', 'deal')).toBe('Le Monde');
    expect(outletOf('The minister told «Izvestia» that the deal was close.', 'deal')).toBe('Izvestia');
    expect(outletOf('The deal is close, the minister told «Izvestia».', 'deal')).toBe('Izvestia');
    expect(outletOf('The minister told „Bild“ that the deal was close.', 'deal')).toBe('Bild');
  });
});

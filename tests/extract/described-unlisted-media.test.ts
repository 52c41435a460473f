// A medium the gazetteer lacks, named after its media noun ("the newspaper El Heraldo de Chiapas", "local
// newspaper Expreso"), is a medium a later "the publication said" can refer back to; a Romance "de" carries a
// listed name on into a longer one; listed names written otherwise ("Ansa news agency", "U.S.-based Newsweek",
// "CNN Espanol", "the Anatolia news agency") and shared initials read by the story's country ("APA" in Vienna
// or in Baku, "Spain's ABC newspaper"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { outletAndSpeakerOf, run } from './helpers.js';

const outletOf = (text: string) => run(text).attributions.map((a) => a.outlet);

describe('an unlisted medium named after its media noun', () => {
  it('is what "the publication" refers back to', () => {
    expect(outletOf('A reporter for the newspaper La Voz de Tumbes in northern Peru was shot dead on Friday, the publication said.')).toEqual(['La Voz de Tumbes']);
    expect(outletAndSpeakerOf('The fire started in the kitchen of the weekly Gazeta Norte, which employs ten people. The paper said the damage was limited.', 'damage was limited'))
      .toEqual(['Gazeta Norte', null]);
  });
  it('not a demonym or a weekday after the media noun', () => {
    expect(outletOf('The weekly German publication Stern reported that the deal was signed.')).toEqual(['Stern']);
    expect(outletOf('The plant will close, the newspaper On Monday said.')).not.toContain('On Monday');
  });
});

describe('a listed name carried on by a Romance "de"', () => {
  it('is a longer, unlisted name', () => {
    expect(outletOf('The mayor resigned on Friday, El Heraldo de Chiapas reported.')).not.toContain('El Heraldo');
    expect(outletOf('The mayor resigned on Friday, El Heraldo reported.')).toEqual(['El Heraldo']);
  });
});

describe('listed names written otherwise', () => {
  it('a capitals-only name written as a word before "news agency"', () => {
    expect(outletOf('A magnitude 3.4 earthquake was recorded near Naples, Ansa news agency reported.')).toEqual(['ANSA']);
  });
  it('a place-based modifier with dots before the name', () => {
    expect(outletOf('Swiss authorities were looking into the payments, U.S.-based Newsweek had reported.')).toEqual(['Newsweek']);
  });
  it('other spellings of listed media', () => {
    expect(outletOf('One passenger walked to a nearby village for help, the Anatolia news agency reported.')).toEqual(['Anadolu Agency']);
    expect(outletOf('CNN Espanol also reported that the request involved a government document.')).toEqual(['CNN en Español']);
  });
});

describe("shared initials read by the story's country", () => {
  it('APA in Vienna and in Baku', () => {
    expect(outletOf('Two people were arrested near Vienna on Tuesday, according to the APA news agency.')).toEqual(['Austria Presse Agentur']);
    expect(outletOf('He was taken to Baku, Azerbaijan. "He was handed over to the state bodies," the APA news agency quoted the service as saying.')).toEqual(['Azeri Press Agency']);
  });
  it("Spain's ABC", () => {
    expect(outletOf("The lists have appeared before in Spain, a correspondent for Spain's ABC newspaper said.")).toEqual(['ABC (Spain)']);
  });
});

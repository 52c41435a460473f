// A medium named inside the speaker's noun phrase: its people ("Reuters witnesses", "an AFP
// photographer", "one of the Bloomberg reporters") and its sources ("Pentagon sources for Politico")
// speak through it, so the medium is the outlet.
import { describe, expect, it } from 'vitest';
import { outletAndSpeakerOf } from './helpers.js';

describe('"<Medium> witnesses/reporters/producer said C"', () => {
  it('a plural staff noun with no article, and with a numeral and a place after it', () => {
    expect(outletAndSpeakerOf('Reuters witnesses said the bridge had been closed by soldiers.', 'bridge')).toEqual(['Reuters', 'Reuters witnesses']);
    expect(outletAndSpeakerOf('Two Reuters witnesses near the market said the bridge had been closed.', 'bridge')).toEqual(['Reuters', 'Two Reuters witnesses near the market']);
  });
  it('a singular staff noun after an article, with a place or a relative clause after it', () => {
    expect(outletAndSpeakerOf('A CNN producer said the convoy had turned back at the border.', 'convoy')[0]).toBe('CNN');
    expect(outletAndSpeakerOf('A BBC correspondent in the capital said gunfire could be heard all night.', 'gunfire')[0]).toBe('BBC');
    expect(outletAndSpeakerOf('A Bloomberg reporter who covered the talks said the deal was close.', 'deal')[0]).toBe('Bloomberg');
  });
  it('"one of the <Medium> reporters", "several <Medium> reporters"', () => {
    expect(outletAndSpeakerOf('One of the Reuters witnesses said the bridge had been closed.', 'bridge')[0]).toBe('Reuters');
    expect(outletAndSpeakerOf('Several Bloomberg reporters wrote that the deal was close.', 'deal')[0]).toBe('Bloomberg');
  });
  it('people who do not speak for the medium: a former producer, a viewer, a company\'s staff', () => {
    expect(outletAndSpeakerOf('A former CNN producer said the network had ignored the warnings.', 'warnings')[0]).toBeNull();
    expect(outletAndSpeakerOf('A BBC viewer said the programme had been cut.', 'programme')[0]).toBeNull();
    expect(outletAndSpeakerOf('Apple engineers said the phone would be delayed.', 'phone')[0]).toBeNull();
  });
});

describe('"<sources> for|of <Medium> said C"', () => {
  it('sources for a medium: the medium reports, the sources speak', () => {
    expect(outletAndSpeakerOf('Pentagon sources for Politico said the general would retire.', 'general')).toEqual(['Politico', 'Pentagon sources']);
    expect(outletAndSpeakerOf('White House sources for the Guardian said the plan had been dropped.', 'plan')).toEqual(['The Guardian', 'White House sources']);
    expect(outletAndSpeakerOf('A source for the Times said the minister would resign.', 'minister')).toEqual(['The Times', 'A source']);
  });
  it('"a source of <Medium> in <place>": where the source sits is not part of the medium', () => {
    expect(outletAndSpeakerOf('A source of Interfax in the security services said the suspects had been armed.', 'suspects')).toEqual(['Interfax', 'A source']);
  });
  it('sources for a body that is no medium', () => {
    expect(outletAndSpeakerOf('Sources for the government said the plan had been dropped.', 'plan')[0]).toBeNull();
    expect(outletAndSpeakerOf('A source close to the player said he would stay.', 'stay')[0]).toBeNull();
  });
});

describe('"<title with medium>, <Name>, said C": a journalist\'s title in apposition before the name', () => {
  it('the medium of the title: possessive, referred back to, or after "for"', () => {
    expect(outletAndSpeakerOf("The Guardian's correspondent, Jane Roe, reported that the border was closed.", 'border')).toEqual(['The Guardian', 'Jane Roe']);
    expect(outletAndSpeakerOf("The BBC's Moscow correspondent, Jane Roe, said the border was closed.", 'border')).toEqual(['BBC', 'Jane Roe']);
    expect(outletAndSpeakerOf("The Guardian sent a reporter. The paper's correspondent, Jane Roe, reported that the border was closed.", 'border')[0]).toBe('The Guardian');
    expect(outletAndSpeakerOf('A correspondent for the Guardian, Jane Roe, reported that the border was closed.', 'border')[0]).toBe('The Guardian');
  });
  it('a title that is no journalist\'s, or a journalist of no medium', () => {
    expect(outletAndSpeakerOf("The army's spokesman, John Smith, said the border was closed.", 'border')[0]).toBeNull();
    expect(outletAndSpeakerOf("The company's lawyer, Jane Roe, said the claims were false.", 'claims')[0]).toBeNull();
    expect(outletAndSpeakerOf('A freelance journalist, Jane Roe, said the border was closed.', 'border')[0]).toBeNull();
  });
});

describe('"sources at M", "a source inside M": the medium\'s people', () => {
  it('speak through the medium, named in the gazetteer or described by its kind', () => {
    expect(outletAndSpeakerOf('According to sources at the BBC, the presenter will leave in May.', 'presenter')).toEqual(['BBC', 'sources at the BBC']);
    expect(outletAndSpeakerOf('According to sources at the Novaya Zarya television channel, the raid was linked to the sale.', 'raid')).toEqual(['Novaya Zarya', 'sources at the Novaya Zarya television channel']);
  });
  it('sources at a body that is no medium stay speakers only', () => {
    expect(outletAndSpeakerOf('According to sources at the ministry, the raid was linked to the sale.', 'raid')).toEqual([null, 'sources at the ministry']);
  });
});

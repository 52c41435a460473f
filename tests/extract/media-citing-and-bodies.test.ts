// A medium named with the source it cites in its subject ("ARY citing sources reported"), a medium's source
// ("a Reuters source"), a medium reporting what another medium said, initials shared by two countries' agencies,
// names with a day ("The Mail on Sunday"); and bodies that are no media ("the border agency", "Azerbaijan's
// Defense Ministry"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a medium and the source it cites, in one subject', () => {
  it('"M citing sources reported", "M with reference to four sources"', () => {
    expect(rows('ARY citing sources reported that the former minister would be arrested.')).toEqual([['ARY News', 'sources', 'the former minister would be arrested']]);
    expect(rows('According to the Financial Times with reference to two officials, the general will be replaced.')).toEqual([['Financial Times', 'two officials', 'the general will be replaced']]);
  });
  it('"a Reuters source", "a Kyiv Independent source in the ministry"', () => {
    expect(rows('A Reuters source said the deal was off.')).toEqual([['Reuters', 'A Reuters source', 'the deal was off']]);
    expect(rows('A Kyiv Independent source in the ministry confirmed that the general was dismissed.')[0]?.[0]).toBe('The Kyiv Independent');
  });
  it('"with the news agency reporting C"', () => {
    expect(rows('Two ministers will sue Bloomberg over the story, with the news agency reporting that they had bought houses.').at(-1)).toEqual(['Bloomberg', null, 'they had bought houses']);
  });
  it('a medium reports what another medium said: the reporting media are the outlets, the other the speaker', () => {
    expect(rows('State TV channel Khabar 24 said 30 people were hurt, news agencies Tass and Sputnik reported.')).toEqual([
      ['TASS', 'State TV channel Khabar 24', '30 people were hurt'],
      ['Sputnik', 'State TV channel Khabar 24', '30 people were hurt'],
    ]);
  });
});

describe('names', () => {
  it('"APA" in a story set in Azerbaijan is the Azeri Press Agency', () => {
    expect(rows('He was brought to Baku by border guards, APA reported. Azerbaijan has not commented.')[0]?.[0]).toBe('Azeri Press Agency');
    expect(rows('The chancellor will resign, APA reported from Vienna. Austria votes in May.')[0]?.[0]).toBe('Austria Presse Agentur');
  });
  it('"Trend reported", "The Scottish Sun reports", "Mail on Sunday writes", "VOA’s sister outlet RFE/RL"', () => {
    expect(rows('Trend reported that the two sides had agreed to a ceasefire.')[0]?.[0]).toBe('Trend News Agency');
    expect(rows('The Scottish Sun reports the protection has been withdrawn.')[0]?.[0]).toBe('The Scottish Sun');
    expect(rows('Mail on Sunday writes that the minister had lost faith.')[0]?.[0]).toBe('The Mail on Sunday');
    expect(rows('According to VOA’s sister outlet Radio Free Europe/Radio Liberty, the reporter was detained.')[0]?.[0]).toBe('Radio Free Europe/Radio Liberty');
  });
});

describe('bodies that are no media', () => {
  it('"the border agency", "the space agency" after a medium was named', () => {
    expect(rows('Sputnik reported on the clashes. The guards fired back, the border agency said.').at(-1)?.[0]).toBeNull();
  });
  it('a state’s ministry, named with its state', () => {
    expect(rows('Azerbaijan’s Defense Ministry reported that the border was quiet.')[0]?.[0]).toBeNull();
    expect(rows('Syria’s Halab News Agency reported that the road was closed.')[0]?.[0]).toBe('Halab News Agency');
  });
});

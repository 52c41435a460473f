// What a medium's journalist saw or heard ("An AFP reporter saw C"), a source set off by dashes ("reported –
// citing unnamed sources – C"), "told X Name now does" without "that", a figure put in quotation marks, and a place
// described after the frame that closes the sentence. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.cue, a.claim]);

describe('a journalist who saw, heard or counted', () => {
  it('is the medium\'s witness', () => {
    expect(rows('An AFP reporter saw trucks loaded with sandbags drive towards the bridge.'))
      .toEqual([['Agence France-Presse', 'An AFP reporter', 'saw', 'trucks loaded with sandbags drive towards the bridge']]);
    expect(rows('A Reuters photographer witnessed about twenty people queueing outside the bank.'))
      .toEqual([['Reuters', 'A Reuters photographer', 'witnessed', 'about twenty people queueing outside the bank']]);
    expect(rows('A correspondent for the BBC counted at least 12 burnt-out cars on the road.'))
      .toEqual([['BBC', 'A correspondent for the BBC', 'counted', 'at least 12 burnt-out cars on the road']]);
  });
  it('anyone else seeing or hearing states nothing', () => {
    expect(rows('Residents saw smoke rising from the depot.')).toEqual([]);
    expect(rows('The farmer heard a loud bang before dawn.')).toEqual([]);
  });
});

describe('a source between dashes', () => {
  it('is the medium\'s source and no part of the claim', () => {
    expect(rows('The Daily Courier reported – citing unnamed aides – the minister would resign within days.'))
      .toEqual([['Daily Courier', 'unnamed aides', 'reported', 'the minister would resign within days']]);
  });
});

describe('other shapes', () => {
  it('"told X Name now does": a name and a present verb without "that"', () => {
    expect(rows('Aides told Reuters Ortega now works from home most days.'))
      .toEqual([['Reuters', 'Aides', 'told', 'Ortega now works from home most days']]);
  });
  it('a figure in quotation marks, with its unit', () => {
    expect(rows('The state news agency put the turnout at “38 percent” of registered voters.').map((r) => r[3]))
      .toEqual(['the turnout at “38 percent”']);
  });
  it('a place after the frame, then its description', () => {
    expect(rows('“We will find who did this,” the mayor told Reuters in his office, located in the old town hall.'))
      .toEqual([['Reuters', 'the mayor', 'told', 'We will find who did this']]);
  });
});

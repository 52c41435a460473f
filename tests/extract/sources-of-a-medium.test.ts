// Unnamed sources who spoke to a medium keep speaking through it: "Sources told M C1. ... A source said C2",
// "senior party sources say C3", "one source said C4" carry M, as long as no other medium reported in between
// and no unnamed source spoke there without one. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const outlets = (text: string) => run(text).attributions.map((a) => [a.speaker, a.outlet]);

describe('sources of a medium, described again', () => {
  it('an indefinite or bare description of sources after "Sources told M"', () => {
    const text =
      'Sources told The Globe and Mail the plan had been shelved in March. ' +
      '"We were never consulted," the mayor said. ' +
      'In an interview with The Globe and Mail, the premier said the city would be compensated. ' +
      'But senior party sources say the cabinet was divided. ' +
      '"Nobody wanted to take the blame," one source said. ' +
      'A source added the decision could still be reversed.';
    expect(outlets(text)).toEqual([
      ['Sources', 'The Globe and Mail'],
      ['the mayor', null],
      ['the premier', 'The Globe and Mail'],
      ['senior party sources', 'The Globe and Mail'],
      ['one source', 'The Globe and Mail'],
      ['A source', 'The Globe and Mail'],
    ]);
  });
  it('another medium reporting in between leaves the sources unplaced', () => {
    const text =
      'The two banks have held talks, sources told Reuters. ' +
      'The Financial Times reported that a fund had made a bid. ' +
      'A source said the fund was the favourite.';
    expect(outlets(text).at(-1)).toEqual(['A source', null]);
  });
  it('unnamed people speaking on their own in between leave the sources unplaced', () => {
    const text =
      'The two banks have held talks, sources told Reuters. ' +
      'Two people briefed on the talks said a deal was close. ' +
      'A source said the fund was the favourite.';
    expect(outlets(text).at(-1)).toEqual(['A source', null]);
  });
  it('a source who spoke with no medium at first has none later', () => {
    const text = 'A source said the talks had stalled. The minister told Reuters he was hopeful. A source said the fund was the favourite.';
    expect(outlets(text).at(-1)).toEqual(['A source', null]);
  });
});

describe('an unnamed person a medium spoke to, referred to again', () => {
  it('"he said" after "A police official told PTI"', () => {
    const text = 'A police official told PTI that the move followed information about militants. “One militant is believed to have been killed,” he said.';
    expect(outlets(text)).toEqual([['A police official', 'Press Trust of India'], ['A police official', 'Press Trust of India']]);
  });
  it('"the source at the hospital" after "a medical source told AFP"', () => {
    const text = 'Two people were killed, a medical source told Agence France-Presse. The source at the Quds Military Hospital said the wounded had been brought in.';
    expect(outlets(text).at(-1)).toEqual(['The source at the Quds Military Hospital', 'Agence France-Presse']);
  });
  it('a named person who told a medium speaks on without it in a later paragraph', () => {
    const text = 'Jane Roe told PTI that the move followed a tip.\n\n“We acted quickly,” she said.';
    expect(outlets(text).at(-1)).toEqual(['Jane Roe', null]);
  });
});

describe('a source referred back to with what it is close to', () => {
  it('"the official close to the regime" after "an official close to the regime told AFP"', () => {
    const text = 'The strike hit a depot, an official close to the regime told Agence France-Presse. The official close to the regime said the army would respond.';
    expect(outlets(text).at(-1)).toEqual(['The official close to the regime', 'Agence France-Presse']);
  });
});

describe('sources after a medium cited people familiar with the matter', () => {
  it('"sources said" later keeps the medium that cited them', () => {
    const text = 'The two firms are in merger talks, the Wall Street Journal reported, citing people familiar with the matter.\n\nThe deal could be announced next week. But the price has not been agreed, sources said.';
    expect(outlets(text).at(-1)).toEqual(['sources', 'The Wall Street Journal']);
  });
  it('not when the medium cited a named person', () => {
    const text = 'The two firms are in merger talks, the Wall Street Journal reported, citing John Roe.\n\nThe deal could be announced next week. But the price has not been agreed, sources said.';
    expect(outlets(text).at(-1)).toEqual(['sources', null]);
  });
});

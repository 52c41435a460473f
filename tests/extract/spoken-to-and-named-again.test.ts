// A medium spoken to, then how or where ("a resident who spoke to AFP by phone"); an initialism's full stop inside
// an inverted speaker ("said the U.S. envoy") and not a clause's end ("said the U.S. company had ..."); a short name
// that needs a media word, once the article has named that medium ("the Bahrain News Agency ... BNA said"); Sunday
// titles as media of their own; a demonym before a lower-case media word describes a medium and names none
// ("Namibian radio reported" is not The Namibian). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a medium spoken to, then how or where', () => {
  it('after "who spoke to"', () => {
    expect(rows('The army moved two tanks, according to a farmer who spoke to AFP via telephone from the valley.'))
      .toEqual([['Agence France-Presse', 'a farmer', 'The army moved two tanks']]);
    expect(rows('A farmer who spoke to Reuters by phone said the army moved two tanks.'))
      .toEqual([['Reuters', 'A farmer', 'the army moved two tanks']]);
  });
  it('the longest name before the adjunct', () => {
    expect(rows('Two aides who spoke to the Mail on Sunday on Friday said the talks had stalled.'))
      .toEqual([['The Mail on Sunday', 'Two aides', 'the talks had stalled']]);
  });
  it('not a person at the medium', () => {
    expect(rows('Aides who spoke to the head of the network on Friday said the talks had stalled.').map((r) => r[0])).toEqual([null]);
  });
});

describe('initialisms after an inverted verb', () => {
  it('inside the speaker', () => {
    expect(rows('"We will sign," said the U.S. envoy.')).toEqual([[null, 'the U.S. envoy', 'We will sign']]);
  });
  it('inside the content after a subject set off by a source', () => {
    const text = 'The Times covered the bid. The paper, citing two bankers, said the U.S. firm had raised its offer.';
    expect(rows(text).at(-1)).toEqual(['The Times', 'two bankers', 'the U.S. firm had raised its offer']);
  });
});

describe('a short name once the article has named its medium', () => {
  it('an initialism that needs a media word', () => {
    const text = 'A bridge was closed, the Bahrain News Agency said. Two roads reopened later, BNA said.';
    expect(run(text).attributions.map((a) => [a.outlet, a.outletMention])).toEqual([
      ['Bahrain News Agency', 'the Bahrain News Agency'],
      ['Bahrain News Agency', 'BNA'],
    ]);
  });
  it('not before the article names it', () => {
    expect(rows('Two roads reopened later, BNA said.').map((r) => r[0])).toEqual([null]);
  });
});

describe('Sunday titles and demonyms', () => {
  it('a Sunday title is its own medium', () => {
    const text = 'The firm was in talks, The Independent on Sunday said. The newspaper said the price was high.';
    expect(run(text).attributions.map((a) => a.outlet)).toEqual(['The Independent on Sunday', 'The Independent on Sunday']);
  });
  it('a demonym before a lower-case media word names no listed paper', () => {
    for (const text of ['The minister resigned, Namibian radio reported.', 'The minister resigned, South African radio reported.']) {
      expect(run(text).attributions.map((a) => a.outlet)).not.toContain('The Namibian');
      expect(run(text).attributions.map((a) => a.outlet)).not.toContain('The South African');
    }
    expect(run('The minister resigned, The Namibian newspaper reported.').attributions.map((a) => a.outlet)).toEqual(['The Namibian']);
  });
});

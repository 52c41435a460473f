// Times and datelines around a frame ("This Tuesday morning, M reported", "told M at 7:50 p.m. that C", "M in July
// 2015 reported", "CITY (Site / Agency - date) C"), a long body's name as a trailing subject, a medium's people and
// reports named again ("two interlocutors of the publication", "the Dec 12 story"), and quotations that open with
// questions or an ellipsis. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('times and datelines', () => {
  it('"This Tuesday morning," opens the sentence before its subject', () => {
    expect(rows('This Tuesday morning, the Indian agency ANI reported that the plane had taken off again.')).toEqual([['Asian News International', null, 'the plane had taken off again']]);
  });
  it('an hour after the medium told', () => {
    expect(rows('The spokesman told the Kyiv Independent at 7:50 p.m. on Jan. 29 that the general was not dismissed.')).toEqual([['The Kyiv Independent', 'The spokesman', 'the general was not dismissed']]);
  });
  it('a month and year between a medium and its verb', () => {
    expect(rows('The Guardian in July 2015 reported that the navy had ordered three submarines.')).toEqual([['The Guardian', null, 'the navy had ordered three submarines']]);
  });
  it('a dateline with a bracketed credit is no part of the claim', () => {
    expect(rows('OSH (Local News / Sputnik - 2nd May, 2021) Shots were fired on the border, the border service told Sputnik.')).toEqual([['Sputnik', 'the border service', 'Shots were fired on the border']]);
  });
  it('a long body’s name as the subject of a trailing frame', () => {
    expect(rows('Shots were fired on the border, the Border Guard Service of the State Committee for National Security of the Republic told Sputnik.')[0]?.[0]).toBe('Sputnik');
  });
});

describe('a medium’s people and reports named again', () => {
  it('"two interlocutors of the publication"', () => {
    expect(rows('The Financial Times reported the plan. Two interlocutors of the publication added that the general refused another post.').at(-1)).toEqual(['Financial Times', 'Two interlocutors', 'the general refused another post']);
  });
  it('"the Dec 12 story", "the Sunday report"', () => {
    expect(rows('Bloomberg published a story on mansions. The Dec 12 story said that the minister had sold one of the homes.').at(-1)?.[0]).toBe('Bloomberg');
  });
  it('"also M citing sources reported"', () => {
    expect(rows('Also Dawn newspaper citing sources reported that the government had a plan.')).toEqual([['Dawn', 'sources', 'the government had a plan']]);
  });
});

describe('quotations', () => {
  it('questions before a statement: the statement is the claim', () => {
    expect(rows('“Where do they get such news? It is not true,” the deputy police chief said.')[0]?.[2]).toBe('It is not true');
    expect(rows('"Is it true?" he said.')[0]?.[2]).toBe('Is it true?');
  });
  it('an ellipsis ends the first sentence of a quotation', () => {
    expect(rows('“We are not a province… We have our own laws and language,” the party leader told Reuters.')[0]?.[2]).toBe('We are not a province…');
  });
});

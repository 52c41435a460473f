// The sentence that names a deal's sides: more ways of saying two parties are making a deal.
import { describe, expect, it } from 'vitest';
import { claimActors } from './helpers.js';

describe('the sides of a deal', () => {
  it('come from "in advanced talks to be acquired by"', () => {
    const text = 'Orbis Media is in "advanced talks" to be acquired by Larkspur Holdings, a newspaper said. A deal could be announced on Monday, the paper said.';
    expect(claimActors(text, 'A deal could be announced on Monday', null)).toEqual(['Orbis Media', 'Larkspur Holdings']);
  });

  it('come from "announced a truce" between two states, for a claim about the ceasefire', () => {
    const text = 'Armenia and Azerbaijan announced a three-day truce on Sunday. Officials said the ceasefire was holding.';
    expect(claimActors(text, 'the ceasefire was holding', 'Officials')).toEqual(['Armenia', 'Azerbaijan']);
  });

  it('come from "are merging", for a claim about the deal', () => {
    const text = 'Northwind Airlines and Bellhaven Airways are merging, people familiar with the matter said. One of them said the deal would close in June.';
    expect(claimActors(text, 'the deal would close in June', 'One of them')).toEqual(['Northwind Airlines', 'Bellhaven Airways']);
  });

  it('cover "the transaction" once the article names a deal', () => {
    const text = 'Quarry Foods agreed to buy Delmont Dairy Company for $2 billion. Analysts said the transaction would face antitrust scrutiny.';
    expect(claimActors(text, 'the transaction would face antitrust scrutiny', 'Analysts')).toEqual(['Quarry Foods', 'Delmont Dairy Company']);
  });

  it('are nobody when the article names no deal', () => {
    const text = 'Quarry Foods opened a plant in Ohio. Analysts said the transaction costs were high.';
    expect(claimActors(text, 'the transaction costs were high', 'Analysts')).toEqual([]);
  });
});

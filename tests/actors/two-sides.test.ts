// "the two sides", "both sides", "the sides": the two states a story is about.
import { describe, expect, it } from 'vitest';
import { claimActors } from './helpers.js';

describe('the two sides', () => {
  it('are the two states the article names most, not a third one named last', () => {
    const text = 'Chile and Peru resumed border talks on Monday. Chile wants a new survey; Peru has refused one. ' +
      'Peru accused Chile of delay. The talks were held in Brazil. Officials said the two sides would meet again in May.';
    expect(claimActors(text, 'the two sides would meet again in May', 'Officials').sort()).toEqual(['Chile', 'Peru']);
  });

  it('are the two states its sentence names before it', () => {
    const text = 'Norway hosted the meeting. Norway said it urged Ghana and Togo to settle, with concessions from both sides.';
    expect(claimActors(text, 'it urged Ghana and Togo to settle, with concessions from both sides', 'Norway').sort()).toEqual(['Ghana', 'Norway', 'Togo']);
  });

  it('are read uncounted only as "the sides"', () => {
    const text = 'Fighting between Armenia and Azerbaijan flared. Armenia blamed Azerbaijan. A mediator said the sides agreed to a truce.';
    expect(claimActors(text, 'the sides agreed to a truce', 'A mediator').sort()).toEqual(['Armenia', 'Azerbaijan']);
  });

  it('of a border are a place, not two states', () => {
    const text = 'Kenya and Somalia closed the crossing. Kenya blamed Somalia. A trader said traffic on both sides of the border had stopped.';
    expect(claimActors(text, 'traffic on both sides of the border had stopped', 'A trader')).toEqual([]);
  });
});

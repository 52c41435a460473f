// A capital named as a city (not standing for its state) under its reference name: "Washington" -> "Washington, D.C.".
import { describe, expect, it } from 'vitest';
import { claimActors } from './helpers.js';

describe('Washington as a city', () => {
  it('is Washington, D.C.', () => {
    const text = 'Aides said the senator had spent the weekend in Washington.';
    expect(claimActors(text, 'the senator had spent the weekend in Washington', 'Aides')).toEqual(['Washington, D.C.']);
  });

  it('is still the United States where it acts', () => {
    const text = 'Diplomats said Washington rejected the proposal.';
    expect(claimActors(text, 'Washington rejected the proposal', 'Diplomats')).toEqual(['United States']);
  });
});

// "<State>'s foreign ministry said": the state speaks through its ministry; a demonym only describes the ministry.
import { describe, expect, it } from 'vitest';
import { claimActors } from './helpers.js';

describe('a ministry after a possessive state', () => {
  it('brings its state', () => {
    const text = "Peru's foreign ministry said the envoy had been recalled for consultations.";
    expect(claimActors(text, 'the envoy had been recalled for consultations', "Peru's foreign ministry")).toEqual(['Ministry of Foreign Affairs (Peru)', 'Peru']);
  });

  it('but not after a demonym', () => {
    const text = 'The Peruvian foreign ministry said the envoy had been recalled for consultations.';
    expect(claimActors(text, 'the envoy had been recalled for consultations', 'The Peruvian foreign ministry')).toEqual(['Ministry of Foreign Affairs (Peru)']);
  });
});

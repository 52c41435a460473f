// Armed forces under their reference names where these are not "<Demonym> Armed Forces".
import { describe, expect, it } from 'vitest';
import { claimActors } from './helpers.js';

describe('armed forces', () => {
  it('of Taiwan are the Republic of China Armed Forces', () => {
    const text = 'Analysts said the Taiwanese military had moved radar units to the coast.';
    expect(claimActors(text, 'the Taiwanese military had moved radar units to the coast', 'Analysts')).toEqual(['Republic of China Armed Forces']);
  });

  it('are named after the state, not its demonym, where reference works do so', () => {
    const text = 'A spokesman said Cameroonian troops and the Ghanaian military would train together.';
    expect(claimActors(text, 'Cameroonian troops and the Ghanaian military would train together', 'A spokesman')).toEqual(['Cameroon Armed Forces', 'Ghana Armed Forces']);
  });

  it('after a possessive state too', () => {
    const text = "Officials said Armenia's military had pulled back from the ridge.";
    expect(claimActors(text, "Armenia's military had pulled back from the ridge", 'Officials')).toContain('Armed Forces of Armenia');
  });
});

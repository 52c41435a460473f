// Provinces listed before their plural unit keep the reference name the gazetteer gives them.
import { describe, expect, it } from 'vitest';
import { lastSentence } from './helpers.js';

describe('known provinces before "provinces"', () => {
  it('go by their bare names where reference works name them so (China)', () => {
    expect(lastSentence('Rain fell for a week. Floods hit farms in Anhui and Hubei provinces.')).toEqual(['Anhui', 'Hubei']);
  });

  it('go by their names with the unit where reference works name them so (Mozambique)', () => {
    expect(lastSentence('The cyclone moved inland. It flattened homes in Sofala and Manica provinces.')).toEqual(['Sofala Province', 'Manica Province']);
    expect(lastSentence('The cyclone moved inland. Officials counted 48 deaths in Sofala.')).toEqual(['Sofala Province']);
  });

  it('leave unknown names to the unit', () => {
    expect(lastSentence('The storm moved west. It hit Korvala and Lumeth provinces hardest.')).toEqual(['Korvala Province', 'Lumeth Province']);
  });
});

// A town's short name ("Rio") in an article about a known company named with that word is the company.
import { describe, expect, it } from 'vitest';
import { lastSentence } from './helpers.js';

describe('a short name shared by a town and a known company', () => {
  it('is the company the article names in full', () => {
    expect(lastSentence('Rio Tinto agreed to sell a coal mine on Friday. Analysts said Rio had paid too much for it.')).toEqual(['Rio Tinto']);
  });

  it('is the town in an article about no such company', () => {
    expect(lastSentence('Carnival opened on Friday. Crowds filled the streets of Rio.')).toEqual(['Rio de Janeiro']);
  });

  it('never turns a demonym into a company', () => {
    expect(lastSentence('Saudi Aramco raised prices. Officials said the Saudi government had approved the rise.')).toEqual(['Saudi Arabia']);
  });
});

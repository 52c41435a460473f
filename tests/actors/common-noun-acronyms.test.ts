// An acronym the article spells out with lower-case words is a common noun's, not an actor's.
import { describe, expect, it } from 'vitest';
import { lastSentence } from './helpers.js';

describe('an acronym of lower-case words', () => {
  it('names no actor where it is defined, nor later', () => {
    expect(lastSentence('Greece objected on Monday. Greece said the exclusive economic zone (EEZ) was its own.')).toEqual(['Greece']);
    expect(lastSentence('Greece said the exclusive economic zone (EEZ) was its own. Turkey said the EEZ was drawn wrongly.')).toEqual(['Turkey']);
  });

  it('is still an actor when it spells a name', () => {
    expect(lastSentence('Officials met on Monday. The World Food Programme (WFP) said the WFP needed funds.')).toEqual(['World Food Programme']);
  });

  it('is still an actor when the words before it do not spell it', () => {
    expect(lastSentence('Voters went to the polls. The ruling party (AKP) said it had won.')).toEqual(['Justice and Development Party (Turkey)']);
  });

  it('leaves public offerings and carbon dioxide out', () => {
    expect(lastSentence('Orbis Media plans to list shares. Bankers said the IPO would raise $2 billion.')).toEqual([]);
  });
});

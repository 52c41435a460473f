// "the envoy", "the journalist", "the politician": the one person the article introduces with that role
// noun, before the name or in an apposition after it; not with two such people, nor "the envoy of" another.
import { describe, expect, it } from 'vitest';
import { lastSentence } from './helpers.js';

describe('a role noun standing for the person introduced with it', () => {
  it('is the person named after the role or with it in an apposition', () => {
    expect(lastSentence('Veteran envoy Marta Kowalczyk resigned on Friday. Colleagues said the envoy had been unwell.')).toEqual(['Marta Kowalczyk']);
    expect(lastSentence('Ion Rusu, a local journalist, was held for a week. His editor said the journalist had done nothing wrong.')).toEqual(['Ion Rusu']);
  });

  it('not when two people share the role, nor "the envoy of" someone', () => {
    expect(lastSentence('Envoy Marta Kowalczyk met envoy Piotr Nowak in Vienna. Aides said the envoy left early.')).toEqual([]);
    expect(lastSentence('Veteran envoy Marta Kowalczyk resigned. Aides said the envoy of the league would stay on.')).toEqual([]);
  });
});

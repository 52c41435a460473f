// Speaker attributions and claim spans probed with sentences written for these tests:
// clauses without "that" after verbs that usually take one, thousands separators inside subjects.
import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

describe('content clauses without "that"', () => {
  it('a counted or quantified subject opens the clause', () => {
    expect(brief(run('Police confirmed two men had been arrested.'))).toEqual([{ outlet: null, speaker: 'Police', claim: 'two men had been arrested' }]);
    expect(brief(run('The ministry revealed nearly 40 officials were under investigation.'))).toEqual([{ outlet: null, speaker: 'The ministry', claim: 'nearly 40 officials were under investigation' }]);
    expect(brief(run('The coroner confirmed 12 bodies had been recovered.'))).toEqual([{ outlet: null, speaker: 'The coroner', claim: '12 bodies had been recovered' }]);
  });

  it('a do-auxiliary with "not" is a finite verb', () => {
    expect(brief(run('She noted the figures did not include private schools.'))).toEqual([{ outlet: null, speaker: 'She', claim: 'the figures did not include private schools' }]);
  });

  it('a plural subject and a present-tense verb take a clause', () => {
    expect(brief(run('Prosecutors allege the suspect fled the country in May.'))).toEqual([{ outlet: null, speaker: 'Prosecutors', claim: 'the suspect fled the country in May' }]);
    expect(brief(run('Economists predict inflation will ease by the summer.'))).toEqual([{ outlet: null, speaker: 'Economists', claim: 'inflation will ease by the summer' }]);
    expect(brief(run('Critics contend the law is unconstitutional.'))).toEqual([{ outlet: null, speaker: 'Critics', claim: 'the law is unconstitutional' }]);
  });

  it('a noun object is still no claim', () => {
    for (const text of ['Officials estimate the damage at several million.', 'Analysts predict a slow recovery.', 'Workers contend with long hours.']) {
      expect(run(text).attributions, text).toEqual([]);
    }
  });
});

describe('numbers inside a subject', () => {
  it('a thousands separator does not cut the subject', () => {
    expect(brief(run('The company, which employs 3,000 people, said it would close the plant.'))).toEqual([{ outlet: null, speaker: 'The company', claim: 'it would close the plant' }]);
    expect(brief(run('The charity, which has 12,500 volunteers, warned that demand was rising.'))).toEqual([{ outlet: null, speaker: 'The charity', claim: 'demand was rising' }]);
  });

  it('a conjunction before a short subject starts that subject', () => {
    const r = brief(run('More than 10,000 people attended, organisers said, though police put the figure at 4,000.'));
    expect(r).toContainEqual({ outlet: null, speaker: 'organisers', claim: 'More than 10,000 people attended' });
    expect(r).toContainEqual({ outlet: null, speaker: 'police', claim: 'the figure at 4,000' });
  });
});

// Speaker phrases written for these tests: adverbs and catenative verbs around the cue, fronted participles,
// a role noun ("the official") for the person who just spoke, focus adverbs before "that".
import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

describe('what stands between a subject and its cue', () => {
  it('an adverb before a coordinated predicate is not part of the subject', () => {
    expect(brief(run('Lina Moreau recently testified before the committee and said she had never seen the documents.'))).toEqual([{ outlet: null, speaker: 'Lina Moreau', claim: 'she had never seen the documents' }]);
    expect(brief(run('Smith and Jones both said the vote was fair.'))).toEqual([{ outlet: null, speaker: 'Smith and Jones', claim: 'the vote was fair' }]);
  });

  it('a verb that takes the cue as its infinitive joins the cue', () => {
    const r = run('He continued to insist that he had done nothing wrong.').attributions;
    expect(r.map((a) => [a.speaker, a.cue, a.claim])).toEqual([['He', 'continued to insist', 'he had done nothing wrong']]);
    expect(brief(run('The company went on to say that it would appeal.'))).toEqual([{ outlet: null, speaker: 'The company', claim: 'it would appeal' }]);
    expect(brief(run('The ministry was quick to deny that any soldiers had been captured.'))).toEqual([{ outlet: null, speaker: 'The ministry', claim: 'any soldiers had been captured' }]);
  });

  it('"has since said" is a cue with its adverb', () => {
    expect(brief(run('The club has since said that the player will stay.'))).toEqual([{ outlet: null, speaker: 'The club', claim: 'the player will stay' }]);
  });

  it('an infinitive or an infinitive-taking verb stays no statement of its own', () => {
    for (const text of ['The company plans to announce its results on Monday.', 'He continued to work at the plant.', 'The ministry was quick to respond.']) {
      expect(run(text).attributions, text).toEqual([]);
    }
  });
});

describe('fronted participle phrases', () => {
  it('are not the subject', () => {
    const r = brief(run('Accused of taking bribes, the mayor has denied any wrongdoing, saying instead that he was the victim of a smear.'));
    expect(r).toEqual([
      { outlet: null, speaker: 'the mayor', claim: 'any wrongdoing' },
      { outlet: null, speaker: 'the mayor', claim: 'he was the victim of a smear' },
    ]);
    expect(brief(run('Reported last week to have sold the shares early, the banker has stayed silent, saying only that he would fight the charges.'))).toEqual([{ outlet: null, speaker: 'the banker', claim: 'he would fight the charges' }]);
  });

  it('a capitalised name ending in -ed or -ing stays the subject', () => {
    expect(brief(run('Ahmed Karim, a lawyer, said the trial was unfair.'))).toEqual([{ outlet: null, speaker: 'Ahmed Karim', claim: 'the trial was unfair' }]);
  });
});

describe('a role noun for the person who spoke last', () => {
  it('"the official", "the spokesman", "the minister" after a person given that role', () => {
    const a = brief(run('Dario Vence, governor of the northern province, told reporters that 29 people had died. The official said 155 people were injured.'));
    expect(a).toContainEqual({ outlet: null, speaker: 'Dario Vence', claim: '155 people were injured' });
    const b = brief(run('Tom Berger, a spokesman for the airline, said the plane landed safely. The spokesman said no one was hurt.'));
    expect(b).toContainEqual({ outlet: null, speaker: 'Tom Berger', claim: 'no one was hurt' });
    const c = brief(run('Ana Kovac, the health minister, said the clinic would close. The minister added that staff would be moved.'));
    expect(c).toContainEqual({ outlet: null, speaker: 'Ana Kovac', claim: 'staff would be moved' });
  });

  it('not when the role was someone else\'s or the claim\'s', () => {
    const a = brief(run('Tom Berger said the minister was wrong. The minister said he had done nothing wrong.'));
    expect(a).toContainEqual({ outlet: null, speaker: 'The minister', claim: 'he had done nothing wrong' });
    const b = brief(run('Tom Berger, a spokesman for the airline, said the plane landed safely. The minister said no one was hurt.'));
    expect(b).toContainEqual({ outlet: null, speaker: 'The minister', claim: 'no one was hurt' });
    const c = brief(run('The official Ronen Vale cited said the plan had failed. The official also said talks would resume.'));
    expect(c).toContainEqual({ outlet: null, speaker: 'The official', claim: 'talks would resume' });
  });
});

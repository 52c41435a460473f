// Who "it", "he", "she" and "who" refer to, and the verbs urge, caution and conclude — sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

describe('urge, caution, conclude', () => {
  it('"urged X to do Y": the one urged and the infinitive are the claim', () => {
    expect(brief(run('The party urged the prime minister to resign.'))).toEqual([{ outlet: null, speaker: 'The party', claim: 'the prime minister to resign' }]);
    expect(brief(run('The league issued a statement on Friday urging fans not to travel.'))).toEqual([{ outlet: null, speaker: 'The league', claim: 'fans not to travel' }]);
  });

  it('"urged calm", "urged restraint" name no statement', () => {
    for (const text of ['The president urged calm.', 'Diplomats urged restraint on both sides.']) expect(run(text).attributions, text).toEqual([]);
  });

  it('"cautioned not to / against" and a conclusion after a quotation', () => {
    expect(brief(run('Other scientists cautioned not to draw conclusions before more tests were done.'))).toEqual([{ outlet: null, speaker: 'Other scientists', claim: 'not to draw conclusions before more tests were done' }]);
    expect(brief(run('Regulators cautioned against reading too much into one quarter.'))).toEqual([{ outlet: null, speaker: 'Regulators', claim: 'against reading too much into one quarter' }]);
    expect(brief(run('"We are calling it a breakthrough," Kim concluded.'))).toEqual([{ outlet: null, speaker: 'Kim', claim: 'We are calling it a breakthrough' }]);
    expect(brief(run('The panel concluded that the dam was unsafe.'))).toEqual([{ outlet: null, speaker: 'The panel', claim: 'the dam was unsafe' }]);
  });
});

describe('"it" in a trailing frame', () => {
  it('is the body that opens the sentence', () => {
    expect(brief(run('The firm expects sales to double next year, it said.'))).toEqual([{ outlet: null, speaker: 'The firm', claim: 'The firm expects sales to double next year' }]);
    expect(brief(run('The ministry plans to close 40 schools, it said in a statement.'))).toEqual([{ outlet: null, speaker: 'The ministry', claim: 'The ministry plans to close 40 schools' }]);
  });
});

describe('"he" / "she" after an unnamed person', () => {
  it('is that person, even when a name was mentioned before', () => {
    const a = brief(run('Lars Holm visited the site. "We cannot stop them," a police officer told the newspaper. He said that the gangs were better armed than the police.'));
    expect(a).toContainEqual({ outlet: null, speaker: 'a police officer', claim: 'the gangs were better armed than the police' });
  });

  it('not when the gender says otherwise', () => {
    const a = brief(run('Lars Holm spoke first. "It is a mess," a spokeswoman said. He added that the project was over budget.'));
    expect(a).toContainEqual({ outlet: null, speaker: 'Lars Holm', claim: 'the project was over budget' });
  });
});

describe('a bare relative pronoun before the cue', () => {
  it('refers to the noun phrase that ends the predicate before it', () => {
    expect(brief(run('The informant proved a vital source for US services, who concluded that the plan had been approved.'))).toEqual([{ outlet: null, speaker: 'US services', claim: 'the plan had been approved' }]);
    expect(brief(run('Police arrested Dan Voss, who said that he had acted alone.'))).toEqual([{ outlet: null, speaker: 'Dan Voss', claim: 'he had acted alone' }]);
    expect(brief(run('The mayor, who said that the budget was balanced, left early.'))[0]?.speaker).toBe('The mayor');
  });

  it('an auxiliary and an adverb before the verb are not part of the subject', () => {
    expect(brief(run('The survey office had initially put the toll at 40.'))).toEqual([{ outlet: null, speaker: 'The survey office', claim: 'the toll at 40' }]);
  });
});

describe('"it" and "they" after a sentence that named a body or a group and quoted nobody', () => {
  it('are that body or group', () => {
    expect(brief(run('The ministry issued a warning on Monday. It said the river could flood.'))).toEqual([{ outlet: null, speaker: 'The ministry', claim: 'the river could flood' }]);
    expect(brief(run('The residents were angry. They said the council had ignored them for years.'))).toEqual([{ outlet: null, speaker: 'The residents', claim: 'the council had ignored them for years' }]);
  });

  it('not a medium that published its own work', () => {
    const r = brief(run('The Evening Courier published an investigation on Tuesday. It said the lease had been signed in secret.'));
    expect(r[0]?.speaker).toBeNull();
  });
});

describe('bare descriptions after an inverted cue', () => {
  it('"says former champion", "said longtime coach Bill Ray", "says fire chief", "said economists"', () => {
    expect(brief(run('"I always trusted the team doctors," says former champion'))).toEqual([{ outlet: null, speaker: 'former champion', claim: 'I always trusted the team doctors' }]);
    expect(brief(run('"It is over," said longtime coach Bill Ray.'))).toEqual([{ outlet: null, speaker: 'longtime coach Bill Ray', claim: 'It is over' }]);
    expect(brief(run('Blaze was deliberate, says fire chief'))).toEqual([{ outlet: null, speaker: 'fire chief', claim: 'Blaze was deliberate' }]);
    expect(brief(run('Prices will keep rising, said economists.'))).toEqual([{ outlet: null, speaker: 'economists', claim: 'Prices will keep rising' }]);
  });
});

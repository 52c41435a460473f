// What may close a reporting frame after its cue: a participle that goes on from a trailing frame,
// a setting with its place, a medium or a name told, a medium's address; and what is no speaker:
// a perfect gerund, a fronted "having said that", a name inside the quotation a pronoun closes.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('a participle after a trailing frame', () => {
  it('"C1, the report said, suggesting that C2": the frame\'s speaker or medium says C2', () => {
    const ex = run('Prices will rise in the second half, Bloomberg reported, suggesting that the firm is no longer in control.');
    const a = recordWith(ex, 'no longer in control');
    expect(a.outlet).toBe('Bloomberg');
    expect(a.claim).toBe('the firm is no longer in control');
    const b = recordWith(run('Prices will rise in the second half, the minister said on Monday, signalling that the plan had changed.'), 'plan had changed');
    expect(b.speaker).toBe('the minister');
    expect(recordWith(run('"Prices will rise," the report said, suggesting the firm is no longer in control.'), 'no longer').speaker).toBe('the report');
  });
});

describe('a setting with its place closing an inverted quotation', () => {
  it('"told a news conference at the team base in Knysna, Western Cape", "told reporters at ...", "said in X, Y"', () => {
    const a = recordWith(run('"The comments are totally unacceptable," federation president Tom Roe told a news conference at the team base in Knysna, Western Cape.'), 'unacceptable');
    expect(a.speaker).toBe('federation president Tom Roe');
    expect(a.claim).toBe('The comments are totally unacceptable');
    expect(recordWith(run('"The comments are unacceptable," Jane Roe told reporters at France\'s base in Knysna, Western Cape.'), 'unacceptable').speaker).toBe('Jane Roe');
    expect(recordWith(run('"The comments are unacceptable," Jane Roe said in Knysna, Western Cape.'), 'unacceptable').speaker).toBe('Jane Roe');
  });
});

describe('a name told after "to"', () => {
  it('"explained to Variety", "said to Marca", "explained to Marca that C": a medium in the slot of the one told', () => {
    const a = recordWith(run('"There is only so much talent in the city," Jane Roe of Box Office Data explained to Variety.'), 'talent');
    expect(a.outlet).toBe('Variety');
    expect(a.speaker).toBe('Jane Roe of Box Office Data');
    expect(recordWith(run('"We will win," the coach said to Marca.'), 'win').outlet).toBe('Marca');
    expect(recordWith(run('The coach explained to Marca that the team would win.'), 'win').outlet).toBe('Marca');
  });
  it('a person told is no medium', () => {
    const a = recordWith(run('"There is only so much talent," the analyst said to Jane Roe.'), 'talent');
    expect(a.outlet).toBeNull();
    expect(a.speaker).toBe('the analyst');
  });
});

describe('a medium\'s address after its name', () => {
  it('"quoted as saying on the website of French daily X (www.x.fr)": the address is no content', () => {
    const ex = run('"I never said those words," the striker was quoted as saying on the website of French daily Le Parisien (www.leparisien.fr).');
    expect(brief(ex)).toEqual([{ outlet: 'Le Parisien', speaker: 'the striker', claim: 'I never said those words' }]);
  });
});

describe('a platform\'s company speaking', () => {
  it('"TikTok has previously said that C", "Facebook said C": the company is the speaker', () => {
    expect(recordWith(run('TikTok has previously said that the stake "has no bearing on its operations."'), 'bearing').speaker).toBe('TikTok');
    expect(recordWith(run('Facebook said it had removed the accounts.'), 'removed').speaker).toBe('Facebook');
  });
});

describe('what is no speaker', () => {
  it('"denied having said C": one denial, no speaker "having"', () => {
    const ex = run('The striker denied having said the comments attributed to him by the newspaper.');
    expect(ex.attributions.map((a) => a.speaker)).toEqual(['The striker']);
  });
  it('"Having said that, S said C" and "That said, S said C": a fronted discourse phrase', () => {
    expect(brief(run('Having said that, the minister said the plan would go ahead.'))).toEqual([{ outlet: null, speaker: 'the minister', claim: 'the plan would go ahead' }]);
    expect(brief(run('That said, the minister said the plan would go ahead.'))).toEqual([{ outlet: null, speaker: 'the minister', claim: 'the plan would go ahead' }]);
  });
  it('"he said" after a quotation naming someone else: not that name, but the office that spoke before', () => {
    const ex = run('The comments were unacceptable, the federation president said. "We asked and Raymond Domenech confirmed it," he said.');
    expect(recordWith(ex, 'We asked').speaker).toBe('the federation president');
    const named = run('The comments were unacceptable, Tom Roe told reporters. "We asked and Raymond Domenech confirmed it," he said.');
    expect(recordWith(named, 'We asked').speaker).toBe('Tom Roe');
  });
});

describe('the agent of a passive speech verb', () => {
  it('"has been assured by X that C", "were warned by police that C", "had been informed by X that C": the agent speaks', () => {
    const ex = run('The coach says he has been assured by the owners that the club will not be sold.');
    expect(ex.attributions.find((a) => a.claim === 'the club will not be sold')?.speaker).toBe('the owners');
    expect(recordWith(run('Residents were warned by police that the river would flood.'), 'flood').speaker).toBe('police');
    expect(recordWith(run('The mayor had been informed by the ministry that the funds were frozen.'), 'frozen').speaker).toBe('the ministry');
    expect(recordWith(run('We were promised by the council that the road would be repaired.'), 'repaired').speaker).toBe('the council');
  });
});

describe('a frame between a name and its past-tense verb', () => {
  it('"Anelka, the president said, muttered the words": a one-word head and a past-tense rest make one claim', () => {
    const a = recordWith(run('Anelka, the president said, muttered the words in a corner.'), 'muttered');
    expect(a.speaker).toBe('the president');
    expect(a.claim).toContain('muttered the words in a corner');
    expect(recordWith(run('Roe, Escalettes said, insulted the coach at halftime.'), 'insulted').speaker).toBe('Escalettes');
  });
});

describe('a denial that describes what it denies', () => {
  it('"denied the story as \'a reporter\'s speculation\'": the quoted description; "rejected the story as baseless": object and description', () => {
    const a = recordWith(run('The carmaker denied the story as "a reporter\'s speculation."'), 'speculation');
    expect(a.speaker).toBe('The carmaker');
    expect(a.claim).toBe("a reporter's speculation");
    expect(recordWith(run('The carmaker rejected the story as baseless.'), 'baseless').claim).toBe('the story as baseless');
  });
  it('"as soon as", and a proposal rejected, are no description of a report', () => {
    expect(run('Police denied the allegations as soon as they were made.').attributions).toHaveLength(0);
    expect(run('The club rejected the bid as too low.').attributions).toHaveLength(0);
  });
});

describe('one statement, one record', () => {
  it('"the SEC." ends a sentence: an acronym spelled like an abbreviation is none', () => {
    const ex = run('The firm said it was cooperating with the SEC. The regulator said the probe was routine.');
    expect(recordWith(ex, 'cooperating').claim).toBe('it was cooperating with the SEC');
    expect(recordWith(ex, 'routine').speaker).toBe('The regulator');
  });
  it('"The person said C, according to Reuters" after Reuters cited that person: one record', () => {
    const ex = run('Reuters reported the firm would sell its stake, citing a person familiar with the plan. The person said that the sale could take months, according to Reuters.');
    const a = recordWith(ex, 'could take months');
    expect(a.outlet).toBe('Reuters');
    expect(a.speaker).toBe('The person');
  });
});

// Subjects and cue-shaped nouns: coordinated named speakers, a relative clause on the subject
// that holds other names, a plural noun before a modal, and "that's" after a cue. Sentences
// written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('two named speakers coordinated', () => {
  it('"Title Name and former title Name said": both are the subject', () => {
    const a = recordWith(run('Singer Amara Obi and former football star Tunde Bello said they were working through some things.'), 'working');
    expect(a.speaker).toBe('Singer Amara Obi and former football star Tunde Bello');
  });
  it('a clause before "and" still ends at its last clause word', () => {
    const a = recordWith(run('Police in the northern city arrested Amara Obi and local union leader Tunde Bello said the strike would go on.'), 'strike');
    expect(a.speaker).toBe('local union leader Tunde Bello');
  });
});

describe('a relative clause on the subject', () => {
  it('"Name, who was flanked by X, Other Name, said": the first name speaks', () => {
    const a = recordWith(run('Okafor, who was flanked by Deputy Minister Ada Eze and the chief medical officer, Musa Bello, said the clinics would reopen.'), 'clinics');
    expect(a.speaker).toBe('Okafor');
  });
});

describe('cue-shaped nouns', () => {
  it('a plural noun before a modal is no cue: "Gulf states must act"', () => {
    const ex = run('Gulf Arab states must quash any unrest, the minister said.');
    expect(brief(ex)).toEqual([{ outlet: null, speaker: 'the minister', claim: 'Gulf Arab states must quash any unrest' }]);
    expect(brief(run('Member states will vote on the plan, the envoy said.'))).toHaveLength(1);
    expect(recordWith(run('The treaty states that the island is neutral.'), 'island').speaker).toBe('The treaty');
  });
  it('"insisted that\'s not the case": "that\'s" opens the content', () => {
    expect(recordWith(run('Apple has strenuously insisted that’s not the case.'), 'case').claim).toBe('that’s not the case');
    expect(recordWith(run("The club insisted that's untrue."), 'untrue').claim).toBe("that's untrue");
    expect(recordWith(run('The club insisted that it was untrue.'), 'untrue').claim).toBe('it was untrue');
  });
});

describe('the speaker of "what he called"', () => {
  it('the agent of a passive before "for what he called C"', () => {
    const a = recordWith(run('After the flood, the crews were praised by their regional governor for what he called a tireless effort.'), 'tireless');
    expect(a.speaker).toBe('their regional governor');
    expect(a.claim).toBe('a tireless effort');
  });
  it('without a passive the sentence subject stays the speaker', () => {
    expect(recordWith(run('The ministry condemned what it called a provocation.'), 'provocation').speaker).toBe('The ministry');
  });
});

describe('a beginning of saying', () => {
  it('"have begun to suggest that C and to advocate ...": the second infinitive is not the content', () => {
    const a = recordWith(run('Some diplomats have begun to suggest that the treaty is no longer workable and to advocate new talks.'), 'treaty');
    expect(a.speaker).toBe('Some diplomats');
    expect(a.claim).toBe('the treaty is no longer workable');
  });
});

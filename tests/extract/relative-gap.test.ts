import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "the blast of what the army claimed was a stray shell": a relative clause whose subject is the speaker and
// whose gapped predicate is the content. Sentences written for this file.
describe('a speaker inside a relative clause, the content its gapped predicate', () => {
  it('reads "what S claimed was X" after a preposition', () => {
    const a = recordWith(run('The village was hit by what the army claimed was a stray shell from across the river.'), 'stray shell');
    expect([a.speaker, a.cue, a.claim]).toEqual(['the army', 'claimed', 'was a stray shell from across the river']);
    const b = recordWith(run('Three reporters were held on what their lawyers said were invented charges.'), 'invented charges');
    expect([b.speaker, b.claim]).toEqual(['their lawyers', 'were invented charges']);
    expect(recordWith(run('He described what officials said were the first arrests of the year.'), 'first arrests').speaker).toBe('officials');
  });

  it('reads "which/that/whom S says" before a finite verb, and ends the content at its comma', () => {
    const a = recordWith(run('Police found the letters, which the inspector confirmed were written in May, in a drawer.'), 'written in May');
    expect([a.speaker, a.claim]).toEqual(['the inspector', 'were written in May']);
    const b = recordWith(run('The rebels attacked a depot that the ministry says was used to store fuel.'), 'store fuel');
    expect([b.speaker, b.claim]).toEqual(['the ministry', 'was used to store fuel']);
    const c = recordWith(run('Farmers blamed the floods on the engineers, whom the villagers say were paid by the builders.'), 'paid by the builders');
    expect([c.speaker, c.claim]).toEqual(['the villagers', 'were paid by the builders']);
    expect(recordWith(run('Rebels raided the Azov camp, which Kyiv claims is run by the army.'), 'run by the army').speaker).toBe('Kyiv');
  });

  it('ends the content where the main clause resumes', () => {
    expect(recordWith(run('The man who the police said had fled to the hills was arrested on Friday.'), 'had fled').claim).toBe('had fled to the hills');
  });

  it('gives "it" the sentence\'s own subject', () => {
    const a = run('The Daily Star said that a woman, who it claimed was the owner of the plant, denied the charge.').attributions.find((r) => r.cue === 'claimed');
    expect([a?.outlet, a?.speaker, a?.claim]).toEqual(['The Daily Star', null, 'was the owner of the plant']);
    expect(recordWith(run('The leaked memo listed what it said were the names of the new ministers.'), 'names of the new').speaker).toBe('The leaked memo');
  });

  it('leaves a pseudo-cleft, an object gap and a plain relative alone', () => {
    for (const text of [
      'What he said was a lie.',
      'Everything that she said was true.',
      'She asked what he said in the interview.',
      'The rules that he said he followed were ignored by the court.',
      'She added that the claims were outrageous.',
      'He insisted that the media reports were wrong.',
    ]) expect(run(text).attributions.filter((a) => /^(?:was|were)\b/.test(a.claim)), text).toEqual([]);
  });
});

// A medium by its web address ("told Dawn.com"), "that" before a participle used as an adjective, a quotation
// opening inside a clause after "told X", the second of two media after a plural media noun, "an online report by
// the official X", a relative clause after the medium of "according to" ("which cited a draft", "which said C").
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('names, objects and clauses', () => {
  it('a listed medium by its web address', () => {
    expect(rows('The district officer told Dawn.com that the road had been closed.'))
      .toEqual([['Dawn', 'The district officer', 'the road had been closed']]);
  });
  it('"that" then a participle as an adjective opens the content', () => {
    expect(rows('The commander told Reuters that targeted raids were carried out overnight.'))
      .toEqual([['Reuters', 'The commander', 'targeted raids were carried out overnight']]);
  });
  it('a quotation opening inside the clause after "told X"', () => {
    expect(rows('Aides told Reuters the ministry “will never accept the plan.”').map((r) => r[2]))
      .toEqual(['the ministry “will never accept the plan.”']);
  });
  it('the second of two media after "the newspapers"', () => {
    expect(rows('The driver was a local man, according to the newspapers Bild and Spiegel.').map((r) => r[0]))
      .toEqual(['Bild', 'Der Spiegel']);
  });
});

describe('reports and relative clauses after "according to"', () => {
  it('an online report by the official X', () => {
    expect(rows('Two officials were detained in the port, according to an online report by the official Harbin Daily.'))
      .toEqual([['Harbin Daily', null, 'Two officials were detained in the port']]);
  });
  it('"which cited X": the report\'s source, no part of the medium', () => {
    expect(rows('The bloc is weighing softer rules, according to a report in the Financial Times which cited two diplomats.'))
      .toEqual([['Financial Times', 'two diplomats', 'The bloc is weighing softer rules']]);
  });
  it('"which said C": a second statement of the same medium', () => {
    expect(rows('Two men were held in Lyon, according to Le Parisien, which said both had been under watch for weeks.'))
      .toEqual([['Le Parisien', null, 'Two men were held in Lyon'], ['Le Parisien', null, 'both had been under watch for weeks']]);
  });
});

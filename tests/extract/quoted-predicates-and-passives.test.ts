// A quotation opened after a comma right before its frame is the claim when it is a sentence or the predicate of a
// subject before it ('Roe, 19, who ..., "has been arrested," his lawyer told AFP'); a fragment that goes on with
// the narrator's sentence is not. "Summoned and told that C" is a passive, no new speaker. "For what it said was C":
// "it" is the body that opens the sentence. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a quotation right before its frame', () => {
  it('the predicate of a subject before it', () => {
    expect(rows('Ann Lee, 19, who works for a local station, "has been held for ten days on charges of disorder," her lawyer told AFP.')).toEqual([
      ['Agence France-Presse', 'her lawyer', 'has been held for ten days on charges of disorder'],
    ]);
  });
  it('a sentence of its own after an opening phrase', () => {
    expect(rows('Whatever you do, “Don’t call it a retreat,” the spokesman said.')[0]?.[2]).toBe('Don’t call it a retreat');
  });
  it('a fragment that continues the narrator’s sentence keeps the sentence', () => {
    expect(rows('The troops are focused on scouting, “but the pace will increase every day,” the officer told the newspaper.')[0]?.[2]).toMatch(/^The troops are focused on scouting/);
  });
});

describe('no new speaker', () => {
  it('"had been summoned and told that C" is a passive inside the reported content', () => {
    expect(rows('The Bangkok Post reported that the envoy had been summoned and told that the move broke the treaty.')).toEqual([
      ['Bangkok Post', null, 'the envoy had been summoned and told that the move broke the treaty'],
    ]);
  });
  it('"for what it said was C": the body that opens the sentence', () => {
    expect(rows('The rebel group has been attacking ships since last year, for what it said was solidarity with the besieged city.')).toEqual([
      [null, 'The rebel group', 'was solidarity with the besieged city'],
    ]);
  });
});

describe('frames found in the same sets', () => {
  it('a day that owns a noun is content, not the date of the frame: "said Friday’s strikes were illegal"', () => {
    expect(rows('The envoy said Friday’s strikes were illegal, according to Tolo News.')[0]?.[2]).toBe('Friday’s strikes were illegal');
  });
  it('a medium named in quotation marks after an inverted cue', () => {
    expect(rows('The reason is his disenchantment with the government, writes the "Mail on Sunday".')).toEqual([['The Mail on Sunday', null, 'The reason is his disenchantment with the government']]);
  });
  it('"C, M quotes S as saying": the present tense too', () => {
    expect(rows('Agents swapped the samples at night, The Times quotes the chemist as saying.')).toEqual([['The Times', 'the chemist', 'Agents swapped the samples at night']]);
  });
});

describe('a written response as the setting of a medium told', () => {
  it('"told M in a written response to the strikes"', () => {
    expect(rows('“We condemn such attacks,” the spokesman told CGTN in a written response to the strikes.')).toEqual([['CGTN', 'the spokesman', 'We condemn such attacks']]);
  });
});

describe('what stands between a subject and its verb', () => {
  it('a participle on a place before the verb is no subject', () => {
    expect(rows('"The bodies are in the streets," a witness in the old town, located across the river from the capital, told AFP.')[0]?.[1]).toBe('a witness in the old town');
  });
  it('a relative clause with commas of its own belongs to the subject; a name after it is the speaker', () => {
    expect(rows('The deputy premier, who oversees sports, tourism and youth policy, said the words had been misread.')[0]?.[1]).toBe('The deputy premier');
    expect(rows('Another witness, who gave only his first name, Gilbert, said the guards had fled.')[0]?.[1]).toBe('Gilbert');
  });
  it('"He also advised X and warned that C": the adverb is no part of the subject', () => {
    expect(rows('He also advised the public not to speculate and warned that stern action would be taken.')[0]?.[1]).toBe('He');
  });
});

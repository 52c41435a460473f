// "It" after a sentence about a medium: the medium described before its name ("The daily X ran a report. It
// reported C"), or the medium that quoted a group of people just before ("Diplomats cited by X said C1. It said
// C2": "it" cannot be the diplomats). And a "that" before a verb after a setting opens a relative clause on the
// setting ('"C," the broadcaster said in a long report that led the news'). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('"it" referring to a medium', () => {
  it('a medium described before its name, opening the sentence before', () => {
    expect(rows('The daily Le Monde ran a report on Friday about the tender. It reported that the ministry had changed the rules.')).toEqual([['Le Monde', null, 'the ministry had changed the rules']]);
    expect(rows('Friday\'s edition of daily newspaper Le Monde ran a story about the tender. It reported that the ministry had changed the rules.')).toEqual([['Le Monde', null, 'the ministry had changed the rules']]);
  });
  it('the medium that quoted a group, not the group', () => {
    expect(rows('Farm leaders cited by Le Monde said the harvest was late. It said prices would rise.')[1]).toEqual(['Le Monde', null, 'prices would rise']);
  });
});

describe('a relative clause on the setting of a trailing frame', () => {
  it('leaves the quotation before the frame as the claim', () => {
    expect(rows('"The two sides will meet again in May," the broadcaster CNN said in a long report that led the evening news.')).toEqual([['CNN', null, 'The two sides will meet again in May']]);
  });
  it('a "that" clause after the setting is still the content', () => {
    expect(rows('The ministry said in a statement that the police had arrested two men.')).toEqual([[null, 'The ministry', 'the police had arrested two men']]);
  });
});

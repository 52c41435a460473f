// Saying verbs read like ones the lexicon had: remarked (observed), mentioned (noted), lamented and
// grumbled (complained), reckons (believes), retorted (replied), quipped (joked). Where the base or
// -s form is mostly a noun ("the remark that C", "his remarks"), only the past and -ing forms are cues.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.speaker, a.cue, a.claim]);

describe('more saying verbs', () => {
  it('with "that" or a clause', () => {
    expect(rows('The captain remarked that the ferry was overloaded.')).toEqual([['The captain', 'remarked', 'the ferry was overloaded']]);
    expect(rows('The captain mentioned that the ferry had been late.')).toEqual([['The captain', 'mentioned', 'the ferry had been late']]);
    expect(rows('The captain lamented that the ferry had been overloaded.')).toEqual([['The captain', 'lamented', 'the ferry had been overloaded']]);
    expect(rows('The captain reckons the ferry was overloaded.')).toEqual([['The captain', 'reckons', 'the ferry was overloaded']]);
  });
  it('after a quotation', () => {
    expect(rows('"Nonsense," the minister retorted.')).toEqual([['the minister', 'retorted', 'Nonsense']]);
    expect(rows('"We will need a bigger boat," he quipped.')).toEqual([['he', 'quipped', 'We will need a bigger boat']]);
  });
  it('the nouns are no cues', () => {
    expect(rows('The remark that the ferry was overloaded angered the owners.')).toEqual([]);
    expect(rows('The minister\'s remarks angered the owners.')).toEqual([]);
  });
});

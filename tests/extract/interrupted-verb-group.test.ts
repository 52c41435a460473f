// An adverb set off by commas between the auxiliary and the verb ("CCTV has, however, acknowledged C",
// "The ministry has, in turn, denied C"): the subject is the phrase before the auxiliary, not the
// adverb. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('an adverb between the auxiliary and the verb', () => {
  it('a medium: "M has, however, acknowledged C", "M had, meanwhile, reported C"', () => {
    const a = recordWith(run('CCTV has, however, acknowledged that thousands of faulty doses were sold.'), 'faulty');
    expect(a.outlet).toBe('China Central Television');
    expect(a.speaker).toBeNull();
    expect(recordWith(run('Reuters had, meanwhile, reported that the plant would close.'), 'plant').outlet).toBe('Reuters');
  });
  it('a body or a person keeps being the speaker', () => {
    expect(recordWith(run('The ministry has, in turn, denied that any doses were sold.'), 'doses').speaker).toBe('The ministry');
    expect(recordWith(run('The minister has, for her part, insisted that the tests were safe.'), 'tests').speaker).toBe('The minister');
  });
});

// "The captain warned the crew.": the one warned is no warning. With a warning of its own
// ("warned the crew that C", "warned residents to stay indoors", "warned of C") it is a record as before.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const claims = (text: string) => run(text).attributions.map((a) => a.claim);

describe('warned with only the party warned', () => {
  it('no record', () => {
    expect(claims('The captain warned the crew.')).toEqual([]);
    expect(claims('Survivors said they had warned the crew.')).toEqual(['they had warned the crew']);
    expect(claims('Officials said the mayor warned residents about the storm.')).toEqual(['the mayor warned residents about the storm']);
  });
  it('with a warning of its own', () => {
    expect(claims('The minister warned the crew that the storm was coming.')).toEqual(['the storm was coming']);
    expect(claims('The minister warned residents to stay indoors.')).toEqual(['to stay indoors']);
    expect(claims('The minister warned of a crisis.')).toEqual(['a crisis']);
    expect(claims('The minister warned the decision would hurt farmers.')).toEqual(['the decision would hurt farmers']);
  });
});

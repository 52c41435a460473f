// "M reported that C1 and N reported that C2": "and" right before a subject with a cue of its own ends C1.
// "S confirmed that C, the US media reported": unnamed media carrying a named speaker's statement make one
// record, the speaker's. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('two reports joined by "and"', () => {
  it('each medium gets its own claim', () => {
    expect(rows('The New York Times reported that the minister would be dismissed and The Washington Post reported that his deputy would replace him.')).toEqual([
      ['The New York Times', null, 'the minister would be dismissed'],
      ['The Washington Post', null, 'his deputy would replace him'],
    ]);
  });
});

describe('unnamed media around a speaker\'s statement', () => {
  it('leave one record, the speaker\'s, without an outlet', () => {
    expect(rows('Senior officials confirmed on Tuesday that the cabinet was weighing a new tax, the US media reported.'))
      .toEqual([[null, 'Senior officials', 'the cabinet was weighing a new tax']]);
    expect(rows('The minister said the plan was dead, according to local media.')).toEqual([[null, 'The minister', 'the plan was dead']]);
  });
  it('with no speaker inside, the unnamed media are the speaker', () => {
    expect(rows('The council was weighing a new parking levy, local media reported.')).toEqual([[null, 'local media', 'The council was weighing a new parking levy']]);
  });
});

// "An official who was not named said C": a negation in a relative clause negates its own verb, not the
// cue. "A poll commissioned by The Times found C": a medium's poll. "Kigali Today reported": a capitalised
// "Today" after a capitalised word ends a name, no adverb. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a negation in the subject\'s relative clause', () => {
  it('does not negate the cue', () => {
    expect(rows('A senior official who was not named said the talks had failed.')).toEqual([[null, 'A senior official who was not named', 'the talks had failed']]);
  });
  it('a negated cue is still no statement', () => {
    for (const t of ['The minister did not say whether the talks had failed.', 'The minister would not immediately confirm that the talks had failed.', 'He never said the talks had failed.']) {
      expect(rows(t), t).toEqual([]);
    }
  });
});

describe('a poll a medium commissioned', () => {
  it('is the medium\'s', () => {
    expect(rows('A poll commissioned by The Times found that 40 percent of voters backed the plan.')).toEqual([['The Times', null, '40 percent of voters backed the plan']]);
    expect(rows('A poll commissioned by the ministry found that voters backed the plan.')[0]?.[0]).toBeNull();
  });
});

describe('"X Today" as a name', () => {
  it('"Kigali Today reported C"; "The ministry today reported C" keeps the adverb', () => {
    expect(rows('Kigali Today reported that the bridge had collapsed.')).toEqual([['Kigali Today', null, 'the bridge had collapsed']]);
    expect(rows('The ministry today reported that the bridge had collapsed.')).toEqual([[null, 'The ministry', 'the bridge had collapsed']]);
  });
});

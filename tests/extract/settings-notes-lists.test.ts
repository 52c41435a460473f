// Settings and frames that hid the medium: an editor's bracketed note before the sentence, "During M's
// coverage of ...", "Writing in an op-ed for M", a discourse word before "according to", and two
// listed media coordinated in the medium's slot.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker]);

describe("an editor's bracketed note before the sentence", () => {
  it('is not part of the subject', () => {
    expect(rows('[Update 3:10 p.m.] State broadcaster Nile TV reports that the curfew has been lifted.')).toEqual([['Nile TV', null]]);
    expect(rows('(Updated 09:00 GMT) The BBC said the airport had reopened.')).toEqual([['BBC', null]]);
    expect(rows('[Editor\'s note: this story has been corrected.] Reuters reported that the vote was delayed.')).toEqual([['Reuters', null]]);
  });
  it('a parenthesis that is no editor\'s note stays a parenthesis', () => {
    expect(rows('(The company said it would appeal.)').map((r) => r[1])).not.toContain(null);
  });
});

describe("During M's coverage of ...", () => {
  it('the statement was made on that medium', () => {
    expect(rows("During CNN's live coverage of the debate on Tuesday, the senator said she would vote against the bill.")).toEqual([['CNN', 'the senator']]);
    expect(rows("During Sky Sports' coverage of the match, the former captain said the referee was wrong.")).toEqual([['Sky Sports', 'the former captain']]);
    expect(rows("During Fox News' broadcast, the governor said the state would sue.")).toEqual([['Fox News', 'the governor']]);
  });
  it('a possessor that is no medium sets nothing', () => {
    expect(rows("During the storm's peak on Friday, the mayor said the city was safe.")).toEqual([[null, 'the mayor']]);
  });
});

describe('Writing in an op-ed for M', () => {
  it('the medium carried the writer\'s words', () => {
    expect(rows('Writing in an op-ed for The Washington Post, the senator said the law was unconstitutional.')).toEqual([['The Washington Post', 'the senator']]);
    expect(rows('Writing in a column for the Financial Times, the economist said rates would rise.')).toEqual([['Financial Times', 'the economist']]);
  });
});

describe('a discourse word before "according to"', () => {
  it('does not hide the frame', () => {
    for (const lead of ['Indeed,', 'But', 'And', 'Yet', 'Of course,', 'Nevertheless,'])
      expect(rows(`${lead} according to Reuters, talks are underway.`), lead).toEqual([['Reuters', null]]);
  });
});

describe('two listed media coordinated in the medium slot', () => {
  it('one record per medium', () => {
    expect(rows('According to Bild and Kicker, the striker has signed a new deal.')).toEqual([['Bild', null], ['Kicker', null]]);
    expect(rows('The striker has signed a new deal, according to Bild and Kicker.')).toEqual([['Bild', null], ['Kicker', null]]);
  });
});

import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "M, citing S, V1 ... and V2 that C": the source set off after the medium covers every verb of the
// predicate, so C is S's through M. Sentences written for this file.
describe('a citing phrase after the subject covers the coordinated predicate', () => {
  it('the second verb of the predicate keeps the source', () => {
    const a = recordWith(run('The Times, citing an unnamed aide, first reported on the plan and said that "the vote would be delayed."'), 'vote would be delayed');
    expect([a.outlet, a.speaker]).toEqual(['The Times', 'an unnamed aide']);
    const b = recordWith(run('The Washington Post, quoting three diplomats, described the summit as tense and said no deal was reached.'), 'no deal');
    expect([b.outlet, b.speaker]).toEqual(['The Washington Post', 'three diplomats']);
  });
});

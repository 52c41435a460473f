// Verbs that report only in set frames ("ruled that C", '"C," the governor vowed') also report when they
// close the sentence after a comma and a short subject: "C, a judge in London ruled." Verbs that narrate
// ("the storm continued") do not.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a manner verb closing the sentence', () => {
  it('ruled, vowed, countered after the content', () => {
    expect(recordWith(run('Parts of the murder trial can be held in secret due to national security, a judge in London ruled.'), 'secret')).toMatchObject({ speaker: 'a judge in London', cue: 'ruled', claim: 'Parts of the murder trial can be held in secret due to national security' });
    expect(recordWith(run('The ban is unlawful, the Supreme Court ruled on Tuesday.'), 'ban')).toMatchObject({ speaker: 'the Supreme Court' });
    expect(recordWith(run('The town will be rebuilt within a year, the governor vowed.'), 'town')).toMatchObject({ speaker: 'the governor', cue: 'vowed' });
    expect(recordWith(run('The figures were out of date, the ministry countered.'), 'figures')).toMatchObject({ speaker: 'the ministry' });
  });
  it('not with more words after the verb, nor with narrative verbs', () => {
    expect(run('Rain fell all day, the storm continued.').attributions).toHaveLength(0);
    expect(run('He scored twice, and Madrid ruled the league for a decade.').attributions).toHaveLength(0);
    expect(run('The plan passed, per the rules.').attributions).toHaveLength(0);
  });
});

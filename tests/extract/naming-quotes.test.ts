// 'S called X "Q"', 'S branded X "Q"', 'S described X a "Q"': a quoted name the speaker gives to something
// is the speaker's claim (the object and the name). Not a passive ("was called"), a free relative
// ("what he called his 'plan'", read elsewhere), "described as" (read elsewhere), nor a quoted adverb.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a quoted name given to something', () => {
  it('called, dubbed, branded, described without "as"', () => {
    expect(recordWith(run('The lawyer called the threat "forensic blackmail."'), 'blackmail')).toMatchObject({ speaker: 'The lawyer', cue: 'called' });
    expect(recordWith(run('An astronomer at the observatory called it a "sneaky" space rock and wrote to colleagues.'), 'sneaky').claim).toBe('it a "sneaky" space rock');
    expect(recordWith(run('Critics branded the move "reckless" over the weekend.'), 'reckless')).toMatchObject({ speaker: 'Critics', claim: 'the move "reckless"' });
    expect(recordWith(run('The Kremlin, in a statement, called the sanctions "illegal" and vowed to respond.'), 'sanctions')).toMatchObject({ speaker: 'The Kremlin' });
  });
  it('inside a medium\'s report: the medium reports the speaker\'s words', () => {
    expect(recordWith(run('The defence lawyer, Jane Okoro, described the threat to drop the case a "piece of forensic blackmail," the Daily Telegraph said.'), 'blackmail'))
      .toMatchObject({ outlet: 'The Telegraph', speaker: 'Jane Okoro', cue: 'described' });
  });
  it('no record for a passive, a free relative, "as", or a quoted adverb', () => {
    expect(run('A man called "Doc" was arrested.').attributions).toHaveLength(0);
    expect(run('She called the police "immediately".').attributions).toHaveLength(0);
    expect(recordWith(run('Trump said it should have stayed with what he called his "travel ban."'), 'travel').cue).toBe('said');
    expect(recordWith(run('The agency says heavy rain has led to flooding that it describes as "the worst in decades."'), 'flooding').cue).toBe('says');
  });
});

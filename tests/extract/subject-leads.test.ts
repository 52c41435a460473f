// What stands before a sentence's subject is not the speaker: a date in apposition to a fronted day
// ("On Thursday, March 1, a court ruled"). And a title named again without its article ("Globo" after
// "O Globo", "Monde" after "Le Monde") is the outlet named before, even where a one-word gazetteer medium
// has that name.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a date before the subject', () => {
  it('a date after the fronted day, a year after the date', () => {
    expect(recordWith(run('On Thursday, March 1, a court in Lyon ruled that the publisher does not have to pay damages, Le Monde reported.'), 'damages')).toMatchObject({ outlet: 'Le Monde', speaker: 'a court in Lyon' });
    expect(recordWith(run('On March 1, 2012, two witnesses told the BBC that the bridge had collapsed.'), 'bridge')).toMatchObject({ outlet: 'BBC', speaker: 'two witnesses' });
    expect(recordWith(run('Last Friday, May 5, the army announced that it would withdraw.'), 'withdraw')).toMatchObject({ speaker: 'the army' });
  });
});

describe('a title named again without its article', () => {
  it('Globo after O Globo, Monde after Le Monde, Welt after Die Welt', () => {
    const globo = run('The court ruled for the publisher, reported the newspaper O Globo. "Criticism is widely accepted," the judge said, reported Globo.');
    expect(recordWith(globo, 'Criticism')).toMatchObject({ outlet: 'O Globo', speaker: 'the judge' });
    expect(recordWith(run('Le Monde reported that the minister had resigned. The cabinet would meet on Monday, Monde said.'), 'cabinet').outlet).toBe('Le Monde');
    expect(recordWith(run('The minister told Die Welt that the talks had stalled. The vote would be delayed, Welt reported.'), 'vote').outlet).toBe('Die Welt');
  });
  it('a one-word medium not named before with an article keeps its own name', () => {
    expect(recordWith(run('Globo reported that the court had ruled for the publisher.'), 'court').outlet).toBe('Globo');
  });
});

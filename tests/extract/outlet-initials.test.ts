import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// A medium named in full and later by its initials ("ToI", "HT", "the SMH") is the same medium; an
// initialism that spells no medium named before is somebody else. Sentences written for this file.
describe('a medium referred to by its initials', () => {
  it('as the subject, after a preposition and as the object of "told"', () => {
    expect(recordWith(run('The Times of India reported the raid on Friday. The raid was the second this year, ToI reported.'), 'second this year').outlet).toBe('The Times of India');
    expect(recordWith(run('Hindustan Times reported that the ferry had sunk. Divers were still searching, HT reported.'), 'Divers').outlet).toBe('Hindustan Times');
    expect(recordWith(run('Daily News Egypt reported that bread prices would rise. According to DNE, the rise takes effect in June.'), 'takes effect').outlet).toBe('Daily News Egypt');
    expect(recordWith(run('The Sydney Morning Herald reported that the river had peaked. The mayor told the SMH that no suburb was at risk.'), 'no suburb').outlet).toBe('The Sydney Morning Herald');
  });

  it('initials that spell no medium named before keep none', () => {
    expect(recordWith(run('Reuters reported the raid on Friday. The UN said the raid was the second this year.'), 'second this year').outlet).toBeNull();
    expect(recordWith(run('The Times of India reported the raid. The BJP said the raid was the second this year.'), 'second this year').outlet).toBeNull();
  });
});

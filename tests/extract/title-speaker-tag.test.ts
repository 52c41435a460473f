import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// "12 killed in clashes across the north: activist": a title credited after its colon to the one who said it.
// Titles written for this file.
const titled = (title: string) => run(`${title}\nThe body of the article follows here in a sentence of its own.`).attributions;

describe('a title credited to its speaker after a colon', () => {
  it('reads a person noun or a name as the speaker', () => {
    expect(titled('12 killed in clashes across the north: activist').map((a) => [a.speaker, a.cue, a.claim])).toEqual([['activist', ':', '12 killed in clashes across the north']]);
    expect(titled('Reports of the coach leaving are just mind games: Riverside').map((a) => a.speaker)).toEqual(['Riverside']);
    expect(titled('Dam at risk of bursting after heavy rain: police').map((a) => a.speaker)).toEqual(['police']);
  });

  it('leaves a date, a label and a title that opens with its topic alone', () => {
    for (const title of ['Latest transfer gossip: August 10', 'Quake toll rises to 40: Explained', 'Germany attack: Police arrest suspected knifeman', 'Floods: Watch']) {
      expect(titled(title), title).toEqual([]);
    }
  });
});

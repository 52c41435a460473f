// A conjunction before a subject with a source set off after it ("But the agency, quoting a councillor, said C"),
// a person a medium quoted named by an ordinary noun ("quoting a village councillor"), a source who spoke to a
// medium, named in a relative clause after "according to", ownership in two words ("the privately owned X"), and
// a verb of reporting after a name that is also a word ("Sputnik recalled"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('subjects, sources and the media they spoke to', () => {
  it('a conjunction before the medium and its source', () => {
    expect(rows('But Reuters, quoting a village councillor, said at least 31 people were on board.'))
      .toEqual([['Reuters', 'a village councillor', 'at least 31 people were on board']]);
    expect(rows('And the private UNB news agency, quoting two fishermen, said the boat had capsized.'))
      .toEqual([['United News of Bangladesh', 'two fishermen', 'the boat had capsized']]);
  });
  it('a source who spoke to a medium, after "according to"', () => {
    expect(rows('According to a local source, who spoke to Daily NK in July, the guards had been replaced.'))
      .toEqual([['Daily NK', 'a local source', 'the guards had been replaced']]);
  });
  it('ownership in two words, and a reporting verb after a name that is a word', () => {
    expect(rows('The privately owned Daily Star said the ferry sank at dawn.')).toEqual([['The Daily Star', null, 'the ferry sank at dawn']]);
    expect(rows('Sputnik recalled that the president had sought support in May.')).toEqual([['Sputnik', null, 'the president had sought support in May']]);
  });
});

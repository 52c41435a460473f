// "S, according to M, said C" / "S, as quoted by M, said C": a frame set off by commas between a
// speaker and its verb gives the verb its medium (it used to read the speaker as the frame's content).
// And "S was quoted by N as saying C": whoever quotes by name, unless a person, place or known body, is a medium.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('a frame between a speaker and its verb', () => {
  it('lends the verb its medium', () => {
    expect(rows('The minister, according to Reuters, said the ferry had capsized.')).toEqual([['Reuters', 'The minister', 'the ferry had capsized']]);
    expect(rows('The commander, as quoted by the Kivu Sentinel, said the ferry had capsized.')).toEqual([['The Kivu Sentinel', 'The commander', 'the ferry had capsized']]);
    expect(rows('Mr Smith, according to the BBC, has said that the bridge would reopen.')).toEqual([['BBC', 'Mr Smith', 'the bridge would reopen']]);
    expect(rows('Police, according to the Daily Nation, later said that the road was closed.')).toEqual([['Daily Nation', 'Police', 'the road was closed']]);
  });
  it('a source that is no medium leaves the speaker alone', () => {
    expect(rows('The minister, according to aides, said the ferry had capsized.')).toEqual([[null, 'The minister', 'the ferry had capsized']]);
  });
  it('a verb that is no speech verb keeps the clause as the content', () => {
    expect(rows('The ferry, according to Reuters, had capsized near the port.').map((r) => r[0])).toEqual(['Reuters']);
    expect(rows('The gunman, according to witnesses, fled on foot.').map((r) => r[1])).toEqual(['witnesses']);
  });
});

describe('"was quoted by N as saying"', () => {
  it('an unfamiliar name is the medium', () => {
    expect(rows('A police commander was quoted by Nipashe as saying the ferry had capsized.')).toEqual([['Nipashe', 'A police commander', 'the ferry had capsized']]);
  });
  it('a person is not', () => {
    expect(rows('The commander was quoted by John Mwangi as saying the ferry had capsized.').map((r) => r[0])).toEqual([null]);
  });
});

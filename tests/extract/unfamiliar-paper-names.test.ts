// Media no gazetteer lists, read by the shape of their names: "according to the X Herald" (a lower-case
// "the"), a newspaper's name word such as Echo or Mercury, a paper's name in a medium's slot ("in an
// interview with Harare Weekly"), and a name after who owns it ("Privately owned Radio X", "The state-run X Bulletin").
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// (an unfamiliar name keeps or drops its "The" by the path that read it; the scorer and the graph fold it)
const rows = (text: string) => run(text).attributions.map((a) => [a.outlet?.replace(/^The /, '') ?? null, a.speaker]);

describe('a name shaped like a newspaper', () => {
  it('after "according to the"', () => {
    expect(rows('According to the Nairobi Clarion, the minister had resigned.')).toEqual([['Nairobi Clarion', null]]);
  });
  it('with Echo or Mercury as its name word', () => {
    expect(rows('The port will close, the Gaborone Echo reported.')).toEqual([['Gaborone Echo', null]]);
    expect(rows('The Bellport Mercury reported that the mill would shut.')).toEqual([['Bellport Mercury', null]]);
  });
  it("in a medium's slot", () => {
    expect(rows('In an interview with Harare Weekly, the minister said the port would close.')).toEqual([['Harare Weekly', 'the minister']]);
    expect(rows('The coach told the Lakeside Times that he would stay.')).toEqual([['Lakeside Times', 'The coach']]);
  });
  it('a body or a bare place in the slot is no medium', () => {
    expect(rows('In an interview with the Senate Finance Committee, the minister said the port would close.').map((r) => r[0])).toEqual([null]);
  });
});

describe('a medium named after who owns it', () => {
  it('privately owned, state-run', () => {
    expect(rows('Privately owned Radio Zamaneh said the port would close.')).toEqual([['Radio Zamaneh', null]]);
    expect(rows('The privately-owned Kampala Monitor said the port would close.')).toEqual([['Kampala Monitor', null]]);
    expect(rows('The state-run Tanzania Daily Bulletin said the port would close.')).toEqual([['Tanzania Daily Bulletin', null]]);
  });
  it('a company after the same words is no medium', () => {
    expect(rows('Privately owned Marcus Holdings said the port would close.').map((r) => r[0])).toEqual([null]);
    expect(rows('The state-run Volta Power Company said the port would close.').map((r) => r[0])).toEqual([null]);
  });
});

describe('"The" and one word that names newspapers the world over', () => {
  it('reports as a medium', () => {
    expect(rows('The Standard reported that the ferry had capsized.')).toEqual([['Standard', null]]);
    expect(rows('The ferry capsized on Sunday, according to the Nation.')).toEqual([['Nation', null]]);
  });
  it('a word that is no newspaper name stays a speaker', () => {
    expect(rows('The Leader said the ferry had capsized.').map((r) => r[0])).toEqual([null]);
    expect(rows('The Commission reported that the ferry had capsized.').map((r) => r[0])).toEqual([null]);
  });
});

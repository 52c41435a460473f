// The entertainment press's frames: "dished to", "spilled to", "shared with" a medium (a revelation, with "that" or after
// a quotation), media whose names hold an exclamation mark ("E! News", "Hello! magazine"), "her" as the determiner of
// an audience ("she told her fans"); and things shared are no statements ("videos shared to YouTube"). Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('verbs of revealing', () => {
  it('"dished to", "spilled to" a medium, with "that"', () => {
    expect(rows('A source dished to Us Weekly that the pair had split in May.')).toEqual([['Us Weekly', 'A source', 'the pair had split in May']]);
    expect(rows('An insider spilled to People that the pair had split in May.')).toEqual([['People', 'An insider', 'the pair had split in May']]);
  });
  it('"shared with" a medium after a quotation', () => {
    expect(rows('“They are done,” an insider shared with People.')).toEqual([['People', 'an insider', 'They are done']]);
    expect(rows('“They are done,” an insider shared with E! News.')).toEqual([['E! News', 'an insider', 'They are done']]);
  });
  it('no statement in things shared or spilled', () => {
    expect(rows('The singer rose to fame through videos shared to YouTube. In 2010, she toured Europe.')).toEqual([]);
    expect(rows('Oil spilled into the bay after the collision.')).toEqual([]);
    expect(rows('She shared a video of the show.')).toEqual([]);
  });
});

describe('names with an exclamation mark', () => {
  it('after "according to" and "as first reported by"', () => {
    expect(rows('According to E! News, the pair had split in May.')).toEqual([['E! News', null, 'the pair had split in May']]);
    expect(rows('According to Hello! magazine, the pair had split in May.').map((r) => r[2])).toEqual(['the pair had split in May']);
  });
});

describe('an audience after "told"', () => {
  it('"her" as a determiner', () => {
    expect(rows('“We are thrilled,” she told her fans.')).toEqual([[null, 'she', 'We are thrilled']]);
    expect(rows('He told her that the deal was off.')).toEqual([[null, 'He', 'the deal was off']]);
  });
});

describe('a medium referred back to', () => {
  it('"told the site" after the site was named', () => {
    expect(rows('Page Six reported the split. “They are done,” a source told the site.').at(-1)).toEqual(['Page Six', 'a source', 'They are done']);
  });
  it('"According to the report, <name>, <appositive>, said C"', () => {
    const text = 'Reuters reported the blast on Monday. According to the report, Maria Lopez, the mayor of the town, said the road was closed.';
    expect(rows(text).at(-1)).toEqual(['Reuters', 'Maria Lopez', 'the road was closed']);
  });
});

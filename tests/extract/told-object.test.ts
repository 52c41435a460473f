// The object of "told" that is no bare name: a medium's staff ("the editor of The Times", "a
// reporter for the BBC") makes the medium the outlet; any other longer object before "that" is
// passed over to the content.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe("a medium's staff as the one told", () => {
  it('"told the editor of M that C", "told a reporter for M that C"', () => {
    const a = recordWith(run('The bishop told the editor of The Times that the parish would close.'), 'parish');
    expect(a.outlet).toBe('The Times');
    expect(a.speaker).toBe('The bishop');
    expect(a.claim).toBe('the parish would close');
    expect(recordWith(run('The coach told a reporter for the BBC that the squad was exhausted.'), 'squad').outlet).toBe('BBC');
  });
  it('after the content: "C, S told a correspondent from M on Sunday."', () => {
    const a = recordWith(run('The parish would close, the bishop told a correspondent from Le Monde on Sunday.'), 'parish');
    expect(a.outlet).toBe('Le Monde');
    expect(a.speaker).toBe('the bishop');
  });
  it('the editor of something that is no medium: the statement without an outlet', () => {
    const a = recordWith(run('The bishop told the editor of the parish magazine that the roof would be repaired.'), 'roof');
    expect(a.outlet).toBeNull();
    expect(a.claim).toBe('the roof would be repaired');
  });
});

describe('a longer object of "told" before "that"', () => {
  it('"told the head of the council that C"', () => {
    const a = recordWith(run('The bishop told the head of the council that the parish would close.'), 'parish');
    expect(a.speaker).toBe('The bishop');
    expect(a.claim).toBe('the parish would close');
  });
});

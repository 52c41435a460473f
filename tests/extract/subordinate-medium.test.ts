// A medium reporting inside a subordinate clause of a one-segment sentence ("Shares fell as Reuters
// reported that C", "the singer changed her tune as E! News confirmed C"): the conjunction's own
// subject is the medium, not the clause before it. "such as", "as well as" join names, no clauses.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a medium after a subordinating conjunction', () => {
  it('"X fell as M reported that C", "X rose after M said C"', () => {
    const a = recordWith(run('Shares of the carmaker fell as Bloomberg reported that the merger talks had stalled.'), 'merger');
    expect(a.outlet).toBe('Bloomberg');
    expect(a.speaker).toBeNull();
    const b = recordWith(run('Oil prices slid sharply on Tuesday as Reuters reported that the cartel would raise output.'), 'cartel');
    expect(b.outlet).toBe('Reuters');
  });
  it('a medium whose name holds a bang: "... as E! News confirmed C"', () => {
    const a = recordWith(run('The actor changed his story as E! News confirmed the pair had separated.'), 'separated');
    expect(a.outlet).toBe('E! News');
  });
  it('"such as", "as well as" join names: the whole phrase stays the speaker', () => {
    expect(recordWith(run('Several carmakers such as Toyota said that prices would rise.'), 'prices').speaker).toBe('Several carmakers such as Toyota');
    expect(recordWith(run('The unions as well as Acme said that prices would rise.'), 'prices').speaker).toBe('The unions as well as Acme');
  });
});

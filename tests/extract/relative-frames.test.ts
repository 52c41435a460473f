// Reporting frames inside relative clauses: "talked with sources who, it said, were close to the firm" (a frame
// set off by commas inside the relative: the predicate after it is the claim, "it" the medium the sentence names);
// "In June, the paper published photos which they said showed C" (a fronted adverbial does not turn the frame
// into '"C," S said'); "its sources, which reportedly said C" (the medium's sources speak); "The newspaper, which
// said C, added D" (the medium says C, and the main predicate keeps the medium as its subject).
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a frame inside a relative clause', () => {
  it('"sources who, it said, were C": the relative predicate after the frame', () => {
    const a = recordWith(run('The Globe and Mail talked with sources who, it said, were close to the company, and all of them dismissed the rumour.'), 'close to');
    expect([a.outlet, a.claim]).toEqual(['The Globe and Mail', 'were close to the company']);
    const b = recordWith(run('Reuters interviewed three workers who, the agency said, had not been paid for months.'), 'paid');
    expect([b.outlet, b.claim]).toEqual(['Reuters', 'had not been paid for months']);
  });
  it('"Despite that, he said, C" is no relative clause', () => {
    const a = recordWith(run('Despite that, he said, the economy is growing.'), 'economy');
    expect(a.claim).toBe('the economy is growing');
  });
  it('"photos which they said showed C" after a fronted adverbial; an age in apposition stays in the claim', () => {
    const a = recordWith(run('In its June issue, Der Spiegel published photos which they said showed Jane Roe, 67, living in a small flat.'), 'flat');
    expect([a.outlet, a.claim]).toEqual(['Der Spiegel', 'showed Jane Roe, 67, living in a small flat']);
    expect(recordWith(run('In June, the Guardian published photos which it said showed the minister at the party.'), 'party').outlet).toBe('The Guardian');
  });
  it('"its sources, which (reportedly) said C": the sources of the medium named before', () => {
    const a = recordWith(run('Der Spiegel reported on Monday that a plot had been planned. The magazine did not identify its sources, which reportedly said the group would take hostages.'), 'hostages');
    expect([a.outlet, a.speaker, a.claim]).toEqual(['Der Spiegel', 'its sources', 'the group would take hostages']);
    expect(recordWith(run('The Times did not name its sources, who said the minister would resign.'), 'resign').outlet).toBe('The Times');
  });
  it('"The newspaper, which said C, added D": two statements of the medium', () => {
    const ex = run('The Washington Post reported on the boxes. The newspaper, which said the department had been in touch with the archives, added that it was unclear who had packed them.');
    const said = recordWith(ex, 'archives');
    expect([said.outlet, said.claim]).toEqual(['The Washington Post', 'the department had been in touch with the archives']);
    expect(recordWith(ex, 'unclear').outlet).toBe('The Washington Post');
  });
  it('"The report cited a source, who claimed C": the source\'s statement is a record of its own', () => {
    const ex = run('Der Spiegel reported that the plant would close. The report cited an unnamed source, who claimed that the owners had run out of money.');
    expect(recordWith(ex, 'run out of money').speaker).toBe('an unnamed source');
  });
  it('a relative clause that only narrates is no statement', () => {
    const ex = run('The company, which reportedly plans to cut jobs, declined to comment.');
    expect(ex.attributions).toEqual([]);
  });
});

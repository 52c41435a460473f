// Outlet constructions from the second round of probe sentences: a statement sent to or received
// by a medium, a cleft that focuses the medium, a medium that carried a report "saying" C, a medium
// described before its name in "reported by M, which said C", and "reporting that C" after the
// medium broke the news.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a statement sent to or received by a medium', () => {
  it('"said in a text message received by M that C"', () => {
    const r = recordWith(run('The embassy said in a text message received by Reuters that the ambassador had left the country.'), 'ambassador');
    expect([r.outlet, r.speaker]).toEqual(['Reuters', 'The embassy']);
  });
  it('"In a statement sent to M, S said C", "In comments given to M, S said C"', () => {
    const r = recordWith(run('In a statement sent to Al Jazeera, the navy said the tanker had been boarded at dawn.'), 'tanker');
    expect([r.outlet, r.speaker]).toEqual(['Al Jazeera', 'the navy']);
    expect(recordWith(run('In comments given to Le Monde, the prefect said the camp would be cleared.'), 'camp').outlet).toBe('Le Monde');
    expect(recordWith(run('In an emailed statement provided to the Guardian, the insurer said no customer data was lost.'), 'customer data').outlet).toBe('The Guardian');
  });
  it('a statement sent to a body is no statement to a medium', () => {
    expect(recordWith(run('In a letter sent to the council, the residents said the road was unsafe.'), 'road').outlet).toBeNull();
  });
});

describe('a cleft that focuses the medium', () => {
  it('"It is M that reports C", "It is M that reports that C"', () => {
    const r = recordWith(run('It is the Evening Standard that reports the mayor will scrap the levy.'), 'levy');
    expect([r.outlet, r.cue]).toEqual(['Evening Standard', 'reports']);
    expect(recordWith(run('It is Bloomberg that reports that the lender will cut its dividend.'), 'dividend').outlet).toBe('Bloomberg');
  });
  it('"that reports" after a noun is still a noun phrase', () => {
    expect(run('The minister denied that reports of a reshuffle were accurate.').attributions.map((a) => a.outlet)).not.toContain('Bloomberg');
    expect(run('It is that report that worries the minister.').attributions).toHaveLength(0);
  });
});

describe('a medium that carried a report "saying" C', () => {
  it('"M carried a report saying C", "M ran a report claiming C"', () => {
    const r = recordWith(run('The Dhaka Tribune carried a report saying the ferry had capsized near the port.'), 'ferry');
    expect([r.outlet, r.speaker]).toEqual(['Dhaka Tribune', null]);
    expect(recordWith(run('Der Standard ran a report claiming the minister had used a private jet.'), 'private jet').outlet).toBe('Der Standard');
  });
  it('a report a speaker denies is still no one\'s report', () => {
    const ex = run('The army denied a report saying the convoy had been ambushed.');
    expect(ex.attributions.every((a) => a.outlet === null)).toBe(true);
  });
});

describe('"first reported by M, which said C" with a description before the name', () => {
  it('"published by Israeli news site M, which said C", "reported by the business daily M, which said C"', () => {
    expect(recordWith(run('The plan was first published by Israeli news site Walla, which said the cabinet would vote on Sunday.'), 'cabinet').outlet).toBe('Walla');
    const r = recordWith(run('The sale was first reported by the business daily Vedomosti, which said the deal would close in May.'), 'deal');
    expect([r.outlet, r.speaker]).toEqual(['Vedomosti', null]);
  });
});

describe('"reporting that C" after the medium broke the news or published a story', () => {
  it('"M broke the news on Tuesday, reporting that C", "M published a story, reporting that C"', () => {
    expect(recordWith(run('Deadline broke the news on Tuesday, reporting that the studio had dropped the sequel.'), 'sequel').outlet).toBe('Deadline');
    expect(recordWith(run('The Athletic published a story, reporting that the coach had been sacked.'), 'coach').outlet).toBe('The Athletic');
  });
  it('"reporting from" a place is no statement', () => {
    const ex = run("The BBC's Lyse Doucet, reporting from Kabul, said the airport had reopened.");
    expect(ex.attributions).toHaveLength(1);
    expect(recordWith(ex, 'airport').outlet).toBe('BBC');
  });
});

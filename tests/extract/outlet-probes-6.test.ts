// Outlet constructions from the sixth round of probe sentences: a quotation before a medium with a
// two-word owner, and an interview a speaker gave to a medium, named as a reduced relative clause.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a quotation, then "<Owner>\'s M quoted S as saying"', () => {
  it('a two-word owner before the medium ("South Korea\'s", "New Zealand\'s")', () => {
    const r = recordWith(run('"The launch pad is being repaired," South Korea\'s Yonhap news agency quoted a military official as saying.'), 'launch pad');
    expect([r.outlet, r.speaker, r.claim]).toEqual(['Yonhap', 'a military official', 'The launch pad is being repaired']);
    expect(recordWith(run('"The road is closed," New Zealand\'s Stuff news site quoted a police officer as saying.'), 'road').outlet).toBe('Stuff');
  });
  it('curly quotation marks and a one-word owner', () => {
    expect(recordWith(run('“The road is closed,” India\'s NDTV quoted a police officer as saying.'), 'road').outlet).toBe('NDTV');
  });
});

describe('an interview a speaker gave to a medium', () => {
  it('"according to an interview S gave to M, C": S speaks, M received it', () => {
    const r = recordWith(run('According to an interview the coach gave to Gazzetta dello Sport, the club will sell its captain.'), 'captain');
    expect([r.outlet, r.speaker]).toEqual(['La Gazzetta dello Sport', 'the coach']);
  });
  it('"In an interview she granted to M, S said C"', () => {
    const r = recordWith(run('In an interview she granted to Le Figaro, the minister said the reform was final.'), 'reform');
    expect([r.outlet, r.speaker]).toEqual(['Le Figaro', 'the minister']);
  });
  it('an interview given to people who are no medium', () => {
    expect(recordWith(run('According to an interview the coach gave to supporters, the club will sell its captain.'), 'captain').outlet).toBeNull();
  });
});

// "Mr. Smith, 45, of Springfield, Ill., told X": a town's state or country after a comma is the rest
// of the place, not the subject ("Ill" was the speaker).
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a town, its state or country, then the cue', () => {
  it('keeps the person as the speaker', () => {
    expect(recordWith(run('Mr. Smith, 45, of Springfield, Ill., told the Chicago Tribune he had no regrets.'), 'regrets')).toMatchObject({ outlet: 'Chicago Tribune', speaker: 'Mr. Smith' });
    expect(recordWith(run('Maria Lopez, a teacher from Oaxaca, Mexico, said the school had closed.'), 'school')?.speaker).toBe('Maria Lopez');
  });
  it('keeps the place inside a description', () => {
    expect(recordWith(run('A resident of Springfield, Ill., said the water was brown.'), 'water')?.speaker).toMatch(/^A resident of Springfield, Ill/);
    expect(recordWith(run('John Roe of Austin, Texas, said the storm had destroyed his home.'), 'storm')?.speaker).toMatch(/^John Roe/);
  });
  it('a state or country that is the subject stays the subject', () => {
    const ex = run('According to Bloomberg, Israel had warned the US that it would strike within days.');
    expect(ex.attributions.find((a) => a.cue === 'had warned')?.speaker).toBe('Israel');
  });
});

// A surname several people of the article share, and a surname before a generation ("III").
import { describe, expect, it } from 'vitest';
import { claimActors } from './helpers.js';

describe('a surname', () => {
  it('before "III" or "Jr." is the surname', () => {
    const text = 'A jailer, Thomas Edward Varnum III, was charged on Monday. Deputies said Varnum had taken cash from an inmate.';
    expect(claimActors(text, 'Varnum had taken cash from an inmate', 'Deputies')).toEqual(['Thomas Edward Varnum III']);
  });

  it('shared by two people is the one the article writes out at least twice as often', () => {
    const text = 'Choi Min-ho opened a school in Busan. Choi Min-ho was joined by his brother Choi Ji-sung. Choi Min-ho spoke first. Aides said Choi had praised the teachers.';
    expect(claimActors(text, 'Choi had praised the teachers', 'Aides')).toEqual(['Choi Min-ho']);
  });

  it('shared by two people named as often stays as written', () => {
    const text = 'Lena Marsh and her brother Owen Marsh opened a bakery. Friends said Marsh had always wanted a shop.';
    expect(claimActors(text, 'Marsh had always wanted a shop', 'Friends')).toEqual(['Marsh']);
  });
});

// Provinces and states of other countries are places of their own; national Red Cross
// societies are not the ICRC.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsIn(0, text.length);

describe('subdivisions of states', () => {
  it('does not read "British Columbia" as the United Kingdom', () => {
    expect(all('Floods cut roads across British Columbia on Monday.')).toEqual(['British Columbia']);
  });

  it('names Chinese provinces without "Province"', () => {
    expect(all('Parents in Hunan Province and in Shanxi province complained.')).toEqual(['Hunan', 'Shanxi']);
  });

  it('knows Korean provinces by their romanised names', () => {
    expect(all('The rocket was fired from Hamgyongnamdo.')).toEqual(['South Hamgyong Province']);
  });

  it('reads the East Sea as the Sea of Japan', () => {
    expect(all('Two shells fell into the East Sea.')).toEqual(['Sea of Japan']);
  });
});

describe('Red Cross societies', () => {
  it('keeps a national society apart from the ICRC', () => {
    expect(all('The Australian Red Cross opened shelters while the Red Cross in Geneva appealed for funds.')).toEqual([
      'Australian Red Cross',
      'International Committee of the Red Cross',
      'Geneva',
    ]);
  });
});

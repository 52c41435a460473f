// A medium's name with a qualifier around it: a stance modifier with a capitalised word inside
// ("the pro-Kremlin Izvestia", "Kremlin-friendly"), its seat after it ("The Sunday Times of
// London"), and "it" inside a sentence whose subject is that medium.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

const outletOf = (text: string, needle: string) => recordWith(run(text), needle).outlet;

describe('a stance modifier before the medium\'s name', () => {
  it('"pro-X" and "anti-X" with a capitalised X, after "the" and opening the sentence', () => {
    expect(outletOf('The pro-Kremlin Izvestia reported that the talks had failed.', 'talks')).toBe('Izvestia');
    expect(outletOf('Pro-Kremlin Izvestia reported that the talks had failed.', 'talks')).toBe('Izvestia');
    expect(outletOf('The anti-Putin Novaya Gazeta reported that the talks had failed.', 'talks')).toBe('Novaya Gazeta');
  });
  it('"X-friendly", "X-leaning" with a capitalised X', () => {
    expect(outletOf('The Kremlin-friendly Izvestia reported that the talks had failed.', 'talks')).toBe('Izvestia');
    expect(outletOf('The Beijing-leaning South China Morning Post said the talks had failed.', 'talks')).toBe('South China Morning Post');
  });
});

describe('"<Medium> of <capital>"', () => {
  it('the seat after the name only says which medium it is', () => {
    expect(outletOf('The Sunday Times of London reported that the company was up for sale.', 'company')).toBe('The Sunday Times');
    expect(outletOf('A story by The Sunday Times of London claimed that the company was up for sale.', 'company')).toBe('The Sunday Times');
  });
  it('"of" and a word that is no capital stays part of the phrase', () => {
    expect(outletOf('The Guardian of the working class said that the company was up for sale.', 'company')).toBeNull();
  });
});

describe('"it said" inside a sentence whose subject is a medium', () => {
  it('"it" is that medium, not one named in an earlier sentence', () => {
    const ex = run('The Sunday Times claimed the firm would split. But the Toronto-based Globe and Mail talked with sources who, it said, were close to the firm.');
    expect(ex.attributions.filter((a) => a.cue === 'said').map((a) => a.outlet)).toEqual(['The Globe and Mail']);
  });
  it('a medium that is not the subject ("the company talked with Reuters reporters") is not what "it" refers to', () => {
    const ex = run('The Sunday Times claimed the firm would split. But the company talked with Reuters reporters who, it said, were close to the deal.');
    expect(ex.attributions.filter((a) => a.cue === 'said').map((a) => a.outlet)).not.toContain('Reuters');
  });
});

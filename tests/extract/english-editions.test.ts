// A group's English-language daily is its own medium: Hürriyet Daily News is not Hürriyet, DawnNews (the
// channel) is not Dawn. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const outletOf = (text: string) => run(text).attributions[0]?.outlet ?? null;

describe('English-language editions and sister channels', () => {
  it('are named apart from the parent title', () => {
    expect(outletOf('The talks failed, Hurriyet Daily News reported.')).toBe('Hürriyet Daily News');
    expect(outletOf('The talks failed, Hürriyet reported.')).toBe('Hürriyet');
  });
});

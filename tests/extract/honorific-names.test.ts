// A lone surname after an honorific ("Mr Okafor", "Senator Adeyemi") names a person, so "he"/"she"
// in the next sentence refers to it; a lone name the gazetteers do not know is no organisation that
// "she" cannot refer to; one canonical actor is listed once.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';
import { recordWith, run } from './helpers.js';

describe('a lone name after an honorific', () => {
  it('is a person', () => {
    for (const text of ['Mr Okafor said the policy had failed.', 'Mrs Adeyemi said the policy had failed.', 'Senator Okafor said the policy had failed.']) {
      const kinds = createActorResolver(text).mentions().map((m) => m.kind);
      expect(kinds, text).toEqual(['person']);
    }
  });
  it('is what "he" refers to after a statement to a medium', () => {
    const ex = run('Mr Okafor told the BBC the policy had failed. He said he would not run again.');
    expect(recordWith(ex, 'run again').speaker).toBe('Okafor');
  });
  it('a name is not a person after a title that also opens organisations', () => {
    expect(createActorResolver('General Motors said sales rose.').mentions().map((m) => m.kind)).not.toContain('person');
  });
});

describe('"she" after a lone unknown name', () => {
  it('refers to it even when a medium is named in the sentence before', () => {
    const ex = run('Speaking to the Guardian, Roe said the policy had failed. She also said she would not run again.');
    expect(recordWith(ex, 'run again').speaker).toBe('Roe');
  });
});

describe('claim actors', () => {
  it('lists one canonical name once', () => {
    // ("Bush" an organisation's name in "the Bush administration", a person's after "President")
    const ex = run('The program is far larger than the Bush administration has acknowledged, the paper reported. Since the program was revealed, President Bush has stressed that his order was limited to people with known links to al Qaeda.');
    expect(recordWith(ex, 'his order').actors).toContain('Bush');
    for (const r of ex.attributions) expect(new Set(r.actors).size, JSON.stringify(r.actors)).toBe(r.actors.length);
  });
});

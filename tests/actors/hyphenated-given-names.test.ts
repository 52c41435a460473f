// A given name written with a hyphen ("Jean-Marie", "Anne-Sophie") whose first part is also a word:
// the whole name is the person, after a quotation too. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';
import { extract } from '../../server/extract/index.js';

const all = (text: string) => createActorResolver(text).actorsIn(0, text.length);

describe('hyphenated given names', () => {
  it('"Jean-Marie Leblanc" after a quotation is one person, not "Marie Leblanc"', () => {
    const text = '"We are very shocked," Jean-Marie Leblanc told a radio station.';
    expect(all(text)).toEqual(['Jean-Marie Leblanc']);
    expect(createActorResolver(text).isPersonName('Jean-Marie Leblanc')).toBe(true);
  });
  it('the person is the referent of the pronoun in the next sentence', () => {
    const text = '"We are very shocked," Jean-Marie Leblanc told a radio station. However, he cautioned that the riders should be heard out.';
    const a = extract({ id: 't', title: 't', text, published: '2024-03-16' }).attributions.find((r) => r.claim.includes('heard out'));
    expect(a?.speaker).toBe('Jean-Marie Leblanc');
  });
  it('a hyphenated prefix of a body is left as it was', () => {
    expect(all('Co-Op Bank said profits fell.')).toEqual(['Co-Op Bank']);
  });
});

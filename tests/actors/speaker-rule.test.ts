// The speaker is an actor of its claim when the claim is about the speaker (annotation rule 8), when the
// speaker is a head of state or government, and whenever the speaker is a state or an organisation.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const span = (text: string, part: string) => {
  const i = text.indexOf(part);
  if (i < 0) throw new Error(`not in text: ${part}`);
  return [i, i + part.length] as const;
};

describe('speaker as an actor of the claim', () => {
  const text =
    'Governor Tilda Marsh of the province said heavy rain would fall all week. Marsh said she would visit the valley. ' +
    'Coach Rolf Amsel said "he hurt his ankle in training". Amsel said: "I have never seen such a storm." ' +
    'The Lakeside Relief Society said some towns could lose power. The Lakeside Relief Society said it was opening shelters. ' +
    'Opposition leader Ines Varga said: "We reject the count." President Omar Delgado said the border would stay open.';
  const r = createActorResolver(text);

  it('leaves out a governor talking about the weather', () => {
    expect(r.actorsForClaim(...span(text, 'heavy rain would fall all week'), 'Governor Tilda Marsh')).not.toContain('Tilda Marsh');
  });

  it('adds a person the claim is about: "she would", "I have"', () => {
    expect(r.actorsForClaim(...span(text, 'she would visit the valley'), 'Marsh')).toContain('Tilda Marsh');
    expect(r.actorsForClaim(...span(text, 'I have never seen such a storm.'), 'Amsel')).toContain('Rolf Amsel');
  });

  it('does not read "he" inside a quotation as the speaker', () => {
    expect(r.actorsForClaim(...span(text, 'he hurt his ankle in training'), 'Coach Rolf Amsel')).not.toContain('Rolf Amsel');
  });

  it('adds an organisation that speaks (the annotated sets list a speaking body among its claim\'s actors)', () => {
    expect(r.actorsForClaim(...span(text, 'some towns could lose power'), 'The Lakeside Relief Society')).toEqual(['Lakeside Relief Society']);
    expect(r.actorsForClaim(...span(text, 'it was opening shelters'), 'The Lakeside Relief Society')).toEqual(['Lakeside Relief Society']);
  });

  it('does not add a party leader for "we" in a quote', () => {
    expect(r.actorsForClaim(...span(text, 'We reject the count.'), 'Opposition leader Ines Varga')).not.toContain('Ines Varga');
  });

  it('adds a head of state whatever the claim', () => {
    expect(r.actorsForClaim(...span(text, 'the border would stay open'), 'President Omar Delgado')).toContain('Omar Delgado');
  });
});

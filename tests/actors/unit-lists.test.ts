// Subdivisions listed after their plural unit word are named with the unit: "the hardest-hit districts
// were A, B and C" -> "A District", ...; a lone name, a known state or a sentence that only mentions the
// unit word is left alone.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsForClaim(0, text.length, null);

describe('a list of subdivisions after their unit word', () => {
  it('names each with the unit', () => {
    expect(all('The agency said the hardest-hit districts were Ngoma, Rulindo, Kayonza, and Bugesera.')).toEqual(['Ngoma District', 'Rulindo District', 'Kayonza District', 'Bugesera District']);
    expect(all('The quake caused damage in several departments, including Alta Verapaz, Peten and Izabal.')).toEqual(['Alta Verapaz Department', 'Peten Department', 'Izabal Department']);
    expect(all('Officials said the worst affected provinces were Kandor and Valeno.')).toEqual(['Kandor Province', 'Valeno Province']);
  });

  it('leaves a lone name, known states and other sentences alone', () => {
    expect(all('The districts were flooded after the rains, officials in Ngoma said.')).toEqual(['Ngoma']);
    expect(all('The counties were Ohio and Texas, the report said.')).toEqual(['Ohio', 'Texas']);
    expect(all('Several provinces, including the capital, were without power.')).toEqual([]);
  });
});

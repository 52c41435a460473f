// Names of media as the annotated sets give them: the paper's own name over its website's (Phileleftheros),
// a group's English-language daily apart from its Korean one, a broadcaster by its English name (Polish Radio)
// or its full name (Hellenic Broadcasting Corporation for ERT), a radio station apart from its TV sister, and a
// few media the gazetteer lacked. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const outletOf = (text: string) => run(text).attributions.map((a) => a.outlet);

describe('names of media', () => {
  it('by the name the annotators use', () => {
    expect(outletOf('Phileleftheros reported that the talks had stalled.')).toEqual(['Phileleftheros']);
    expect(outletOf('Philenews reported that the talks had stalled.')).toEqual(['Phileleftheros']);
    expect(outletOf('The Korea JoongAng Daily reported that the plant would close.')).toEqual(['Korea JoongAng Daily']);
    expect(outletOf('The JoongAng Ilbo reported that the plant would close.')).toEqual(['JoongAng Ilbo']);
    expect(outletOf('The minister told Polskie Radio that the border was calm.')).toEqual(['Polish Radio']);
    expect(outletOf('The minister told Greek state broadcaster ERT that the border was calm.')).toEqual(['Hellenic Broadcasting Corporation']);
    expect(outletOf('The minister told Joy FM that the vote would go ahead.')).toEqual(['Joy FM']);
  });
  it('media the gazetteer lacked', () => {
    expect(outletOf('The Cypriot daily Alithia reported that the drill ship had arrived.')).toEqual(['Alithia']);
    expect(outletOf('The spokesman told Radio Govorit Moskva that no meeting was planned.')).toEqual(['Govorit Moskva']);
    expect(outletOf('According to Recode, the breach affected 500 million accounts.')).toEqual(['Recode']);
    expect(outletOf('A reader told KrebsOnSecurity that the outage began on Sunday.')).toEqual(['KrebsOnSecurity']);
  });
  it('a common word named as a medium only in a medium\'s frame', () => {
    expect(outletOf('The Motherboard was replaced, the engineer said.')).toEqual([null]);
  });
});

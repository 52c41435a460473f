// A name joined by an ampersand is one firm's, even when its second part is a known name or its first a
// word that starts the sentence ("Northern & Shell", "Marks & Spencer said"); Shell itself is named as
// reference works name it ("Shell plc").
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsForClaim(0, text.length, null);

describe('names joined by an ampersand', () => {
  it('are one organisation, whatever their second part', () => {
    expect(all('The publisher is in talks with Northern & Shell about its titles.')).toEqual(['Northern & Shell']);
    expect(all('Shares of Harbour & Shell fell on Monday.')).toEqual(['Harbour & Shell']);
  });

  it('keep a sentence-initial word that the ampersand joins to the name', () => {
    expect(all('Marks & Spencer will close 30 stores.')).toEqual(['Marks & Spencer']);
    expect(all('Northern & Shell declined to comment.')).toEqual(['Northern & Shell']);
  });

  it('leave the known firm alone where no ampersand joins it', () => {
    expect(all('Shell is in talks to buy a rival.')).toEqual(['Shell plc']);
    expect(all('The Royal Dutch Shell board met on Monday.')).toEqual(['Shell plc']);
  });
});

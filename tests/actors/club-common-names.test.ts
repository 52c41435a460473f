// A club among a claim's actors goes by its common name, without the legal suffix of its reference name.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';
import { claimActors } from './helpers.js';

describe('a club among the actors of a claim', () => {
  it('drops "F.C." and "CF"', () => {
    const text = 'Chelsea beat Valencia CF 2-0 in a friendly on Sunday. The coach said Chelsea had played well against Valencia CF.';
    expect(claimActors(text, 'Chelsea had played well against Valencia CF', 'The coach')).toEqual(['Chelsea', 'Valencia']);
  });

  it('is the speaker by its common name too', () => {
    const text = 'Everton lost at home to Leeds United on Saturday. Everton said the referee had made mistakes.';
    expect(createActorResolver(text).canonicalSpeaker('Everton')).toBe('Everton');
  });

  it('keeps a club whose name starts with its suffix whole', () => {
    const text = 'FC Porto signed a new goalkeeper on Monday. The player said FC Porto had offered him a five-year deal.';
    expect(claimActors(text, 'FC Porto had offered him a five-year deal', 'The player')).toContain('FC Porto');
  });
});

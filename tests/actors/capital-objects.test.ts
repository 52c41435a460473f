// A capital stands for its state as the one asked or made to act ("urged Tehran to return", "allow Moscow
// to pay", "could see Moscow invade"), as the one accused or referred ("if Tehran was referred to", "Moscow
// was accused of"), and as a subject with a plain adverb before its verb ("Ankara also rejected"); not as a
// town things happen to ("Warsaw was hit by a storm", "see Paris in the spring", "helped Kabul to recover")
// nor after a preposition ("flying to Moscow to rebook").
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsForClaim(0, text.length, null);

describe('a capital asked, made or allowed to act', () => {
  it('is its state', () => {
    expect(all('European envoys pressed Tehran to accept the inspectors.')).toEqual(['Iran']);
    expect(all('The loan would allow Kyiv to buy more shells.')).toEqual(['Ukraine']);
    expect(all('The minister said he wanted Beijing to do more.')).toEqual(['China']);
    expect(all('A new offensive could see Moscow seize the port.')).toEqual(['Russia']);
  });

  it('is its state when accused, sanctioned or referred', () => {
    expect(all('Damascus was accused of using banned weapons.')).toEqual(['Syria']);
    expect(all('Oil sales would stop if Tehran were referred to the council.')).toEqual(['Iran']);
  });

  it('is its state with a plain adverb before its verb', () => {
    expect(all('Ankara also rejected the plan.')).toEqual(['Turkey']);
    expect(all('Seoul first demanded an apology.')).toEqual(['South Korea']);
  });

  it('stays the town where things happen to it or it is only where someone goes', () => {
    expect(all('Warsaw was hit by a storm on Sunday.')).toEqual(['Warsaw']);
    expect(all('Visitors come to see Paris in the spring.')).toEqual(['Paris']);
    expect(all('Volunteers helped Kabul to recover after the floods.')).toEqual(['Kabul']);
    expect(all('The airline will allow passengers flying to Moscow to rebook.')).toEqual(['Moscow']);
  });
});

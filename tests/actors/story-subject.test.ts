// The story's subject — the actor the headline names that the text names at least twice as often as
// any other — is an actor of every claim, whether the claim names it or not.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';
import { extract } from '../../server/extract/index.js';

const forClaim = (title: string, text: string, claim: string, speaker: string | null = null) => {
  const i = text.lastIndexOf(claim);
  if (i < 0) throw new Error(`claim not in text: ${claim}`);
  return createActorResolver(text, title).actorsForClaim(i, i + claim.length, speaker);
};

const text =
  'Glencore agreed on Tuesday to buy a copper mine in Zambia. Glencore will pay in cash, and Glencore expects the sale ' +
  'to close in May. A person close to the talks said the price had been agreed last week.';

describe("the story's subject", () => {
  it('is an actor of a claim that does not name it', () => {
    expect(forClaim('Glencore to buy Zambian copper mine', text, 'the price had been agreed last week')).toEqual(['Glencore']);
  });

  it('is found by the name the text gives it, not only the canonical one', () => {
    const t = 'President Joe Biden met union leaders on Monday. Biden promised new jobs, and Biden said he would return. An aide said the meeting went well.';
    expect(forClaim('Biden meets union leaders', t, 'the meeting went well')).toEqual(['Joe Biden']);
  });

  it('is none when the headline does not name it, or when another actor is named nearly as often', () => {
    expect(forClaim('Copper mine changes hands', text, 'the price had been agreed last week')).toEqual([]);
    const even = 'Glencore and Zambia signed a deal. Glencore praised Zambia, and Glencore thanked Zambia. An aide said Vale had made a rival offer.';
    expect(forClaim('Glencore signs deal', even, 'Vale had made a rival offer')).toEqual(['Vale']);
    // (once is not enough, nor a word inside another: "Glencorea")
    expect(forClaim('Glencore deal', 'Glencore signed a deal. An aide said the price had been agreed last week.', 'the price had been agreed last week')).toEqual([]);
    expect(forClaim('Glencorea deal', text, 'the price had been agreed last week')).toEqual([]);
  });

  it('is read from the article title by the extraction', () => {
    const records = extract({ id: 't', title: 'Glencore to buy Zambian copper mine', text: text.replace('A person close to the talks said', 'A person close to the talks told Reuters that') }).attributions;
    const r = records.find((x) => x.claim.startsWith('the price'));
    expect(r?.actors).toContain('Glencore');
  });
});

describe("the headline's actor in a claim that names none", () => {
  // (Glencore named three times, Zambia twice: the most named, not the dominant one)
  const shared = 'Glencore agreed on Tuesday to buy a copper mine in Zambia. Glencore will pay in cash. Glencore and Zambia will hold a ceremony. ';

  it('is the actor of a claim naming no actor, though not dominant', () => {
    expect(forClaim('Glencore buys mine in Zambia', `${shared}An aide said the price had been agreed last week.`, 'the price had been agreed last week')).toEqual(['Glencore']);
  });

  it('is not added to a claim that names an actor of its own', () => {
    expect(forClaim('Glencore buys mine in Zambia', `${shared}An aide said Vale had made a rival offer.`, 'Vale had made a rival offer')).toEqual(['Vale']);
  });

  it('is not a place', () => {
    // (Mombasa named as often as Glencore: the most named, first, but not dominant)
    const t = 'Floods hit Mombasa on Monday. Mombasa has closed schools, and Glencore sent aid; Glencore said more would come. A doctor said the meeting went well.';
    expect(forClaim('Mombasa floods close schools', t, 'the meeting went well')).toEqual([]);
  });
});

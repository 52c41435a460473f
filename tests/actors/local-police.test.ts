// A police force named by the place it serves is that force, not the place ("the Rawalpindi police",
// "Avon and Somerset police", "the Nagano prefectural police"), under its reference name; a place after
// "police in" or beside "police said" stays the place, and a people's name says whose police, not which.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';
import { extract } from '../../server/extract/index.js';

const all = (text: string) => createActorResolver(text).actorsForClaim(0, text.length, null);
const speakerActor = (text: string) => createActorResolver(text).canonicalSpeaker(text.slice(0, text.indexOf(' said')));

describe('a police force named by its place', () => {
  it('is "<Place> Police", whatever the case of "police"', () => {
    expect(all('Officers from the Multan police searched three houses on Friday.')).toEqual(['Multan Police']);
    expect(all('A Multan Police officer was wounded in the raid.')).toEqual(['Multan Police']);
    expect(speakerActor('The Multan police said two suspects had been detained overnight.')).toBe('Multan Police');
  });

  it('is the force as the article names it in full, or a US city\'s police department', () => {
    expect(all('The Tulsa Police Department opened an inquiry. A Tulsa police spokesman said it would take weeks.')).toEqual(['Tulsa Police Department']);
    expect(speakerActor('Chicago police said the driver had fled on foot.')).toBe('Chicago Police Department');
  });

  it('keeps a qualifier that is part of the force\'s name', () => {
    expect(speakerActor('The Hyogo prefectural police said three houses had collapsed.')).toBe('Hyogo Prefectural Police');
  });

  it('names forces that have names of their own', () => {
    expect(speakerActor('Queensland police said the fire was under control.')).toBe('Queensland Police Service');
    expect(speakerActor('A Queensland Police spokeswoman said the fire was under control.')).toBe('Queensland Police Service');
    expect(all('Avon and Somerset police arrested a 20-year-old man in Bath.')).toEqual(['Avon and Somerset Constabulary', 'Bath']);
  });

  it('leaves the place where the text only locates the police', () => {
    expect(all('Police in Multan arrested two men on Friday.')).toEqual(['Multan']);
    expect(all('Two men were arrested in Multan, police said.')).toEqual(['Multan']);
  });

  it('leaves a people\'s police to the state it belongs to', () => {
    expect(all('German police arrested a man in Hamburg.')).toEqual(['Germany', 'Hamburg']);
    expect(all('Kurdish police closed the road to the border.')).toEqual([]);
  });

  it('is the actor of a claim the force makes', () => {
    const text = 'The Multan police said two suspects had been detained overnight.';
    const [record] = extract({ id: 't', title: '', text }).attributions;
    expect(record.speakerActor).toBe('Multan Police');
    expect(record.actors).toEqual(['Multan Police']);
  });
});

describe('an initialism before "police"', () => {
  it('is the body itself, not a place it serves', () => {
    const ex = extract({ id: 't', title: 't', text: "France's IGPN police watchdog was probing the incident, the paper reported.", published: '2022-06-05' });
    expect(ex.attributions.flatMap((a) => a.actors)).not.toContain('IGPN Police');
  });
});

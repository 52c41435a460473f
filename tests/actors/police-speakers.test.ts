// The police a claim involves: a state's national police for "police" (also "Police said" opening a sentence
// and "<demonym> police"), and the force a police officer speaks for when the claim is about police work.
import { describe, expect, it } from 'vitest';
import { claimActors as actorsOf } from './helpers.js';

describe('national police', () => {
  it('is the force meant by a sentence-opening "Police"', () => {
    const text = 'A ferry ran aground off Sweden on Sunday. Sweden has had three such accidents this year. Police believe the captain was asleep.';
    expect(actorsOf(text, 'Police believe the captain was asleep', null)).toEqual(['Swedish Police Authority']);
  });

  it('is the force of the state a demonym names, not the state', () => {
    const text = 'Copenhagen stayed calm. Danish police were questioning two drivers.';
    expect(actorsOf(text, 'Danish police were questioning two drivers', null)).toEqual(['Danish National Police']);
  });

  it('is not the security police nor a name that goes on', () => {
    const text = 'Stockholm was quiet on Friday. Sweden raised its alert level. Swedish security police were watching two men.';
    expect(actorsOf(text, 'Swedish security police were watching two men', null)).not.toContain('Swedish Police Authority');
    const named = 'Heavy rain hit Peru on Monday. Peru declared an emergency. Police Commander Luis Vega said roads were shut.';
    expect(actorsOf(named, 'roads were shut', 'Police Commander Luis Vega')).toEqual([]);
  });
});

describe('a police officer speaking about police work', () => {
  it('brings the force the officer serves', () => {
    const text = 'A jeweller was robbed in Malaysia on Monday. Malaysia has tightened security. Police official Aziz Rahman said: "We are questioning four men."';
    expect(actorsOf(text, 'We are questioning four men.', 'Police official Aziz Rahman')).toEqual(['Royal Malaysia Police']);
  });

  it('also when the officer is named only by surname after being introduced', () => {
    const text = 'Fires broke out near Wellington in New Zealand. New Zealand declared a state of emergency. ' +
      'Detective Sergeant Mere Tane said two people were held. Tane said officers were still searching the hills.';
    expect(actorsOf(text, 'officers were still searching the hills', 'Tane')).toEqual(['New Zealand Police']);
  });

  it('not when the claim is about something else', () => {
    const text = 'A jeweller was robbed in Malaysia on Monday. Malaysia has tightened security. Police official Aziz Rahman said the shop had opened in May.';
    expect(actorsOf(text, 'the shop had opened in May', 'Police official Aziz Rahman')).toEqual([]);
  });
});

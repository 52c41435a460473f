// Places and states in actor names: the story's scene, place names inside longer names, capitals standing for their state, a state's troops and chambers.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const span = (text: string, part: string) => {
  const start = text.indexOf(part);
  expect(start, `"${part}" must occur in the text`).toBeGreaterThanOrEqual(0);
  return [start, start + part.length] as const;
};

describe('the scene of a story', () => {
  it('is not a place the lead names only as a destination', () => {
    const text =
      'A strong earthquake struck off the coast of Peru on Monday. A tsunami warning was issued for coasts as far as Hawaii. ' +
      'The mayor said two people died when a wall collapsed.';
    const r = createActorResolver(text);
    expect(r.actorsForClaim(...span(text, 'two people died when a wall collapsed'), 'The mayor')).not.toContain('Hawaii');
  });

  it('does not count "the capital" as a mention of the scene', () => {
    const text =
      'A landslide buried homes in Varnok on Monday. Rescuers in Varnok dug through the mud. ' +
      'The road to Lima was cut 60 km from the capital, and trucks bound for the capital waited near the capital. ' +
      'Officials said nine people were killed.';
    const r = createActorResolver(text);
    expect(r.actorsForClaim(...span(text, 'nine people were killed'), 'Officials')).toEqual(['Varnok']);
  });

  it('counts a region named inside a description ("the central province of X") as the scene', () => {
    const text =
      'Shelling hit the central province of Hama on Friday. Families in the province of Hama fled north. ' +
      'Witnesses said three people were wounded.';
    const r = createActorResolver(text);
    expect(r.actorsForClaim(...span(text, 'three people were wounded'), 'Witnesses')).toEqual(['Hama Governorate']);
  });
});

describe('hyphenated names', () => {
  it('keeps a title word joined by a hyphen as part of a place name', () => {
    const text = 'Protests spread to Saint-Louis and Sainte-Foy on Friday.';
    expect(createActorResolver(text).actorsIn(0, text.length)).toEqual(['Saint-Louis', 'Sainte-Foy']);
  });

  it('still strips "President-elect" from the person it titles', () => {
    const text = 'Vice President-elect Maria Lund met President-elect Tomas Berg.';
    expect(createActorResolver(text).actorsIn(0, text.length)).toEqual(['Maria Lund', 'Tomas Berg']);
  });
});

describe('bodies named after a capital', () => {
  it('reads a capital followed by a body\'s name as one organisation', () => {
    const text = 'The Abu Dhabi Media Group, Cairo University and the Moscow City Court were named.';
    expect(createActorResolver(text).actorsIn(0, text.length)).toEqual(['Abu Dhabi Media Group', 'Cairo University', 'Moscow City Court']);
  });

  it('still reads a capital alone, and a capital acting for its state, as before', () => {
    const text = 'Talks in Nairobi ended. Moscow rejected the offer.';
    expect(createActorResolver(text).actorsIn(0, text.length)).toEqual(['Nairobi', 'Russia']);
  });
});

describe('a capital standing for its state', () => {
  it('reads the capital as the state after "did"/"needs" and as the other party of relations', () => {
    const text = 'Ankara did not need an invitation, and talks with Nairobi resumed while ties with Lima stalled.';
    expect(createActorResolver(text).actorsIn(0, text.length)).toEqual(['Turkey', 'Kenya', 'Peru']);
  });

  it('keeps the city where it is a place', () => {
    const text = 'Rescuers in Nairobi worked with volunteers, and Lima was hit by floods.';
    expect(createActorResolver(text).actorsIn(0, text.length)).toEqual(['Nairobi', 'Lima']);
  });
});

describe('a state\'s troops', () => {
  it('reads "<demonym> troops/soldiers/forces" as the army or armed forces, not the state', () => {
    const text = 'Pakistani soldiers fired on Indian troops, and Turkish forces moved north.';
    expect(createActorResolver(text).actorsIn(0, text.length)).toEqual(['Pakistan Army', 'Indian Army', 'Turkish Armed Forces']);
  });

  it('keeps the state for its officials and citizens', () => {
    const text = 'Indian officials met Turkish nationals.';
    expect(createActorResolver(text).actorsIn(0, text.length)).toEqual(['India', 'Turkey']);
  });
});

describe('another state\'s chambers', () => {
  it('does not read "the Nigerian Senate" as the US Senate', () => {
    const text = 'The Nigerian Senate passed the bill, and the Brazilian Congress rejected it; the U.S. Senate did not vote.';
    expect(createActorResolver(text).actorsIn(0, text.length)).toEqual(['Senate (Nigeria)', 'Congress (Brazil)', 'United States Senate']);
  });
});

describe('hyphens in and after names', () => {
  it('keeps a hyphenated given name whole at the start of a sentence', () => {
    const text = 'Jean-Luc Moreau criticised Anne-Marie Duval.';
    expect(createActorResolver(text).actorsIn(0, text.length)).toEqual(['Jean-Luc Moreau', 'Anne-Marie Duval']);
  });

  it('still strips a hyphenated title ("Vice-President")', () => {
    const text = 'Vice-President Tomas Berg spoke.';
    expect(createActorResolver(text).actorsIn(0, text.length)).toEqual(['Tomas Berg']);
  });

  it('reads a US lawmaker\'s party and state ("D-Mass.", "(R-Ohio)") as no actor', () => {
    const text = 'Sen. Ann Lowe, D-Mass., and Rep. Tim Ford (R-Ohio) met officials in Ohio.';
    expect(createActorResolver(text).actorsIn(0, text.length)).toEqual(['Ann Lowe', 'Tim Ford', 'Ohio']);
  });
});

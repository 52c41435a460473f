// A place followed by a capitalised plural is one name, a team's, not the place ("the Denver Hawks",
// "Leeds Rhinos"), and the nickname alone later is that team; plurals of the land itself ("Golan
// Heights"), of events and of peoples, and a person after a title ("Ohio Senator Mark Ellis"), are not.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

const all = (text: string) => createActorResolver(text).actorsForClaim(0, text.length, null);

describe('a place and a plural nickname', () => {
  it('name a team, not the place', () => {
    expect(all('The Denver Hawks agreed to send their top scorer to the Memphis Owls on Monday.')).toEqual(['Denver Hawks', 'Memphis Owls']);
    expect(all('Leeds Rhinos won again.')).toEqual(['Leeds Rhinos']);
    expect(all('He sold his stake in the Boston Red Sox last year.')).toEqual(['Boston Red Sox']);
    expect(all('The trade sends him to the Philadelphia 76ers for two picks.')).toEqual(['Philadelphia 76ers']);
  });

  it('make the nickname alone the team', () => {
    const text = 'The Denver Hawks fired their coach. The Hawks said a new one would be named soon.';
    expect(createActorResolver(text).actorsIn(text.indexOf('The Hawks said'), text.length)).toEqual(['Denver Hawks']);
  });

  it('leave the land, events, peoples and titled people alone', () => {
    expect(all('Troops stayed on the Golan Heights.')).toEqual(['Golan Heights']);
    expect(all('Rain fell on the Blue Mountains near Sydney.')).toContain('Sydney');
    expect(all('Ohio Senator Mark Ellis visited the plant.')).not.toContain('Ohio Senator Mark Ellis');
    expect(all('Kosovo Serbs blocked the roads into the north.')).not.toContain('Kosovo Serbs');
  });
});

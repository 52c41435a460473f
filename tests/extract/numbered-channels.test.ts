// A channel named by its medium noun and a number ("Channel 5 television", "Radio 4", "Kanal 5") as the
// object of "told": the medium of the statement. A number that starts the content is not part of it.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('numbered channels', () => {
  it('told Channel N (television), Radio N, Kanal N', () => {
    expect(recordWith(run('Two of the victims were infants, Health Minister Jan Horak told Channel 5 television.'), 'infants')).toMatchObject({ outlet: 'Channel 5', speaker: 'Health Minister Jan Horak' });
    expect(recordWith(run('The minister told Radio 4 that the border would stay closed.'), 'border')).toMatchObject({ outlet: 'Radio 4', claim: 'the border would stay closed' });
    expect(recordWith(run('The border would stay closed, a police spokesman told Channel 12 on Monday.'), 'border')).toMatchObject({ outlet: 'Channel 12', speaker: 'a police spokesman' });
    expect(recordWith(run('The minister told Kanal 5 in an interview that the border would stay closed.'), 'border')).toMatchObject({ outlet: 'Kanal 5' });
  });
  it('a number after a medium that is not its name starts the content', () => {
    expect(recordWith(run('The minister told the channel 5 people had died.'), 'died')).toMatchObject({ outlet: null, claim: '5 people had died' });
    expect(recordWith(run('The minister told Reuters 10 people had died in the blast.'), 'died')).toMatchObject({ outlet: 'Reuters', claim: '10 people had died in the blast' });
  });
});

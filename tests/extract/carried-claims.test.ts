// A claim noun with its speaker that a medium carries: "M relays claims by S that C", "a report in M
// about claims by S that C". S's claim reaches us through M.
import { describe, expect, it } from 'vitest';
import { outletAndSpeakerOf } from './helpers.js';

describe('"M relays|carries claims by S that C"', () => {
  it('the medium that carries the claims is the outlet, the claimants the speaker', () => {
    expect(outletAndSpeakerOf('In South Africa, the Mail and Guardian relays claims by critics that the president is a quiet autocrat.', 'autocrat'))
      .toEqual(['Mail & Guardian', 'critics']);
    expect(outletAndSpeakerOf('The Guardian carries claims by critics that the president is a quiet autocrat.', 'autocrat')).toEqual(['The Guardian', 'critics']);
  });
  it('a carrier that is no medium gives no outlet', () => {
    expect(outletAndSpeakerOf('The opposition relays claims by critics that the president is a quiet autocrat.', 'autocrat')[0]).toBeNull();
  });
});

describe('"a report in M about claims by S that C"', () => {
  it('the medium the report appeared in', () => {
    expect(outletAndSpeakerOf('The minister was appalled by a report in the Mail on Sunday about claims by unnamed Tories that the MP had distracted the prime minister.', 'distracted'))
      .toEqual(['The Mail on Sunday', 'unnamed Tories']);
  });
  it('a report in a body that is no medium', () => {
    expect(outletAndSpeakerOf('The minister was appalled by a report in Parliament about claims by unnamed Tories that the MP had distracted the prime minister.', 'distracted')[0]).toBeNull();
  });
});

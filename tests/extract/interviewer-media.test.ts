// "The BBC spoke to a witness who said C": the medium that heard a speaker is the outlet of what the
// speaker said, whether the medium spoke to, talked with, interviewed or reached the speaker. A subject
// that is no medium keeps the claim without an outlet.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a medium that heard the speaker', () => {
  it('spoke to / spoke with / has spoken to, then "who said (that)"', () => {
    expect(recordWith(run('The BBC spoke to a witness who said that the bridge had collapsed at dawn.'), 'bridge')).toMatchObject({ outlet: 'BBC', speaker: 'a witness', claim: 'the bridge had collapsed at dawn' });
    expect(recordWith(run('Reuters spoke with two residents who said the dam had burst at dawn.'), 'dam')).toMatchObject({ outlet: 'Reuters', speaker: 'two residents' });
    expect(recordWith(run('The Guardian has spoken to three officials who confirmed that the plan was dropped.'), 'plan')).toMatchObject({ outlet: 'The Guardian', speaker: 'three officials' });
  });
  it('interviewed, talked to, reached; with a comma before "who" too', () => {
    expect(recordWith(run('CNN interviewed a nurse who said the hospital had run out of oxygen.'), 'oxygen')).toMatchObject({ outlet: 'CNN', speaker: 'a nurse' });
    expect(recordWith(run('Al Jazeera talked to a farmer, who said that the floods had destroyed his crops.'), 'crops')).toMatchObject({ outlet: 'Al Jazeera', speaker: 'a farmer' });
    expect(recordWith(run('Deutsche Welle reached a teacher in the city, who said the school had been shelled overnight.'), 'school')).toMatchObject({ outlet: 'Deutsche Welle', speaker: 'a teacher in the city' });
  });
  it('after a fronted clause, and a medium referred back to', () => {
    expect(recordWith(run('While the ministry has not confirmed the toll, France 24 spoke to a doctor who said that forty patients had died.'), 'forty')).toMatchObject({ outlet: 'France 24', speaker: 'a doctor' });
    const ex = run('Le Monde published the figures on Monday. While officials have not confirmed the toll, the newspaper spoke to a nurse who said that forty patients had died.');
    expect(recordWith(ex, 'forty')).toMatchObject({ outlet: 'Le Monde', speaker: 'a nurse' });
  });
  it('a subject that is no medium gives no outlet', () => {
    expect(recordWith(run('The minister spoke to a witness who said that the bridge had collapsed at dawn.'), 'bridge')).toMatchObject({ outlet: null, speaker: 'a witness' });
    expect(recordWith(run('Police interviewed a driver who said he had not seen the cyclist.'), 'cyclist')).toMatchObject({ outlet: null, speaker: 'a driver' });
  });
});

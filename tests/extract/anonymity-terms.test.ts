// The terms a source spoke on ("on condition of anonymity because he was not authorised to
// speak publicly") belong to the frame, not to the content.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('"on condition of anonymity" with its reason', () => {
  it('after the content: the speaker and the content stay apart', () => {
    expect(recordWith(run('The plant will close, a company spokesman said on condition of anonymity because he was not authorised to speak publicly.'), 'plant')).toMatchObject({ speaker: 'a company spokesman', claim: 'The plant will close' });
    expect(recordWith(run('The plant will close, two officials told Reuters on condition of anonymity as they were not allowed to brief the media.'), 'plant')).toMatchObject({ outlet: 'Reuters', speaker: 'two officials' });
  });
  it('before the content, with or without a reason', () => {
    expect(recordWith(run('A company spokesman said on condition of anonymity that the plant would close.'), 'plant').claim).toBe('the plant would close');
    expect(recordWith(run('A company spokesman said on condition of anonymity, because he was not authorised to speak, that the plant would close.'), 'plant').claim).toBe('the plant would close');
    expect(recordWith(run('A company spokesman said on condition he not be named that the plant would close.'), 'plant').claim).toBe('the plant would close');
  });
});

// "according to a report by M citing S": the medium is the outlet and S its source, before or
// after the content.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('"according to M citing S"', () => {
  it('after the content', () => {
    expect(recordWith(run('The talks have stalled, according to a report by the Financial Times citing two diplomats.'), 'talks')).toMatchObject({ outlet: 'Financial Times', speaker: 'two diplomats', claim: 'The talks have stalled' });
    expect(recordWith(run('The talks have stalled, according to Reuters quoting a senior official.'), 'talks')).toMatchObject({ outlet: 'Reuters', speaker: 'a senior official' });
  });
  it('before the content', () => {
    expect(recordWith(run('According to a Financial Times report citing two diplomats, the talks have stalled.'), 'talks')).toMatchObject({ outlet: 'Financial Times', speaker: 'two diplomats', claim: 'the talks have stalled' });
  });
});

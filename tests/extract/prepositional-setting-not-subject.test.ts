import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// "C, in a brief report on X, ..." : a prepositional phrase after the content is a setting, never the
// subject of a trailing "report". Sentences written for this file.
describe('a prepositional setting before a report noun', () => {
  it('makes no record of its own', () => {
    for (const text of [
      'The state broadcaster, in a brief report, said crowds had gathered outside the palace.',
      'Crowds gathered outside the palace, in a rare report on the protests.',
      'Crowds gathered outside the palace, according to witnesses, in a short report aired at noon.',
    ]) {
      const speakers = run(text).attributions.map((r) => r.speaker ?? '');
      expect(speakers.filter((s) => /^(?:in|on|at)\s/.test(s))).toEqual([]);
    }
  });

  it('the subject before the setting still speaks', () => {
    const r = run('The ministry, in a brief report on the talks, said the two sides had agreed a ceasefire.').attributions;
    expect(r.map((x) => [x.speaker, x.claim])).toEqual([['The ministry', 'the two sides had agreed a ceasefire']]);
  });
});

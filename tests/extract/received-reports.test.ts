import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "X received reports that C": the unnamed reports are the source of C; X only received them.
// Sentences written for this file.
describe('reports received or heard', () => {
  it('are the speaker, and the receiver is not', () => {
    for (const [text, key] of [
      ['The carmaker received reports that some drivers felt the brakes slip.', 'brakes slip'],
      ['The coast guard has received reports that two boats collided.', 'boats collided'],
      ['Residents heard reports that the dam had burst.', 'dam had burst'],
    ]) {
      expect(recordWith(run(text), key).speaker).toBe('reports');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// A capital that owns state media stands for its state ("Pyongyang's state media" is North Korea's),
// whatever other states the passage names after it. Sentences written for this file.
describe('state media owned by a capital', () => {
  it('names the capital\'s state, not the last state the passage names', () => {
    expect(run('Tehran\'s state television said the talks had collapsed after Israel and the United States objected.').attributions[0]!.outlet).toBe('Iranian state television');
    expect(run('Pyongyang\'s state media reported that the test had succeeded, blaming the puppet regime of South Korea.').attributions[0]!.outlet).toBe('North Korean state media');
    expect(run('Moscow\'s state media claimed that Ukraine and Poland had staged the blast.').attributions[0]!.outlet).toBe('Russian state media');
  });
});

// A state's own news agency named only by its state ("Iran's state-run news agency", "the Syrian state news agency",
// "China's official news agency") is that agency; state media named by a compass and a demonym keep both words
// ("North Korean state media"). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const outletOf = (text: string) => run(text).attributions.map((a) => a.outlet);

describe("a state's own news agency", () => {
  it('by its owner or demonym', () => {
    expect(outletOf("Iran's state-run news agency said the talks had ended.")).toEqual(['IRNA']);
    expect(outletOf('The Syrian state news agency said the bridge had been hit.')).toEqual(['Syrian Arab News Agency']);
    expect(outletOf("China's official news agency reported that the deal was signed.")).toEqual(['Xinhua']);
    expect(outletOf("North Korea's state news agency said the launch succeeded.")).toEqual(['Korean Central News Agency']);
  });
  it('not without its state, and state media stay state media', () => {
    expect(outletOf('The state news agency said the bridge had been hit.')).toEqual([null]);
    expect(outletOf('North Korean state media said the launch succeeded.')).toEqual(['North Korean state media']);
  });
});

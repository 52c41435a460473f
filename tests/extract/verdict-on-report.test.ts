// "The Kremlin rejected the report, calling it baseless": a denial of the report just named, with
// a verdict on it after the object, disputes that report's claim (a contradicting relation), as
// "denied the report." already did; the trailing verdict made it no record at all.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const report = 'The Journal reported on Monday that Moscow had moved troops to the border. ';

describe('a denial of the report just named, with a verdict', () => {
  it('", calling it X" after the object', () => {
    const ex = run(report + 'The Kremlin rejected the report, calling it baseless.');
    const denial = ex.attributions.findIndex((a) => a.speaker === 'The Kremlin');
    expect(ex.attributions[denial]?.claim).toBe('Moscow had moved troops to the border');
    expect(ex.relations).toContainEqual({ from: denial, to: 0, type: 'contradicts' });
  });
  it('", calling it "X"" with a quoted verdict', () => {
    const ex = run(report + 'The ministry flatly denied the story on Tuesday, calling it "pure fiction".');
    expect(ex.relations.some((r) => r.type === 'contradicts')).toBe(true);
  });
});

// A frame set off by commas right after a conjunction ("because, they claimed, C"): it owns the
// content after it, its pronoun is the subject of the clause around it, and the clause around
// it keeps its whole content.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('"... because, they claimed, C"', () => {
  const text = 'The series was in doubt following media reports that the players were planning to boycott the event because, they claimed, the board had not informed them about the series.';
  it('the frame owns what follows it; "they" is the subject of the content around it', () => {
    const a = run(text).attributions.find((x) => x.cue === 'claimed');
    if (!a) throw new Error('no record for "they claimed"');
    expect(a.claim).toBe('the board had not informed them about the series');
    expect(a.speaker).toBe('the players');
  });
  it('the reports keep their whole content, across the frame', () => {
    const r = run(text).attributions.find((x) => x.speaker === 'media reports');
    expect(r?.claim.startsWith('the players were planning to boycott the event because')).toBe(true);
    expect(r && r.claim.length).toBeGreaterThan(80);
  });
  it('a frame after a noun phrase keeps reading both sides as one claim', () => {
    expect(recordWith(run('The pipeline, the company said, would be built next year.'), 'pipeline').claim).toBe('The pipeline, the company said, would be built next year');
  });
});

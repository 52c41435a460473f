// A quotation interrupted by its frame ('“A,” he said, “B.”') is one statement: the frame attaches to the part
// before it, the main sentence. A first part of a few words ('“Look,” she said, “…”') is no claim of its own, and
// the part after the frame is. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a quotation resumed after its frame', () => {
  it('the part before the frame is the claim, with the speaker and the medium of the frame', () => {
    const ex = run('“The harvest will be the worst in ten years,” the farmer told the Irish Times, “and prices will rise.”');
    expect(ex.attributions).toHaveLength(1);
    const r = recordWith(ex, 'harvest');
    expect(r.claim).toBe('The harvest will be the worst in ten years');
    expect(r.outlet).toBe('The Irish Times');
    expect(r.speaker).toBe('the farmer');
  });
  it('a partial quotation inside a sentence, then the frame, then its continuation', () => {
    const r = recordWith(run('The coach and his assistant “are under pressure,” the Guardian’s Tom Bell reported, “after three defeats in a row.”'), 'coach');
    expect(r.outlet).toBe('The Guardian');
    expect(r.speaker).toBe('Tom Bell');
  });
  it('a first part of three words or fewer leaves the claim to the part after the frame', () => {
    expect(recordWith(run('“Look,” the mayor said, “we did everything we could to save the theatre.”'), 'theatre').speaker).toBe('the mayor');
    expect(recordWith(run('“Rules are rules,” the referee said, “and the goal was offside by a metre.”'), 'offside').speaker).toBe('the referee');
  });
  it('a frame before the quotation still takes the quotation after it', () => {
    expect(recordWith(run('The minister said on Monday, “We will not raise taxes this year.”'), 'taxes').speaker).toBe('The minister');
  });
});

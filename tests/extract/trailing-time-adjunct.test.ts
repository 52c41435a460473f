import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// '"C," S said late yesterday in a television interview', '"C," S wrote ahead of the vote': after the cue
// only a time or a setting follows, so the quotation before the speaker is what was said. Sentences written
// for this file.
describe('a time or setting after a trailing cue', () => {
  it('keeps the quotation before the speaker as the claim', () => {
    const a = recordWith(run('"The road will reopen next week," Jane Roe, deputy head of the regional transport office said late yesterday in a television interview.'), 'reopen');
    expect([a.speaker, a.claim]).toEqual(['Jane Roe', 'The road will reopen next week']);
    expect(recordWith(run('"The dam is safe," the engineer said early today.'), 'dam').claim).toBe('The dam is safe');
    const b = recordWith(run('"The strikes will begin at noon," the general wrote ahead of the operation.'), 'strikes');
    expect([b.speaker, b.claim]).toEqual(['the general', 'The strikes will begin at noon']);
    expect(recordWith(run('"We are ready," the coach said ahead of the final against Spain.'), 'ready').claim).toBe('We are ready');
  });

  it('reads "said late yesterday that C" with the time before the content', () => {
    const a = recordWith(run('The mayor said late yesterday that the road would reopen.', '2024-03-16'), 'road');
    expect([a.claim, a.date]).toEqual(['the road would reopen', '2024-03-15']);
  });

  it('keeps content that follows the time', () => {
    expect(recordWith(run('The coach said ahead of the final that the club had won the cup twice.'), 'cup').claim).toBe('the club had won the cup twice');
  });
});

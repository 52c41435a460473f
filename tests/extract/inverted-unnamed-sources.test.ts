// '"C," said sources familiar with the matter': after an inverted cue, unnamed sources without a
// determiner ("sources familiar with ...", "two people briefed on ...", "unidentified US officials") are
// the speaker; the participle that qualifies them ("briefed") does not make the phrase a clause.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('unnamed sources after an inverted cue', () => {
  it('are the speaker', () => {
    expect(rows('The talks have stalled, said sources familiar with the matter.')).toEqual([[null, 'sources familiar with the matter', 'The talks have stalled']]);
    expect(rows('The talks have stalled, said two people briefed on the matter.')).toEqual([[null, 'two people briefed on the matter', 'The talks have stalled']]);
    expect(rows('The talks have stalled, said unidentified US officials.')).toEqual([[null, 'unidentified US officials', 'The talks have stalled']]);
  });
  it('with the medium that quoted them', () => {
    expect(rows('"The talks have stalled," said sources familiar with the matter, as quoted by Yonhap.')).toEqual([['Yonhap', 'sources familiar with the matter', 'The talks have stalled']]);
  });
  it('a clause after "said" is still no speaker', () => {
    expect(rows('The talks have stalled, said officials, who declined to give details.').map((r) => r[1])).toEqual(['officials']);
  });
});

// Property tests: random and mutated articles never make extract throw, every record's
// offsets are consistent, and huge unpunctuated input finishes (no catastrophic backtracking).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';
import type { Extraction } from '../../server/extract/types.js';

const BASE = [
  'The Guardian reported on Friday that the council had approved the plan.',
  '"We will not give up," the mayor said, as quoted by Reuters.',
  'According to AFP, citing two diplomats, the envoy arrived in Cairo.',
  'Police say the road is closed; the BBC said it would reopen on Monday.',
  'A spokeswoman told the Associated Press that the company denied a report by Bloomberg that it planned job cuts.',
  'He said: "The factory will close. Workers will be paid."',
].join(' ');

function checkInvariants(text: string, ex: Extraction): void {
  for (const a of ex.attributions) {
    expect(text.slice(a.claimStart, a.claimEnd)).toBe(a.claim);
    expect(a.sentenceStart).toBeGreaterThanOrEqual(0);
    expect(a.sentenceStart).toBeLessThanOrEqual(a.claimStart);
    expect(a.claimStart).toBeLessThanOrEqual(a.claimEnd);
    expect(a.claimEnd).toBeLessThanOrEqual(a.sentenceEnd);
    expect(a.sentenceEnd).toBeLessThanOrEqual(text.length);
    expect(typeof a.cue).toBe('string');
    expect(Array.isArray(a.actors)).toBe(true);
  }
  for (const r of ex.relations) {
    expect(r.from).toBeGreaterThanOrEqual(0);
    expect(r.to).toBeGreaterThanOrEqual(0);
    expect(r.from).toBeLessThan(ex.attributions.length);
    expect(r.to).toBeLessThan(ex.attributions.length);
  }
}

const run = (text: string) => extract({ id: 'p', title: 'p', text, published: '2024-02-02' });

const nasty = fc.constantFrom(
  '\u200f', '\u200e', '\u202e', '\u0000', '\u0007', '\u001b', '\ufeff', '\ud83d\ude00', '\u0301', '\u0308\u0308',
  '"', '“', '”', '«', '»', "'", '’', ',', '.', ':', ';', '—', '(', ')', '\n', '\r\n', '\t', '<p>', '</p>', '<script>x</script>',
  '&amp;', 'said', 'told', 'according to', 'reported', 'citing', 'the report', 'AFP', 'he', 'It', 'U.S.', 'p.m.', '\ud800',
);

describe('extract never throws and keeps its offsets consistent', () => {
  it('on random unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
      checkInvariants(text, run(text));
    }), { numRuns: 150 });
  });

  it('on random mixes of cue words, quotes, control characters, RTL marks, emoji and HTML', () => {
    fc.assert(fc.property(fc.array(fc.oneof(nasty, fc.string({ maxLength: 12 }), fc.constantFrom(' ', ' ', ' ')), { maxLength: 120 }), (parts) => {
      const text = parts.join('');
      checkInvariants(text, run(text));
    }), { numRuns: 200 });
  });

  it('on a real-looking article with random insertions and deletions', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.nat(BASE.length), fc.nat(6), nasty), { maxLength: 12 }),
      (edits) => {
        let text = BASE;
        for (const [at, del, ins] of edits) text = text.slice(0, at) + ins + text.slice(Math.min(text.length, at + del));
        checkInvariants(text, run(text));
      },
    ), { numRuns: 200 });
  });

  it('handles empty, whitespace-only and odd articles', () => {
    for (const text of ['', ' ', '\n\n\n', '"', '“”', 'said', 'according to', ',,,,', '..."', 'He said.']) {
      checkInvariants(text, run(text));
    }
    expect(extract({ id: 'x', title: 'x', text: 'The BBC reported that it rained.', published: 'not a date' }).attributions[0]?.date).toBeNull();
  });
});

describe('bounded work on pathological input', () => {
  it('1 MB of unpunctuated text finishes', () => {
    const words = ['the', 'minister', 'said', 'that', 'Reuters', 'reported', 'according', 'to', 'officials', 'told', 'AFP', 'claim', 'quote', '"', 'as', 'quoted', 'by'];
    let text = '';
    let i = 0;
    while (text.length < 1_000_000) text += `${words[(i * 7 + (i >> 3)) % words.length]} `, i++;
    const ex = run(text);
    checkInvariants(text, ex);
  }, 300_000);

  it('1 MB of one repeated character and of commas finishes', () => {
    for (const ch of ['a', ',', '"', ' ']) {
      const text = ch.repeat(1_000_000);
      checkInvariants(text, run(text));
    }
  }, 300_000);
});

// Line breaks inside a sentence: a line that ends in a word no sentence ends in ("told Reuters on",
// "warned that", "the") runs on into the next line even when the text is not hard-wrapped
// throughout; Windows ("\r\n") and old Mac ("\r") line ends read as "\n"; offsets stay the original's.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';

const rows = (text: string) => extract({ id: 'l', title: 't', text }).attributions.map((a) => [a.outlet, a.speaker, text.slice(a.claimStart, a.claimEnd)]);

describe('a line that leaves its clause open', () => {
  it('runs on into the next line', () => {
    expect(rows('Talks collapse\n\nThe minister told Reuters on\nMonday that the talks had stalled.')).toEqual([['Reuters', 'The minister', 'the talks had stalled']]);
    expect(rows('Talks collapse\n\nThe council warned that\nthe bridge would close.')).toEqual([[null, 'The council', 'the bridge would close']]);
  });
  it('a heading without a final stop still ends its line', () => {
    expect(rows('Bridge to close\nThe council said the bridge would close.')).toEqual([[null, 'The council', 'the bridge would close']]);
  });
});

describe('Windows and old Mac line ends', () => {
  it('read like "\\n", with offsets into the original text', () => {
    expect(rows('Talks stall\r\n\r\nThe minister told Reuters on\r\nMonday that the talks had stalled.\r\n')).toEqual([['Reuters', 'The minister', 'the talks had stalled']]);
    expect(rows('Talks stall\r\rThe minister told Reuters that the talks had stalled.\rOfficials said the summit would go ahead.')).toEqual([
      ['Reuters', 'The minister', 'the talks had stalled'], [null, 'Officials', 'the summit would go ahead']]);
  });
});

import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// 'S rejected the call saying "C"', 'S refuted the rumours saying that C', 'S spoke of X - saying that C': "saying" with
// its quotation or "that" right after the main clause, without a comma. Sentences written for this file.
describe('"saying" without a comma', () => {
  it('gives the main subject the quotation or that-clause', () => {
    const a = recordWith(run('The foreign minister has rejected the call saying "We have not done anything wrong."'), 'anything wrong');
    expect([a.speaker, a.cue]).toEqual(['The foreign minister', 'saying']);
    expect(recordWith(run('The minister expressed his belief that offenders should face trial - saying that he would support new laws.'), 'new laws').speaker).toBe('The minister');
    expect(recordWith(run('The council refuted the rumours of a closure saying that the plant would stay open.'), 'stay open').claim).toBe('the plant would stay open');
  });

  it('needs the quotation or "that"', () => {
    expect(run('He left the room saying nothing.').attributions).toEqual([]);
    expect(run('There is a sign saying "Keep out" on the door.').attributions).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "S told X C1; however, S2 ...": outside a quotation a semicolon ends the reported clause. Sentences written for this file.
describe('a semicolon after a reported clause', () => {
  it('ends the claim of an unquoted content clause', () => {
    const a = recordWith(run('A spokesman told the Daily Star he was unaware of any plans for a recall; however, he would not deny the report.'), 'recall');
    expect([a.outlet, a.claim]).toEqual(['The Daily Star', 'he was unaware of any plans for a recall']);
    expect(recordWith(run('The minister said the talks would go on; others were less sure.'), 'talks').claim).toBe('the talks would go on');
  });

  it('keeps a semicolon before a noun phrase, and inside a quotation', () => {
    expect(recordWith(run('Police said hostages were being held at a third site; the old concert hall.'), 'hostages').claim).toContain('the old concert hall');
    expect(recordWith(run('"We will win; we always do," the coach said.'), 'win').claim).toBe('We will win; we always do');
    expect(recordWith(run('The minister said that "the talks will go on; we are ready" after the meeting.'), 'talks').claim).toContain('we are ready');
  });
});

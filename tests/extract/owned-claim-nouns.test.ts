import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "rejected the senator's assertion that C", "relays claims by critics that C", "a report in the Daily Star that C":
// a statement noun whose owner is named says C, whatever verb governs the noun. Sentences written for this file.
describe('a statement noun with its owner and content', () => {
  it('reads a possessive owner', () => {
    const a = recordWith(run('The prime minister rejected the senator\'s assertion that his office was under investigation.'), 'under investigation');
    expect([a.speaker, a.cue, a.claim]).toEqual(['the senator', 'assertion', 'his office was under investigation']);
    expect(recordWith(run('She agreed with Jane Roe\'s assessment that resigning was the best course.'), 'resigning').speaker).toBe('Jane Roe');
    expect(recordWith(run('The article disputes the administration\'s claims that no secret data was shared.'), 'secret data').speaker).toBe('the administration');
  });

  it('reads an owner after by, from or in, and a medium as the outlet', () => {
    expect(recordWith(run('The paper relays claims by critics that the president is a quiet autocrat.'), 'autocrat').speaker).toBe('critics');
    const a = recordWith(run('The minister described as disturbing a report in the Daily Star that a policeman had leaked files.'), 'leaked files');
    expect([a.outlet, a.claim]).toEqual(['The Daily Star', 'a policeman had leaked files']);
  });

  it('ends a content set off by dashes at the closing dash', () => {
    const ex = run('The firm says that Bloomberg\'s report from earlier -- that the chief engineer warned the board -- is not true.');
    const a = ex.attributions.find((r) => r.outlet === 'Bloomberg News' || r.outlet === 'Bloomberg');
    expect(a?.claim).toBe('the chief engineer warned the board');
  });

  it('leaves a pronoun owner, an owner without content and a plain noun alone', () => {
    for (const text of [
      'The editor defended his report that the king had backed the plan.',
      'The senator\'s claims were rejected by the court.',
      'The fact that the king backed the plan surprised many.',
    ]) expect(run(text).attributions, text).toEqual([]);
  });
});

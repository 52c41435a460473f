import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// Speaker phrases: "A as well as B said" is one subject; a quotation opening with an ellipsis ('" ... the
// official said C"') has the official as its subject; "the official" after "M says a senior official
// responded" is the source M's claim introduced. Sentences written for this file.
describe('source phrases', () => {
  it('"A as well as B" is one subject, inside a medium\'s report too', () => {
    const a = recordWith(run('The Times reported that two US officials as well as a person briefed on the case said the envoy had been recalled.'), 'envoy had been recalled');
    expect([a.outlet, a.speaker]).toEqual(['The Times', 'two US officials as well as a person briefed on the case']);
    expect(recordWith(run('Firefighters as well as several neighbours said the blaze started in the kitchen.'), 'blaze').speaker).toBe('Firefighters as well as several neighbours');
  });

  it('an ellipsis opening a quotation is no part of the speaker, who keeps the medium that introduced them', () => {
    const ex = run('The Post, citing an unnamed aide, first reported the plan. Later, CNN says a senior aide responded sharply:\n\n" ... the aide said the leak had come too early."');
    const a = recordWith(ex, 'leak had come');
    expect([a.outlet, a.speaker]).toEqual(['CNN', 'the aide']);
  });
});

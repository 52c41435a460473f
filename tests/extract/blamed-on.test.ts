import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "Officials blame the attack on militants", "blamed bad weather for the collapse": what is blamed and on whom or
// for what is the claim, whatever shape its noun phrase has. Sentences written for this file.
describe('a blame laid on someone or for something', () => {
  it('reads "blame X on Y" and "blame X for Y" with any noun phrase', () => {
    const a = recordWith(run('Officials blame the attack on militants belonging to a separatist group.'), 'militants');
    expect([a.speaker, a.cue, a.claim]).toEqual(['Officials', 'blame', 'the attack on militants belonging to a separatist group']);
    expect(recordWith(run('Police blamed the crash on icy roads.'), 'icy roads').claim).toBe('the crash on icy roads');
    expect(recordWith(run('Officials are blaming bad weather for the collapse of a large tent near the stadium.'), 'bad weather').cue).toBe('are blaming');
    expect(recordWith(run('The interior minister blamed neighboring country Ruritania for the bombing.'), 'Ruritania').speaker).toBe('The interior minister');
  });

  it('leaves "is to blame", an infinitive, a passive participle and a negation alone', () => {
    for (const text of [
      'Western sabotage is to blame for the economic meltdown.',
      'The deal enabled the premier to blame the group for thwarting the talks.',
      'The violence, widely blamed on security forces, has forced thousands to flee.',
      'The coach blamed himself.',
    ]) expect(run(text).attributions, text).toEqual([]);
  });
});

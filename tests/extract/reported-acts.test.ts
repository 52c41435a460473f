import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

// A medium that reports a named party's own act of speech (a denial, an appeal, a warning) reports the
// whole clause; the party's statement is a second record, cited by the medium's. A medium's own sources
// and a plain statement stay one record. Sentences written for this file.
describe('a medium reporting a party\'s own speech act', () => {
  const records = (text: string) => run(text).attributions.map((a) => ({ outlet: a.outlet, speaker: a.speaker, claim: a.claim }));

  it('"M reported that PARTY denied/urged/warned ...": the medium\'s claim is the whole clause, the party\'s a record of its own', () => {
    expect(records('Al Jazeera reported that Hamas rejected claims that it had agreed to a truce.')).toEqual([
      { outlet: 'Al Jazeera', speaker: null, claim: 'Hamas rejected claims that it had agreed to a truce' },
      { outlet: null, speaker: 'Hamas', claim: 'it had agreed to a truce' },
    ]);
    expect(records('Le Monde said the French president urged Germany to raise its defence spending.')).toEqual([
      { outlet: 'Le Monde', speaker: null, claim: 'the French president urged Germany to raise its defence spending' },
      { outlet: null, speaker: 'the French president', claim: 'Germany to raise its defence spending' },
    ]);
    const warned = run('According to Bloomberg, Israel had warned the US in advance that it would strike.');
    expect(warned.attributions.map((a) => [a.outlet, a.speaker])).toEqual([['Bloomberg', null], [null, 'Israel']]);
    expect(warned.attributions[0]!.claim).toBe('Israel had warned the US in advance that it would strike');
    expect(warned.relations).toContainEqual({ from: 0, to: 1, type: 'cites' });
  });

  it('the party\'s subject stops where the medium\'s content starts, and an auxiliary with its adverb is no part of it', () => {
    expect(records('Kyodo News reports Japan has accused China of sending warships into its waters.')[1]).toEqual(
      { outlet: null, speaker: 'Japan', claim: 'China of sending warships into its waters' });
    expect(records('The Guardian reported on Monday that NATO leaders have long insisted Ukraine hold elections.')[1]).toEqual(
      { outlet: null, speaker: 'NATO leaders', claim: 'Ukraine hold elections' });
  });

  it('the medium\'s unnamed sources and a plain "said" stay one record', () => {
    expect(records('Reuters reported that two officials insisted the talks had stalled.')).toEqual([
      { outlet: 'Reuters', speaker: 'two officials', claim: 'the talks had stalled' },
    ]);
    expect(records('According to the Financial Times, a senior diplomat warned that the talks had stalled.')).toEqual([
      { outlet: 'Financial Times', speaker: 'a senior diplomat', claim: 'the talks had stalled' },
    ]);
    expect(records('According to Le Monde, the minister said the talks had stalled.')).toEqual([
      { outlet: 'Le Monde', speaker: 'the minister', claim: 'the talks had stalled' },
    ]);
    expect(records('NHK said the minister told his counterpart that the alliance would deepen.')).toEqual([
      { outlet: 'NHK', speaker: 'the minister', claim: 'the alliance would deepen' },
    ]);
  });
});

// A medium named between lower-case descriptors and its media noun ("the state-run Herald newspaper",
// "the private Zhwandoon television", "1+1 television"), and media named with unnamed others ("Rai and other
// media reported"): the named medium reports.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('descriptors, a name, a media noun', () => {
  it('lower-case descriptors before a name the gazetteer lacks', () => {
    expect(recordWith(run('The army would withdraw by June, the state-run Herald newspaper reported on Monday.'), 'army')).toMatchObject({ outlet: 'Herald', speaker: null });
    expect(recordWith(run('The army would withdraw by June, the private Zhwandoon television reported.'), 'army')).toMatchObject({ outlet: 'Zhwandoon', speaker: null });
    expect(recordWith(run('The opposition-owned Daily Monitor newspaper said the army would withdraw by June.'), 'army')).toMatchObject({ outlet: 'Daily Monitor' });
  });
  it('a name that starts with a digit', () => {
    expect(recordWith(run('The army would withdraw by June, 1+1 television reported.'), 'army')).toMatchObject({ outlet: '1+1', speaker: null });
    expect(recordWith(run('The local 2M television said the army would withdraw by June.'), 'army')).toMatchObject({ outlet: '2M' });
  });
  it('the short name of such a medium refers back to it', () => {
    const ex = run('The army would withdraw by June, the state-run Herald newspaper reported. "We are ready," the defence minister told the Herald.');
    expect(recordWith(ex, 'ready')).toMatchObject({ outlet: 'Herald', speaker: 'the defence minister' });
  });
  it('a public body before an ambiguous noun is no medium', () => {
    expect(recordWith(run('The state-run Electricity agency said the army would withdraw by June.'), 'army').outlet).toBeNull();
  });
});

describe('named media and unnamed others', () => {
  it('"and other media", "and several other news agencies", "and other newspapers"', () => {
    expect(recordWith(run('The army would withdraw by June, national broadcaster Rai and other media reported.'), 'army')).toMatchObject({ outlet: 'RAI', speaker: null });
    expect(recordWith(run('Reuters and several other news agencies reported that the army would withdraw by June.'), 'army')).toMatchObject({ outlet: 'Reuters' });
    expect(recordWith(run('The Times of India and other newspapers said the army would withdraw by June.'), 'army')).toMatchObject({ outlet: 'The Times of India' });
  });
  it('a list of named media before the others gives a record for each', () => {
    const ex = run('Le Monde, Le Figaro and other French newspapers reported that the army would withdraw by June.');
    expect(ex.attributions.map((a) => a.outlet).sort()).toEqual(['Le Figaro', 'Le Monde']);
  });
});

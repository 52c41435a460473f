// Statements whose content is not a clause: a figure the subject estimates ("Reuters estimates about
// 100 deaths"), a cause the subject names ("attributed the killings to organised crime"). And a
// participle right after an article is an adjective, not a cue ("An estimated 100,000 families").
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('an estimated figure', () => {
  it('a medium or a body estimates a figure and its noun', () => {
    expect(recordWith(run('Reuters estimates about 100 deaths, based on witnesses and media reports.'), 'deaths')).toMatchObject({ outlet: 'Reuters', speaker: null, claim: 'about 100 deaths' });
    expect(recordWith(run('AFP has estimated at least 40 deaths in the town.'), 'deaths')).toMatchObject({ outlet: 'Agence France-Presse', claim: 'at least 40 deaths' });
    expect(recordWith(run('The Red Cross estimated more than 2,000 casualties across the region.'), 'casualties')).toMatchObject({ speaker: 'The Red Cross', claim: 'more than 2,000 casualties' });
  });
  it('an estimate with "that" or "at" is read as before', () => {
    expect(recordWith(run('The UN estimated that 5,000 people had fled.'), 'fled').claim).toBe('5,000 people had fled');
    expect(recordWith(run('OPEC estimates its current output at 33.24 million bpd.'), 'output').claim).toBe('its current output at 33.24 million bpd');
  });
  it('"an estimated" figure is no statement; the attribution after it is', () => {
    const ex = run('An estimated 100,000 families were without electricity, according to the government, and many buildings collapsed.');
    expect(ex.attributions).toHaveLength(1);
    expect(recordWith(ex, 'families')).toMatchObject({ speaker: 'the government', cue: 'according to' });
    expect(run('The reported deal would give the city a stake, the minister said.').attributions.map((a) => a.cue)).toEqual(['said']);
  });
});

describe('a cause the speaker names', () => {
  it('attributed X to Y', () => {
    expect(recordWith(run('The governor on Saturday attributed the killings to organised crime. The bodies were found a day earlier.'), 'killings')).toMatchObject({ speaker: 'The governor', cue: 'attributed', claim: 'the killings to organised crime' });
    expect(recordWith(run('Analysts attributed the fall to the strong dollar, which hurt exports.'), 'dollar').claim).toBe('the fall to the strong dollar');
  });
  it('"attributed to" after a quotation or a passive is no cue', () => {
    expect(run('The rise is attributed to higher prices.').attributions).toHaveLength(0);
    expect(recordWith(run('The statements attributed to him were false, the ministry said.'), 'statements')).toMatchObject({ speaker: 'the ministry', cue: 'said' });
  });
});

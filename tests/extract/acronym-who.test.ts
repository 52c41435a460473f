// "WHO" in capitals is the World Health Organization, not the relative pronoun "who".
import { describe, expect, it } from 'vitest';
import { brief, run } from './helpers.js';

describe('WHO as a speaker', () => {
  it('speaks before and after its claim, with or without "the"', () => {
    expect(brief(run('WHO said the virus had spread to 12 countries.'))).toEqual([{ outlet: null, speaker: 'WHO', claim: 'the virus had spread to 12 countries' }]);
    expect(brief(run('The WHO said the virus had spread to 12 countries.'))).toEqual([{ outlet: null, speaker: 'The WHO', claim: 'the virus had spread to 12 countries' }]);
    expect(brief(run('"The outbreak is over," WHO said on Monday.'))).toEqual([{ outlet: null, speaker: 'WHO', claim: 'The outbreak is over' }]);
    expect(brief(run('The outbreak is over, the WHO said.'))).toEqual([{ outlet: null, speaker: 'the WHO', claim: 'The outbreak is over' }]);
    expect(brief(run('WHO, the UN health agency, said the outbreak was over.'))).toEqual([{ outlet: null, speaker: 'WHO', claim: 'the outbreak was over' }]);
  });

  it('is named as the World Health Organization among the actors', () => {
    expect(run('WHO said the virus had spread to 12 countries.').attributions[0]?.actors).toContain('World Health Organization');
  });

  it('leaves the relative pronoun alone', () => {
    expect(run('Officials who said the virus had spread were fired.').attributions).toEqual([]);
    expect(brief(run('Doctors who spoke to Reuters said the outbreak was over.'))).toEqual([{ outlet: 'Reuters', speaker: 'Doctors', claim: 'the outbreak was over' }]);
  });
});

// A person a medium quoted, and what that person says next; "told" with the content after its
// object; "quoted as saying" with a fronted subordinate clause. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('a person a medium quoted, speaking on', () => {
  const story = 'The Guardian quoted the farmer as saying the river rose overnight. "We lost two cows," he said. He said the dam had been opened. According to the farmer, the village was warned too late.';
  it('a pronoun and the same description carry the medium that quoted the person', () => {
    const ex = run(story);
    expect(recordWith(ex, 'river rose').outlet).toBe('The Guardian');
    expect(recordWith(ex, 'two cows').outlet).toBe('The Guardian');
    expect(recordWith(ex, 'dam had been opened').outlet).toBe('The Guardian');
    expect(recordWith(ex, 'warned too late').outlet).toBe('The Guardian');
  });
  it('the person named again in a later paragraph speaks on their own', () => {
    const ex = run('Reuters quoted Jane Okafor as saying the plan had failed.\n\n"We will try again," Okafor said.');
    expect(recordWith(ex, 'plan had failed').outlet).toBe('Reuters');
    expect(recordWith(ex, 'try again').outlet).toBeNull();
    const same = run('Reuters quoted Jane Okafor as saying the plan had failed. "We will try again," Okafor said.');
    expect(recordWith(same, 'try again').outlet).toBe('Reuters');
  });
  it('a person who told a medium something keeps it in the same paragraph only', () => {
    const ex = run('Jane Okafor told AFP the plan had failed. "We will try again," she said.');
    expect(recordWith(ex, 'try again').outlet).toBe('Agence France-Presse');
    const later = run('Jane Okafor told AFP the plan had failed.\n\n"We will try again," she said.');
    expect(recordWith(later, 'try again').outlet).toBeNull();
  });
  it('nothing carries across a gap of several sentences', () => {
    const ex = run('The Guardian quoted the farmer as saying the river rose. The rain stopped. Roads reopened. Schools closed. "We lost two cows," he said.');
    expect(recordWith(ex, 'two cows').outlet).toBeNull();
  });
  it('"quoted her as saying" names the person the pronoun refers back to', () => {
    const ex = run('Reuters quoted Jane Okafor as saying the plan had failed. Reuters later quoted her as saying it would be revived.');
    expect(recordWith(ex, 'revived').speaker).toBe('Jane Okafor');
  });
});

describe('"was quoted as saying" with a fronted subordinate clause', () => {
  it('the content starts at the subordinator', () => {
    const a = recordWith(run('The farmer was quoted as saying when the water reached the house, he took the children to the church.'), 'church');
    expect(a.claim).toBe('when the water reached the house, he took the children to the church');
    expect(a.speaker).toBe('The farmer');
  });
  it('a bare time phrase after "said" is no content', () => {
    expect(brief(run('She said when she arrived at the station.'))).toHaveLength(0);
    expect(brief(run('The minister said when asked about the plan.'))).toHaveLength(0);
  });
});

describe('"told" and the content after its object', () => {
  it('a clause with an irregular past verb and no "that"', () => {
    const a = recordWith(run('A close friend told Vogue magazine the couple never broke up.'), 'couple');
    expect(a.outlet).toBe('Vogue');
    expect(a.claim).toBe('the couple never broke up');
    expect(recordWith(run('An aide told Reuters the minister spoke to the envoy twice.'), 'envoy').claim).toBe('the minister spoke to the envoy twice');
  });
  it('a relative clause on the object is no content', () => {
    expect(brief(run('She told the story of a village that lost its river.'))).toHaveLength(0);
    expect(brief(run('She told the story of a town that flooded.'))).toHaveLength(0);
  });
  it('a common-noun object, with or without a capitalised adjective, then "that"', () => {
    expect(recordWith(run('The envoy told the Russian ambassador that his remarks were false.'), 'remarks').claim).toBe('his remarks were false');
    expect(recordWith(run('The envoy told the ambassador that the remarks were false.'), 'remarks').claim).toBe('the remarks were false');
    // (a pronoun clause after the medium keeps its own "that" inside the content)
    expect(recordWith(run('He told Reuters it was clear that the deal had failed.'), 'deal').claim).toBe('it was clear that the deal had failed');
  });
  it('a place (and a day) between the audience told and a clause without "that"', () => {
    expect(recordWith(run('The envoy told reporters in Geneva the talks had stalled.'), 'talks').claim).toBe('the talks had stalled');
    expect(recordWith(run('The envoy told journalists in Geneva on Monday the talks would resume.'), 'talks').claim).toBe('the talks would resume');
    expect(brief(run('She told students in Paris about her work.'))).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

// "ABC" and "AFP" name different bodies in Australian news: the Australian Broadcasting Corporation
// and, where the story names it, the Australian Federal Police. Sentences written for this file.
describe('ABC and AFP read by the story\'s country', () => {
  const australian = 'Flooding closed roads across Queensland on Monday, and Brisbane schools shut. ';

  it('the ABC of an Australian story is the Australian Broadcasting Corporation', () => {
    expect(recordWith(run(australian + 'The ABC reported that two towns near Brisbane had been evacuated.'), 'two towns').outlet).toBe('Australian Broadcasting Corporation');
    expect(recordWith(run(australian + 'A council spokeswoman told the ABC that the dam was safe.'), 'dam was safe').outlet).toBe('Australian Broadcasting Corporation');
  });

  it('elsewhere the ABC stays the US network', () => {
    expect(recordWith(run('Flooding closed roads across Texas on Monday, and Houston schools shut. ABC reported that two towns near Houston had been evacuated.'), 'two towns').outlet).toBe('ABC News');
    expect(recordWith(run('Washington officials met Australian envoys in New York and Washington. ABC reported that a US-Australia deal was close.'), 'deal was close').outlet).toBe('ABC News');
  });

  it('the AFP of a story that names the Australian Federal Police is the police, a speaker', () => {
    const r = recordWith(run('The Australian Federal Police raided a Canberra office on Tuesday. The AFP said it was investigating a leak of secret documents.'), 'investigating a leak');
    expect(r.outlet).toBeNull();
    expect(r.speaker).toBe('The AFP');
  });

  it('without the force named, or with the agency named in full, AFP stays the agency', () => {
    expect(recordWith(run('Police in Canberra raided an office on Tuesday. The raid targeted a reporter, AFP reported.'), 'targeted a reporter').outlet).toBe('Agence France-Presse');
    expect(recordWith(run('The Australian Federal Police raided a Canberra office, Agence France-Presse reported. An officer told AFP that the raid was lawful.'), 'raid was lawful').outlet).toBe('Agence France-Presse');
  });
});

// "When contacted by M, S said C", "Reached by M, S said C", "Approached by M, ...": the medium that
// contacted the speaker is the outlet, the speaker keeps the statement. A contact that is no medium
// (police, a reporter, by phone) gives none. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recordWith, run } from './helpers.js';

describe('a medium that contacted the speaker', () => {
  it('"When contacted by M,", "Contacted by M,", "Reached by M,", "Approached by M,"', () => {
    const a = recordWith(run('When contacted by Le Monde, a ministry spokesman said the plan had been shelved.'), 'shelved');
    expect(a.outlet).toBe('Le Monde');
    expect(a.speaker).toBe('a ministry spokesman');
    expect(recordWith(run('Contacted by AFP, the ministry said the tender had been cancelled.'), 'tender').outlet).toBe('Agence France-Presse');
    expect(recordWith(run('When reached by the Guardian, the lawyer said the claims were false.'), 'claims').outlet).toBe('The Guardian');
    expect(recordWith(run('Approached by Reuters, the bank said it would not comment on rumours.'), 'rumours').outlet).toBe('Reuters');
  });
  it('a contact that is no medium gives no outlet', () => {
    expect(recordWith(run('When contacted by police, the owner said the shop had been closed.'), 'shop').outlet).toBeNull();
    expect(recordWith(run('Reached by phone, the mayor said the roads were closed.'), 'roads').outlet).toBeNull();
    expect(recordWith(run('When contacted by a reporter, the mayor said the bridge was safe.'), 'bridge').outlet).toBeNull();
  });
});

describe('a listed medium the statement was made on', () => {
  it('"On Sky News, S said C", "On Newstalk ZB, S said C": the medium is the outlet, S the speaker', () => {
    const a = recordWith(run('On Sky News, the health secretary said the strike would end within days.'), 'strike');
    expect(a.outlet).toBe('Sky News');
    expect(a.speaker).toBe('the health secretary');
    expect(recordWith(run('On Newstalk ZB, the prime minister said she had full confidence in the minister.'), 'confidence').outlet).toBe('Newstalk ZB');
  });
  it('a day, a platform or a programme of no listed medium after "On" gives no outlet', () => {
    expect(recordWith(run('On Monday, the health secretary said the strike would end within days.'), 'strike').outlet).toBeNull();
    expect(recordWith(run('On Twitter, the health secretary said the strike would end within days.'), 'strike').outlet).toBeNull();
  });
});

describe('"S, contacted by M, said C": the contact set off between the speaker and the verb', () => {
  it('gives the medium, and a contact that is no medium gives none', () => {
    expect(recordWith(run('The hospital, contacted by Le Monde, said the ward would reopen in June.'), 'ward').outlet).toBe('Le Monde');
    expect(recordWith(run('The hospital, when reached by the BBC, said the ward would reopen in June.'), 'ward').outlet).toBe('BBC');
    expect(recordWith(run('The hospital, contacted by police, said the ward would reopen in June.'), 'ward').outlet).toBeNull();
  });
});

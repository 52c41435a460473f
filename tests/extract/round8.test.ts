// Engine round 8: recall on unseen news (fresh10-12 error classes). Sentences written for
// these tests, each rule tried in more than one shape.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('a place between the object of "told" and the sentence end', () => {
  it('"S told AFP in Pune." keeps the outlet and the quotation before it', () => {
    const a = recordWith(run('"The water is still rising," the district officer told AFP in Pune.'), 'water');
    expect(a.outlet).toBe('Agence France-Presse');
    expect(a.speaker).toBe('the district officer');
    expect(a.claim).toBe('The water is still rising');
  });
  it('an audience, a capital of a state, a place then a date', () => {
    const a = recordWith(run('"Schools will reopen next week," the minister told reporters in state capital Bhopal.'), 'Schools');
    expect(a.speaker).toBe('the minister');
    const b = recordWith(run('The levee held overnight, an engineer told Reuters in Cairo on Tuesday.'), 'levee');
    expect(b.outlet).toBe('Reuters');
    expect(b.claim).toBe('The levee held overnight');
    const c = recordWith(run('Talks would resume soon, a diplomat told the BBC from Geneva.'), 'Talks');
    expect(c.outlet).toBe('BBC');
  });
  it('a place before "that" still leads to the content', () => {
    const a = recordWith(run('The nurse told AFP in Pune that the wards were full.'), 'wards');
    expect(a.outlet).toBe('Agence France-Presse');
    expect(a.claim).toBe('the wards were full');
  });
  it('"in" before a name that does not end the sentence is not a closing place', () => {
    expect(brief(run('The nurse told AFP in Pune Hospital Street clinics.'))).toHaveLength(0);
  });
});

describe('initials run together in a name', () => {
  it('"K.L. Mehta" is one speaker and no sentence ends inside it', () => {
    const a = recordWith(run('"The dam will hold," R.K. Gupta, the chief engineer, told AFP.'), 'dam');
    expect(a.speaker).toBe('R.K. Gupta');
    expect(a.outlet).toBe('Agence France-Presse');
    expect(recordWith(run('P.J. Rao said the harvest had failed.'), 'harvest').speaker).toBe('P.J. Rao');
    expect(recordWith(run('Relief is on its way, said S.M.A. Khan.'), 'Relief').speaker).toBe('S.M.A. Khan');
  });
  it('a sentence ending in a known abbreviation still ends there at a paragraph end', () => {
    expect(brief(run('The troops came from the U.S.\nOfficials said the base would close.'))).toHaveLength(1);
  });
});

describe('a known outlet named with a country word is a name, not a description', () => {
  it('"the official China News Service" after Xinhua is that service, not a reference back', () => {
    const ex = run('Xinhua said the storm had passed. According to the official China News Service, four dams overflowed.');
    expect(recordWith(ex, 'dams').outlet).toBe('China News Service');
  });
  it('a lower-case description still refers back', () => {
    const ex = run('The Korea Herald said exports fell. The South Korean daily said imports rose.');
    expect(recordWith(ex, 'imports').outlet).toBe('The Korea Herald');
  });
});

describe('public bodies cited by an outlet', () => {
  it('"citing the city\'s planning bureau" gives the bureau as the speaker', () => {
    const a = recordWith(run('Rents rose by a fifth, the Straits Times said, citing the city\'s housing bureau.'), 'Rents');
    expect(a.outlet).toBe('The Straits Times');
    expect(a.speaker).toBe("the city's housing bureau");
    const b = recordWith(run('The plant will close in June, Reuters reported, citing the state environment department.'), 'plant');
    expect(b.speaker).toBe('the state environment department');
  });
});

describe('media referred back to by a possessive or a noun not covered before', () => {
  it('"his newspaper said" after the paper was named refers back to it', () => {
    const ex = run('The councillor resigned on Monday, the Leeds Gazette reported. The reporter had covered her for years, his newspaper said.');
    expect(recordWith(ex, 'covered').outlet).toBe('The Leeds Gazette');
  });
  it('"told the publication" and "told the tabloid" refer back to the medium named before', () => {
    const ex = run('Vogue reported the split. A friend told the publication that the pair were happy.');
    const a = recordWith(ex, 'pair');
    expect(a.outlet).toBe('Vogue');
    expect(a.speaker).toBe('A friend');
    const b = recordWith(run('The Sun said the couple had split. An insider told the tabloid, "It is over."'), 'over');
    expect(b.outlet).toBe('The Sun');
  });
  it('"The article claims" after an outlet was named in narration', () => {
    const ex = run('The ministry rejected a piece in the Financial Times newspaper. The article claims that the plan had been shelved.');
    expect(recordWith(ex, 'shelved').outlet).toBe('Financial Times');
  });
  it('"The article claims" with no medium named before stays a speaker', () => {
    const a = recordWith(run('The mayor defended the budget in a long essay. The article claims that taxes would fall.'), 'taxes');
    expect(a.outlet).toBeNull();
  });
});

describe('"broke the news that C"', () => {
  it('breaking the news or the story, with a date or adverb between, is a cue', () => {
    const a = recordWith(run('The Sun broke the news on Friday that the striker had signed for a rival.'), 'striker');
    expect(a.outlet).toBe('The Sun');
    expect(a.claim).toBe('the striker had signed for a rival');
    expect(recordWith(run('Variety first broke the story that the studio would close.'), 'studio').outlet).toBe('Variety');
  });
  it('breaking anything else reports nothing', () => {
    expect(brief(run('The swimmer broke the record that had stood since 1998.'))).toHaveLength(0);
    expect(brief(run('Breaking news: the bridge has collapsed.'))).toHaveLength(0);
    expect(brief(run('Protesters broke the windows of the bank.'))).toHaveLength(0);
  });
});

describe('two media coordinated after a subordinator in a long sentence', () => {
  it('"rose ... after The Wall Street Journal and Reuters reported that C" gives a record for each', () => {
    const ex = run('Shares of the retailer climbed 6% in late trading on Tuesday after The Washington Post and Reuters reported that a buyer had been found.');
    const outlets = ex.attributions.filter((a) => a.claim.includes('buyer')).map((a) => a.outlet).sort();
    expect(outlets).toEqual(['Reuters', 'The Washington Post']);
  });
  it('a clause before "and" keeps only the speaker after it', () => {
    const ex = run('The bonds fell sharply in morning trading in London after the results came out and Mr Hale said that the bank had erred.');
    expect(recordWith(ex, 'erred').speaker).toBe('Mr Hale');
  });
});

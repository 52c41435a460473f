// Media names as they are written: a brand without its inner capital ("Techcrunch"), a title that is an
// ordinary word in the capitals the medium styles it with ("PEOPLE confirmed").
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe('a brand written without its inner capital', () => {
  it('"Buzzfeed News", "Techcrunch", "Huffpost" are the listed media', () => {
    expect(recordWith(run('The deal collapsed, Techcrunch reported.'), 'The deal').outlet).toBe('TechCrunch');
    expect(recordWith(run('The deal collapsed, according to Huffpost.'), 'The deal').outlet).toBe('HuffPost');
    expect(recordWith(run('The actor claimed in a Buzzfeed News story that the director had lied.'), 'the director').outlet).toBe('BuzzFeed News');
  });

  it('a spelling another entry is listed by keeps that entry', () => {
    expect(recordWith(run('The deal collapsed, Newsday reported.'), 'The deal').outlet).toBe('Newsday');
  });
});

describe('a title that is an ordinary word, in capitals', () => {
  it('"PEOPLE confirmed that C", "TIME reported that C": the magazine', () => {
    const r = recordWith(run('After weeks of rumours, PEOPLE confirmed on Monday that the singer is taking a break.'), 'the singer');
    expect([r.outlet, r.speaker]).toEqual(['People', null]);
    expect(recordWith(run('TIME reported that the deal was near.'), 'the deal').outlet).toBe('Time');
  });

  it('an acronym that is no word, and the word in ordinary case, are not', () => {
    expect(brief(run('NATO said that the deal was near.'))).toEqual([{ outlet: null, speaker: 'NATO', claim: 'the deal was near' }]);
    expect(brief(run('People said that the deal was near.'))).toEqual([{ outlet: null, speaker: 'People', claim: 'the deal was near' }]);
  });
});

describe('a title written with its own article before a listed name', () => {
  it('"El Mundo Deportivo" is the listed "Mundo Deportivo", not "El Mundo"', () => {
    const r = recordWith(run('"She will not sign," newspaper El Mundo Deportivo quoted her lawyer Ana Ruiz as saying.'), 'She will not sign');
    expect([r.outlet, r.outletMention]).toEqual(['Mundo Deportivo', 'El Mundo Deportivo']);
  });

  it('the shorter title alone is still itself', () => {
    const ex = run('The coach was sacked, El Mundo Deportivo reported. El Mundo said the club was in debt.');
    expect(recordWith(ex, 'The coach').outlet).toBe('Mundo Deportivo');
    expect(recordWith(ex, 'the club was in debt').outlet).toBe('El Mundo');
  });
});

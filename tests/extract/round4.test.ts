// Constructions added in engine round 4, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';
import type { Attribution, Extraction } from '../../server/extract/types.js';

const run = (text: string, published = '2024-03-16'): Extraction => extract({ id: 't', title: 't', text, published });
const brief = (ex: Extraction) => ex.attributions.map((a) => ({ outlet: a.outlet, speaker: a.speaker, claim: a.claim }));

function recordWith(ex: Extraction, needle: string): Attribution {
  const hits = ex.attributions.filter((a) => a.claim.includes(needle));
  expect(hits.map((h) => h.claim), `records with "${needle}" in ${JSON.stringify(brief(ex))}`).toHaveLength(1);
  return hits[0] as Attribution;
}

describe('subjects', () => {
  it('a name with an appositive before the cue is the subject, not an inverted frame', () => {
    const r = recordWith(run('John Smith, a farmer from the valley, said the river rose.'), 'river');
    expect(r.speaker).toBe('John Smith');
    expect(r.claim).toBe('the river rose');
  });
  it('an age in apposition stays with the name', () => {
    const r = recordWith(run('Mr. Lee, 54, said he had no regrets.'), 'regrets');
    expect(r.speaker).toBe('Mr. Lee');
  });
  it('a fronted "Citing X" whose list holds commas still leaves the outlet as subject', () => {
    const r = recordWith(run('Citing officials involved in the talks between Egypt, Qatar and the US, the New York Times said the deal was close.'), 'deal');
    expect(r.outlet).toBe('The New York Times');
    expect(r.speaker).toMatch(/^officials involved/);
  });
  it('"with many claiming that C": the quantifier after "with" is the speaker', () => {
    const ex = run('The briefing left senators doubtful, with some Republicans claiming that no evidence was shown.');
    expect(recordWith(ex, 'evidence').speaker).toBe('some Republicans');
  });
  it('"which they said C" takes the speaker of the clause before', () => {
    const ex = run('The rebels said they seized the airport, which they said led to a collapse of the defences.');
    expect(recordWith(ex, 'collapse').speaker).toBe('The rebels');
    expect(recordWith(ex, 'seized').claim).toBe('they seized the airport');
  });
});

describe('frames', () => {
  it('"early Saturday", "late Friday", "in May" between the cue and its content', () => {
    expect(recordWith(run("The firm's boss tweeted early Saturday that the service would return."), 'service').speaker).toBe("The firm's boss");
    expect(recordWith(run('The mayor said late Friday that the curfew was lifted.'), 'curfew').claim).toBe('the curfew was lifted');
    expect(recordWith(run('The chief executive told employees in a memo in May that hiring would slow.'), 'hiring').claim).toBe('hiring would slow');
  });
  it('the object of told may be a collective noun or carry an of-phrase', () => {
    expect(recordWith(run('The minister told relatives of the victims that the inquiry would be public.'), 'inquiry').speaker).toBe('The minister');
    const ex = run('Revenue fell sharply this year, the chief executive had told staff on Tuesday, and she urged them to cut costs.');
    expect(recordWith(ex, 'Revenue').speaker).toBe('the chief executive');
  });
  it('a second "S told O that C" after ", while" is its own record and ends the first claim', () => {
    const ex = run('A senior official told NBC News that a deal was near, while the prime minister told family members of the captives that details must stay secret.');
    expect(recordWith(ex, 'deal').claim).toBe('a deal was near');
    expect(recordWith(ex, 'details').speaker).toBe('the prime minister');
  });
  it('a reporting word inside a quotation is not a frame of its own', () => {
    const ex = run('"They told us we had to leave," said Maria Lopez, a resident.');
    expect(brief(ex)).toEqual([{ outlet: null, speaker: 'Maria Lopez', claim: 'They told us we had to leave' }]);
  });
  it('a dateline with a month and day is not part of the claim', () => {
    const r = recordWith(run('Aug 8 (Reuters) - Acme Inc is planning layoffs, the Verge reported on Monday.'), 'layoffs');
    expect(r.claim).toBe('Acme Inc is planning layoffs');
    expect(r.outlet).toBe('The Verge');
  });
});

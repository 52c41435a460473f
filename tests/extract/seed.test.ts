// The project's seed article (data/samples/seed-paris-talks.json) and its key attributions.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';
import type { Article, Attribution } from '../../server/extract/types.js';

const article = JSON.parse(readFileSync(new URL('../../data/samples/seed-paris-talks.json', import.meta.url), 'utf8')) as Article;
const ex = extract(article);

/** The record whose claim starts with `head` and whose outlet is `outlet`. */
function find(head: string, outlet: string | null): Attribution {
  const hit = ex.attributions.find((a) => a.claim.replace(/^["“]/, '').startsWith(head.replace(/^["“]/, '')) && a.outlet === outlet);
  expect(hit, `no record [${outlet}] "${head}…" among\n${ex.attributions.map((a) => `[${a.outlet} | ${a.speaker}] ${a.claim.slice(0, 60)}`).join('\n')}`).toBeDefined();
  return hit as Attribution;
}

describe('seed article: CIA, Qatar, Egypt and Israel talks in Paris', () => {
  it('AFP reported, citing sources familiar with the matter (Sunday = 2024-01-28)', () => {
    const r = find('the Director of the US Central Intelligence Agency', 'Agence France-Presse');
    expect(r.outletMention).toBe('AFP');
    expect(r.speaker).toBe('sources familiar with the matter');
    expect(r.cue).toBe('reported');
    expect(r.date).toBe('2024-01-28');
    expect(r.actors).toEqual(expect.arrayContaining(['Paris', 'Egypt', 'Qatar', 'Israel']));
  });

  it('"the sources said" stays with AFP', () => {
    const r = find('French authorities were in contact', 'Agence France-Presse');
    expect(r.speaker).toBe('the sources');
  });

  it('an intel source informed AFP (Friday = 2024-01-26)', () => {
    const r = find('CIA chief William Burns is scheduled', 'Agence France-Presse');
    expect(r.speaker).toBe('an intel source');
    expect(r.cue).toBe('informed');
    expect(r.date).toBe('2024-01-26');
    expect(r.actors).toContain('William Burns');
  });

  it('the source confirmed a report by The Washington Post: two records, a confirms relation', () => {
    const post = find('US President Joe Biden is dispatching Burns', 'The Washington Post');
    const afp = find('US President Joe Biden is dispatching Burns', 'Agence France-Presse');
    expect(afp.speaker).toBe('The source');
    expect(post.date).toBe('2024-01-21');
    expect(ex.relations).toContainEqual({ from: ex.attributions.indexOf(afp), to: ex.attributions.indexOf(post), type: 'confirms' });
  });

  it('The New York Times reported, then "the report stated" quoting unidentified US officials', () => {
    const nyt = find('negotiators led by the US were nearing an agreement', 'The New York Times');
    expect(nyt.date).toBe('2024-01-27');
    const report = find('negotiators had formulated a draft agreement', 'The New York Times');
    expect(report.outletMention).toBe('the report');
    expect(report.speaker).toBe('unidentified US officials');
  });

  it('"as announced by the White House" and the statement after it', () => {
    const r = find('US President Joe Biden held talks', null);
    expect(r.speaker).toBe('the White House');
    const note = find('"imminent developments" were unlikely', null);
    expect(note.speaker).toBe('the White House');
  });

  it('Hamas rejected the proposal, noting that ...', () => {
    const r = find('the unconditional release of remaining captives', null);
    expect(r.speaker).toBe('Hamas Resistance movement');
    expect(r.cue).toBe('noting');
  });

  it('not attributions: "reportedly offered" and the narration around it', () => {
    expect(ex.attributions.some((a) => a.claim.includes('reportedly'))).toBe(false);
    expect(ex.attributions.some((a) => a.claim.startsWith('As part of the proposal'))).toBe(false);
  });

  it('a source told the Associated Press', () => {
    const r = find('leaders of the Palestinian resistance refused', 'Associated Press');
    expect(r.speaker).toBe('A source who spoke on condition of anonymity');
  });

  it('The Financial Times, "Report stated", "FT further reported", "as per the report"', () => {
    expect(find('Doha recently proposed a month-long truce', 'Financial Times').date).toBe('2024-01-26');
    expect(find('Qatar, Egypt, and the United States are currently engaged', 'Financial Times').outletMention).toBe('Report');
    expect(find('Hamas sought to use the agreement', 'Financial Times').cue).toBe('further reported');
    expect(find('"Israel" rejected Hamas\' insistence', 'Financial Times').cue).toBe('as per');
  });

  it('one of the people familiar with the talks, as quoted by The Financial Times: the first sentence of the quote', () => {
    const r = find('Israel rejected ... the ceasefire at the end.', 'Financial Times');
    expect(r.claim).toBe('Israel rejected ... the ceasefire at the end.');
    expect(r.speaker).toBe('one of the people familiar with the talks');
  });

  it('Israeli journalist Barak Ravid wrote on X (no outlet), Ravid explains, Israeli officials are claiming', () => {
    const wrote = find('The crisis unfolded after Netanyahu criticized Qatar', null);
    expect(wrote.speaker).toBe('Israeli journalist Barak Ravid');
    const explains = find('Israeli officials are claiming', null);
    expect(explains.speaker).toBe('Ravid');
    const claiming = find('Qatar is not exerting sufficient pressure', null);
    expect(claiming.speaker).toBe('Israeli officials');
    expect(ex.relations).toContainEqual({ from: ex.attributions.indexOf(explains), to: ex.attributions.indexOf(claiming), type: 'cites' });
  });

  it('every outlet record is one of the five outlets the article names', () => {
    const outlets = new Set(ex.attributions.map((a) => a.outlet).filter(Boolean));
    expect([...outlets].sort()).toEqual(['Agence France-Presse', 'Associated Press', 'Financial Times', 'The New York Times', 'The Washington Post']);
  });
});

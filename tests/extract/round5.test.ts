// Engine round 5: general recall on unseen articles. Sentences written for these tests,
// each rule tried in several shapes (tense, word order, date, outlet).
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';
import { brief, recordWith, run } from './helpers.js';

describe('outlets referred back to by a descriptor', () => {
  it('"the Canadian daily", "the Hong Kong-based newspaper": the latest newspaper named before', () => {
    const a = run('The Toronto Star reported on Monday that the province would close two hospitals. The Canadian daily said the decision was made last week.');
    expect(recordWith(a, 'decision').outlet).toBe('Toronto Star');
    const b = run('The city will reopen its border, the South China Morning Post said. According to the Hong Kong-based newspaper, the plan was approved in May.');
    expect(recordWith(b, 'approved').outlet).toBe('South China Morning Post');
  });
  it('the kind of medium decides between two outlets named before', () => {
    const ex = run('Al Jazeera reported, citing the Associated Press, that the convoy had been hit. The Qatari broadcaster later said 14 people were wounded. The US agency said the toll could rise.');
    expect(recordWith(ex, 'wounded').outlet).toBe('Al Jazeera');
    expect(recordWith(ex, 'toll').outlet).toBe('Associated Press');
  });
  it('"the state-run agency", "the business daily", an outlet named only by the text', () => {
    expect(recordWith(run('Xinhua said the factory had exploded. The state-run agency added that 12 workers were killed.'), 'workers').outlet).toBe('Xinhua');
    expect(recordWith(run('Kommersant reported that the firm had been sold. The Russian business daily said the price was $2 billion.'), 'price').outlet).toBe('Kommersant');
  });
  it('the medium told something may be a descriptor too', () => {
    const ex = run('Le Monde reported the resignation on Sunday. The minister told the French daily that he had been pushed out.');
    const r = recordWith(ex, 'pushed out');
    expect(r.outlet).toBe('Le Monde');
    expect(r.speaker).toBe('The minister');
  });
  it('without an outlet named before, the publisher; without one, no outlet', () => {
    const text = 'The mayor resigned on Friday. The council told the local newspaper that an election would follow.';
    const withPublisher = extract({ id: 't', title: 't', text, published: '2024-03-16', publisher: 'The Springfield Gazette' });
    expect(recordWith(withPublisher, 'election').outlet).toBe('The Springfield Gazette');
    expect(recordWith(run(text), 'election').outlet).toBeNull();
  });
  it('a description that names its own medium is not a reference back', () => {
    const ex = run('Reuters said talks had resumed. The Asahi newspaper reported that a deal was close.');
    expect(recordWith(ex, 'deal').outlet).toMatch(/Asahi/);
    expect(brief(run('The first newspaper to report it said the deal was close.')).every((r) => r.outlet === null)).toBe(true);
  });
});

describe('outlets the gazetteer does not know, named where a medium speaks', () => {
  it('a country\'s possessive before a name that reports a clause', () => {
    expect(recordWith(run("Russia's RBC reported that the central bank would raise rates."), 'rates').outlet).toBe('RBC');
    expect(recordWith(run("The summit was postponed, South Korea's Dong-A Ilbo reported on Monday."), 'summit').outlet).toBe('Dong-A Ilbo');
    expect(recordWith(run("According to Japan's Sankei, the cabinet will approve the budget."), 'budget').outlet).toBe('Sankei');
  });
  it('not a known person, organisation or country, and not a plain statement', () => {
    expect(recordWith(run("Russia's Putin reported that the harvest was good."), 'harvest').outlet).toBeNull();
    expect(recordWith(run("China's Huawei said that sales had doubled."), 'sales').outlet).toBeNull();
    expect(recordWith(run("Brazil's Lula said the talks would resume."), 'talks').outlet).toBeNull();
  });
  it('a name shaped like a channel: "... TV", "... Radio", "Channel 12"', () => {
    expect(recordWith(run('Rossiya Kultura TV reported that the museum had reopened.'), 'museum').outlet).toMatch(/^Rossiya Kultura/);
    expect(recordWith(run('The ship had sunk, Voice Of Lagos Radio said.'), 'ship').outlet).toBe('Voice Of Lagos Radio');
    expect(recordWith(run('The minister told Channel 14 on Sunday that no deal was close.'), 'deal').outlet).toBe('Channel 14');
    expect(recordWith(run('Israeli TV reported that the cabinet would meet.'), 'cabinet').outlet).toBeNull();
  });
  it('a gazetteer name in a medium\'s slot needs no article', () => {
    const r = recordWith(run('In an interview with Bild, the chancellor said Germany would send more tanks.'), 'tanks');
    expect(r.outlet).toBe('Bild');
    expect(r.speaker).toBe('the chancellor');
  });
});

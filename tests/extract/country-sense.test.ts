// A bare name two countries' media share ("ABC", "the ABC") is the medium of the country the story
// names: the Australian Broadcasting Corporation in a story set in Australia, ABC News elsewhere.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';
import { recordWith, run } from './helpers.js';

describe('a shared bare name read by the story\'s country', () => {
  it('"the ABC understands C", "..., ABC reported" in a story set in Australia: the Australian Broadcasting Corporation', () => {
    const a = recordWith(run('The ABC understands the Canberra meeting was cancelled at short notice.'), 'meeting');
    expect(a.outlet).toBe('Australian Broadcasting Corporation');
    expect(a.speaker).toBeNull();
    const b = recordWith(run('Flood warnings were issued for three towns in Queensland, ABC reported.'), 'Flood warnings');
    expect(b.outlet).toBe('Australian Broadcasting Corporation');
    const c = recordWith(run('The Australian treasurer told the ABC that the budget would be delayed.'), 'budget');
    expect(c.outlet).toBe('Australian Broadcasting Corporation');
    expect(c.speaker).toBe('The Australian treasurer');
  });
  it('the same name in a story that names no Australian place stays ABC News, and "ABC News" is always ABC News', () => {
    expect(recordWith(run('The senator said the bill would pass, ABC reported.'), 'bill').outlet).toBe('ABC News');
    expect(recordWith(run('ABC News reported that the Sydney office had been searched.'), 'office').outlet).toBe('ABC News');
  });
  it('on a page whose publisher is "ABC News", "the ABC" in a story set in Australia is still the Australian broadcaster', () => {
    const text = 'The ABC understands the proposal was never put to cabinet in Canberra.';
    const page = (publisher: string) => extract({ id: 't', title: 't', text, published: '2024-03-16', publisher });
    expect(recordWith(page('ABC News (Australian Broadcasting Corporation)'), 'proposal').outlet).toBe('Australian Broadcasting Corporation');
    expect(recordWith(page('ABC News'), 'proposal').outlet).toBe('Australian Broadcasting Corporation');
  });
});

describe('"CNA" by the story\'s country', () => {
  it('in a story about Taiwan, the Central News Agency; else Channel NewsAsia', () => {
    expect(recordWith(run('Taiwanese actors were named in the probe, CNA reported, citing sources in Taipei.'), 'actors').outlet).toBe('Central News Agency');
    expect(recordWith(run('Singapore will tighten the rules, CNA reported.'), 'rules').outlet).toBe('Channel NewsAsia');
  });
  it('"Radio NZ" is Radio New Zealand', () => {
    expect(recordWith(run('The minister resigned, Radio NZ reported.'), 'minister').outlet).toBe('Radio New Zealand');
  });
});


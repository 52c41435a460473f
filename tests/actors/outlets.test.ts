import { describe, expect, it } from 'vitest';
import { OUTLETS, findOutletMentions, lookupOutlet } from '../../server/extract/lexicon/outlets.js';

describe('outlet gazetteer', () => {
  it('holds at least 150 outlets with unique canonical names, kinds and countries', () => {
    expect(OUTLETS.length).toBeGreaterThanOrEqual(150);
    const names = OUTLETS.map((o) => o.canonical);
    expect(new Set(names).size).toBe(names.length);
    const kinds = new Set(OUTLETS.map((o) => o.kind));
    for (const k of ['agency', 'newspaper', 'broadcaster', 'online', 'magazine', 'state-media']) expect(kinds).toContain(k);
    expect(new Set(OUTLETS.map((o) => o.country)).size).toBeGreaterThan(40);
  });

  it('resolves every canonical name and alias back to its own entry', () => {
    for (const o of OUTLETS) {
      expect(lookupOutlet(o.canonical)?.canonical, o.canonical).toBe(o.canonical);
    }
    const ambiguous = new Map<string, string[]>();
    for (const o of OUTLETS) for (const a of o.aliases) ambiguous.set(a, [...(ambiguous.get(a) ?? []), o.canonical]);
    for (const [alias, owners] of ambiguous) expect(owners, alias).toHaveLength(1);
  });

  it.each([
    ['AFP', 'Agence France-Presse'],
    ['the AFP news agency', 'Agence France-Presse'],
    ['The New York Times', 'The New York Times'],
    ['NYT', 'The New York Times'],
    ['the WSJ', 'The Wall Street Journal'],
    ['The Financial Times', 'Financial Times'],
    ['FT', 'Financial Times'],
    ['Israeli broadcaster Kan', 'Kan'],
    ['state news agency KCNA', 'Korean Central News Agency'],
    ['Bloomberg News', 'Bloomberg'],
    ['the Kyiv Independent', 'The Kyiv Independent'],
    ['Al-Jazeera', 'Al Jazeera'],
    ['RFE/RL', 'Radio Free Europe/Radio Liberty'],
    ["L'Equipe", "L'Équipe"],
    ['Xinhua news agency', 'Xinhua'],
    ['the Associated Press', 'Associated Press'],
  ])('lookupOutlet(%j) -> %s', (mention, canonical) => {
    expect(lookupOutlet(mention)?.canonical).toBe(canonical);
  });

  it.each(['the Journal', 'the report', 'a witness', 'officials', 'ap', 'Telegram'])('lookupOutlet(%j) is null', (mention) => {
    expect(lookupOutlet(mention)).toBeNull();
  });

  it('finds outlet mentions with offsets, longest first, including a preceding "the"', () => {
    const text = 'The ministry told the Associated Press on Monday, and The Washington Post and dpa confirmed it; AP later updated.';
    const found = findOutletMentions(text);
    expect(found.map((m) => [m.mention, m.entry.canonical])).toEqual([
      ['the Associated Press', 'Associated Press'],
      ['The Washington Post', 'The Washington Post'],
      ['dpa', 'Deutsche Presse-Agentur'],
      ['AP', 'Associated Press'],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.mention);
  });

  it('is case-sensitive for acronyms and needs context for outlet names that are common words', () => {
    const text = 'An independent panel met the ap team. Fox sightings rose, the Independent reported, while Fox News said nothing.';
    const found = findOutletMentions(text).map((m) => m.entry.canonical);
    expect(found).toEqual(['The Independent', 'Fox News']);
  });

  it('does not take a company or foundation for the outlet', () => {
    expect(findOutletMentions('Bloomberg LP owns the terminal business.').map((m) => m.entry.canonical)).toEqual([]);
    expect(findOutletMentions('The Reuters Foundation funds training.').map((m) => m.entry.canonical)).toEqual([]);
  });
});

describe('regional and national outlets (round 4)', () => {
  it('knows regional newspapers by their names and short forms', () => {
    expect(lookupOutlet('the Cleveland Plain Dealer')?.canonical).toBe('The Plain Dealer');
    expect(lookupOutlet('the Star Tribune')?.canonical).toBe('Star Tribune');
    expect(lookupOutlet('TOLOnews')?.canonical).toBe('TOLOnews');
    expect(findOutletMentions('Nigeria\'s Vanguard newspaper said so.').map((m) => m.entry.canonical)).toEqual(['Vanguard']);
    // a common word or a demonym is no outlet
    expect(findOutletMentions('the vanguard of the army')).toEqual([]);
    expect(findOutletMentions('A Tennessean said no.')).toEqual([]);
  });
});

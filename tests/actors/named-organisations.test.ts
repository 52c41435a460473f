// A name before a lower-case organisation noun ("his ruling KANU-B party", "the Orbis group") is an
// organisation, not a person, so a later "he" or "the 70-year-old" does not refer to it.
import { describe, expect, it } from 'vitest';
import { createActorResolver } from '../../server/extract/actors/index.js';

describe('a name described after it by an organisation noun', () => {
  it('party, movement, group, alliance', () => {
    const text = 'President Alton Mbeki said his ruling KANU-B party would win. The Tarsa Vell movement called a strike. ' +
      'Analysts said the Orbis Kade group and the Mara Sol alliance had split.';
    const r = createActorResolver(text);
    for (const name of ['KANU-B', 'Tarsa Vell', 'Orbis Kade', 'Mara Sol']) expect(r.kindOf(name), name).toBe('organization');
    expect(r.kindOf('Alton Mbeki')).toBe('person');
  });
  it('a description of the last person skips the party', () => {
    const text = 'President Alton Mbeki said his ruling KANU-B party was confident. The 84-year-old leader opened his campaign on Sunday.';
    const r = createActorResolver(text);
    const persons = r.mentions().filter((m) => m.kind === 'person').map((m) => m.canonical);
    expect(persons).not.toContain('KANU-B');
    expect(persons).toContain('Alton Mbeki');
  });
});

// Media the gazetteer does not list, in frames other than "reported": a newspaper-shaped name or a described name
// that quotes someone ("The Kabul Times quoted X as saying C", "Chilean broadcaster Canal 13 quoted X"), and a
// described name after "confirmed to" ("confirmed to the Hungarian news portal Telex that C"). Sentences written
// for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('unlisted media', () => {
  it('that quote someone', () => {
    expect(rows('The Herat Times quoted John Smith as saying the road was closed.'))
      .toEqual([['The Herat Times', 'John Smith', 'the road was closed']]);
    expect(rows('Chilean broadcaster Canal 9 quoted John Smith as saying the road was closed.'))
      .toEqual([['Canal 9', 'John Smith', 'the road was closed']]);
  });
  it('told something after their description', () => {
    expect(rows('John Smith confirmed to the Hungarian news portal Hirado that the road was closed.'))
      .toEqual([['Hirado', 'John Smith', 'the road was closed']]);
  });
});

// A medium's own work inside what is said about it: "insists that its story, which claimed C, is
// true", and "urged the BBC to retract a report that C". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { brief, recordWith, run } from './helpers.js';

describe("a medium's story in a relative clause", () => {
  it('"M insists that its story, which claimed that C, is true": both statements, C is the story\'s', () => {
    const ex = run('The Herald Tribune insists that its story, which claimed that the mayor hid the audit from the council, is true.');
    const outer = recordWith(ex, 'is true');
    expect(outer.claim).toBe('its story, which claimed that the mayor hid the audit from the council, is true');
    expect(outer.speaker).toBeNull();
    const inner = ex.attributions.find((r) => r.claim === 'the mayor hid the audit from the council');
    expect(inner?.outlet).toBe(outer.outlet);
    expect(inner?.outletMention).toBe('its story');
  });
  it('the statement of a body that is no medium: both statements, no outlet', () => {
    expect(brief(run('The union insists that its statement, which claimed that the strike would end, is genuine.'))).toEqual([
      { outlet: null, speaker: 'The union', claim: 'its statement, which claimed that the strike would end, is genuine' },
      { outlet: null, speaker: 'its statement', claim: 'the strike would end' },
    ]);
  });
  it('"M reported that S said C" still gives S\'s claim to M', () => {
    expect(recordWith(run('Reuters reported that the minister said he would resign.'), 'resign').outlet).toBe('Reuters');
  });
});

describe('a report a medium is asked to take back', () => {
  it('"urged the BBC to correct a report that C": the report is the medium\'s', () => {
    // (the minister's own "urged" is a record of its own; the report's record has the bare content)
    const a = run('The minister urged the BBC to correct a report that he had resigned.').attributions.find((r) => r.claim === 'he had resigned');
    if (!a) throw new Error('no record of the report');
    expect(a.outlet).toBe('BBC');
    expect(a.speaker).toBeNull();
  });
  it('a body asked to withdraw a report is no medium', () => {
    const a = run('The minister urged the council to withdraw a report that he had resigned.').attributions.find((r) => r.claim === 'he had resigned');
    if (!a) throw new Error('no record of the report');
    expect(a.outlet).toBeNull();
  });
});

// Press-review shapes: "The Guardian reports that C" (a medium whose name ends like a demonym,
// "Italian reports that C" being unnamed reports), "M's (front-page) headline read/said C", and a
// name that needs its article or a media word ("Vanguard") owning a media work ("Vanguard's editorial said").
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker]);

describe('a medium named like a demonym, then "reports that"', () => {
  it('is the medium reporting', () => {
    expect(rows('The Guardian reports that the governor has been impeached.')).toEqual([['The Guardian', null]]);
    expect(rows('The Punch reports that the governor has been impeached.')).toEqual([['The Punch', null]]);
  });
  it('a demonym still makes unnamed reports', () => {
    expect(rows('The club denied French reports that the coach would resign.').map((r) => r[0])).toEqual([null, null]);
  });
});

describe("a medium's headline", () => {
  it('named or referred back to', () => {
    expect(rows('The Daily Trust\'s front-page headline read: "Governor impeached".')).toEqual([['Daily Trust', null]]);
    expect(rows('The Daily Trust reported the vote. The paper\'s headline said the governor had been impeached.')).toEqual([['Daily Trust', null], ['Daily Trust', null]]);
  });
  it('a guarded name owning a media work', () => {
    expect(rows("Vanguard's editorial said the governor deserved to go.")).toEqual([['Vanguard', null]]);
  });
});

describe('"M said in a report that C"', () => {
  it('is one record: the report is the setting of the cue before it', () => {
    expect(rows('Reuters said in a report that the minister would resign.')).toEqual([['Reuters', null]]);
    expect(rows('The watchdog wrote in a report that the bank had broken the rules.')).toEqual([[null, 'The watchdog']]);
  });
  it('unnamed reports elsewhere stay records of their own', () => {
    expect(rows('The minister resigned amid reports that he had lied.')).toEqual([[null, 'reports']]);
  });
});

// "C, Channel 12 reports." and "C, Kan news reports.": a medium's name ending in a numeral, or
// followed by "news", in a frame after the content. The verb after the numeral or "news" reports;
// elsewhere "12 reports" and "news reports" stay noun phrases.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const records = (text: string) => run(text).attributions.map((a) => [a.outlet, a.claim]);

describe('a closing frame "<Medium> (news) reports"', () => {
  it('a name that ends in a numeral', () => {
    expect(records('The minister has resigned, Channel 12 reports.')).toEqual([['Channel 12', 'The minister has resigned']]);
  });
  it('a name followed by "news", at the end of the sentence or before ", and"', () => {
    expect(records('The minister has resigned, Kan news reports.')).toEqual([['Kan', 'The minister has resigned']]);
    expect(records('The army lost 12 soldiers, Channel 13 news reports, and the chief of staff resigned.')[0]).toEqual(['Channel 13', 'The army lost 12 soldiers']);
  });
  it('"news reports" and "12 reports" as noun phrases make no record', () => {
    expect(records('The figure came from CNN news reports.')).toEqual([]);
    expect(records('He was mentioned in many news reports.')).toEqual([]);
    expect(records('The agency received 12 reports.')).toEqual([]);
  });
});

// "Channels 12 and 13 reported, citing S, that C": numbered channels named together are one record per
// channel, and "both networks" later refers back to the two. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('numbered channels named together', () => {
  it('"Channels 12 and 13 reported, citing S, that C": a record for each channel', () => {
    expect(rows('Channels 12 and 13 reported, citing unnamed top officials, that any deal would include the release of 100 captives.')).toEqual([
      ['Channel 12', 'unnamed top officials', 'any deal would include the release of 100 captives'],
      ['Channel 13', 'unnamed top officials', 'any deal would include the release of 100 captives'],
    ]);
  });
  it('"Both networks noted C" after them: both channels again', () => {
    const r = rows('Channels 12 and 13 reported that the talks had stalled. Both networks noted that the ground campaign is increasing pressure on Hamas.');
    expect(r.filter((x) => String(x[2]).includes('ground campaign')).map((x) => x[0])).toEqual(['Channel 12', 'Channel 13']);
  });
});

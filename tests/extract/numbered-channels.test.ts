// "Channels 12 and 13 reported, citing S, that C": numbered channels named together are one record per
// channel, and "both networks" later refers back to the two. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

const rows = (text: string) => run(text).attributions.map((a) => [a.outlet, a.speaker, a.claim]);

describe('numbered channels named together', () => {
  it('"Channels 12 and 13 reported, citing S, that C": a record for each channel', () => {
    expect(rows('Channels 12 and 13 reported, citing two senior ministers, that the budget vote would be delayed.')).toEqual([
      ['Channel 12', 'two senior ministers', 'the budget vote would be delayed'],
      ['Channel 13', 'two senior ministers', 'the budget vote would be delayed'],
    ]);
  });
  it('"Both networks noted C" after them: both channels again', () => {
    const r = rows('Channels 12 and 13 reported that the talks had stalled. Both networks noted that the coalition was unlikely to survive the winter.');
    expect(r.filter((x) => String(x[2]).includes('coalition')).map((x) => x[0])).toEqual(['Channel 12', 'Channel 13']);
  });
});

// Dates written day first ("on 3 March", "on the 3rd of March") or with an abbreviated month
// ("on Dec. 28", "on Sept 5") resolve against the article's publication date like "on March 3".
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';

const dateOf = (text: string, published = '2024-03-13') => extract({ id: 'd', title: 't', text, published }).attributions.map((a) => a.date);

describe('day-first and abbreviated dates', () => {
  it('day before the month', () => {
    expect(dateOf('Reuters reported on 3 March that the talks had stalled.')).toEqual(['2024-03-03']);
    expect(dateOf('Reuters reported on the 3rd of March that the talks had stalled.')).toEqual(['2024-03-03']);
    expect(dateOf('Reuters reported on 3 March 2022 that the talks had stalled.')).toEqual(['2022-03-03']);
  });
  it('an abbreviated month, with or without its period', () => {
    expect(dateOf('Reuters reported on Dec. 28 that the talks had stalled.')).toEqual(['2023-12-28']);
    expect(dateOf('Reuters reported on Sept 5 that the talks had stalled.')).toEqual(['2023-09-05']);
    expect(dateOf('Reuters reported on March 3rd that the talks had stalled.')).toEqual(['2024-03-03']);
  });
  it('a day that no month has is no date', () => {
    expect(dateOf('Reuters reported on 41 March that the talks had stalled.')).toEqual([null]);
  });
});

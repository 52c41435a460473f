// "A source confirmed a report issued by The Washington Post.": a medium's report named by its medium,
// with nothing after it, is the report just made; the confirmation links to it (the issue's own example).
import { describe, expect, it } from 'vitest';
import { extract } from '../../server/extract/index.js';

const read = (text: string) => { const x = extract({ id: 'c', title: 't', text }); return { rows: x.attributions.map((a) => [a.outlet, a.speaker, a.claim]), relations: x.relations }; };

describe('confirming or denying a report named by its medium', () => {
  it('"a report issued by M"', () => {
    const x = read('The Washington Post reported that the talks had stalled. A source confirmed a report issued by The Washington Post.');
    expect(x.rows).toEqual([['The Washington Post', null, 'the talks had stalled'], [null, 'A source', 'the talks had stalled']]);
    expect(x.relations).toEqual([{ from: 1, to: 0, type: 'confirms' }]);
  });
  it('"M\'s report"', () => {
    const x = read('Bloomberg reported that the bank would cut 500 jobs. The bank denied Bloomberg\'s report on Tuesday.');
    expect(x.relations).toEqual([{ from: 1, to: 0, type: 'contradicts' }]);
  });
});

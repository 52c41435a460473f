// Articles written for these tests (not taken from any published text).
import type { Article } from '../../server/extract/types.js';

export const HARBOUR: Article = {
  id: 'test-harbour-spill',
  title: 'Harbour closes piers after spill',
  published: '2025-03-14',
  publisher: 'Test Desk',
  url: null,
  text:
    'Reuters reported on Tuesday that the port authority in Valparaiso had closed two piers after a chemical spill. ' +
    'Officials in Chile said the cleanup would take at least a week. ' +
    'The Associated Press, citing a harbour official, reported that three ships were stuck outside the port.',
};

export const ORCHESTRA: Article = {
  id: 'test-orchestra-tour',
  title: 'Orchestra cancels tour',
  published: '2025-04-02',
  text:
    'The Guardian reported that the Berlin Philharmonic had cancelled its spring tour of Japan. ' +
    'According to Deutsche Welle, the orchestra blamed a dispute over travel insurance.',
};

/** A fresh article per index: distinct text, so each one is a new insert. */
export function numberedArticle(i: number, tag = 'load'): Article {
  return {
    id: `${tag}-${i}`,
    title: `Bridge inspection ${i}`,
    published: '2025-05-01',
    text: `Reuters reported on Monday that inspectors in Porto had found ${i + 2} cracked beams on bridge number ${i}. The city council said repairs on bridge ${i} would start in ${(i % 11) + 1} weeks.`,
  };
}

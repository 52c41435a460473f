// A small varied corpus for the graph tests, written for them: several outlets,
// named and anonymous speakers, claims repeated across articles, relations.
import type { ArticleRecord } from '../../server/store/types.js';
import { record } from './fixtures.js';

export function smallCorpus(): ArticleRecord[] {
  return [
    record(
      'n1',
      'Harbor Radio reported that the northern ferry will stop running in March. Port officials said the quay needs new pilings.',
      [
        { outlet: 'Harbor Radio', outletMention: 'Harbor Radio', cue: 'reported', claim: 'the northern ferry will stop running in March', actors: ['Northern Ferries'] },
        { outlet: 'Harbor Radio', speaker: 'Port officials', cue: 'said', claim: 'the quay needs new pilings', actors: ['Port of Arden'] },
      ],
      { published: '2024-02-10', publisher: 'Harbor Radio', title: 'Ferry to stop' },
    ),
    record(
      'n2',
      'The Daily Ledger said the northern ferry will stop running in March, citing Mayor Ines Calder. The mayor said the town will pay for a bus link.',
      [
        { outlet: 'The Daily Ledger', outletMention: 'the Ledger', speaker: 'Mayor Ines Calder', speakerActor: 'Ines Calder', claim: 'the northern ferry will stop running in March', actors: ['Northern Ferries'] },
        { outlet: 'The Daily Ledger', speaker: 'The mayor', speakerActor: 'Ines Calder', claim: 'the town will pay for a bus link', actors: ['Arden'] },
      ],
      { published: '2024-02-14', publisher: 'The Daily Ledger', title: 'Mayor on ferry', relations: [{ from: 1, to: 0, type: 'confirms' }] },
    ),
    record(
      'n3',
      'Valley Gazette reported that the quay does not need new pilings, according to a company engineer. A columnist wrote that Harbor Radio says the repairs are overdue.',
      [
        { outlet: 'Valley Gazette', speaker: 'a company engineer', cue: 'according to', claim: 'the quay does not need new pilings', actors: ['Port of Arden', 'Northern Ferries'] },
        { outlet: 'Valley Gazette', speaker: 'A columnist', cue: 'wrote', claim: 'Harbor Radio says the repairs are overdue' },
        { outlet: 'Harbor Radio', cue: 'says', claim: 'the repairs are overdue' },
      ],
      { published: '2024-03-05', publisher: 'Valley Gazette', title: 'Engineer disputes', relations: [{ from: 1, to: 2, type: 'cites' }] },
    ),
    record(
      'n4',
      'Harbor Radio said the town will pay for a bus link. People close to the council said the budget is already spent.',
      [
        { outlet: 'Harbor Radio', speaker: 'Mayor Ines Calder', speakerActor: 'Ines Calder', claim: 'the town will pay for a bus link', actors: ['Arden'] },
        { outlet: 'Harbor Radio', speaker: 'People close to the council', claim: 'the budget is already spent', actors: ['Arden Town Council'], date: '2024-03-20' },
      ],
      { published: '2024-03-21', publisher: 'Harbor Radio', title: 'Bus link', relations: [{ from: 1, to: 0, type: 'contradicts' }] },
    ),
  ];
}

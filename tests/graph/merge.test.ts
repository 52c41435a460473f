import { describe, expect, it } from 'vitest';
import { buildGraphModel, GraphModel, claimFeatures, jaccard, MERGE_THRESHOLD } from '../../server/graph/index.js';
import { record } from './fixtures.js';

const claimsOf = (model: GraphModel) => model.graph.filterNodes((_k, a) => a.kind === 'claim');

/** One article per text, each reporting `claim` through its own outlet. */
function twoReports(first: string, second: string) {
  return buildGraphModel(
    [
      record('one', `The Daily Ledger reported that ${first}.`, [{ outlet: 'The Daily Ledger', cue: 'reported', claim: first }]),
      record('two', `Harbor Radio said ${second}.`, [{ outlet: 'Harbor Radio', claim: second }]),
    ],
    { iterations: 5 },
  );
}

describe('claim merging', () => {
  it('merges the same claim reported by two outlets in two articles into one node', () => {
    const model = twoReports('the bridge over the Lune will close for repairs in May', 'the bridge over the Lune will close for repairs in May');
    const claims = claimsOf(model);
    expect(claims).toHaveLength(1);
    const claim = claims[0]!;
    expect(model.graph.getNodeAttribute(claim, 'evidenceCount')).toBe(2);
    const reporters = model.graph.inNeighbors(claim).filter((n) => n.startsWith('outlet:')).sort();
    expect(reporters).toEqual(['outlet:harbor-radio', 'outlet:the-daily-ledger']);
    expect(model.evidence(claim).map((e) => e.articleId).sort()).toEqual(['one', 'two']);
    expect(model.claimKeyOf('one', 0)).toBe(claim);
    expect(model.claimKeyOf('two', 0)).toBe(claim);
  });

  it.each([
    ['case, punctuation and a leading "that"', 'The bridge over the Lune will close for repairs in May', 'that the bridge over the Lune will close, for repairs, in May'],
    ['contractions and curly quotes', "the council won't approve the budget before the vote in June", 'the council will not approve the budget before the vote in June'],
    ['a leading article before a capitalised first word', 'The Russian army will withdraw from the river port', 'Russian army will withdraw from the river port'],
    ['number words and digits', 'three ministers will resign after the inquiry into the port contracts', '3 ministers will resign after the inquiry into the port contracts'],
    ['an inserted article and a small word', 'the ferry company will cut its winter timetable to two sailings a day', 'the ferry company will cut the winter timetable to two sailings a day'],
  ])('merges near-identical wording (%s)', (_what, first, second) => {
    expect(claimsOf(twoReports(first, second))).toHaveLength(1);
  });

  it.each([
    ['a negation', 'the mayor will attend the summit in Lisbon', 'the mayor will not attend the summit in Lisbon'],
    ['a different number', 'the storm destroyed 40 houses in the valley', 'the storm destroyed 400 houses in the valley'],
    ['a different named subject', 'Norway will send a delegation to the talks in Geneva', 'Denmark will send a delegation to the talks in Geneva'],
    ['swapped roles', 'the union accused the railway of breaking the agreement', 'the railway accused the union of breaking the agreement'],
    ['an unrelated claim', 'the museum will open a new wing next spring', 'prices of bread rose sharply in the capital last week'],
    ['a changed verb in a short claim', 'the minister won the vote', 'the minister lost the vote'],
  ])('keeps different claims apart (%s)', (_what, first, second) => {
    expect(claimsOf(twoReports(first, second))).toHaveLength(2);
  });

  it('gives a merged claim the earliest report date as firstReported', () => {
    const model = buildGraphModel(
      [
        record('late', 'Harbor Radio said the dam is safe.', [{ outlet: 'Harbor Radio', claim: 'the dam is safe' }], { published: '2024-05-09' }),
        record('early', 'The Daily Ledger said the dam is safe.', [{ outlet: 'The Daily Ledger', claim: 'the dam is safe', date: '2024-05-02' }], {
          published: '2024-05-03',
        }),
      ],
      { iterations: 5 },
    );
    const [claim] = claimsOf(model);
    expect(model.graph.getNodeAttribute(claim!, 'firstReported')).toBe('2024-05-02');
  });

  it('scores by Jaccard on shingles, at the documented threshold', () => {
    const a = claimFeatures('the bridge will close in May');
    const b = claimFeatures('The bridge will close in May!');
    expect(a.canonical).toBe(b.canonical);
    expect(jaccard(a.shingles, b.shingles)).toBe(1);
    const c = claimFeatures('the tunnel will open in June');
    expect(jaccard(a.shingles, c.shingles)).toBeLessThan(MERGE_THRESHOLD);
  });

  it('keeps claims apart at scale and merges their repeats', () => {
    // 1,000 distinct claims built from distinct word combinations, each reported twice
    const subjects = ['the council', 'the harbour board', 'the rail operator', 'the water company', 'the school trust'];
    const verbs = ['will review', 'has delayed', 'plans to expand', 'will audit', 'has cancelled'];
    const objects = Array.from({ length: 40 }, (_, i) => `contract ${i + 1}`);
    const texts: string[] = [];
    for (const s of subjects) for (const v of verbs) for (const o of objects) texts.push(`${s} ${v} ${o}`);
    const records = texts.flatMap((t, i) => [
      record(`x${i}`, `The Daily Ledger said ${t}.`, [{ outlet: 'The Daily Ledger', claim: t }]),
      record(`y${i}`, `Harbor Radio said ${t}.`, [{ outlet: 'Harbor Radio', claim: t }]),
    ]);
    const model = new GraphModel();
    for (const r of records) model.addRecord(r);
    expect(claimsOf(model)).toHaveLength(texts.length);
    for (const claim of claimsOf(model)) expect(model.graph.getNodeAttribute(claim, 'evidenceCount')).toBe(2);
  });
});

describe('actors and sources', () => {
  it('merges actors by canonical name across articles and records the speaker as written as an alias', () => {
    const model = buildGraphModel(
      [
        record('a', 'The Qatari government said talks would resume.', [
          { outlet: null, speaker: 'The Qatari government', speakerActor: 'Qatar', claim: 'talks would resume', actors: ['Hamas'] },
        ]),
        record('b', 'Hamas said it would study the proposal.', [
          { outlet: 'Harbor Radio', speaker: 'Hamas', speakerActor: 'Hamas', claim: 'it would study the proposal', actors: ['Qatar', 'Hamas'] },
        ]),
      ],
      { iterations: 5 },
    );
    const actors = model.graph.filterNodes((_k, a) => a.kind === 'actor').sort();
    expect(actors).toEqual(['actor:hamas', 'actor:qatar']);
    expect(model.graph.getNodeAttribute('actor:qatar', 'aliases')).toEqual(['The Qatari government']);
    expect(model.graph.getNodeAttribute('actor:qatar', 'actorKind')).toBe('place');
    expect(model.graph.getNodeAttribute('actor:hamas', 'actorKind')).toBe('organization');
    const saidByQatar = model.graph.outEdges('actor:qatar').map((e) => model.graph.getEdgeAttribute(e, 'kind'));
    expect(saidByQatar).toEqual(['said']);
    // Hamas both said claim b and is involved in claims a and b
    const hamasEdges = model.graph.edges('actor:hamas').map((e) => model.graph.getEdgeAttribute(e, 'kind')).sort();
    expect(hamasEdges).toEqual(['involves', 'involves', 'said']);
  });

  it('links a named speaker even without the speaker as written, and ignores blank outlets', () => {
    const model = buildGraphModel(
      [record('b', 'The dam is safe, the agency said.', [{ outlet: '  ', speaker: null, speakerActor: 'Water Agency', claim: 'The dam is safe' }])],
      { iterations: 1 },
    );
    expect(model.graph.filterNodes((_k, a) => a.kind === 'outlet')).toEqual([]);
    expect(model.graph.hasEdge(`said:actor:water-agency->${model.claimKeyOf('b', 0)}`)).toBe(true);
  });

  it('scopes an anonymous source to the outlet that cites it', () => {
    const text = 'Sources familiar with the matter told Harbor Radio the plant will close. Sources familiar with the matter told The Daily Ledger the plant will close.';
    const model = buildGraphModel(
      [
        record('s1', text, [
          { outlet: 'Harbor Radio', speaker: 'Sources familiar with the matter', cue: 'told', claim: 'the plant will close' },
          { outlet: 'The Daily Ledger', speaker: 'Sources familiar with the matter', cue: 'told', claim: 'the plant will close' },
        ]),
        record('s2', 'Officials said the plant will close.', [{ speaker: 'Officials', claim: 'the plant will close' }], { publisher: 'Valley Gazette' }),
        record('s3', 'Officials said the plant will close.', [{ speaker: 'Officials', claim: 'the plant will close' }], { publisher: null }),
      ],
      { iterations: 5 },
    );
    const sources = model.graph.filterNodes((_k, a) => a.kind === 'source').sort();
    expect(sources).toEqual([
      'source:harbor-radio:sources-familiar-with-the-matter',
      'source:the-daily-ledger:sources-familiar-with-the-matter',
      'source:unattributed:officials',
      'source:valley-gazette:officials',
    ]);
    expect(model.graph.getNodeAttribute('source:harbor-radio:sources-familiar-with-the-matter', 'outlet')).toBe('Harbor Radio');
    expect(model.graph.hasEdge('cites:outlet:harbor-radio->source:harbor-radio:sources-familiar-with-the-matter')).toBe(true);
    expect(model.graph.hasNode('outlet:valley-gazette')).toBe(false);
    const [claim] = claimsOf(model);
    expect(model.graph.getNodeAttribute(claim!, 'evidenceCount')).toBe(4);
  });

  it('turns confirms/contradicts relations into claim edges and media citing media into outlet cites', () => {
    const text = 'Harbor Radio reported the mine reopened, citing the Valley Gazette. The company said the mine is still shut.';
    const model = buildGraphModel(
      [
        record(
          'r',
          text,
          [
            { outlet: 'Harbor Radio', cue: 'reported', claim: 'the mine reopened' },
            { outlet: 'Valley Gazette', cue: 'citing', claim: 'the mine reopened' },
            { outlet: 'Harbor Radio', speaker: 'The company', speakerActor: 'Ridge Mining Company', claim: 'the mine is still shut' },
          ],
          { relations: [{ from: 0, to: 1, type: 'cites' }, { from: 2, to: 0, type: 'contradicts' }] },
        ),
      ],
      { iterations: 5 },
    );
    expect(model.graph.hasEdge('cites:outlet:harbor-radio->outlet:valley-gazette')).toBe(true);
    // the same claim on both sides: no claim->claim self-loop
    expect(model.graph.filterEdges((_e, a, s, t) => a.kind === 'cites' && s === t)).toEqual([]);
    const reopened = model.claimKeyOf('r', 0)!;
    const shut = model.claimKeyOf('r', 2)!;
    expect(model.graph.hasEdge(`contradicts:${shut}->${reopened}`)).toBe(true);
    expect(model.graph.getNodeAttribute('actor:ridge-mining-company', 'actorKind')).toBe('organization');
  });

  it('counts the claims of an outlet and sizes by it, within bounds', () => {
    const texts = Array.from({ length: 30 }, (_, i) => `the reservoir level fell by ${i + 1} centimetres`);
    const model = buildGraphModel(
      texts.map((t, i) => record(`l${i}`, `Harbor Radio said ${t}.`, [{ outlet: 'Harbor Radio', outletMention: i % 2 ? 'HR' : 'Harbor Radio', claim: t }])),
      { iterations: 5 },
    );
    const outlet = model.graph.getNodeAttributes('outlet:harbor-radio');
    expect(outlet.claimCount).toBe(30);
    expect(outlet.aliases).toEqual(['HR']);
    expect(outlet.size).toBeGreaterThan(model.graph.getNodeAttribute(model.claimKeyOf('l0', 0)!, 'size'));
    model.graph.forEachNode((_k, a) => {
      expect(a.size).toBeGreaterThan(0);
      expect(a.size).toBeLessThanOrEqual(24);
    });
  });
});

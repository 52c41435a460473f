import { describe, expect, it } from 'vitest';
import { buildGraphModel, selectView, type AttributionGraph } from '../../server/graph/index.js';
import { smallCorpus } from './corpus.js';
import { record } from './fixtures.js';

const model = buildGraphModel(smallCorpus(), { iterations: 10 });
const g = model.graph;
const claim = (article: string, index: number) => model.claimKeyOf(article, index)!;
const sorted = (keys: string[]) => [...keys].sort();

/** Every edge of the full graph between two nodes of the view is in the view, and no other. */
function expectInducedEdges(view: AttributionGraph) {
  const expected = g.filterEdges((_e, _a, s, t) => view.hasNode(s) && view.hasNode(t));
  expect(sorted(view.edges())).toEqual(sorted(expected));
}

describe('selectView', () => {
  it('without filters holds the whole graph except article nodes', () => {
    const view = selectView(g, {});
    expect(sorted(view.nodes())).toEqual(sorted(g.filterNodes((_k, a) => a.kind !== 'article')));
    expectInducedEdges(view);
    const withArticles = selectView(g, { articles: true });
    expect(withArticles.order).toBe(g.order);
    expect(withArticles.size).toBe(g.size);
  });

  it('an outlet view holds the outlet, its claims, their speakers and actors, and nothing else', () => {
    const view = selectView(g, { outlets: ['The Daily Ledger'] });
    expect(sorted(view.nodes())).toEqual(
      sorted([
        'outlet:the-daily-ledger',
        claim('n2', 0),
        claim('n2', 1),
        'actor:ines-calder',
        'actor:northern-ferries',
        'actor:arden',
      ]),
    );
    expectInducedEdges(view);
    expect(view.hasEdge(`confirms:${claim('n2', 1)}->${claim('n2', 0)}`)).toBe(true);
  });

  it('an outlet view leaves out the anonymous sources of other outlets reporting the same claim', () => {
    const shared = buildGraphModel(
      [
        record('p', 'Officials told Harbor Radio the pier will close. Diplomats told The Daily Ledger the pier will close.', [
          { outlet: 'Harbor Radio', speaker: 'Officials', cue: 'told', claim: 'the pier will close' },
          { outlet: 'The Daily Ledger', speaker: 'Diplomats', cue: 'told', claim: 'the pier will close' },
        ]),
      ],
      { iterations: 5 },
    );
    const view = selectView(shared.graph, { outlets: ['Harbor Radio'] });
    expect(sorted(view.nodes())).toEqual(sorted(['outlet:harbor-radio', 'source:harbor-radio:officials', shared.claimKeyOf('p', 0)!]));
    expect(view.size).toBe(3);
  });

  it('finds outlets by key, slug, canonical name or alias, case-insensitively', () => {
    const byName = sorted(selectView(g, { outlets: ['The Daily Ledger'] }).nodes());
    for (const name of ['outlet:the-daily-ledger', 'the-daily-ledger', 'the daily ledger', 'THE LEDGER']) {
      expect(sorted(selectView(g, { outlets: [name] }).nodes())).toEqual(byName);
    }
  });

  it('an unknown outlet gives an empty view, not an error', () => {
    const view = selectView(g, { outlets: ['No Such Outlet'] });
    expect(view.order).toBe(0);
    expect(selectView(g, { actors: ['Nobody'] }).order).toBe(0);
  });

  it('several outlets: the union of their claims, and includes their anonymous sources', () => {
    const view = selectView(g, { outlets: ['Harbor Radio', 'Valley Gazette'] });
    const outlets = view.filterNodes((_k, a) => a.kind === 'outlet');
    expect(sorted(outlets)).toEqual(['outlet:harbor-radio', 'outlet:valley-gazette']);
    expect(view.hasNode('source:harbor-radio:port-officials')).toBe(true);
    expect(view.hasNode('source:valley-gazette:a-company-engineer')).toBe(true);
    expect(view.hasEdge('cites:outlet:harbor-radio->source:harbor-radio:port-officials')).toBe(true);
    expect(view.hasNode('outlet:the-daily-ledger')).toBe(false);
    expect(view.filterNodes((_k, a) => a.kind === 'claim')).toHaveLength(7);
    // the columnist's claim cites Harbor Radio's report
    expect(view.hasEdge(`cites:${claim('n3', 1)}->${claim('n3', 2)}`)).toBe(true);
    expect(view.hasEdge('cites:outlet:valley-gazette->outlet:harbor-radio')).toBe(true);
    expectInducedEdges(view);
  });

  it('an actor view holds the claims involving or said by the actor, with their outlets and speakers', () => {
    const view = selectView(g, { actors: ['Port of Arden'] });
    expect(sorted(view.filterNodes((_k, a) => a.kind === 'claim'))).toEqual(sorted([claim('n1', 1), claim('n3', 0)]));
    expect(sorted(view.filterNodes((_k, a) => a.kind === 'outlet'))).toEqual(['outlet:harbor-radio', 'outlet:valley-gazette']);
    expect(view.hasNode('actor:northern-ferries')).toBe(true); // also involved in the engineer's claim
    const calder = selectView(g, { actors: ['ines calder'] });
    expect(sorted(calder.filterNodes((_k, a) => a.kind === 'claim'))).toEqual(sorted([claim('n2', 0), claim('n2', 1)]));
    expectInducedEdges(view);
  });

  it('outlet and actor filters combine as an intersection', () => {
    const view = selectView(g, { outlets: ['Harbor Radio'], actors: ['Arden'] });
    expect(view.filterNodes((_k, a) => a.kind === 'claim')).toEqual([claim('n4', 0)]);
    expect(view.filterNodes((_k, a) => a.kind === 'outlet')).toEqual(['outlet:harbor-radio']);
  });

  it('kind filter keeps only nodes of those kinds', () => {
    const view = selectView(g, { kinds: ['outlet', 'claim'] });
    expect(new Set(view.mapNodes((_k, a) => a.kind))).toEqual(new Set(['outlet', 'claim']));
    expect(view.order).toBe(g.filterNodes((_k, a) => a.kind === 'outlet' || a.kind === 'claim').length);
    expectInducedEdges(view);
  });

  it('q matches claim text and the names around a claim', () => {
    const pilings = selectView(g, { q: 'PILINGS' });
    expect(sorted(pilings.filterNodes((_k, a) => a.kind === 'claim'))).toEqual(sorted([claim('n1', 1), claim('n3', 0)]));
    const engineer = selectView(g, { q: 'engineer' });
    expect(engineer.filterNodes((_k, a) => a.kind === 'claim')).toEqual([claim('n3', 0)]);
    expect(selectView(g, { q: 'zeppelin' }).order).toBe(0);
  });

  it('from/to keep the claims first reported in the range', () => {
    const march = selectView(g, { from: '2024-03-01', to: '2024-03-31' });
    expect(sorted(march.filterNodes((_k, a) => a.kind === 'claim'))).toEqual(sorted([claim('n3', 0), claim('n3', 1), claim('n3', 2), claim('n4', 1)]));
    march.forEachNode((_k, a) => {
      if (a.kind === 'claim') expect(a.firstReported! >= '2024-03-01' && a.firstReported! <= '2024-03-31').toBe(true);
    });
    const upToFeb12 = selectView(g, { to: '2024-02-12T23:00:00Z' });
    expect(sorted(upToFeb12.filterNodes((_k, a) => a.kind === 'claim'))).toEqual(sorted([claim('n1', 0), claim('n1', 1)]));
  });

  it('articles=true adds the articles of the selected claims', () => {
    const view = selectView(g, { outlets: ['Valley Gazette'], articles: true });
    expect(view.filterNodes((_k, a) => a.kind === 'article')).toEqual(['article:n3']);
    expect(view.hasEdge(`contains:article:n3->${claim('n3', 0)}`)).toBe(true);
  });

  it('returns a copy: changing the view leaves the model alone', () => {
    const view = selectView(g, {});
    const key = view.nodes()[0]!;
    view.setNodeAttribute(key, 'label', 'changed');
    expect(g.getNodeAttribute(key, 'label')).not.toBe('changed');
  });
});

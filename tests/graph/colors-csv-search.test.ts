import { describe, expect, it } from 'vitest';
import {
  buildGraphModel,
  csvCell,
  outletColor,
  searchNodes,
  selectView,
  slugify,
  sourceColor,
  toCsv,
} from '../../server/graph/index.js';
import { parseColor } from '../../server/graph/colors.js';
import { record } from './fixtures.js';
import { smallCorpus } from './corpus.js';

describe('colours', () => {
  it('gives every outlet a stable rgb() colour from its slug, the same in every build', () => {
    const a = buildGraphModel(smallCorpus(), { iterations: 5 });
    const b = buildGraphModel([...smallCorpus()].reverse(), { iterations: 5 });
    for (const key of a.graph.filterNodes((_k, n) => n.kind === 'outlet')) {
      const color = a.graph.getNodeAttribute(key, 'color');
      expect(color).toMatch(/^rgb\(\d{1,3},\d{1,3},\d{1,3}\)$/);
      expect(color).toBe(outletColor(key.slice('outlet:'.length)));
      expect(b.graph.getNodeAttribute(key, 'color')).toBe(color);
    }
    a.graph.forEachNode((_k, n) => expect(parseColor(n.color)).toBeDefined());
    a.graph.forEachEdge((_k, e) => expect(parseColor(e.color)).toBeDefined());
  });

  it('spreads outlets over many distinct colours', () => {
    const names = ['Reuters', 'Agence France-Presse', 'Associated Press', 'BBC News', 'Al Jazeera', 'Der Spiegel', 'Le Monde', 'The Guardian', 'Yonhap', 'KCNA', 'NHK', 'Xinhua', 'TASS', 'ANSA', 'EFE', 'Kyodo News', 'CNN', 'Fox News', 'NPR', 'Bild'];
    const colors = new Set(names.map((n) => outletColor(slugify(n))));
    expect(colors.size).toBe(names.length);
    for (const n of names) {
      const c = parseColor(outletColor(slugify(n)))!;
      // neither washed out nor black
      expect(Math.max(c.r, c.g, c.b) - Math.min(c.r, c.g, c.b)).toBeGreaterThan(40);
      expect(parseColor(sourceColor(slugify(n)))).toBeDefined();
    }
  });
});

describe('CSV export', () => {
  const model = buildGraphModel(smallCorpus(), { iterations: 5 });

  it('has one row per attribution, with outlet, speaker, cue, claim, actors and article ids', () => {
    const csv = toCsv(selectView(model.graph, {}), model);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('claim_key,outlet,speaker,cue,claim,actors,article_ids,first_reported');
    const attributions = smallCorpus().reduce((n, r) => n + r.extraction.attributions.length, 0);
    expect(lines).toHaveLength(1 + attributions);
    expect(lines).toContain(
      `${model.claimKeyOf('n3', 0)},Valley Gazette,a company engineer,according to,the quay does not need new pilings,Port of Arden; Northern Ferries,n3,2024-03-05`,
    );
  });

  it('lists only the chosen outlets’ attributions in an outlet view', () => {
    const csv = toCsv(selectView(model.graph, { outlets: ['Harbor Radio'] }), model);
    const lines = csv.trimEnd().split('\r\n').slice(1);
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line.split(',')[1]).toBe('Harbor Radio');
  });

  it('works from the graph alone', () => {
    const csv = toCsv(selectView(model.graph, { articles: true }));
    const ferry = csv.split('\r\n').filter((l) => l.startsWith(model.claimKeyOf('n1', 0)!));
    expect(ferry.map((l) => l.split(',')[1]).sort()).toEqual(['Harbor Radio', 'The Daily Ledger']);
    expect(ferry[0]).toContain(',n1 n2,');
  });

  it('quotes per RFC 4180 and neutralises formula injection', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    const evil = buildGraphModel(
      [record('e', 'Harbor Radio said =cmd|calc, "quoted".', [{ outlet: 'Harbor Radio', speaker: '@ops', claim: '=cmd|calc, "quoted"' }])],
      { iterations: 1 },
    );
    const row = toCsv(evil.graph, evil).split('\r\n')[1]!;
    expect(row).toContain(`"'=cmd|calc, ""quoted"""`);
    expect(row).toContain(",'@ops,");
  });
});

describe('searchNodes', () => {
  const model = buildGraphModel(
    [
      ...smallCorpus(),
      record('s', 'Radio Harborview said the harbor is calm. Harbor officials said so too.', [
        { outlet: 'Radio Harborview', claim: 'the harbor is calm' },
        { outlet: 'Harbor', outletMention: 'HBR', speaker: 'Harbor officials', claim: 'so too' },
      ]),
    ],
    { iterations: 5 },
  );

  it('ranks exact > prefix > word prefix > substring', () => {
    const hits = searchNodes(model.graph, 'harbor', 50);
    const scoreOf = (key: string) => hits.find((h) => h.key === key)?.score;
    expect(hits[0]).toMatchObject({ key: 'outlet:harbor', kind: 'outlet', score: 4 });
    expect(scoreOf('outlet:harbor-radio')).toBe(3);
    expect(scoreOf('source:harbor:harbor-officials')).toBe(3);
    expect(scoreOf('outlet:radio-harborview')).toBe(2);
    expect(scoreOf(model.claimKeyOf('s', 0)!)).toBe(2);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    expect(hits.some((h) => h.kind === 'article')).toBe(false);
  });

  it('matches aliases, ignores case and accents, and respects the limit', () => {
    expect(searchNodes(model.graph, 'the ledger')[0]).toMatchObject({ key: 'outlet:the-daily-ledger', score: 4 });
    expect(searchNodes(model.graph, 'hbr')[0]!.key).toBe('outlet:harbor');
    expect(searchNodes(model.graph, 'INÉS')[0]!.key).toBe('actor:ines-calder');
    expect(searchNodes(model.graph, 'a', 3)).toHaveLength(3);
    expect(searchNodes(model.graph, '   ')).toEqual([]);
    expect(searchNodes(model.graph, 'zzzz')).toEqual([]);
  });

  it('puts bigger nodes first on equal scores', () => {
    const hits = searchNodes(model.graph, 'the', 100).filter((h) => h.score === 3);
    const sizes = hits.map((h) => model.graph.getNodeAttribute(h.key, 'size'));
    expect(hits.length).toBeGreaterThanOrEqual(4);
    expect(new Set(sizes).size).toBeGreaterThan(2);
    expect(hits[0]!.key).toBe('outlet:the-daily-ledger');
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
});

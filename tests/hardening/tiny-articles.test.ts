// 100k tiny articles, some with hostile characters: ingest finishes, every article is stored
// once, and the GEXF export of the resulting graph still passes the schema and NetworkX.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraphModel } from '../../server/graph/index.js';
import { ingestFiles } from '../../server/ingest/ingest-files.js';
import { openStore } from '../../server/store/index.js';
import { exportToFile, networkx, xmllint } from '../graph/gexf-readers.js';

const ARTICLES = 100_000;
const HOSTILE = ['\u0001\u0008', '\u200f\u202e', '😀🇫🇷', 'e\u0301\u0308', '<b>&amp;</b>"\'', '\uffff\ufffe', ']]>'];
const OUTLETS = ['Reuters', 'the Associated Press', 'AFP', 'Bloomberg'];

function tinyArticle(i: number): string {
  // Most are a few words with no attribution; every 50th carries one, with odd characters.
  const text = i % 50 === 0
    ? `Officials told ${OUTLETS[i % OUTLETS.length]} that bridge ${i} ${HOSTILE[i % HOSTILE.length]} was closed.`
    : `Item ${i}${HOSTILE[i % HOSTILE.length]}.`;
  return JSON.stringify({ id: `tiny-${i}`, title: `Tiny ${i}`, text });
}

describe('100k tiny articles', () => {
  it('ingest in bounded time, stored once each, and the GEXF still validates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rg-tiny-'));
    const input = join(dir, 'tiny.jsonl');
    writeFileSync(input, Array.from({ length: ARTICLES }, (_, i) => tinyArticle(i)).join('\n'));
    const store = openStore(join(dir, 'tiny.db'));
    try {
      const problems: unknown[] = [];
      const summary = await ingestFiles(store, [input], { batchSize: 2000, onProblem: (p) => problems.push(p) });
      expect(problems).toEqual([]);
      expect(store.counts().articles).toBe(ARTICLES);
      expect(summary.attributions).toBeGreaterThanOrEqual(ARTICLES / 50);

      // The same file again: nothing new.
      await ingestFiles(store, [input], { batchSize: 2000 });
      expect(store.counts().articles).toBe(ARTICLES);

      const model = buildGraphModel(store.records());
      const claims = model.graph.filterNodes((_, a) => a.kind === 'claim').length;
      expect(claims).toBeGreaterThanOrEqual(ARTICLES / 50 / 2);
      const { file, xml } = exportToFile(model.graph, 'tiny.gexf');
      expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
      const lint = xmllint(file);
      expect(lint.ok, lint.output).toBe(true);
      const nx = networkx(file);
      expect(Object.keys(nx.nodes).length).toBe(model.graph.order);
      expect(nx.edges.length).toBe(model.graph.size);
    } finally {
      store.close();
    }
  }, 600_000);
});

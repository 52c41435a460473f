// The three GEXF readers nobody on this project wrote: the XSD (xmllint),
// NetworkX's read_gexf and graphology-gexf's parser.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { writeGexf, type AttributionGraph } from '../../server/graph/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
export const GEXF_XSD = path.resolve(repoRoot, '../shared/gexf/1.3-vizns/gexf.xsd');

export function exportToFile(graph: AttributionGraph, name = 'graph.gexf'): { file: string; xml: string } {
  let xml = '';
  writeGexf(graph, (chunk) => {
    xml += chunk;
  });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'reportgraph-gexf-')), name);
  writeFileSync(file, xml, 'utf8');
  return { file, xml };
}

export function xmllint(file: string): { ok: boolean; output: string } {
  const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', GEXF_XSD, file], { encoding: 'utf8' });
  if (result.error) throw result.error;
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

export interface NetworkxGraph {
  directed: boolean;
  nodes: Record<string, Record<string, unknown> & { viz?: { color?: Record<string, number>; size?: number; position?: Record<string, number> } }>;
  edges: [string, string, Record<string, unknown>][];
}

export function networkx(file: string): NetworkxGraph {
  const result = spawnSync('/usr/bin/python3', [path.join(here, 'networkx-dump.py'), file], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`networkx failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as NetworkxGraph;
}

const gexfModule = ((gexf as { default?: unknown }).default ?? gexf) as typeof gexf;

export function graphologyParse(xml: string): MultiDirectedGraph {
  // respectInputGraphType: the parser would otherwise guess "mixed" for a file without edges
  return gexfModule.parse(MultiDirectedGraph, xml, { respectInputGraphType: true }) as MultiDirectedGraph;
}

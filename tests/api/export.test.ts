// Exports over HTTP and from the CLI: GEXF checked by xmllint against the 1.3 schema and read back by NetworkX.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GEXF_XSD, REPO_ROOT, getJson, startTestServer, type SerialisedGraph, type TestServer } from './helpers.js';

let srv: TestServer;
let whole: SerialisedGraph;
beforeAll(async () => {
  srv = await startTestServer();
  whole = (await getJson<SerialisedGraph>(`${srv.url}/api/export.json`)).body;
});
afterAll(() => srv?.close());

function xmllint(file: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', GEXF_XSD, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

const NETWORKX = `import sys,json,networkx as nx
from networkx.readwrite.gexf import GEXF
GEXF.versions["1.3"]=dict(GEXF.versions["1.2draft"],NS_GEXF="http://gexf.net/1.3",NS_VIZ="http://gexf.net/1.3/viz",VERSION="1.3")
G=nx.read_gexf(sys.argv[1])
print(json.dumps({"nodes":G.number_of_nodes(),"edges":G.number_of_edges(),"kinds":sorted({d.get("kind") for _,d in G.nodes(data=True)})}))`;

function networkx(file: string): { nodes: number; edges: number; kinds: string[] } {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', NETWORKX, file], { encoding: 'utf8' }));
}

async function download(url: string, file: string): Promise<Response> {
  const res = await fetch(url);
  fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return res;
}

describe('GET /api/export.gexf', () => {
  it('exports the whole graph as a GEXF 1.3 download that validates and reads back', async () => {
    const file = path.join(srv.dir, 'whole.gexf');
    const res = await download(`${srv.url}/api/export.gexf`, file);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/gexf\+xml/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="?reportgraph\.gexf"?$/);
    const check = xmllint(file);
    expect(check.ok, check.output).toBe(true);
    const nx = networkx(file);
    expect(nx.nodes).toBe(whole.nodes.length);
    expect(nx.edges).toBe(whole.edges.length);
    expect(nx.kinds).toContain('outlet');
  });

  it('the export of a filtered view holds exactly that view', async () => {
    const outlet = (await getJson(`${srv.url}/api/outlets`)).body.outlets[0];
    const q = `outlet=${encodeURIComponent(outlet.key)}`;
    const view = (await getJson<SerialisedGraph>(`${srv.url}/api/graph?${q}`)).body;
    const file = path.join(srv.dir, 'view.gexf');
    const res = await download(`${srv.url}/api/export.gexf?${q}`, file);
    expect(res.headers.get('content-disposition')).toMatch(/reportgraph-view\.gexf/);
    expect(xmllint(file).ok).toBe(true);
    const nx = networkx(file);
    expect([nx.nodes, nx.edges]).toEqual([view.nodes.length, view.edges.length]);
    expect(nx.nodes).toBeLessThan(whole.nodes.length);
    const xml = fs.readFileSync(file, 'utf8');
    for (const n of view.nodes) expect(xml).toContain(`id="${n.key.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);

    const json = (await getJson<SerialisedGraph>(`${srv.url}/api/export.json?${q}`)).body;
    expect(new Set(json.nodes.map((n) => n.key))).toEqual(new Set(view.nodes.map((n) => n.key)));
    expect(json.edges.length).toBe(view.edges.length);
  });
});

describe('GET /api/export.csv and .json', () => {
  it('CSV: a header and one row per attribution of the view', async () => {
    const res = await fetch(`${srv.url}/api/export.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/reportgraph\.csv/);
    const text = await res.text();
    const header = text.split(/\r?\n/, 1)[0].toLowerCase();
    for (const col of ['outlet', 'claim']) expect(header).toContain(col);
    expect(text).toContain('Agence France-Presse');
    // Narrower view, fewer rows.
    const outlet = (await getJson(`${srv.url}/api/outlets`)).body.outlets[0];
    const view = await (await fetch(`${srv.url}/api/export.csv?outlet=${encodeURIComponent(outlet.key)}`)).text();
    expect(view.length).toBeLessThan(text.length);
    expect(view).toContain(outlet.label);
  });

  it('JSON: the serialised graph, as a download', async () => {
    const res = await fetch(`${srv.url}/api/export.json`);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="?reportgraph\.json"?$/);
    const g = (await res.json()) as SerialisedGraph;
    expect(g.nodes.length).toBe((await getJson(`${srv.url}/api/health`)).body.nodes);
    expect(g.nodes.some((n) => n.attributes.kind === 'article')).toBe(true);
  });
});

describe('CLI export', () => {
  const cli = (args: string[]) =>
    spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['server/cli.ts', ...args], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

  it('writes the same view as the API, as GEXF to a file and JSON to stdout', async () => {
    const outlet = (await getJson(`${srv.url}/api/outlets`)).body.outlets[0];
    const view = (await getJson<SerialisedGraph>(`${srv.url}/api/graph?outlet=${encodeURIComponent(outlet.key)}`)).body;
    const file = path.join(srv.dir, 'cli.gexf');
    const r = cli(['export', '--format', 'gexf', '--outlet', outlet.key, '--db', srv.dbFile, '-o', file]);
    expect(r.status, r.stderr).toBe(0);
    expect(xmllint(file).ok).toBe(true);
    expect(networkx(file).nodes).toBe(view.nodes.length);

    const j = cli(['export', '--format', 'json', '--outlet', outlet.key, '--db', srv.dbFile]);
    expect(j.status, j.stderr).toBe(0);
    const g = JSON.parse(j.stdout) as SerialisedGraph;
    expect(new Set(g.nodes.map((n) => n.key))).toEqual(new Set(view.nodes.map((n) => n.key)));
  });

  it('rejects bad options with a message and exit code 2', () => {
    const r = cli(['export', '--format', 'pdf', '--db', srv.dbFile]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--format/);
    const d = cli(['export', '--format', 'csv', '--from', 'soon', '--db', srv.dbFile]);
    expect(d.status).toBe(2);
    expect(d.stderr).toMatch(/from/);
  });
});

// A tiny HTTP server for the built page with a fixed graph behind /api/graph (benchmark, development).
// It answers the read endpoints the page needs on first load (/api/graph/columns is the first view); the real
// server is in server/api.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { SerializedGraph } from './fixture-graph.js';
import { viewColumnsText } from '../../../server/graph/view-columns.js';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

export async function startFixtureServer(graph: SerializedGraph, distDir: string): Promise<{ url: string; close(): Promise<void> }> {
  // as /api/graph sends it: edges without key, size and colour (the page derives them from kind and ends)
  const graphJson = JSON.stringify({ ...graph, edges: graph.edges.map((e) => ({ source: e.source, target: e.target, attributes: { kind: e.attributes.kind, weight: e.attributes.weight } })) });
  // the first load's compact form, written by the server's own encoder
  const columnsText = viewColumnsText(graph.attributes, new Map(graph.nodes.map((n) => [n.key, n.attributes])), graph.edges);
  const list = (kind: string) => graph.nodes.filter((n) => n.attributes.kind === kind).slice(0, 500).map((n) => ({ key: n.key, label: n.attributes.label, claimCount: 1, color: n.attributes.color, actorKind: n.attributes.actorKind }));
  const outlets = JSON.stringify({ outlets: list('outlet') });
  const actors = JSON.stringify({ actors: list('actor') });
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const json = (body: string) => res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    if (url.pathname === '/api/graph') return json(graphJson);
    if (url.pathname === '/api/graph/columns') return res.writeHead(200, { 'content-type': 'application/x-ndjson' }).end(columnsText);
    if (url.pathname === '/api/outlets') return json(outlets);
    if (url.pathname === '/api/actors') return json(actors);
    if (url.pathname.startsWith('/api/')) return res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not in the fixture"}');
    const file = path.join(distDir, url.pathname === '/' ? 'index.html' : path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(distDir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

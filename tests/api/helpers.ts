// Shared set-up for the API tests: a real server on 127.0.0.1:<ephemeral> over a real temp SQLite file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../server/extract/types.js';
import { openService, type AppService } from '../../server/app-service.js';
import { createApp, type AppOptions } from '../../server/api/app.js';
import type { OpenStoreOptions } from '../../server/store/index.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const GEXF_XSD = path.resolve(REPO_ROOT, '../shared/gexf/1.3-vizns/gexf.xsd');
export const SAMPLES_DIR = path.join(REPO_ROOT, 'data/samples');

export function tempDir(prefix = 'rg-api-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function readSamples(): Article[] {
  return fs
    .readdirSync(SAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = JSON.parse(fs.readFileSync(path.join(SAMPLES_DIR, f), 'utf8')) as Record<string, unknown>;
      return {
        id: String(raw.id ?? f.replace(/\.json$/, '')),
        title: String(raw.title ?? ''),
        text: String(raw.text),
        published: (raw.published as string | undefined) ?? null,
        publisher: (raw.publisher as string | undefined) ?? null,
        url: (raw.url as string | undefined) ?? null,
      };
    });
}

export interface TestServer {
  url: string;
  service: AppService;
  dir: string;
  dbFile: string;
  close(): Promise<void>;
}

export async function startTestServer(opts: { samples?: boolean; app?: AppOptions; store?: OpenStoreOptions; dbFile?: string; host?: string } = {}): Promise<TestServer> {
  const dir = tempDir();
  const dbFile = opts.dbFile ?? path.join(dir, 'test.db');
  if (opts.samples !== false && !opts.dbFile) {
    const seeding = openService({ dbFile });
    await seeding.ingest(readSamples());
    await seeding.close();
  }
  const service = openService({ dbFile, store: opts.store });
  const app = createApp(service, { clientDir: null, log: () => {}, ...opts.app });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, opts.host ?? '127.0.0.1', resolve));
  const { port, address } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    service,
    dir,
    dbFile,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await service.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface JsonResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

export async function getJson<T = any>(url: string, init?: RequestInit): Promise<JsonResponse<T>> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: any = undefined;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, headers: res.headers, body, text };
}

export function postJson(url: string, value: unknown, headers: Record<string, string> = {}): Promise<JsonResponse> {
  return getJson(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(value) });
}

/** A serialised graphology graph as the API sends it. */
export interface SerialisedGraph {
  attributes: Record<string, unknown>;
  options: Record<string, unknown>;
  nodes: { key: string; attributes: Record<string, any> }[];
  edges: { key?: string; source: string; target: string; attributes: Record<string, any> }[];
}

/** Error answers are JSON {error} with no stack trace or file path. */
export function expectCleanError(res: JsonResponse): string | null {
  if (!res.body || typeof res.body.error !== 'string') return `not a JSON {error}: ${res.text.slice(0, 200)}`;
  if (/\bat .*\(|node_modules|\/work\/|\/tmp\/|\.ts:\d+|Error:/.test(res.text)) return `leaks internals: ${res.text.slice(0, 300)}`;
  return null;
}

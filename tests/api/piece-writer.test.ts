// writePieces: a body given as many strings, written through reused buffers, arrives byte for byte.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteLengthOf, writePieces } from '../../server/api/piece-writer.js';

let bodies: string[][] = [];
let server: http.Server;
let url = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const pieces = bodies[Number(req.url!.slice(1))]!;
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(byteLengthOf(pieces)) });
    void writePieces(res, pieces);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Reads a response, optionally pausing after each chunk so the server meets backpressure. */
function fetchBody(path: string, pauseMs = 0): Promise<{ length: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get(`${url}${path}`, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        if (pauseMs) {
          res.pause();
          setTimeout(() => res.resume(), pauseMs);
        }
      });
      res.on('end', () => resolve({ length: Number(res.headers['content-length']), body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

describe('writePieces', () => {
  const words = ['a', '{"key":"claim:1"}', ',', 'café', '東京', '😀', '"quoted \\" text"', '\u2028', 'x'.repeat(1000), 'ü'.repeat(3000)];
  // ~3 MB of pieces in a seeded order, with multi-byte characters landing on every buffer boundary,
  // plus pieces longer than a buffer and empty ones
  const many: string[] = [];
  let seed = 7;
  while (many.length < 12_000) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    many.push(words[seed % words.length]!);
    if (many.length % 3000 === 0) many.push('Ω'.repeat(70_000), '', 'z'.repeat(200_000));
  }
  bodies = [many, [], ['{}'], ['é'.repeat(40_000), 'ß'.repeat(40_000)]];

  it.each([0, 1, 2, 3])('body %i arrives whole, Content-Length exact', async (i) => {
    const { length, body } = await fetchBody(`/${i}`);
    const expected = Buffer.from(bodies[i]!.join(''), 'utf8');
    expect(length).toBe(expected.length);
    expect(body.equals(expected)).toBe(true);
  });

  it('a slow reader gets the same bytes (the writer waits for drain)', async () => {
    const { body } = await fetchBody('/0', 2);
    expect(body.equals(Buffer.from(many.join(''), 'utf8'))).toBe(true);
  });

  it('concurrent responses do not share buffers', async () => {
    const results = await Promise.all([0, 3, 0, 3, 0].map((i) => fetchBody(`/${i}`)));
    for (const [n, r] of results.entries()) expect(r.body.equals(Buffer.from(bodies[[0, 3, 0, 3, 0][n]!]!.join(''), 'utf8'))).toBe(true);
  });
});

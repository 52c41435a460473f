// Generative test: random and mutated articles thrown at POST /api/articles. The server always
// answers with 2xx or 4xx (never 5xx), every stored claim sits at its offsets, and it stays up.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, startTestServer, type TestServer } from './helpers.js';
import { HARBOUR, ORCHESTRA } from './articles.js';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ samples: false, app: { writeRateLimit: { limit: 100_000, windowMs: 60_000 } } });
});
afterAll(() => srv?.close());

const nasty = fc.constantFrom('\u0000', '\u0007', '\u000B', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u200F', '\u202E', '😀', 'e\u0301', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&amp;', '"', '\\', '\n\n', ' said ', ' reported that ', ' according to ', 'Reuters', 'AFP ', '“', '”');

/** A known article with random pieces spliced in, cut, or repeated. */
const mutated = fc
  .tuple(fc.constantFrom(HARBOUR.text, ORCHESTRA.text), fc.array(fc.tuple(fc.nat(), fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 20 }))), { maxLength: 8 }), fc.nat(), fc.nat())
  .map(([text, inserts, cutA, cutB]) => {
    let t = text;
    for (const [pos, piece] of inserts) {
      const at = pos % (t.length + 1);
      t = t.slice(0, at) + piece + t.slice(at);
    }
    const a = cutA % (t.length + 1);
    const b = cutB % (t.length + 1);
    return a < b && b - a < t.length / 2 ? t.slice(0, a) + t.slice(b) : t;
  });

const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.constantFrom('word', 'said', 'Reuters', 'reported', 'that', 'the', 'minister', ',', '.', '"', 'according', 'to'), { maxLength: 300 }).map((w) => w.join(' ')),
  mutated,
);

const article = fc.record(
  {
    id: fc.oneof(fc.string({ maxLength: 30 }), fc.integer(), fc.constant(null)),
    title: fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.constant(null)),
    text: randomText,
    published: fc.oneof(fc.constantFrom('2024-02-29', '2023-02-29', '0000-01-01', 'yesterday', '', '2025-01-01T10:00:00Z'), fc.string({ maxLength: 12 })),
    publisher: fc.oneof(fc.string({ maxLength: 30 }), fc.constant(null)),
    url: fc.string({ maxLength: 30 }),
  },
  { requiredKeys: [] },
);

const body = fc.oneof(
  { weight: 5, arbitrary: article.map((a) => ({ type: 'application/json', data: JSON.stringify(a) as string | Uint8Array })) },
  { weight: 2, arbitrary: fc.array(article, { maxLength: 4 }).map((a) => ({ type: 'application/json', data: JSON.stringify(a) as string | Uint8Array })) },
  { weight: 2, arbitrary: fc.jsonValue().map((v) => ({ type: 'application/json', data: JSON.stringify(v) ?? 'null' })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((s) => ({ type: 'application/json', data: s })) },
  { weight: 2, arbitrary: randomText.map((t) => ({ type: 'text/plain', data: `A title\n${t}` })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((b) => ({ type: 'text/plain', data: b })) },
);

describe('POST /api/articles under random input', () => {
  it('answers 2xx or 4xx with JSON, never 5xx, and keeps claims at their offsets', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(body, async ({ type, data }) => {
        const res = await fetch(`${srv.url}/api/articles`, { method: 'POST', headers: { 'content-type': type }, body: data as BodyInit });
        const json = (await res.json()) as any;
        expect(res.status, JSON.stringify(json).slice(0, 300)).toBeLessThan(500);
        expect(res.status).toBeGreaterThanOrEqual(200);
        if (res.status >= 400) {
          expect(typeof json.error).toBe('string');
          return;
        }
        accepted++;
        for (const art of json.articles) {
          if (art.duplicate) continue;
          const stored = await getJson(`${srv.url}/api/articles/${encodeURIComponent(art.id)}`);
          expect(stored.status).toBe(200);
          for (const a of stored.body.attributions) {
            expect(stored.body.text.slice(a.claimStart, a.claimEnd)).toBe(a.claim);
          }
        }
      }),
      { numRuns: 150, seed: 20261125, endOnFailure: true },
    );
    expect(accepted).toBeGreaterThan(10);
    const health = await getJson(`${srv.url}/api/health`);
    expect(health.status).toBe(200);
    const view = await getJson(`${srv.url}/api/graph?articles=1`);
    expect(view.status).toBe(200);
    expect(view.body.nodes.filter((n: any) => n.attributes.kind === 'article').length).toBe(health.body.articles);
  });
});

// POST /api/articles against the real server: JSON object, array, text/plain, dedupe, bad bodies, limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCleanError, getJson, postJson, startTestServer, type SerialisedGraph, type TestServer } from './helpers.js';
import { HARBOUR, ORCHESTRA } from './articles.js';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ samples: false, app: { bodyLimit: 256 * 1024 } });
});
afterAll(() => srv?.close());

describe('POST /api/articles', () => {
  it('ingests one JSON article: 201 with what was extracted and which nodes were added', async () => {
    const before = (await getJson(`${srv.url}/api/health`)).body;
    const res = await postJson(`${srv.url}/api/articles`, HARBOUR);
    expect(res.status).toBe(201);
    expect(res.body.inserted).toBe(1);
    const art = res.body.article;
    expect(art.id).toBe(HARBOUR.id);
    expect(art.duplicate).toBe(false);
    expect(art.attributions.length).toBeGreaterThan(0);
    for (const a of art.attributions) expect(HARBOUR.text.slice(a.claimStart, a.claimEnd)).toBe(a.claim);
    expect(art.attributions.map((a: any) => a.outlet)).toContain('Reuters');
    expect(res.body.addedNodes.length).toBeGreaterThan(0);
    expect(res.body.addedNodes).toContain(`article:${HARBOUR.id}`);

    // The added nodes are in the graph now, without a restart.
    const graph = (await getJson<SerialisedGraph>(`${srv.url}/api/graph?articles=1`)).body;
    const keys = new Set(graph.nodes.map((n) => n.key));
    for (const k of res.body.addedNodes) expect(keys.has(k), k).toBe(true);
    const after = (await getJson(`${srv.url}/api/health`)).body;
    expect(after.articles).toBe(before.articles + 1);
    expect(after.nodes).toBe(before.nodes + res.body.addedNodes.length);
    expect((await getJson(`${srv.url}/api/articles/${HARBOUR.id}`)).body.text).toBe(HARBOUR.text);
  });

  it('says so when the same text comes again, and stores it once', async () => {
    const before = (await getJson(`${srv.url}/api/health`)).body;
    const res = await postJson(`${srv.url}/api/articles`, { ...HARBOUR, id: 'another-id', title: 'Same text again' });
    expect(res.status).toBe(200);
    expect(res.body.duplicates).toBe(1);
    expect(res.body.article.duplicate).toBe(true);
    expect(res.body.article.id).toBe(HARBOUR.id);
    expect(res.body.addedNodes).toEqual([]);
    const after = (await getJson(`${srv.url}/api/health`)).body;
    expect(after.articles).toBe(before.articles);
    expect(after.nodes).toBe(before.nodes);
  });

  it('ingests an array, one result per article', async () => {
    const res = await postJson(`${srv.url}/api/articles`, [ORCHESTRA, HARBOUR]);
    expect(res.status).toBe(201);
    expect(res.body.articles.map((a: any) => [a.id, a.duplicate])).toEqual([
      [ORCHESTRA.id, false],
      [HARBOUR.id, true],
    ]);
    expect(res.body.inserted).toBe(1);
    const outlets = (await getJson(`${srv.url}/api/outlets`)).body.outlets.map((o: any) => o.label);
    expect(outlets).toContain('The Guardian');
  });

  it('ingests text/plain with the first line as the title', async () => {
    const body = 'Ferry strike ends\nAFP reported that the ferry workers of Marseille had ended their strike after nine days.';
    const res = await getJson(`${srv.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body });
    expect(res.status).toBe(201);
    expect(res.body.article.title).toBe('Ferry strike ends');
    const stored = await getJson(`${srv.url}/api/articles/${encodeURIComponent(res.body.article.id)}`);
    expect(stored.body.title).toBe('Ferry strike ends');
    expect(stored.body.text.startsWith('AFP reported')).toBe(true);
  });

  it('gives the stored id when the asked id belongs to another text', async () => {
    const res = await postJson(`${srv.url}/api/articles`, { id: HARBOUR.id, text: 'Le Monde reported that a new museum would open in Lyon next spring.' });
    expect(res.status).toBe(201);
    expect(res.body.article.id).not.toBe(HARBOUR.id);
    expect(res.body.article.renamedFrom).toBe(HARBOUR.id);
  });
});

describe('POST /api/articles with bad input', () => {
  const cases: [string, string | Buffer, string, number][] = [
    ['malformed JSON', '{"text": "abc', 'application/json', 400],
    ['no text field', '{"title": "only a title"}', 'application/json', 400],
    ['text not a string', '{"text": 42}', 'application/json', 400],
    ['empty text', '{"text": ""}', 'application/json', 400],
    ['whitespace-only text', '{"text": "  \\n\\t "}', 'application/json', 400],
    ['a JSON string', '"just a string"', 'application/json', 400],
    ['null', 'null', 'application/json', 400],
    ['empty array', '[]', 'application/json', 400],
    ['array with a bad item', '[{"text": "Reuters reported that it rained."}, {"text": 5}]', 'application/json', 400],
    ['empty body', '', 'application/json', 400],
    ['bad date', '{"text": "Reuters reported that it rained.", "published": "the day after tomorrow"}', 'application/json', 400],
    ['deeply nested JSON', '['.repeat(50_000) + ']'.repeat(50_000), 'application/json', 400],
    ['binary data', Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0xfe, 0x00, 0x10, 0x00, 0x00, 0x7f, 0x00]), 'text/plain', 400],
    ['invalid UTF-8', Buffer.concat([Buffer.from('Title\nReuters reported that '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' happened.')]), 'text/plain', 400],
    ['UTF-16 with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title\nReuters reported that it rained.', 'utf16le')]), 'text/plain', 415],
    ['a title with no text (text/plain)', 'Only a title line', 'text/plain', 400],
    ['an unsupported content type', '<article/>', 'application/xml', 415],
    ['a latin-1 charset', 'Title\nReuters reported that it rained.', 'text/plain; charset=iso-8859-1', 415],
  ];
  for (const [name, body, type, status] of cases) {
    it(`${name} → ${status} with a JSON reason, nothing stored`, async () => {
      const before = (await getJson(`${srv.url}/api/health`)).body.articles;
      const res = await getJson(`${srv.url}/api/articles`, { method: 'POST', headers: { 'content-type': type }, body: body as BodyInit });
      expect(res.status).toBe(status);
      expect(expectCleanError(res)).toBeNull();
      expect((await getJson(`${srv.url}/api/health`)).body.articles).toBe(before);
    });
  }

  it('a body past the limit → 413 JSON, and the server stays up', async () => {
    const big = JSON.stringify({ text: 'word '.repeat(200_000) });
    const res = await getJson(`${srv.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    expect(expectCleanError(res)).toBeNull();
    expect((await getJson(`${srv.url}/api/health`)).status).toBe(200);
  });
});

describe('write limits', () => {
  it('the default 2 MiB limit answers 413 to a 10 MB article and a 100 MB body, and stays up', async () => {
    const s = await startTestServer({ samples: false });
    try {
      const ten = JSON.stringify({ text: 'x'.repeat(10 * 1024 * 1024) });
      const r1 = await getJson(`${s.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: ten });
      expect(r1.status).toBe(413);
      // 100 MB streamed: the server answers 413 as soon as the limit is passed.
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      let sent = 0;
      const stream = new ReadableStream({
        pull(controller) {
          if (sent >= 100) return controller.close();
          sent++;
          controller.enqueue(chunk);
        },
      });
      const r2 = await fetch(`${s.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: stream, duplex: 'half' } as RequestInit).catch((e: unknown) => e);
      if (r2 instanceof Response) expect(r2.status).toBe(413);
      expect((await getJson(`${s.url}/api/health`)).status).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('rate-limits writes with a JSON 429', async () => {
    const s = await startTestServer({ samples: false, app: { writeRateLimit: { limit: 3, windowMs: 60_000 } } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await postJson(`${s.url}/api/articles`, { text: `Reuters reported that test ${i} passed.` })).status);
      expect(statuses.slice(0, 3).every((st) => st === 201 || st === 200)).toBe(true);
      expect(statuses.slice(3)).toEqual([429, 429]);
      const res = await postJson(`${s.url}/api/articles`, { text: 'Reuters reported that it rained.' });
      expect(expectCleanError(res)).toBeNull();
      // Reads are not limited.
      expect((await getJson(`${s.url}/api/health`)).status).toBe(200);
    } finally {
      await s.close();
    }
  });
});

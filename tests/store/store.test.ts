import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article, Extraction } from '../../server/extract/types.js';
import {
  LATEST_VERSION, MIGRATIONS, StoreFullError, StoreInputError, StoreNotFoundError, StoreReadOnlyError,
  contentHash, defaultDbPath, migrate, openStore, schemaVersion, type Store,
} from '../../server/store/index.js';

let dir: string;
let dbFile: string;
const open: Store[] = [];

function fresh(options?: Parameters<typeof openStore>[1]): Store {
  const s = openStore(dbFile, options);
  open.push(s);
  return s;
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-store-'));
  dbFile = path.join(dir, 'nested', 'test.db');
});
afterEach(() => {
  for (const s of open.splice(0)) s.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const TEXT = 'The ministry confirmed the plan on Monday.\nReuters reported on Tuesday, citing two officials, that the talks in Geneva would resume next week.';

function sampleArticle(id = 'geneva-talks', text = TEXT): Article {
  return { id, title: 'Talks to resume', text, published: '2024-03-05', publisher: 'Example Wire', url: 'https://example.org/geneva' };
}

/** An extraction written by hand for TEXT, with offsets computed from the text itself. */
function sampleExtraction(text = TEXT): Extraction {
  const claim = 'the talks in Geneva would resume next week';
  const claimStart = text.indexOf(claim);
  const sentenceStart = text.indexOf('Reuters');
  return {
    attributions: [
      {
        outlet: 'Reuters', outletMention: 'Reuters', speaker: 'two officials', speakerActor: null, cue: 'reported',
        claim, claimStart, claimEnd: claimStart + claim.length, sentenceStart, sentenceEnd: text.length,
        actors: ['Geneva'], date: '2024-03-05',
      },
      {
        outlet: null, outletMention: null, speaker: 'The ministry', speakerActor: 'Ministry', cue: 'confirmed',
        claim: 'the plan', claimStart: 22, claimEnd: 30, sentenceStart: 0, sentenceEnd: 42, actors: [], date: '2024-03-04',
      },
    ],
    relations: [{ from: 1, to: 0, type: 'confirms' }],
  };
}

describe('migrations', () => {
  it('create the schema on a fresh file, in WAL mode with foreign keys', () => {
    fresh().close();
    const db = new Database(dbFile, { readonly: true });
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['articles', 'attributions', 'relations']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('leave an up-to-date file and its data alone when reopened', () => {
    const s = fresh();
    s.ingest(sampleArticle(), sampleExtraction());
    const before = [...s.records()];
    s.close();
    const again = fresh();
    expect([...again.records()]).toEqual(before);
    expect(again.counts()).toEqual({ articles: 1, attributions: 2 });
  });

  it('apply only the migrations an existing file has not seen, and keep its rows', () => {
    fresh().ingest(sampleArticle(), sampleExtraction());
    for (const s of open.splice(0)) s.close();
    const db = new Database(dbFile);
    const next = { version: LATEST_VERSION + 1, description: 'test column', sql: 'ALTER TABLE articles ADD COLUMN note TEXT' };
    expect(migrate(db, [...MIGRATIONS, next])).toEqual([LATEST_VERSION + 1]);
    expect(migrate(db, [...MIGRATIONS, next])).toEqual([]);
    expect(db.prepare('SELECT id, note FROM articles').all()).toEqual([{ id: 'geneva-talks', note: null }]);
    db.close();
  });

  it('refuse a database written by a newer version', () => {
    fresh().close();
    open.splice(0);
    const db = new Database(dbFile);
    db.pragma(`user_version = ${LATEST_VERSION + 5}`);
    db.close();
    expect(() => openStore(dbFile)).toThrow(/newer than this Reportgraph/);
  });

  it('refuse a file that is not a database with a clear error', () => {
    fs.mkdirSync(path.dirname(dbFile), { recursive: true });
    fs.writeFileSync(dbFile, 'this is not SQLite, just text that is long enough to have a header '.repeat(20));
    expect(() => openStore(dbFile)).toThrow(/not a valid Reportgraph database/);
  });
});

describe('ingest and read back', () => {
  it('keeps every field of the article and of the extraction', () => {
    const s = fresh();
    const article = sampleArticle();
    const extraction = sampleExtraction();
    expect(s.ingest(article, extraction)).toEqual({ id: 'geneva-talks', inserted: true, attributions: 2 });
    const rec = s.getArticle('geneva-talks');
    expect(rec).toBeDefined();
    expect(rec!.article).toMatchObject(article);
    expect(rec!.article.hash).toBe(contentHash(article.text));
    expect(Number.isNaN(Date.parse(rec!.article.ingestedAt))).toBe(false);
    expect(rec!.extraction).toEqual(extraction);
    expect([...s.records()]).toEqual([rec]);
    expect(s.getArticles(['nope', 'geneva-talks'])).toEqual([rec]);
    expect(s.getArticle('nope')).toBeUndefined();
    expect(s.counts()).toEqual({ articles: 1, attributions: 2 });
  });

  it('stores unusual text exactly: emoji, right-to-left marks, combining marks, control characters, quotes', () => {
    const s = fresh();
    const text = `Caf\u0065\u0301 \u{1F600} \u200Fشكرا\u200F "quoted" 'single' \u0001\u0007 <script>alert(1)</script>\u0000 end`;
    s.ingest({ id: "it's <b>", title: '<i>title</i>', text }, { attributions: [], relations: [] });
    const rec = s.getArticle("it's <b>")!;
    expect(rec.article.text).toBe(text);
    expect(rec.article.title).toBe('<i>title</i>');
    expect(rec.article.published ?? null).toBeNull();
  });

  it('replaces lone surrogates one for one, so offsets still point at the claim', () => {
    const s = fresh();
    const text = `Broken \uD800 bytes.\n${TEXT} Also \uDC00 here.`;
    const extraction = sampleExtraction(text);
    s.ingest(sampleArticle('surrogates', text), extraction);
    const rec = s.getArticle('surrogates')!;
    expect(rec.article.text).toBe(`Broken \uFFFD bytes.\n${TEXT} Also \uFFFD here.`);
    const a = rec.extraction.attributions[0];
    expect(rec.article.text.slice(a.claimStart, a.claimEnd)).toBe(a.claim);
    expect(a.claimStart).toBe(extraction.attributions[0].claimStart);
    expect(s.idOfText(text)).toBe('surrogates');
  });

  it('lists ids in ingest order and streams records across many pages', () => {
    const s = fresh();
    const items = Array.from({ length: 600 }, (_, i) => ({
      article: sampleArticle(`a${String(599 - i).padStart(3, '0')}`, `${TEXT} Article number ${i}.`),
      extraction: sampleExtraction(),
    }));
    s.ingestMany(items);
    const ids = items.map((x) => x.article.id);
    expect(s.listArticleIds()).toEqual(ids);
    expect([...s.records()].map((r) => r.article.id)).toEqual(ids);
    expect(s.articleCount()).toBe(600);
    expect(s.counts().attributions).toBe(1200);
  });

  it('lets a consumer write while iterating records', () => {
    const s = fresh();
    s.ingestMany(Array.from({ length: 300 }, (_, i) => ({ article: sampleArticle(`x${i}`, `${TEXT} ${i}`), extraction: sampleExtraction() })));
    let n = 0;
    for (const rec of s.records()) {
      s.replaceExtraction(rec.article.id, { attributions: [sampleExtraction().attributions[0]], relations: [] });
      n++;
    }
    expect(n).toBe(300);
    expect(s.counts()).toEqual({ articles: 300, attributions: 300 });
  });
});

describe('deduplication and ids', () => {
  it('stores the same text once, whatever its white space', () => {
    const s = fresh();
    expect(s.ingest(sampleArticle(), sampleExtraction()).inserted).toBe(true);
    const again = s.ingest(sampleArticle('other-name', `  ${TEXT.replace(/ /g, '  ').replace('\n', '\r\n')}\n`), sampleExtraction());
    expect(again).toEqual({ id: 'geneva-talks', inserted: false, attributions: 2 });
    expect(s.idOfText(`${TEXT}\n\n`)).toBe('geneva-talks');
    expect(s.idOfText(`${TEXT} More.`)).toBeUndefined();
    const batch = s.ingestMany([
      { article: sampleArticle('b1', 'Another text entirely.'), extraction: { attributions: [], relations: [] } },
      { article: sampleArticle('b2', 'Another   text entirely.'), extraction: { attributions: [], relations: [] } },
    ]);
    expect(batch.map((r) => [r.id, r.inserted])).toEqual([['b1', true], ['b1', false]]);
    expect(s.counts()).toEqual({ articles: 2, attributions: 2 });
  });

  it('gives a new text whose id is taken a distinct id and says so', () => {
    const s = fresh();
    s.ingest(sampleArticle('same-id', TEXT), sampleExtraction());
    const other = `${TEXT} A different ending.`;
    const r = s.ingest(sampleArticle('same-id', other), sampleExtraction(other));
    expect(r.inserted).toBe(true);
    expect(r.renamedFrom).toBe('same-id');
    expect(r.id).toBe(`same-id-${contentHash(other).slice(0, 8)}`);
    expect(s.getArticle(r.id)!.article.text).toBe(other);
    expect(s.getArticle('same-id')!.article.text).toBe(TEXT);
  });

  it('gives an article with a blank id one made from its hash', () => {
    const s = fresh();
    const r = s.ingest(sampleArticle('  '), sampleExtraction());
    expect(r.id).toBe(contentHash(TEXT).slice(0, 16));
  });
});

describe('transactions and faults', () => {
  it('stores nothing of a batch holding an invalid extraction', () => {
    const s = fresh();
    s.ingest(sampleArticle('kept'), sampleExtraction());
    const bad = sampleExtraction(`${TEXT} 2`);
    bad.relations.push({ from: 0, to: 7, type: 'cites' });
    expect(() => s.ingestMany([
      { article: sampleArticle('n1', `${TEXT} 1`), extraction: sampleExtraction() },
      { article: sampleArticle('n2', `${TEXT} 2`), extraction: bad },
    ])).toThrow(StoreInputError);
    expect(s.listArticleIds()).toEqual(['kept']);
    expect(() => s.ingest(sampleArticle('empty', ' \n\t '), sampleExtraction())).toThrow(StoreInputError);
  });

  it('rolls a batch back when the disk fills mid-way, keeps what was stored, and keeps serving reads', () => {
    const s = fresh({ maxSizeBytes: 96 * 1024 });
    s.ingest(sampleArticle('first'), sampleExtraction());
    const before = [...s.records()];
    const big = 'Lorem ipsum dolor sit amet. '.repeat(400); // ~11 KB each
    const items = Array.from({ length: 20 }, (_, i) => ({ article: sampleArticle(`big${i}`, `${big} ${i}`), extraction: sampleExtraction() }));
    let error: unknown;
    try {
      s.ingestMany(items);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StoreFullError);
    expect((error as StoreFullError).status).toBe(507);
    expect([...s.records()]).toEqual(before);
    // still usable: a small article fits
    expect(s.ingest(sampleArticle('small', 'A short note.'), { attributions: [], relations: [] }).inserted).toBe(true);
    const db = new Database(dbFile, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('replaces an extraction in one step, and refuses an unknown id', () => {
    const s = fresh();
    s.ingest(sampleArticle(), sampleExtraction());
    const only = { attributions: [sampleExtraction().attributions[1]], relations: [] };
    s.replaceExtraction('geneva-talks', only);
    expect(s.getArticle('geneva-talks')!.extraction).toEqual(only);
    expect(s.counts()).toEqual({ articles: 1, attributions: 1 });
    expect(() => s.replaceExtraction('missing', only)).toThrow(StoreNotFoundError);
  });

  it('opened read-only: reads work, writes fail with a 503 error and change nothing', () => {
    const s = fresh();
    s.ingest(sampleArticle(), sampleExtraction());
    s.close();
    const ro = fresh({ readonly: true });
    expect(ro.readOnly).toBe(true);
    expect(ro.counts()).toEqual({ articles: 1, attributions: 2 });
    let error: unknown;
    try {
      ro.ingest(sampleArticle('new', 'New text.'), sampleExtraction());
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(StoreReadOnlyError);
    expect((error as StoreReadOnlyError).status).toBe(503);
    expect(() => ro.replaceExtraction('geneva-talks', { attributions: [], relations: [] })).toThrow(StoreReadOnlyError);
    expect(ro.counts()).toEqual({ articles: 1, attributions: 2 });
  });
});

describe('database path', () => {
  it('defaults to data/reportgraph.db, or REPORTGRAPH_DB', () => {
    expect(defaultDbPath({})).toMatch(/data[/\\]reportgraph\.db$/);
    expect(defaultDbPath({ REPORTGRAPH_DB: 'x/y.db' })).toBe(path.resolve('x/y.db'));
  });
});

// The SQLite store (better-sqlite3): WAL, foreign keys, one transaction per article or batch.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Article, Attribution, Extraction, Relation, RelationType } from '../extract/types.js';
import type { ArticleRecord, IngestResult, Store, StoredArticle } from './types.js';
import { contentHash } from './content-hash.js';
import { wellFormed } from './well-formed.js';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations.js';
import { StoreError, StoreInputError, StoreNotFoundError, StoreReadOnlyError, toStoreError } from './errors.js';

export interface OpenStoreOptions {
  /** Open for reading only; every write throws StoreReadOnlyError. Implied when the file is not writable. */
  readonly?: boolean;
  /** Caps the database size; past it writes throw StoreFullError, as on a full disk. */
  maxSizeBytes?: number;
}

/** Articles read per page by records(): bounded memory, and the connection is never left mid-query. */
const RECORDS_PAGE = 256;

interface ArticleRow {
  seq: number;
  id: string;
  hash: string;
  title: string;
  text: string;
  publisher: string | null;
  published: string | null;
  url: string | null;
  ingested_at: string;
}

interface RecordRow extends ArticleRow {
  attributions: string;
  relations: string;
}

type AttributionTuple = [
  string | null, string | null, string | null, string | null, string, string,
  number, number, number, number, string[], string | null,
];

const RELATION_TYPES: ReadonlySet<string> = new Set<RelationType>(['confirms', 'contradicts', 'cites']);

const RECORD_COLUMNS = `
  a.seq, a.id, a.hash, a.title, a.text, a.publisher, a.published, a.url, a.ingested_at,
  (SELECT json_group_array(json_array(t.outlet, t.outlet_mention, t.speaker, t.speaker_actor, t.cue, t.claim,
            t.claim_start, t.claim_end, t.sentence_start, t.sentence_end, json(t.actors), t.date) ORDER BY t.idx)
     FROM attributions t WHERE t.article_id = a.id) AS attributions,
  (SELECT json_group_array(json_array(r.from_idx, r.to_idx, r.type) ORDER BY r.from_idx, r.to_idx, r.type)
     FROM relations r WHERE r.article_id = a.id) AS relations`;

export function openStore(file: string, options: OpenStoreOptions = {}): Store {
  const resolved = path.resolve(file);
  const db = openDatabase(resolved, options);
  try {
    return new SqliteStore(db, resolved);
  } catch (err) {
    db.close();
    throw toStoreError(err, resolved);
  }
}

function openDatabase(file: string, options: OpenStoreOptions): Database.Database {
  const exists = fs.existsSync(file);
  const readonly = options.readonly === true || (exists && !isWritable(file));
  let db: Database.Database;
  try {
    if (!exists && !readonly) fs.mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file, { readonly, fileMustExist: readonly });
  } catch (err) {
    throw toStoreError(err, file);
  }
  try {
    db.pragma('busy_timeout = 5000');
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      // In WAL mode NORMAL survives a killed process; only a power cut may lose the last commits.
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    if (options.maxSizeBytes !== undefined) {
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      db.pragma(`max_page_count = ${Math.max(1, Math.floor(options.maxSizeBytes / pageSize))}`);
    }
    if (readonly) {
      const version = schemaVersion(db);
      if (version < LATEST_VERSION) {
        throw new StoreReadOnlyError(`the database ${file} is read-only and its schema (version ${version}) needs upgrading to version ${LATEST_VERSION}`);
      }
      if (version > LATEST_VERSION) migrate(db); // throws the "newer than this Reportgraph" error
    } else {
      migrate(db);
    }
    return db;
  } catch (err) {
    db.close();
    throw toStoreError(err, file);
  }
}

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

class SqliteStore implements Store {
  readonly readOnly: boolean;
  private readonly statements;
  private readonly ingestOneTx: Database.Transaction<(article: Article, extraction: Extraction) => IngestResult>;
  private readonly ingestManyTx: Database.Transaction<(items: { article: Article; extraction: Extraction }[]) => IngestResult[]>;
  private readonly replaceTx: Database.Transaction<(id: string, extraction: Extraction) => void>;

  constructor(private readonly db: Database.Database, readonly file: string) {
    this.readOnly = db.readonly;
    this.statements = prepareStatements(db);
    const ingestOne = (article: Article, extraction: Extraction) => this.ingestOne(article, extraction);
    this.ingestOneTx = db.transaction(ingestOne);
    this.ingestManyTx = db.transaction((items: { article: Article; extraction: Extraction }[]) =>
      items.map(({ article, extraction }) => ingestOne(article, extraction)));
    this.replaceTx = db.transaction((id: string, extraction: Extraction) => {
      const row = this.statements.articleById.get(id) as ArticleRow | undefined;
      if (!row) throw new StoreNotFoundError(`no stored article has the id ${JSON.stringify(id)}`);
      this.statements.deleteAttributions.run(id);
      this.statements.deleteRelations.run(id);
      this.insertExtraction(id, extraction);
    });
  }

  ingest(article: Article, extraction: Extraction): IngestResult {
    return this.write(() => {
      checkArticle(article);
      checkExtraction(extraction);
      return this.ingestOneTx.immediate(article, extraction);
    });
  }

  ingestMany(items: { article: Article; extraction: Extraction }[]): IngestResult[] {
    if (items.length === 0) return [];
    return this.write(() => {
      for (const { article, extraction } of items) {
        checkArticle(article);
        checkExtraction(extraction);
      }
      return this.ingestManyTx.immediate(items);
    });
  }

  replaceExtraction(id: string, extraction: Extraction): void {
    this.write(() => {
      checkExtraction(extraction);
      this.replaceTx.immediate(id, extraction);
    });
  }

  getArticle(id: string): ArticleRecord | undefined {
    return this.read(() => {
      const row = this.statements.recordById.get(id) as RecordRow | undefined;
      return row ? toRecord(row) : undefined;
    });
  }

  getArticles(ids: string[]): ArticleRecord[] {
    return this.read(() => {
      const out: ArticleRecord[] = [];
      for (const id of ids) {
        const row = this.statements.recordById.get(id) as RecordRow | undefined;
        if (row) out.push(toRecord(row));
      }
      return out;
    });
  }

  *records(): IterableIterator<ArticleRecord> {
    // Keyset pages rather than one open cursor: the consumer may write (reextract does)
    // or await between records without finding the connection busy.
    let after = 0;
    for (;;) {
      const rows = this.read(() => this.statements.recordPage.all(after, RECORDS_PAGE) as RecordRow[]);
      for (const row of rows) yield toRecord(row);
      if (rows.length < RECORDS_PAGE) return;
      after = rows[rows.length - 1].seq;
    }
  }

  counts(): { articles: number; attributions: number } {
    return this.read(() => ({
      articles: (this.statements.countArticles.get() as { n: number }).n,
      attributions: (this.statements.countAttributions.get() as { n: number }).n,
    }));
  }

  idOfText(text: string): string | undefined {
    return this.read(() => (this.statements.articleByHash.get(contentHash(text)) as { id: string } | undefined)?.id);
  }

  articleCount(): number {
    return this.read(() => (this.statements.countArticles.get() as { n: number }).n);
  }

  listArticleIds(): string[] {
    return this.read(() => this.statements.allIds.pluck().all() as string[]);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private ingestOne(article: Article, extraction: Extraction): IngestResult {
    const s = this.statements;
    const hash = contentHash(article.text);
    const existing = s.articleByHash.get(hash) as { id: string } | undefined;
    if (existing) {
      const n = (s.countAttributionsOf.get(existing.id) as { n: number }).n;
      return { id: existing.id, inserted: false, attributions: n };
    }
    const wanted = wellFormed(article.id.trim()) || hash.slice(0, 16);
    const id = s.articleById.get(wanted) ? this.freeId(wanted, hash) : wanted;
    s.insertArticle.run(id, hash, wellFormed(article.title ?? ''), wellFormed(article.text), optional(article.publisher),
      optional(article.published), optional(article.url), new Date().toISOString());
    this.insertExtraction(id, extraction);
    const result: IngestResult = { id, inserted: true, attributions: extraction.attributions.length };
    if (id !== article.id) result.renamedFrom = article.id;
    return result;
  }

  /** `<id>-<hash prefix>`, lengthening the prefix (then counting) until no article has it. */
  private freeId(id: string, hash: string): string {
    for (const len of [8, 12, 16, 64]) {
      const candidate = `${id}-${hash.slice(0, len)}`;
      if (!this.statements.articleById.get(candidate)) return candidate;
    }
    for (let n = 2; ; n++) {
      const candidate = `${id}-${hash}-${n}`;
      if (!this.statements.articleById.get(candidate)) return candidate;
    }
  }

  private insertExtraction(id: string, extraction: Extraction): void {
    const s = this.statements;
    extraction.attributions.forEach((a, idx) => {
      s.insertAttribution.run(id, idx, optional(a.outlet), optional(a.outletMention), optional(a.speaker), optional(a.speakerActor),
        wellFormed(a.cue), wellFormed(a.claim), a.claimStart, a.claimEnd, a.sentenceStart, a.sentenceEnd,
        JSON.stringify(a.actors.map(wellFormed)), optional(a.date));
    });
    for (const r of extraction.relations) {
      s.insertRelation.run(id, r.from, r.to, r.type);
    }
  }

  private write<T>(fn: () => T): T {
    if (this.readOnly) throw new StoreReadOnlyError(`the database ${this.file} is open read-only: nothing can be stored`);
    return this.read(fn);
  }

  private read<T>(fn: () => T): T {
    if (!this.db.open) throw new StoreError('cannot-open', `the database ${this.file} is closed`);
    try {
      return fn();
    } catch (err) {
      throw toStoreError(err, this.file);
    }
  }
}

function prepareStatements(db: Database.Database) {
  return {
    articleByHash: db.prepare('SELECT id FROM articles WHERE hash = ?'),
    articleById: db.prepare('SELECT * FROM articles WHERE id = ?'),
    countAttributionsOf: db.prepare('SELECT count(*) AS n FROM attributions WHERE article_id = ?'),
    insertArticle: db.prepare(`INSERT INTO articles (id, hash, title, text, publisher, published, url, ingested_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    insertAttribution: db.prepare(`INSERT INTO attributions (article_id, idx, outlet, outlet_mention, speaker, speaker_actor,
        cue, claim, claim_start, claim_end, sentence_start, sentence_end, actors, date)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertRelation: db.prepare('INSERT OR IGNORE INTO relations (article_id, from_idx, to_idx, type) VALUES (?, ?, ?, ?)'),
    deleteAttributions: db.prepare('DELETE FROM attributions WHERE article_id = ?'),
    deleteRelations: db.prepare('DELETE FROM relations WHERE article_id = ?'),
    recordById: db.prepare(`SELECT ${RECORD_COLUMNS} FROM articles a WHERE a.id = ?`),
    recordPage: db.prepare(`SELECT ${RECORD_COLUMNS} FROM articles a WHERE a.seq > ? ORDER BY a.seq LIMIT ?`),
    countArticles: db.prepare('SELECT count(*) AS n FROM articles'),
    countAttributions: db.prepare('SELECT count(*) AS n FROM attributions'),
    allIds: db.prepare('SELECT id FROM articles ORDER BY seq'),
  };
}

function optional(s: string | null | undefined): string | null {
  return s == null ? null : wellFormed(s);
}

function toRecord(row: RecordRow): ArticleRecord {
  const article: StoredArticle = {
    id: row.id,
    title: row.title,
    text: row.text,
    published: row.published,
    publisher: row.publisher,
    url: row.url,
    hash: row.hash,
    ingestedAt: row.ingested_at,
  };
  const attributions = (JSON.parse(row.attributions) as AttributionTuple[]).map((t): Attribution => ({
    outlet: t[0],
    outletMention: t[1],
    speaker: t[2],
    speakerActor: t[3],
    cue: t[4],
    claim: t[5],
    claimStart: t[6],
    claimEnd: t[7],
    sentenceStart: t[8],
    sentenceEnd: t[9],
    actors: t[10],
    date: t[11],
  }));
  const relations = (JSON.parse(row.relations) as [number, number, RelationType][]).map(
    ([from, to, type]): Relation => ({ from, to, type }));
  return { article, extraction: { attributions, relations } };
}

function checkArticle(article: Article): void {
  if (!article || typeof article.text !== 'string') throw new StoreInputError('an article needs a text');
  if (article.text.trim() === '') throw new StoreInputError(`the article ${JSON.stringify(article.id)} has an empty text`);
  if (typeof article.id !== 'string') throw new StoreInputError('an article id must be a string');
}

function checkExtraction(extraction: Extraction): void {
  if (!extraction || !Array.isArray(extraction.attributions) || !Array.isArray(extraction.relations)) {
    throw new StoreInputError('an extraction needs attributions and relations arrays');
  }
  const n = extraction.attributions.length;
  for (const a of extraction.attributions) {
    for (const k of ['claimStart', 'claimEnd', 'sentenceStart', 'sentenceEnd'] as const) {
      if (!Number.isInteger(a[k])) throw new StoreInputError(`attribution ${k} must be an integer`);
    }
    if (typeof a.cue !== 'string' || typeof a.claim !== 'string' || !Array.isArray(a.actors)) {
      throw new StoreInputError('an attribution needs a cue, a claim and an actors array');
    }
  }
  for (const r of extraction.relations) {
    if (!Number.isInteger(r.from) || !Number.isInteger(r.to) || r.from < 0 || r.to < 0 || r.from >= n || r.to >= n) {
      throw new StoreInputError(`relation ${r.from} -> ${r.to} points outside the ${n} attributions`);
    }
    if (!RELATION_TYPES.has(r.type)) throw new StoreInputError(`unknown relation type ${JSON.stringify(r.type)}`);
  }
}

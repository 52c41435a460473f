// Ordered schema migrations. The database's PRAGMA user_version is the number of
// migrations applied; a new migration is appended, never edited once released.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'articles, attributions and relations',
    sql: `
      CREATE TABLE articles (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT, -- ingest order
        id          TEXT NOT NULL UNIQUE,
        hash        TEXT NOT NULL UNIQUE,              -- sha256 of the normalised text
        title       TEXT NOT NULL,
        text        TEXT NOT NULL,
        publisher   TEXT,
        published   TEXT,
        url         TEXT,
        ingested_at TEXT NOT NULL
      );
      CREATE TABLE attributions (
        article_id      TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx             INTEGER NOT NULL,
        outlet          TEXT,
        outlet_mention  TEXT,
        speaker         TEXT,
        speaker_actor   TEXT,
        cue             TEXT NOT NULL,
        claim           TEXT NOT NULL,
        claim_start     INTEGER NOT NULL,
        claim_end       INTEGER NOT NULL,
        sentence_start  INTEGER NOT NULL,
        sentence_end    INTEGER NOT NULL,
        actors          TEXT NOT NULL,                   -- JSON array of canonical names
        date            TEXT,
        PRIMARY KEY (article_id, idx)
      ) WITHOUT ROWID;
      CREATE TABLE relations (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        from_idx   INTEGER NOT NULL,
        to_idx     INTEGER NOT NULL,
        type       TEXT NOT NULL CHECK (type IN ('confirms', 'contradicts', 'cites')),
        PRIMARY KEY (article_id, from_idx, to_idx, type)
      ) WITHOUT ROWID;
    `,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies the migrations the database has not seen yet, each in its own transaction
 * together with its user_version bump. Returns the versions applied.
 * A database newer than this code is refused rather than guessed at.
 */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const current = schemaVersion(db);
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current > latest) {
    throw new Error(`the database schema is version ${current}, newer than this Reportgraph (${latest}); upgrade Reportgraph`);
  }
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    // Re-read inside the write lock: another process may have migrated meanwhile.
    const ran = db.transaction(() => {
      if (schemaVersion(db) >= m.version) return false;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
      return true;
    }).immediate();
    if (ran) applied.push(m.version);
  }
  return applied;
}

// Typed store failures: the API maps `status` to an HTTP answer, the CLI prints `message`.

export type StoreErrorCode = 'invalid' | 'not-found' | 'read-only' | 'disk-full' | 'busy' | 'corrupt' | 'cannot-open' | 'io';

const STATUS: Record<StoreErrorCode, number> = {
  invalid: 400,
  'not-found': 404,
  'read-only': 503,
  'disk-full': 507,
  busy: 503,
  corrupt: 500,
  'cannot-open': 503,
  io: 500,
};

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** The HTTP status an API should answer with. */
  readonly status: number;
  /** The underlying SQLite code (SQLITE_FULL, SQLITE_READONLY, ...), when there is one. */
  readonly sqliteCode: string | undefined;

  constructor(code: StoreErrorCode, message: string, sqliteCode?: string) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
    this.status = STATUS[code];
    this.sqliteCode = sqliteCode;
  }
}

export class StoreReadOnlyError extends StoreError {
  constructor(message = 'the database is read-only: nothing can be stored', sqliteCode?: string) {
    super('read-only', message, sqliteCode);
    this.name = 'StoreReadOnlyError';
  }
}

export class StoreFullError extends StoreError {
  constructor(message = 'the disk (or the database size limit) is full: nothing more can be stored', sqliteCode?: string) {
    super('disk-full', message, sqliteCode);
    this.name = 'StoreFullError';
  }
}

/** An article or extraction the store refuses (empty text, offsets that are not numbers...). */
export class StoreInputError extends StoreError {
  constructor(message: string) {
    super('invalid', message);
    this.name = 'StoreInputError';
  }
}

export class StoreNotFoundError extends StoreError {
  constructor(message: string) {
    super('not-found', message);
    this.name = 'StoreNotFoundError';
  }
}

export function isStoreError(err: unknown): err is StoreError {
  return err instanceof StoreError;
}

/**
 * Turns a better-sqlite3 / file-system error into a StoreError; anything else is returned as is.
 * `file` goes into messages meant for the CLI; the API should not echo them (they name paths).
 */
export function toStoreError(err: unknown, file: string): unknown {
  if (err instanceof StoreError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return err;
  const detail = err instanceof Error ? err.message : String(err);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new StoreReadOnlyError(`the database ${file} is read-only: nothing can be stored (${detail})`, code);
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || (code === 'SQLITE_IOERR_WRITE' && /disk|space/i.test(detail))) {
    return new StoreFullError(`the disk holding ${file} is full (or the database reached its size limit): nothing more can be stored`, code);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreError('busy', `the database ${file} is locked by another writer; try again`, code);
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new StoreError('corrupt', `${file} is not a valid Reportgraph database (${detail})`, code);
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'ENOENT' || code === 'ENOTDIR') {
    return new StoreError('cannot-open', `cannot open the database ${file} (${detail})`, code);
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new StoreError('io', `input/output error on the database ${file} (${detail})`, code);
  }
  return err;
}

export { openStore } from './sqlite.js';
export type { OpenStoreOptions } from './sqlite.js';
export { defaultDbPath, DEFAULT_DB_FILE } from './default-path.js';
export { contentHash, normaliseForHash } from './content-hash.js';
export { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from './migrations.js';
export {
  StoreError, StoreFullError, StoreInputError, StoreNotFoundError, StoreReadOnlyError, isStoreError, toStoreError,
} from './errors.js';
export type { StoreErrorCode } from './errors.js';
export type { ArticleRecord, IngestResult, Store, StoredArticle } from './types.js';

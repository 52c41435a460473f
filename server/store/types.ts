import type { Article, Extraction } from '../extract/types.js';

/** An article as kept in the store. */
export interface StoredArticle extends Article {
  /** sha256 of the normalised text: the same text ingested twice is stored once. */
  hash: string;
  ingestedAt: string;
}

/** One stored article with its extraction: the unit the graph is built from. */
export interface ArticleRecord {
  article: StoredArticle;
  extraction: Extraction;
}

export interface IngestResult {
  id: string;
  /** false when an article with the same content hash was already stored. */
  inserted: boolean;
  attributions: number;
  /**
   * Set when the article's id was already taken by a different text: the article was
   * stored under `id` (the old id plus a short hash) instead of this one. (Added by the store helper.)
   */
  renamedFrom?: string;
}

/** Persistence for articles and their attributions (implemented by server/store/sqlite.ts). */
export interface Store {
  /** Stores the article and its extraction in one transaction. */
  ingest(article: Article, extraction: Extraction): IngestResult;
  /** Same as ingest for many, in one transaction per batch. */
  ingestMany(items: { article: Article; extraction: Extraction }[]): IngestResult[];
  getArticle(id: string): ArticleRecord | undefined;
  /** Every stored article with its attributions, in ingest order (streams; does not load all at once). */
  records(): IterableIterator<ArticleRecord>;
  /** Replaces the attributions of an article (re-extraction). */
  replaceExtraction(id: string, extraction: Extraction): void;
  counts(): { articles: number; attributions: number };
  close(): void;

  // Additions (backwards compatible) made by the store implementation:
  /** Number of stored articles. */
  articleCount(): number;
  /** The id of the stored article with this text (same content hash), if there is one. */
  idOfText(text: string): string | undefined;
  /** Every stored article id, in ingest order. */
  listArticleIds(): string[];
  /** The records of the given ids that exist, in the order asked for (unknown ids are skipped). */
  getArticles(ids: string[]): ArticleRecord[];
  /** True when the store was opened read-only (or the file is not writable): writes throw StoreReadOnlyError. */
  readonly readOnly: boolean;
  /** The database file. */
  readonly file: string;
}

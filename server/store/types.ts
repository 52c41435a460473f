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
}

import express, { Router, type RequestHandler } from 'express';
import type { ApiContext } from '../context.js';
import { notFound } from '../errors.js';
import { parseArticleBody } from '../article-body.js';

export interface ArticleRouteOptions {
  /** body size limit in bytes */
  bodyLimit: number;
  /** middlewares run before a write (auth, rate limit) */
  writeGuards: RequestHandler[];
}

/** GET /api/articles/:id (text + attribution spans) and POST /api/articles (ingest). */
export function articleRoutes(ctx: ApiContext, opts: ArticleRouteOptions): Router {
  const router = Router();

  router.get('/articles/:id', (req, res) => {
    const id = req.params.id;
    const record = id.length <= 1000 ? ctx.service.store.getArticle(id) : undefined;
    if (!record) throw notFound(`no article "${id.slice(0, 100)}"`);
    const { article, extraction } = record;
    res.json({
      id: article.id,
      title: article.title,
      publisher: article.publisher ?? null,
      published: article.published ?? null,
      url: article.url ?? null,
      ingestedAt: article.ingestedAt,
      text: article.text,
      attributions: extraction.attributions.map((a, index) => ({
        index,
        ...a,
        claimKey: ctx.service.model.claimKeyOf(article.id, index) ?? null,
      })),
      relations: extraction.relations,
    });
  });

  router.post(
    '/articles',
    ...opts.writeGuards,
    express.raw({ type: () => true, limit: opts.bodyLimit }),
    async (req, res) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const { articles, many } = parseArticleBody(body, req.get('content-type'));
      const results = await ctx.service.ingest(articles);
      const added = results.filter((r) => r.inserted);
      const summary = {
        articles: results.map((r) => ({ ...r, duplicate: !r.inserted })),
        inserted: added.length,
        duplicates: results.length - added.length,
        addedNodes: [...new Set(added.flatMap((r) => r.addedNodes))],
      };
      res.status(added.length ? 201 : 200).json(many ? summary : { ...summary, article: summary.articles[0] });
    },
  );

  return router;
}

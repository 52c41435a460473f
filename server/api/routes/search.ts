import { Router } from 'express';
import { z } from 'zod';
import { searchNodes } from '../../graph/index.js';
import type { ApiContext } from '../context.js';
import { badRequest } from '../errors.js';
import { MAX_Q_LENGTH, firstIssue } from '../view-params.js';

const searchQuery = z.object({
  q: z.string({ error: '"q" is required (once)' }).trim().min(1, '"q" must not be empty').max(MAX_Q_LENGTH, `"q" must be at most ${MAX_Q_LENGTH} characters`),
  limit: z
    .string({ error: '"limit" may be given only once' })
    .regex(/^\d{1,4}$/, '"limit" must be a number from 1 to 100')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 100, '"limit" must be a number from 1 to 100')
    .optional(),
});

/** GET /api/search?q=&limit=: ranked matches over labels and aliases. */
export function searchRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/search', (req, res) => {
    const parsed = searchQuery.safeParse(req.query);
    if (!parsed.success) throw badRequest(firstIssue(parsed.error));
    const { q, limit = 20 } = parsed.data;
    res.json({ q, results: searchNodes(ctx.service.model.graph, q, limit) });
  });
  return router;
}

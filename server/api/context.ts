import type { AppService } from '../app-service.js';
import { ViewCache } from './view-cache.js';
import { listOutlets } from './routes/lists.js';

/** What every route module gets: the live service and the caches keyed on its version. */
export interface ApiContext {
  service: AppService;
  views: ViewCache;
}

export function createContext(service: AppService, prewarmOutlets?: number): ApiContext {
  const ctx: ApiContext = {
    service,
    views: new ViewCache(service, () => ctx.views.memo('outlets', () => listOutlets(service.model.graph)).map((o) => o.key), prewarmOutlets),
  };
  return ctx;
}

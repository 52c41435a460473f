import type { AppService } from '../app-service.js';
import { ViewCache } from './view-cache.js';

/** What every route module gets: the live service and the caches keyed on its version. */
export interface ApiContext {
  service: AppService;
  views: ViewCache;
}

export function createContext(service: AppService): ApiContext {
  return { service, views: new ViewCache(service) };
}

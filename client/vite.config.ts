import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * The entry module starts the first /api/graph request and then imports the app chunk dynamically; this puts
 * that chunk in the page's <head> as a modulepreload so it downloads at once instead of after the entry runs
 * (and while the graph is already streaming in).
 */
function preloadAppChunk(): Plugin {
  return {
    name: 'reportgraph-preload-app',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk' && c.isDynamicEntry && c.name === 'app');
        return chunks.map((c) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${c.fileName}` }, injectTo: 'head' as const }));
      },
    },
  };
}

// Built into client/dist, which the Express server serves at "/".
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [preloadAppChunk()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
});

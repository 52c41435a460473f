import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// Built into client/dist, which the Express server serves at "/".
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
});

import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { pyodideAssets } from './scripts/vite-pyodide.js';

export default defineConfig({
  plugins: [sveltekit(), pyodideAssets()],
  // Module workers (they are started with type: 'module'), so that a worker can load a chunk of its
  // own on demand: unicodedata's tables (stdlib/lazy-sources.ts) stay out of the simulator's bundle.
  worker: { format: 'es' },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

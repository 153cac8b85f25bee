import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';
import { scenarioCatalog } from './scenario-catalog-plugin.ts';

const scenarios = fileURLToPath(new URL('../../scenarios', import.meta.url));

// base './' so the built app works from any static host and from a subfolder.
export default defineConfig({
  base: './',
  plugins: [react(), scenarioCatalog(scenarios)],
  resolve: { conditions: ['@rapport/source', ...defaultClientConditions] },
  // The facilitator's chunk holds the engine with yaml, zod and xstate by design; `pnpm bench`
  // tracks the first page's size, so the generic 500 kB warning would only bury the URL that
  // `pnpm start` prints.
  build: { chunkSizeWarningLimit: 800 },
});

import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// base './' so the built app works from any static host and from a subfolder.
export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: { conditions: ['@rapport/source', ...defaultClientConditions] },
  server: { fs: { allow: ['../..'] } },
});

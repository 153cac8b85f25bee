import { buildCatalog, type Catalog } from './catalog';

// Bundled at build time; in `pnpm dev` the glob makes Vite reload when a scenario file changes.
const files = import.meta.glob<string>('../../../../scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const bundledCatalog: Catalog = buildCatalog(files);

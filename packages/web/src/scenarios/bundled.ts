import { buildCatalog, type Catalog } from './catalog';

// The facilitator page's catalog: it checks the files' text with the engine anyway, so it loads
// them here, in its own lazy chunk. The library uses the build-time catalog of
// scenario-catalog-plugin.ts instead, which keeps yaml and the engine off the first page.
const files = import.meta.glob<string>('../../../../scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const bundledCatalog: Catalog = buildCatalog(files);

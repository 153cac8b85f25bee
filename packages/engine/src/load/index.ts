export { didYouMean } from './did-you-mean.js';
export { DEFAULT_MAX_BYTES, MAX_ALIAS_COUNT, MAX_DEPTH } from './limits.js';
export { loadScenario } from './load-scenario.js';
export type { LoadOptions, LoadResult, Locate, SourcePosition } from './types.js';

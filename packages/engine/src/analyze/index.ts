export type { Analysis, AnalyzeOptions } from './analysis.js';
export { analyzeScenario } from './analyze-scenario.js';
export { DEFAULT_STATE_BUDGET } from './explore.js';
export { DEFAULT_PATH_BUDGET, MAX_PATH_TURNS } from './path-figures.js';

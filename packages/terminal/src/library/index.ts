export {
  builtScenario,
  type CatalogEntry,
  catalogFileName,
  setBuiltCatalog,
} from './built-catalog.js';
export { displayPath } from './display-path.js';
export { listScenarios } from './list-scenarios.js';
export { readScenarioFile } from './read-scenario-file.js';
export { type ResolvedScenario, resolveScenario } from './resolve-scenario.js';
export type { ScenarioEntry } from './scenario-entry.js';
export { findScenarioFiles, isScenarioFile, SCENARIO_EXTENSIONS } from './scenario-files.js';
export { repositoryRoot, scenariosDir, schemaFile } from './scenarios-dir.js';

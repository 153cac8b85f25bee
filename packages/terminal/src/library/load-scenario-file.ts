import type { Scenario, ScenarioProblem } from '@rapport/engine';
import { builtScenario } from './built-catalog.js';
import { displayPath } from './display-path.js';
import { readScenarioFile } from './read-scenario-file.js';

export type LoadedFile =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** Read from the build's catalog, which holds only scenarios that compile. */
      readonly built?: true;
    }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/**
 * Reads and loads one scenario file; problems name the file as the user would type it. A file the
 * bin's build already loaded, unchanged since, comes from its catalog instead of the loader, and
 * without loading the engine at all.
 */
export async function loadScenarioFile(file: string): Promise<LoadedFile> {
  const built = await builtScenario(file);
  if (built) return { ok: true, scenario: built, built: true };
  const read = await readScenarioFile(file);
  if ('problem' in read) return { ok: false, problems: [read.problem] };
  const { loadScenario } = await import('@rapport/engine');
  const loaded = loadScenario(read.text, displayPath(file));
  return loaded.ok
    ? { ok: true, scenario: loaded.scenario }
    : { ok: false, problems: loaded.problems };
}

import type { ScenarioProblem } from '@rapport/engine';
import { displayPath } from './display-path.js';
import { loadScenarioFile } from './load-scenario-file.js';
import type { ScenarioEntry } from './scenario-entry.js';
import { findScenarioFiles } from './scenario-files.js';
import { scenariosDir } from './scenarios-dir.js';

/**
 * The scenarios in dir (the repo's scenarios/ by default), sorted by id. A file that does not load
 * is left out of the entries and its problems returned, so one broken file never hides the rest.
 */
export async function listScenarios(
  dir: string = scenariosDir(),
): Promise<{ entries: ScenarioEntry[]; problems: ScenarioProblem[] }> {
  let files: string[];
  try {
    files = await findScenarioFiles(dir);
  } catch {
    return {
      entries: [],
      problems: [
        {
          reason: 'io',
          severity: 'error',
          file: displayPath(dir),
          line: 0,
          column: 0,
          path: [],
          message: 'the scenarios folder cannot be read (set RAPPORT_SCENARIOS to choose another)',
        },
      ],
    };
  }
  const entries: ScenarioEntry[] = [];
  const problems: ScenarioProblem[] = [];
  const byId = new Map<string, ScenarioEntry>();
  for (const file of files) {
    const loaded = await loadScenarioFile(file);
    if (!loaded.ok) {
      problems.push(...loaded.problems);
      continue;
    }
    const { scenario } = loaded;
    const twin = byId.get(scenario.id);
    if (twin) {
      problems.push({
        reason: 'reference',
        severity: 'error',
        file: displayPath(file),
        line: 0,
        column: 0,
        path: ['id'],
        message: `the id "${scenario.id}" is already used by ${displayPath(twin.file)}; this file is left out`,
      });
      continue;
    }
    const entry: ScenarioEntry = {
      id: scenario.id,
      title: scenario.title,
      stakeholder: `${scenario.stakeholder.name}, ${scenario.stakeholder.role}`,
      minutes: scenario.minutes,
      file,
    };
    byId.set(entry.id, entry);
    entries.push(entry);
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entries, problems };
}

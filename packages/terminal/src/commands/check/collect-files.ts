import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ScenarioProblem } from '@rapport/engine';
import { displayPath, findScenarioFiles, SCENARIO_EXTENSIONS } from '../../library/index.js';

/**
 * The files `rapport check` reads, in the order given: folders are searched for scenario files,
 * and a file named twice is checked once. A folder with none is a problem of its own, so that a
 * mistyped path never passes as "0 files checked: 0 errors".
 */
export async function collectFiles(
  targets: readonly string[],
): Promise<{ files: string[]; problems: ScenarioProblem[] }> {
  const files: string[] = [];
  const problems: ScenarioProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
  };
  for (const target of targets) {
    const path = resolve(target);
    const isDir = await stat(path).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (!isDir) {
      // Missing and unreadable files are reported when they are read.
      add(path);
      continue;
    }
    let found: string[] = [];
    try {
      found = await findScenarioFiles(path);
    } catch {
      // An unreadable folder is reported below like an empty one.
    }
    if (found.length === 0) {
      problems.push({
        reason: 'io',
        severity: 'error',
        file: displayPath(path),
        line: 0,
        column: 0,
        path: [],
        message: `no scenario files (${SCENARIO_EXTENSIONS.join(', ')}) in this folder`,
      });
    }
    for (const file of found) add(file);
  }
  return { files, problems };
}

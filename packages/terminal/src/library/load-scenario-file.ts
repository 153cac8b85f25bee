import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Scenario, type ScenarioProblem } from '@rapport/engine';
import { displayPath } from './display-path.js';
import { readScenarioFile } from './read-scenario-file.js';
import { repositoryRoot } from './scenarios-dir.js';

export type LoadedFile =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/**
 * Reads and loads one scenario file; problems name the file as the user would type it.
 * Interim: parses with the engine's yaml and validates with its zod schema, without positions,
 * until the engine's located loader is exported.
 */
export async function loadScenarioFile(file: string): Promise<LoadedFile> {
  const read = await readScenarioFile(file);
  if ('problem' in read) return { ok: false, problems: [read.problem] };
  const shown = displayPath(file);
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(read.text) : parseYaml(read.text);
  } catch (error) {
    return { ok: false, problems: [problem(shown, 'syntax', [], String(error))] };
  }
  const parsed = Scenario.safeParse(data);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) =>
      problem(
        shown,
        'schema',
        issue.path.filter((key) => typeof key !== 'symbol'),
        issue.message,
      ),
    ),
  };
}

function parseYaml(text: string): unknown {
  const engine = join(repositoryRoot() ?? '.', 'packages', 'engine', 'package.json');
  const yaml = createRequire(engine)('yaml') as { parse(text: string): unknown };
  return yaml.parse(text);
}

function problem(
  file: string,
  reason: 'syntax' | 'schema',
  path: (string | number)[],
  message: string,
): ScenarioProblem {
  return { reason, severity: 'error', file, line: 0, column: 0, path, message };
}

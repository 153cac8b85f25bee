import { stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Scenario, ScenarioProblem } from '@rapport/engine';
import { displayPath } from './display-path.js';
import { listScenarios } from './list-scenarios.js';
import { loadScenarioFile } from './load-scenario-file.js';
import { isScenarioFile, SCENARIO_EXTENSIONS } from './scenario-files.js';
import { scenariosDir } from './scenarios-dir.js';

export type ResolvedScenario =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      readonly file: string;
      /** Read from the build's catalog, which holds only scenarios that compile. */
      readonly built?: true;
    }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

/**
 * The scenario a user named: a file path, or an id from the scenarios folder. A name that is
 * neither gives one problem that says so and suggests the closest id; a broken file gives the
 * loader's problems, each with its line and column.
 */
export async function resolveScenario(target: string): Promise<ResolvedScenario> {
  const path = resolve(target);
  const dir = scenariosDir();
  if (await exists(path)) return fromFile(path);
  if (!looksLikePath(target)) {
    for (const extension of SCENARIO_EXTENSIONS) {
      const file = join(dir, `${target}${extension}`);
      if (await exists(file)) return fromFile(file);
    }
  }
  // The file name need not match the id inside it, and a mistyped name deserves a suggestion.
  const { entries } = await listScenarios(dir);
  const ids = entries.map((entry) => entry.id);
  if (!looksLikePath(target)) {
    const entry = entries.find((candidate) => candidate.id === target);
    if (entry) return fromFile(entry.file);
  }
  const name = basename(target, extname(target));
  // didYouMean stays quiet on an exact match, but a missing drafts/x.yaml may well mean the id x.
  const { didYouMean } = await import('@rapport/engine');
  const suggestion = ids.includes(name) ? name : didYouMean(name, ids);
  const message = looksLikePath(target)
    ? 'the file does not exist'
    : `no scenario with this id in ${displayPath(dir)}, and no file by this name`;
  return {
    ok: false,
    problems: [
      {
        reason: 'io',
        severity: 'error',
        file: target,
        line: 0,
        column: 0,
        path: [],
        message,
        ...(suggestion ? { suggestion } : {}),
      },
    ],
  };
}

async function fromFile(file: string): Promise<ResolvedScenario> {
  const loaded = await loadScenarioFile(file);
  if (!loaded.ok) return loaded;
  return { ok: true, scenario: loaded.scenario, file, ...(loaded.built ? { built: true } : {}) };
}

/** A target with a folder separator or a scenario extension is a path, never an id. */
function looksLikePath(target: string): boolean {
  return target.includes('/') || target.includes('\\') || isScenarioFile(target);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

import {
  type CheckReport,
  checkScenario,
  loadScenario,
  type Scenario,
  type ScenarioProblem,
} from '@rapport/engine';

function crash(file: string, error: unknown): ScenarioProblem {
  const message = error instanceof Error ? error.message : String(error);
  return {
    reason: 'io',
    severity: 'error',
    file,
    line: 0,
    column: 0,
    path: [],
    message: `the check stopped unexpectedly: ${message}`,
  };
}

/**
 * What `rapport check` reports for the text. The engine promises not to throw on bad input; if it
 * ever did, the page shows that as one more error rather than going blank.
 */
export function safeCheck(text: string, file: string): CheckReport {
  try {
    return checkScenario(text, file);
  } catch (error) {
    return {
      file,
      id: null,
      errors: [crash(file, error)],
      warnings: [],
      stats: null,
      analysis: null,
    };
  }
}

/** The scenario, when the text loads; a file with analysis errors still loads and can be played. */
export function safeLoad(text: string, file: string): Scenario | undefined {
  try {
    const loaded = loadScenario(text, file);
    return loaded.ok ? loaded.scenario : undefined;
  } catch {
    return undefined;
  }
}

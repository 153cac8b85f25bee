import { loadScenario, type Scenario } from '@rapport/engine';

/** The scenario, when the text loads; a file with analysis errors still loads and can be played. */
export function safeLoad(text: string, file: string): Scenario | undefined {
  try {
    const loaded = loadScenario(text, file);
    return loaded.ok ? loaded.scenario : undefined;
  } catch {
    // The check, run beside this, reports what went wrong.
    return undefined;
  }
}

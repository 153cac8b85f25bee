import { type CheckReport, checkScenario } from '@rapport/engine';
import { unchecked } from './unchecked';

/**
 * What `rapport check` reports for the text. The engine promises not to throw on bad input; if it
 * ever did, the page shows that as one more error rather than going blank.
 */
export function safeCheck(text: string, file: string): CheckReport {
  try {
    return checkScenario(text, file);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return unchecked(file, `the check stopped unexpectedly: ${message}`);
  }
}

import type { CheckReport } from '@rapport/engine';

/** A report for a file the check could not finish: one error saying why, never a blank page. */
export function unchecked(file: string, reason: string): CheckReport {
  return {
    file,
    id: null,
    errors: [
      { reason: 'io', severity: 'error', file, line: 0, column: 0, path: [], message: reason },
    ],
    warnings: [],
    stats: null,
    analysis: null,
  };
}

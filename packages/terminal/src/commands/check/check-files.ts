import {
  type CheckReport,
  CoderWeightsError,
  checkScenario,
  loadShippedCoder,
  type MoveCoder,
  type ScenarioProblem,
} from '@rapport/engine';

/** Checks one file's text; made once per run, when a file is not in the cache. */
export type Checker = {
  check(text: string, shown: string): CheckReport;
  /** False when the move-coder lint could not run (its reports say so): not worth caching. */
  readonly coderRan: boolean;
};

export async function createChecker(): Promise<Checker> {
  // The coder reads each option's line for the mis-tag lint; without usable weights the other
  // checks still run, and each report says the lint did not.
  let coder: MoveCoder | undefined;
  let coderProblem: string | undefined;
  try {
    coder = await loadShippedCoder();
  } catch (error) {
    if (!(error instanceof CoderWeightsError)) throw error;
    coderProblem = `the move-coder lint did not run: ${error.message}`;
  }
  return {
    coderRan: coderProblem === undefined,
    check(text, shown) {
      const report = checkScenario(text, shown, coder ? { coder } : {});
      return coderProblem ? withWarning(report, coderProblem) : report;
    },
  };
}

function withWarning(report: CheckReport, message: string): CheckReport {
  const problem: ScenarioProblem = {
    reason: 'analysis',
    severity: 'warning',
    file: report.file,
    line: 0,
    column: 0,
    path: [],
    message,
  };
  return { ...report, warnings: [problem, ...report.warnings] };
}

import type { Probes } from '../analyze/probes.js';
import type { ScenarioProblem } from '../problem.js';
import type { CheckReport, CheckStats } from './check-scenario.js';

export type CheckJsonProblem = {
  readonly line: number;
  readonly column: number;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly reason: ScenarioProblem['reason'];
  readonly expected?: string;
  readonly found?: string;
  readonly suggestion?: string;
};

/** The document `rapport check --json` prints, for editors and CI. */
export type CheckJson = {
  readonly files: readonly {
    readonly file: string;
    readonly id: string | null;
    readonly errors: readonly CheckJsonProblem[];
    readonly warnings: readonly CheckJsonProblem[];
    readonly stats: CheckStats | null;
    /** The blind-strategy probes and the random learner's odds; null when the file did not load. */
    readonly probes: Probes | null;
  }[];
};

function problemJson(problem: ScenarioProblem): CheckJsonProblem {
  const { line, column, path, message, reason, expected, found, suggestion } = problem;
  return {
    line,
    column,
    path,
    message,
    reason,
    ...(expected === undefined ? {} : { expected }),
    ...(found === undefined ? {} : { found }),
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}

export function toCheckJson(reports: readonly CheckReport[]): CheckJson {
  return {
    files: reports.map((report) => ({
      file: report.file,
      id: report.id,
      errors: report.errors.map(problemJson),
      warnings: report.warnings.map(problemJson),
      stats: report.stats,
      probes: report.analysis?.probes ?? null,
    })),
  };
}

/** The text of `rapport check --json`: the reports as an indented JSON document. */
export function checkReportJson(reports: readonly CheckReport[]): string {
  return JSON.stringify(toCheckJson(reports), null, 2);
}

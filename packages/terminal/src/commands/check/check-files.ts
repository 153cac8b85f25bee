import {
  type CheckReport,
  CoderWeightsError,
  checkScenario,
  loadShippedCoder,
  type MoveCoder,
  type ScenarioProblem,
} from '@rapport/engine';
import { displayPath, readScenarioFile } from '../../library/index.js';

/**
 * One report per file. A file that cannot be read becomes a report with that one error, so every
 * file named on the command line gets an answer and nothing ends in a stack trace.
 */
export async function checkFiles(files: readonly string[]): Promise<CheckReport[]> {
  const reports: CheckReport[] = [];
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
  for (const file of files) {
    const shown = displayPath(file);
    const read = await readScenarioFile(file);
    if ('problem' in read) {
      reports.push(unreadable(shown, read.problem));
      continue;
    }
    const report = checkScenario(read.text, shown, coder ? { coder } : {});
    reports.push(coderProblem ? withWarning(report, coderProblem) : report);
  }
  return withDuplicateIds(reports);
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

function unreadable(file: string, problem: ScenarioProblem): CheckReport {
  return { file, id: null, errors: [problem], warnings: [], stats: null, analysis: null };
}

/**
 * Two files with one id would show as one scenario in the library (and `rapport play <id>` could
 * open either), which a copied-and-adapted scenario easily causes.
 */
function withDuplicateIds(reports: readonly CheckReport[]): CheckReport[] {
  const firstFile = new Map<string, string>();
  return reports.map((report) => {
    if (report.id === null) return report;
    const first = firstFile.get(report.id);
    if (first === undefined) {
      firstFile.set(report.id, report.file);
      return report;
    }
    const problem: ScenarioProblem = {
      reason: 'reference',
      severity: 'error',
      file: report.file,
      line: 0,
      column: 0,
      path: ['id'],
      message: `the id "${report.id}" is already used by ${first}; give each scenario its own id`,
    };
    return { ...report, errors: [problem, ...report.errors] };
  });
}

import { type CheckReport, checkScenario, type ScenarioProblem } from '@rapport/engine';
import { displayPath, readScenarioFile } from '../../library/index.js';

/**
 * One report per file. A file that cannot be read becomes a report with that one error, so every
 * file named on the command line gets an answer and nothing ends in a stack trace.
 */
export async function checkFiles(files: readonly string[]): Promise<CheckReport[]> {
  const reports: CheckReport[] = [];
  for (const file of files) {
    const shown = displayPath(file);
    const read = await readScenarioFile(file);
    reports.push(
      'problem' in read ? unreadable(shown, read.problem) : checkScenario(read.text, shown),
    );
  }
  return withDuplicateIds(reports);
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

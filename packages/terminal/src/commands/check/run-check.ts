import {
  type CheckReport,
  checkReportJson,
  formatProblem,
  type ScenarioProblem,
} from '@rapport/engine';
import type { ParsedArgs } from '../../cli/command.js';
import { EXIT_FAILURE, EXIT_OK, type Io } from '../../cli/io.js';
import { displayPath, readScenarioFile } from '../../library/index.js';
import { type CheckCache, checkCache } from './check-cache.js';
import type { Checker } from './check-files.js';
import { collectFiles } from './collect-files.js';
import { probeTable } from './probe-table.js';

/** `rapport check`: the body of the command, loaded when it runs. */
export async function runCheck(args: ParsedArgs, io: Io): Promise<number> {
  const collected = await collectFiles(args.positionals);
  const reports: CheckReport[] = [
    ...collected.problems.map((problem) => ({
      file: problem.file,
      id: null,
      errors: [problem],
      warnings: [],
      stats: null,
      analysis: null,
    })),
    ...(await checkFiles(collected.files, args.flags['no-cache'] ? undefined : checkCache())),
  ];
  if (args.flags.json) io.out(checkReportJson(reports));
  else printReports(reports, collected.files.length, io);
  return reports.some((report) => report.errors.length > 0) ? EXIT_FAILURE : EXIT_OK;
}

/**
 * One report per file. A file that cannot be read becomes a report with that one error, so every
 * file named on the command line gets an answer and nothing ends in a stack trace. A file the
 * cache holds a report for, made by this build from the same text, is not checked again; the
 * engine and the coder load only when some file needs checking.
 */
async function checkFiles(
  files: readonly string[],
  cache: CheckCache | undefined,
): Promise<CheckReport[]> {
  const reports: CheckReport[] = [];
  let checker: Checker | undefined;
  for (const file of files) {
    const shown = displayPath(file);
    const read = await readScenarioFile(file);
    if ('problem' in read) {
      reports.push(unreadable(shown, read.problem));
      continue;
    }
    const cached = await cache?.get(file, shown, read.text);
    if (cached) {
      reports.push(cached);
      continue;
    }
    checker ??= await (await import('./check-files.js')).createChecker();
    const report = checker.check(read.text, shown);
    if (checker.coderRan) await cache?.set(file, shown, read.text, report);
    reports.push(report);
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

function printReports(reports: readonly CheckReport[], fileCount: number, io: Io): void {
  let errors = 0;
  let warnings = 0;
  for (const report of reports) {
    errors += report.errors.length;
    warnings += report.warnings.length;
    const problems = [...report.errors, ...report.warnings].sort(
      (a, b) => a.line - b.line || a.column - b.column,
    );
    for (const problem of problems) io.out(formatProblem(problem));
    if (report.analysis)
      for (const line of probeTable(report.file, report.analysis.probes)) io.out(line);
  }
  io.out(
    `${count(fileCount, 'file')} checked: ${count(errors, 'error')}, ${count(warnings, 'warning')}`,
  );
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

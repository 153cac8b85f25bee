import { type CheckReport, checkReportJson, formatProblem } from '@rapport/engine';
import type { ParsedArgs } from '../../cli/command.js';
import { EXIT_FAILURE, EXIT_OK, type Io } from '../../cli/io.js';
import { checkFiles } from './check-files.js';
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
    ...(await checkFiles(collected.files)),
  ];
  if (args.flags.json) io.out(checkReportJson(reports));
  else printReports(reports, collected.files.length, io);
  return reports.some((report) => report.errors.length > 0) ? EXIT_FAILURE : EXIT_OK;
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

import { type CheckReport, checkReportJson, formatProblem } from '@rapport/engine';
import type { Command } from '../../cli/command.js';
import { EXIT_FAILURE, EXIT_OK, type Io } from '../../cli/io.js';
import { checkFiles } from './check-files.js';
import { collectFiles } from './collect-files.js';

export const check: Command = {
  name: 'check',
  summary: 'find mistakes in scenario files, with file, line and column',
  synopsis: '<file|dir>... [--json]',
  description: [
    'Checks each scenario file: YAML or JSON syntax, the format, references between nodes, the',
    'conversation graph (unreachable nodes, traps, dead ends), the scoring (a path reaches the',
    'good MITI thresholds; pure insistence does not win) and the golden transcripts.',
    'Folders are searched for .yaml, .yml and .json files.',
    '',
    'Each problem is printed as file:line:column: error|warning: message.',
    'Exit status: 0 when there are no errors (warnings are fine), 1 on any error, 2 on wrong usage.',
  ].join('\n'),
  options: {
    json: { type: 'boolean', help: 'print the report as one JSON document, for editors and CI' },
  },
  positionals: { min: 1, name: 'file or folder to check' },
  async run(args, io) {
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
  },
};

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
  }
  io.out(
    `${count(fileCount, 'file')} checked: ${count(errors, 'error')}, ${count(warnings, 'warning')}`,
  );
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

import { formatProblem } from '@rapport/engine';
import type { ParsedArgs } from '../cli/command.js';
import { EXIT_FAILURE, EXIT_OK, type Io } from '../cli/io.js';
import { printable } from '../cli/printable.js';
import { displayPath, listScenarios, scenariosDir } from '../library/index.js';

/** `rapport list`: the body of the command, loaded when it runs. */
export async function runList(_args: ParsedArgs, io: Io): Promise<number> {
  const dir = scenariosDir();
  const { entries, problems } = await listScenarios(dir);
  if (entries.length === 0 && problems.length === 0) {
    io.out(`No scenarios in ${displayPath(dir)}. Write one with "rapport new <id>".`);
    return EXIT_OK;
  }
  if (entries.length > 0) {
    const rows = [
      ['ID', 'TITLE', 'STAKEHOLDER', 'LENGTH'],
      // Made printable before measuring, so an escaped control character keeps the columns.
      ...entries.map((entry) =>
        [entry.id, entry.title, entry.stakeholder, `${entry.minutes} min`].map(printable),
      ),
    ];
    const widths = [0, 1, 2].map((column) =>
      Math.max(...rows.map((row) => row[column]?.length ?? 0)),
    );
    for (const row of rows) {
      io.out(
        row
          .map((cell, column) => cell.padEnd(widths[column] ?? 0))
          .join('  ')
          .trimEnd(),
      );
    }
  }
  // One line per broken file: the full list is what `rapport check` is for.
  const byFile = new Map<string, number>();
  for (const problem of problems) {
    if (problem.severity === 'error') byFile.set(problem.file, (byFile.get(problem.file) ?? 0) + 1);
  }
  for (const problem of problems) {
    const count = byFile.get(problem.file);
    if (count === undefined) continue;
    byFile.delete(problem.file);
    const more = count > 1 ? ` (and ${count - 1} more)` : '';
    io.err(`${formatProblem(problem)}${more}`);
    io.err(`  left out; run "rapport check ${problem.file}" for details`);
  }
  return problems.some((problem) => problem.severity === 'error') ? EXIT_FAILURE : EXIT_OK;
}

import { type CheckReport, formatProblem } from '@rapport/engine';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 errors, 1 warning", counted as `rapport check` counts them. */
export function problemCount(report: Pick<CheckReport, 'errors' | 'warnings'>): string {
  const { errors, warnings } = report;
  return `${count(errors.length, 'error', 'errors')}, ${count(warnings.length, 'warning', 'warnings')}`;
}

/** The report as `rapport check <file>` prints it: problems in file order, then the count. */
export function checkOutput(report: CheckReport): string {
  const problems = [...report.errors, ...report.warnings].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
  return [...problems.map(formatProblem), `1 file checked: ${problemCount(report)}`].join('\n');
}

export type Fact = { readonly term: string; readonly value: string };

function path(choices: readonly string[] | null, none: string): string {
  return choices ? `yes, in ${count(choices.length, 'choice', 'choices')}` : none;
}

function ratio(value: number | null): string {
  return value === null ? 'none' : value.toFixed(2);
}

/** The summary stats and analysis of a loaded file, as short facts for a definition list. */
export function checkFacts(report: CheckReport): readonly Fact[] {
  const { stats, analysis } = report;
  if (!stats) return [];
  const facts: Fact[] = [
    { term: 'Nodes', value: String(stats.nodes) },
    { term: 'Endings', value: String(stats.endings) },
    { term: 'Outcomes declared', value: stats.outcomes.join(', ') || 'none' },
  ];
  if (!analysis) return facts;
  const complete = analysis.states.complete ? '' : ' (limit reached; the rest was not explored)';
  facts.push(
    { term: 'Outcomes reachable', value: analysis.outcomes.join(', ') || 'none' },
    { term: 'States explored', value: `${analysis.states.explored}${complete}` },
    {
      term: 'Listening ratio',
      value: `best ${ratio(analysis.listeningRatio.best)}, worst ${ratio(analysis.listeningRatio.worst)}`,
    },
    { term: 'Good MITI path', value: path(analysis.goodMitiPath, 'none found') },
    { term: 'Insistence alone wins', value: path(analysis.pureInsistencePath, 'no') },
  );
  return facts;
}

/** The warnings of one file in `rapport check --json`, as far as the verdict needs them. */
export type CheckedFile = { readonly warnings: readonly { readonly message: string }[] };

/** Whether an analysis was exact, and if not, the questions it named as not decided. */
export type AnalysisVerdict = {
  readonly exact: boolean;
  /** The questions named "not decided", in the report's order. */
  readonly undecided: readonly string[];
  /** True when the check said which budget stopped it and how many questions it left open. */
  readonly said: boolean;
};

const UNDECIDED = 'not decided: ';
const STOPPED = / stopped at its budget of .*: (\d+) questions? (?:is|are) not decided/;

/**
 * Reads a check report: exact when no budget stopped the analysis. A partial analysis counts as
 * named only when the report says how many questions are open and names that many.
 */
export function analysisVerdict(file: CheckedFile): AnalysisVerdict {
  const undecided = file.warnings
    .filter((warning) => warning.message.startsWith(UNDECIDED))
    .map((warning) => warning.message.slice(UNDECIDED.length));
  const heading = file.warnings.map((w) => STOPPED.exec(w.message)).find((m) => m !== null);
  const said = heading !== undefined && Number(heading?.[1]) === undecided.length;
  return { exact: heading === undefined && undecided.length === 0, undecided, said };
}

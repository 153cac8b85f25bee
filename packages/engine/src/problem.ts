/**
 * What a user can get wrong, in one shape shared by the `rapport` command, the web trainer's
 * facilitator page and the tests: where (file, line, column, path inside the document), what was
 * expected and found, and a suggestion when one is likely.
 */

export type ProblemReason =
  /** The file could not be read or is too large, too deep or too aliased to parse safely. */
  | 'limit'
  | 'io'
  /** YAML or JSON syntax. */
  | 'syntax'
  /** A value of the wrong type or shape, a missing field, an unknown key. */
  | 'schema'
  /** A reference to a node, ending, option or meter that does not exist. */
  | 'reference'
  /** Found by analysing the conversation graph: unreachable nodes, traps, dead ends... */
  | 'analysis'
  /** A golden transcript that does not hold. */
  | 'golden';

export type Severity = 'error' | 'warning';

export type ScenarioProblem = {
  readonly reason: ProblemReason;
  readonly severity: Severity;
  readonly file: string;
  /** 1-based; 0 when the problem has no place in the file (for example, the file is missing). */
  readonly line: number;
  /** 1-based; 0 when the problem has no place in the file. */
  readonly column: number;
  /** The path inside the document, like ["nodes", "opening", "options", 2, "next"]. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly expected?: string;
  readonly found?: string;
  /** "did you mean" for a misspelled id or key. */
  readonly suggestion?: string;
};

/** Thrown only where a caller asked for a scenario that must be valid; carries every problem. */
export class ScenarioError extends Error {
  readonly problems: readonly ScenarioProblem[];

  constructor(problems: readonly ScenarioProblem[]) {
    const first = problems[0];
    super(
      first
        ? `${formatProblem(first)}${problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''}`
        : 'invalid scenario',
    );
    this.name = 'ScenarioError';
    this.problems = problems;
  }
}

/** `file:line:column: error: message`, the format of `rapport check` and the facilitator page. */
export function formatProblem(problem: ScenarioProblem): string {
  const where =
    problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  const hint = problem.suggestion ? ` (did you mean "${problem.suggestion}"?)` : '';
  return `${where}: ${problem.severity}: ${problem.message}${hint}`;
}

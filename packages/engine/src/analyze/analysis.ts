import type { MoveCoder } from '../coder/coder.js';
import type { Locate } from '../load/types.js';
import type { ProblemReason, ScenarioProblem, Severity } from '../problem.js';
import type { Outcome } from '../schema/index.js';
import type { Probes } from './probes.js';

/** What `analyzeScenario` finds: located problems and the facts a facilitator can rely on. */
export type Analysis = {
  /** Errors and warnings, each pointing at the place in the file to fix. */
  readonly problems: readonly ScenarioProblem[];
  /**
   * The reachable (node, meters) states walked, whether that was all of them, and the meters
   * merged because nothing reads them (states that differ only there count once).
   */
  readonly states: {
    readonly explored: number;
    readonly complete: boolean;
    readonly merged: readonly string[];
  };
  /** The questions a budget left open, each named; empty when every answer is exact. */
  readonly undecided: readonly string[];
  /** Per ending, the fewest choices (option ids) that reach it; null when none was found. */
  readonly shortestPaths: Readonly<Record<string, readonly string[] | null>>;
  /** The outcome classes a learner can reach. */
  readonly outcomes: readonly Outcome[];
  /** The best and worst listening ratio a learner can finish with. */
  readonly listeningRatio: { readonly best: number | null; readonly worst: number | null };
  /**
   * The fewest choices to a breakthrough at the good MITI thresholds (reflection-to-question
   * 2:1, 50% complex) and the scenario's good listening band; null when none was found.
   */
  readonly goodMitiPath: readonly string[] | null;
  /** The fewest choices to a breakthrough by insistence alone; null when there is none. */
  readonly pureInsistencePath: readonly string[] | null;
  /** False when a limit stopped the search: a path reported missing may still exist. */
  readonly pathsComplete: boolean;
  /**
   * Blind strategies: always the option in file position k, always a given move when offered,
   * wording alone, and the odds of a learner who picks at random.
   */
  readonly probes: Probes;
};

export type AnalyzeOptions = {
  /** Turns a path inside the document into a line and column; without it, problems are at 0:0. */
  readonly locate?: Locate;
  /** The file name problems carry; the scenario id when left out. */
  readonly file?: string;
  /** Reachable (node, meters) states to walk before stopping and naming what is undecided. */
  readonly stateBudget?: number;
  /** (state, running counts) pairs to search for per-path figures. */
  readonly pathBudget?: number;
  /** The move coder: with it, options whose tag the coder confidently reads otherwise are warned. */
  readonly coder?: MoveCoder;
};

export type Path = readonly (string | number)[];

/** Makes one located problem: where it is in the document, what is wrong, and the details. */
export type MakeProblem = (
  reason: ProblemReason,
  severity: Severity,
  path: Path,
  message: string,
  extra?: { expected?: string; found?: string; suggestion?: string },
) => ScenarioProblem;

/** Builds located problems for one file. */
export function problemMaker(file: string, locate: Locate | undefined): MakeProblem {
  return (reason, severity, path, message, extra = {}) => {
    const { line, column } = locate ? locate(path) : { line: 0, column: 0 };
    return { reason, severity, file, line, column, path: [...path], message, ...extra };
  };
}

import type { Analysis, AnalyzeOptions } from '../analyze/analysis.js';
import { analyzeScenario } from '../analyze/analyze-scenario.js';
import { loadScenario } from '../load/index.js';
import type { ScenarioProblem } from '../problem.js';
import { OUTCOMES, type Outcome } from '../schema/index.js';

export type CheckStats = {
  readonly nodes: number;
  readonly endings: number;
  /** The outcome classes the scenario's endings cover, in the order breakthrough to escalation. */
  readonly outcomes: readonly Outcome[];
};

/** Everything `rapport check` and the facilitator page show for one file. */
export type CheckReport = {
  readonly file: string;
  /** The scenario id; null when the file did not load. */
  readonly id: string | null;
  readonly errors: readonly ScenarioProblem[];
  readonly warnings: readonly ScenarioProblem[];
  /** null when the file did not load. */
  readonly stats: CheckStats | null;
  /** null when the file did not load. */
  readonly analysis: Analysis | null;
};

export type CheckOptions = Pick<AnalyzeOptions, 'stateBudget' | 'pathBudget' | 'coder'>;

/** In file order: problems with no place first, then by line and column. */
function byPlace(a: ScenarioProblem, b: ScenarioProblem): number {
  return a.line - b.line || a.column - b.column;
}

function split(problems: readonly ScenarioProblem[]): Pick<CheckReport, 'errors' | 'warnings'> {
  return {
    errors: problems.filter((p) => p.severity === 'error').sort(byPlace),
    warnings: problems.filter((p) => p.severity === 'warning').sort(byPlace),
  };
}

/** Loads and analyses one scenario file's text: what `rapport check` reports for it. */
export function checkScenario(text: string, file: string, options: CheckOptions = {}): CheckReport {
  const loaded = loadScenario(text, file);
  if (!loaded.ok) {
    return { file, id: null, ...split(loaded.problems), stats: null, analysis: null };
  }
  const { scenario, locate } = loaded;
  const analysis = analyzeScenario(scenario, { ...options, file, locate });
  const declared = new Set(Object.values(scenario.endings).map((ending) => ending.outcome));
  return {
    file,
    id: scenario.id,
    ...split([...loaded.problems, ...analysis.problems]),
    stats: {
      nodes: Object.keys(scenario.nodes).length,
      endings: Object.keys(scenario.endings).length,
      outcomes: OUTCOMES.filter((outcome) => declared.has(outcome)),
    },
    analysis,
  };
}

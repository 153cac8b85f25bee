import { checkScenario, toCheckJson } from '@rapport/engine';
import { describe, expect, it } from 'vitest';
import { analysisVerdict } from './analysis-verdict.js';
import { generateScenarioYaml } from './generate-scenario.js';

const verdictOf = (nodes: number, meters: 1 | 2 | 3, stateBudget?: number) => {
  const report = checkScenario(generateScenarioYaml({ nodes, meters }), 'generated.yaml', {
    ...(stateBudget === undefined ? {} : { stateBudget }),
  });
  const [file] = toCheckJson([report]).files;
  if (!file) throw new Error('no file in the report');
  return analysisVerdict(file);
};

describe('analysisVerdict', () => {
  it('calls an analysis that walked every state exact', () => {
    expect(verdictOf(40, 3)).toEqual({ exact: true, undecided: [], said: false });
  });

  it('calls a budget-stopped analysis partial, with each question it named', () => {
    const verdict = verdictOf(40, 3, 200);
    expect(verdict.exact).toBe(false);
    expect(verdict.said).toBe(true);
    expect(verdict.undecided.length).toBeGreaterThan(0);
    expect(verdict.undecided).toContain('whether pure insistence reaches a breakthrough');
  });

  it('does not take a partial report that names fewer questions than it counts', () => {
    const verdict = analysisVerdict({
      warnings: [
        {
          message:
            'the walk stopped at its budget of 9 states, 12 met: 2 questions are not decided, each named below',
        },
        { message: 'not decided: whether node "x" can be reached' },
      ],
    });
    expect(verdict).toEqual({
      exact: false,
      undecided: ['whether node "x" can be reached'],
      said: false,
    });
  });
});

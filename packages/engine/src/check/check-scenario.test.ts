import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { largeScenarioYaml } from '../../test/large-scenario.js';
import { formatProblem } from '../problem.js';
import { checkReportJson } from './check-report-json.js';
import { checkScenario } from './check-scenario.js';

const check = (name: string) => {
  const url = new URL(`../../test/fixtures/check/${name}.yaml`, import.meta.url);
  return checkScenario(readFileSync(fileURLToPath(url), 'utf8'), `${name}.yaml`);
};

describe('checkScenario', () => {
  it('passes a sound scenario with its stats and analysis', () => {
    const report = check('sound');
    expect(report).toMatchObject({
      file: 'sound.yaml',
      id: 'sound',
      errors: [],
      warnings: [],
      stats: { nodes: 4, endings: 3, outcomes: ['breakthrough', 'stalemate', 'escalation'] },
    });
    expect(report.analysis?.states).toEqual({ explored: 45, complete: true });
  });

  it('checks a 2,000-node scenario without errors, saying plainly that the analysis stopped', () => {
    const report = checkScenario(largeScenarioYaml(2000), 'long.yaml');
    expect(report.errors).toEqual([]);
    expect(report.warnings.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "long.yaml:1:1: warning: analysis stopped after 5,000 states; results are partial",
      ]
    `);
    expect(report.stats?.nodes).toBe(2000);
    expect(report.analysis?.states).toMatchObject({ complete: false });
  }, 60_000);

  it('reports a file that does not load, with no stats or analysis', () => {
    const report = check('misspelled');
    expect(report).toMatchObject({ id: null, stats: null, analysis: null, warnings: [] });
    expect(report.errors.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "misspelled.yaml:23:15: error: no node or ending is called "agred" (did you mean "agreed"?)",
      ]
    `);
  });

  it('places analysis problems at their line and column, errors apart from warnings', () => {
    const report = check('stranded');
    expect(report.errors).toMatchInlineSnapshot(`
      [
        {
          "column": 3,
          "file": "stranded.yaml",
          "line": 29,
          "message": "node "loop" is a trap with resistance 60 and trust 44 (after choosing push): no ending can be reached from there",
          "path": [
            "nodes",
            "loop",
          ],
          "reason": "analysis",
          "severity": "error",
        },
        {
          "column": 3,
          "file": "stranded.yaml",
          "line": 37,
          "message": "node "orphan" is never reached: no path of options leads to it from the start node "opening"",
          "path": [
            "nodes",
            "orphan",
          ],
          "reason": "analysis",
          "severity": "error",
        },
        {
          "column": 3,
          "file": "stranded.yaml",
          "line": 50,
          "message": "ending "gone" is never reached: the meters never meet its condition",
          "path": [
            "endings",
            "gone",
          ],
          "reason": "analysis",
          "severity": "error",
        },
      ]
    `);
    expect(report.warnings.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "stranded.yaml:31:5: warning: node "loop" has only one option: the learner has no choice",
        "stranded.yaml:39:5: warning: node "orphan" has only one option: the learner has no choice",
        "stranded.yaml:46:3: warning: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough",
      ]
    `);
  });

  it('writes the JSON of rapport check --json', () => {
    expect(checkReportJson([check('misspelled'), check('sound')])).toMatchInlineSnapshot(`
      "{
        "files": [
          {
            "file": "misspelled.yaml",
            "id": null,
            "errors": [
              {
                "line": 23,
                "column": 15,
                "path": [
                  "nodes",
                  "opening",
                  "options",
                  0,
                  "next"
                ],
                "message": "no node or ending is called \\"agred\\"",
                "reason": "reference",
                "found": "agred",
                "suggestion": "agreed"
              }
            ],
            "warnings": [],
            "stats": null
          },
          {
            "file": "sound.yaml",
            "id": "sound",
            "errors": [],
            "warnings": [
              {
                "line": 90,
                "column": 3,
                "path": [
                  "endings",
                  "agreed"
                ],
                "message": "no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough",
                "reason": "analysis"
              }
            ],
            "stats": {
              "nodes": 4,
              "endings": 3,
              "outcomes": [
                "breakthrough",
                "stalemate",
                "escalation"
              ]
            }
          }
        ]
      }"
    `);
  });
});

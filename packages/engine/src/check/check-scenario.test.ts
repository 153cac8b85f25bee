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
      stats: { nodes: 4, endings: 3, outcomes: ['breakthrough', 'stalemate', 'escalation'] },
    });
    // Sound as a graph; a four-node scenario is too small to hide its answer from blind play.
    expect(report.warnings.map((p) => p.message)).toMatchInlineSnapshot(`
      [
        "the blind strategy "always option 1 in file order" reaches the breakthrough "agreed" (choosing open, deep, hold, sum): a learner can win without the skill",
        "the blind strategy "always option 2 in file order" reaches the breakthrough "agreed" (choosing closed, insist, praise, together): a learner can win without the skill",
        "the blind strategy "always set-boundary when offered" reaches the breakthrough "agreed" (choosing open, early-line, hold, sum): a learner can win without the skill",
        "the blind strategy "always a reflection (simple, complex or a summary) when offered" reaches the breakthrough "agreed" (choosing open, deep, hold, sum): a learner can win without the skill",
        "the blind strategy "always the longest option" reaches the breakthrough "agreed" (choosing push, deep, hold, sum): a learner can win without the skill",
        "the blind strategy "always the most second-person words" reaches the breakthrough "agreed" (choosing push, deep, hold, sum): a learner can win without the skill",
        "no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough",
      ]
    `);
    expect(report.analysis?.states).toEqual({ explored: 45, complete: true, merged: ['trust'] });
  });

  it('checks a 2,000-node scenario exactly, every state walked and nothing left undecided', () => {
    const report = checkScenario(largeScenarioYaml(2000), 'long.yaml');
    expect(report.errors).toEqual([]);
    expect(report.warnings.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "long.yaml:19:1: warning: the blind strategy "always option 1 in file order" reaches the breakthrough "agreed" (choosing reflect, reflect, reflect, reflect, reflect, reflect, reflect, reflect and 1992 more): a learner can win without the skill",
        "long.yaml:19:1: warning: the blind strategy "always complex-reflection when offered" reaches the breakthrough "agreed" (choosing reflect, reflect, reflect, reflect, reflect, reflect, reflect, reflect and 1992 more): a learner can win without the skill",
        "long.yaml:19:1: warning: the blind strategy "always a reflection (simple, complex or a summary) when offered" reaches the breakthrough "agreed" (choosing reflect, reflect, reflect, reflect, reflect, reflect, reflect, reflect and 1992 more): a learner can win without the skill",
        "long.yaml:23:9: warning: variant 1 of node "turn-1" is never shown: its condition never holds when the conversation is there, or an earlier variant always wins",
        "long.yaml:39356:3: warning: no path of up to 30 turns reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough",
      ]
    `);
    expect(report.stats?.nodes).toBe(2000);
    expect(report.analysis?.states).toMatchObject({ complete: true });
    expect(report.analysis?.undecided).toEqual([]);
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
        "stranded.yaml:15:1: warning: the blind strategy "always option 1 in file order" reaches the breakthrough "agreed" (choosing ask): a learner can win without the skill",
        "stranded.yaml:15:1: warning: the blind strategy "always open-question when offered" reaches the breakthrough "agreed" (choosing ask): a learner can win without the skill",
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
            "stats": null,
            "probes": null
          },
          {
            "file": "sound.yaml",
            "id": "sound",
            "errors": [],
            "warnings": [
              {
                "line": 15,
                "column": 1,
                "path": [
                  "nodes"
                ],
                "message": "the blind strategy \\"always option 1 in file order\\" reaches the breakthrough \\"agreed\\" (choosing open, deep, hold, sum): a learner can win without the skill",
                "reason": "analysis"
              },
              {
                "line": 15,
                "column": 1,
                "path": [
                  "nodes"
                ],
                "message": "the blind strategy \\"always option 2 in file order\\" reaches the breakthrough \\"agreed\\" (choosing closed, insist, praise, together): a learner can win without the skill",
                "reason": "analysis"
              },
              {
                "line": 15,
                "column": 1,
                "path": [
                  "nodes"
                ],
                "message": "the blind strategy \\"always set-boundary when offered\\" reaches the breakthrough \\"agreed\\" (choosing open, early-line, hold, sum): a learner can win without the skill",
                "reason": "analysis"
              },
              {
                "line": 15,
                "column": 1,
                "path": [
                  "nodes"
                ],
                "message": "the blind strategy \\"always a reflection (simple, complex or a summary) when offered\\" reaches the breakthrough \\"agreed\\" (choosing open, deep, hold, sum): a learner can win without the skill",
                "reason": "analysis"
              },
              {
                "line": 15,
                "column": 1,
                "path": [
                  "nodes"
                ],
                "message": "the blind strategy \\"always the longest option\\" reaches the breakthrough \\"agreed\\" (choosing push, deep, hold, sum): a learner can win without the skill",
                "reason": "analysis"
              },
              {
                "line": 15,
                "column": 1,
                "path": [
                  "nodes"
                ],
                "message": "the blind strategy \\"always the most second-person words\\" reaches the breakthrough \\"agreed\\" (choosing push, deep, hold, sum): a learner can win without the skill",
                "reason": "analysis"
              },
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
            },
            "probes": {
              "position": [
                {
                  "position": 1,
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "open",
                    "deep",
                    "hold",
                    "sum"
                  ]
                },
                {
                  "position": 2,
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "closed",
                    "insist",
                    "praise",
                    "together"
                  ]
                },
                {
                  "position": 3,
                  "ending": "walkout",
                  "outcome": "escalation",
                  "end": "ending",
                  "path": [
                    "push",
                    "early-line",
                    "shrug-off",
                    "blame"
                  ]
                }
              ],
              "move": [
                {
                  "move": "open-question",
                  "taken": 1,
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "open",
                    "deep",
                    "hold",
                    "sum"
                  ]
                },
                {
                  "move": "complex-reflection",
                  "taken": 1,
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "open",
                    "deep",
                    "hold",
                    "sum"
                  ]
                },
                {
                  "move": "summarize",
                  "taken": 1,
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "open",
                    "deep",
                    "hold",
                    "sum"
                  ]
                },
                {
                  "move": "affirm",
                  "taken": 1,
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "open",
                    "deep",
                    "praise",
                    "sum"
                  ]
                },
                {
                  "move": "seek-collaboration",
                  "taken": 1,
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "open",
                    "deep",
                    "hold",
                    "together"
                  ]
                },
                {
                  "move": "closed-question",
                  "taken": 1,
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "closed",
                    "deep",
                    "hold",
                    "sum"
                  ]
                },
                {
                  "move": "persuade",
                  "taken": 1,
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "push",
                    "deep",
                    "hold",
                    "sum"
                  ]
                },
                {
                  "move": "confront",
                  "taken": 1,
                  "ending": "parted",
                  "outcome": "stalemate",
                  "end": "ending",
                  "path": [
                    "open",
                    "deep",
                    "hold",
                    "blame"
                  ]
                },
                {
                  "move": "insist",
                  "taken": 1,
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "open",
                    "insist",
                    "hold",
                    "sum"
                  ]
                },
                {
                  "move": "dismiss",
                  "taken": 1,
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "open",
                    "deep",
                    "shrug-off",
                    "sum"
                  ]
                },
                {
                  "move": "set-boundary",
                  "taken": 2,
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "open",
                    "early-line",
                    "hold",
                    "sum"
                  ]
                }
              ],
              "kind": [
                {
                  "kind": "reflection",
                  "taken": 2,
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "open",
                    "deep",
                    "hold",
                    "sum"
                  ]
                }
              ],
              "wording": [
                {
                  "rule": "longest",
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "push",
                    "deep",
                    "hold",
                    "sum"
                  ]
                },
                {
                  "rule": "second-person",
                  "ending": "agreed",
                  "outcome": "breakthrough",
                  "end": "ending",
                  "path": [
                    "push",
                    "deep",
                    "hold",
                    "sum"
                  ]
                }
              ],
              "random": {
                "breakthrough": 0.6666666666666666,
                "partial": 0,
                "stalemate": 0.30864197530864196,
                "escalation": 0.024691358024691357,
                "unended": 0,
                "unexplored": 0,
                "exact": true
              },
              "complete": true
            }
          }
        ]
      }"
    `);
  });
});

import { describe, expect, it } from 'vitest';
import { fixtureScenario } from '../../test/load-fixture.js';
import type { ScenarioProblem } from '../problem.js';
import { analyzeScenario } from './analyze-scenario.js';

/** One line per problem: severity, where in the document, and the message. */
const summary = (problems: readonly ScenarioProblem[]): string[] =>
  problems.map((p) => `${p.severity} ${p.path.join('.')}: ${p.message}`);

const analyse = (name: string) => analyzeScenario(fixtureScenario('analyze', name));

describe('analyzeScenario', () => {
  it('finds nodes and endings that nothing leads to', () => {
    expect(summary(analyse('unreachable').problems)).toMatchInlineSnapshot(`
      [
        "error nodes.orphan: node "orphan" is never reached: no path of options leads to it from the start node "opening"",
        "error endings.lost: ending "lost" is never reached: no path of options leads to it",
        "warning endings.agreed: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough",
        "warning nodes: the blind strategy "always option 1 in file order" reaches the breakthrough "agreed" (choosing ask): a learner can win without the skill",
        "warning nodes: the blind strategy "always open-question when offered" reaches the breakthrough "agreed" (choosing ask): a learner can win without the skill",
        "warning nodes.orphan.options: every option at node "orphan" is neutral: the learner cannot try another approach",
      ]
    `);
  });

  it('finds nodes from which no ending can be reached', () => {
    expect(summary(analyse('trap').problems)).toMatchInlineSnapshot(`
      [
        "error nodes.circle: node "circle" is a trap: no ending can be reached from it, every path loops back",
        "error nodes.square: node "square" is a trap: no ending can be reached from it, every path loops back",
        "warning endings.agreed: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough",
        "warning nodes: the blind strategy "always option 1 in file order" reaches the breakthrough "agreed" (choosing ask): a learner can win without the skill",
        "warning nodes: the blind strategy "always open-question when offered" reaches the breakthrough "agreed" (choosing ask): a learner can win without the skill",
        "warning nodes.opening.options: every option at node "opening" is listening: the learner cannot try another approach",
        "warning nodes.circle.options: every option at node "circle" is listening: the learner cannot try another approach",
      ]
    `);
  });

  it('finds a trap that only the meters close', () => {
    expect(summary(analyse('meter-trap').problems)).toMatchInlineSnapshot(`
      [
        "error nodes.stuck: node "stuck" is a trap with resistance 60 and trust 44 (after choosing push): no ending can be reached from there",
        "warning endings.agreed: no path of up to 30 turns reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough",
        "warning nodes: the blind strategy "always option 1 in file order" reaches the breakthrough "agreed" (choosing ask, settle): a learner can win without the skill",
        "warning nodes: the blind strategy "always open-question when offered" reaches the breakthrough "agreed" (choosing ask, settle): a learner can win without the skill",
        "warning nodes: the blind strategy "always seek-collaboration when offered" reaches the breakthrough "agreed" (choosing ask, settle): a learner can win without the skill",
      ]
    `);
  });

  it('finds a node where, with some meters, no option is offered', () => {
    expect(summary(analyse('dead-end').problems)).toMatchInlineSnapshot(`
      [
        "error nodes.offer.options: node "offer" is a dead end with resistance 60 and trust 44 (after choosing push): no option is offered, so the learner is stuck",
        "warning endings.agreed: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough",
        "warning nodes: the blind strategy "always option 1 in file order" reaches the breakthrough "agreed" (choosing ask, pilot): a learner can win without the skill",
        "warning nodes: the blind strategy "always open-question when offered" reaches the breakthrough "agreed" (choosing ask, pilot): a learner can win without the skill",
        "warning nodes: the blind strategy "always seek-collaboration when offered" reaches the breakthrough "agreed" (choosing ask, pilot): a learner can win without the skill",
        "warning nodes: the blind strategy "always emphasize-autonomy when offered" reaches the breakthrough "agreed" (choosing ask, choose): a learner can win without the skill",
        "warning nodes.offer.options: every option at node "offer" is listening: the learner cannot try another approach",
      ]
    `);
  });

  it('warns about options never offered and variants never shown', () => {
    expect(summary(analyse('conditions').problems)).toMatchInlineSnapshot(`
      [
        "warning nodes.opening.options.2.when: option "late" at node "opening" is never offered: its condition never holds when the conversation is there",
        "warning nodes.opening.options.3.when: option "odd" at node "opening" is never offered: its condition cannot hold for meters from 0 to 100",
        "warning nodes.opening.variants.1.when: variant 2 of node "opening" is never shown: its condition never holds when the conversation is there, or an earlier variant always wins",
        "warning nodes.opening.variants.2.when: variant 3 of node "opening" is never shown: its condition cannot hold for meters from 0 to 100",
        "warning endings.agreed: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough",
        "warning nodes: the blind strategy "always option 1 in file order" reaches the breakthrough "agreed" (choosing ask): a learner can win without the skill",
        "warning nodes: the blind strategy "always open-question when offered" reaches the breakthrough "agreed" (choosing ask): a learner can win without the skill",
      ]
    `);
  });

  it('warns about a node with one option and a node with one family', () => {
    expect(summary(analyse('quality').problems)).toMatchInlineSnapshot(`
      [
        "warning endings: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough: the scenario has no breakthrough ending",
        "warning nodes.opening.options: node "opening" has only one option: the learner has no choice",
        "warning nodes.middle.options: every option at node "middle" is insistence: the learner cannot try another approach",
      ]
    `);
  });

  it('warns when pure insistence reaches a breakthrough', () => {
    const analysis = analyse('insistence-wins');
    expect(analysis.pureInsistencePath).toEqual(['push']);
    expect(summary(analysis.problems)).toMatchInlineSnapshot(`
      [
        "warning endings.agreed: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough",
        "warning endings.agreed: pure insistence reaches the breakthrough "agreed" (choosing push): pushing should not win",
        "warning nodes: the blind strategy "always option 2 in file order" reaches the breakthrough "agreed" (choosing push): a learner can win without the skill",
        "warning nodes: the blind strategy "always insist when offered" reaches the breakthrough "agreed" (choosing push): a learner can win without the skill",
        "warning nodes: the blind strategy "always the longest option" reaches the breakthrough "agreed" (choosing push): a learner can win without the skill",
        "warning nodes: the blind strategy "always the most second-person words" reaches the breakthrough "agreed" (choosing push): a learner can win without the skill",
      ]
    `);
  });

  it('accepts a breakthrough reached by a boundary at a non-negotiable moment', () => {
    const analysis = analyse('boundary-wins');
    expect(analysis.pureInsistencePath).toBeNull();
    expect(summary(analysis.problems)).toMatchInlineSnapshot(`
      [
        "warning endings.agreed: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough",
        "warning nodes: the blind strategy "always option 1 in file order" reaches the breakthrough "agreed" (choosing hold): a learner can win without the skill",
        "warning nodes: the blind strategy "always set-boundary when offered" reaches the breakthrough "agreed" (choosing hold): a learner can win without the skill",
        "warning nodes: the blind strategy "always the longest option" reaches the breakthrough "agreed" (choosing hold): a learner can win without the skill",
      ]
    `);
  });

  it('replays golden transcripts and says which choice, ending or bound fails', () => {
    expect(
      summary(analyse('golden').problems.filter((p) => p.reason === 'golden')),
    ).toMatchInlineSnapshot(`
      [
        "error tests.1.choices.1: test "A misspelled choice": choice 2 "hodl" is not an option at node "story" (its options: hold, reflect)",
        "error tests.2.choices.0: test "A choice not offered yet": choice 1 "extra" is not offered at node "opening" with resistance 60 and trust 40",
        "error tests.3.choices.2: test "A choice after the end": choice 3 "hold" comes after the conversation ended at "shrug"",
        "error tests.4.ending: test "Pushing first still wins" ends at "shrug" (stalemate), not at "agreed"",
        "error tests.5.ending: test "Stops half way" stops at node "story" before any ending; it should end at "agreed"",
        "error tests.6.expect.listeningRatio.min: test "Scores beyond the path": the listening ratio is 0.67, below the minimum 0.80",
        "error tests.6.expect.reflectionToQuestion.min: test "Scores beyond the path": the reflection-to-question ratio is 1:1, below the minimum 2:1",
        "error tests.6.expect.turns.max: test "Scores beyond the path": the number of turns is 3, above the maximum 2",
        "error tests.7.kind: test "Said to be pure insistence, though it wins" is a pure-insistence conversation but names "agreed", a breakthrough; a pure-insistence conversation ends in escalation or stalemate",
      ]
    `);
  });

  it('reports the facts of a sound scenario and no problems', () => {
    const analysis = analyzeScenario(fixtureScenario('score', 'four-steps'));
    expect(analysis).toMatchInlineSnapshot(`
      {
        "goodMitiPath": null,
        "listeningRatio": {
          "best": 1,
          "worst": 0,
        },
        "outcomes": [
          "breakthrough",
          "stalemate",
          "escalation",
        ],
        "pathsComplete": true,
        "probes": {
          "complete": true,
          "kind": [
            {
              "end": "ending",
              "ending": "agreed",
              "kind": "reflection",
              "outcome": "breakthrough",
              "path": [
                "open",
                "deep",
                "hold",
                "sum",
              ],
              "taken": 2,
            },
          ],
          "move": [
            {
              "end": "ending",
              "ending": "agreed",
              "move": "open-question",
              "outcome": "breakthrough",
              "path": [
                "open",
                "deep",
                "hold",
                "sum",
              ],
              "taken": 1,
            },
            {
              "end": "ending",
              "ending": "agreed",
              "move": "complex-reflection",
              "outcome": "breakthrough",
              "path": [
                "open",
                "deep",
                "hold",
                "sum",
              ],
              "taken": 1,
            },
            {
              "end": "ending",
              "ending": "agreed",
              "move": "summarize",
              "outcome": "breakthrough",
              "path": [
                "open",
                "deep",
                "hold",
                "sum",
              ],
              "taken": 1,
            },
            {
              "end": "ending",
              "ending": "agreed",
              "move": "affirm",
              "outcome": "breakthrough",
              "path": [
                "open",
                "deep",
                "praise",
                "sum",
              ],
              "taken": 1,
            },
            {
              "end": "ending",
              "ending": "agreed",
              "move": "seek-collaboration",
              "outcome": "breakthrough",
              "path": [
                "open",
                "deep",
                "hold",
                "together",
              ],
              "taken": 1,
            },
            {
              "end": "ending",
              "ending": "agreed",
              "move": "closed-question",
              "outcome": "breakthrough",
              "path": [
                "closed",
                "deep",
                "hold",
                "sum",
              ],
              "taken": 1,
            },
            {
              "end": "ending",
              "ending": "agreed",
              "move": "persuade",
              "outcome": "breakthrough",
              "path": [
                "push",
                "deep",
                "hold",
                "sum",
              ],
              "taken": 1,
            },
            {
              "end": "ending",
              "ending": "parted",
              "move": "confront",
              "outcome": "stalemate",
              "path": [
                "open",
                "deep",
                "hold",
                "blame",
              ],
              "taken": 1,
            },
            {
              "end": "ending",
              "ending": "agreed",
              "move": "insist",
              "outcome": "breakthrough",
              "path": [
                "open",
                "insist",
                "hold",
                "sum",
              ],
              "taken": 1,
            },
            {
              "end": "ending",
              "ending": "agreed",
              "move": "dismiss",
              "outcome": "breakthrough",
              "path": [
                "open",
                "deep",
                "shrug-off",
                "sum",
              ],
              "taken": 1,
            },
            {
              "end": "ending",
              "ending": "agreed",
              "move": "set-boundary",
              "outcome": "breakthrough",
              "path": [
                "open",
                "early-line",
                "hold",
                "sum",
              ],
              "taken": 2,
            },
          ],
          "position": [
            {
              "end": "ending",
              "ending": "agreed",
              "outcome": "breakthrough",
              "path": [
                "open",
                "deep",
                "hold",
                "sum",
              ],
              "position": 1,
            },
            {
              "end": "ending",
              "ending": "agreed",
              "outcome": "breakthrough",
              "path": [
                "closed",
                "insist",
                "praise",
                "together",
              ],
              "position": 2,
            },
            {
              "end": "ending",
              "ending": "walkout",
              "outcome": "escalation",
              "path": [
                "push",
                "early-line",
                "shrug-off",
                "blame",
              ],
              "position": 3,
            },
          ],
          "random": {
            "breakthrough": 0.6666666666666666,
            "escalation": 0.024691358024691357,
            "exact": true,
            "partial": 0,
            "stalemate": 0.30864197530864196,
            "unended": 0,
            "unexplored": 0,
          },
          "wording": [
            {
              "end": "ending",
              "ending": "agreed",
              "outcome": "breakthrough",
              "path": [
                "push",
                "deep",
                "hold",
                "sum",
              ],
              "rule": "longest",
            },
            {
              "end": "ending",
              "ending": "agreed",
              "outcome": "breakthrough",
              "path": [
                "push",
                "deep",
                "hold",
                "sum",
              ],
              "rule": "second-person",
            },
          ],
        },
        "problems": [
          {
            "column": 0,
            "file": "four-steps",
            "line": 0,
            "message": "no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough",
            "path": [
              "endings",
              "agreed",
            ],
            "reason": "analysis",
            "severity": "warning",
          },
          {
            "column": 0,
            "file": "four-steps",
            "line": 0,
            "message": "the blind strategy "always option 1 in file order" reaches the breakthrough "agreed" (choosing open, deep, hold, sum): a learner can win without the skill",
            "path": [
              "nodes",
            ],
            "reason": "analysis",
            "severity": "warning",
          },
          {
            "column": 0,
            "file": "four-steps",
            "line": 0,
            "message": "the blind strategy "always option 2 in file order" reaches the breakthrough "agreed" (choosing closed, insist, praise, together): a learner can win without the skill",
            "path": [
              "nodes",
            ],
            "reason": "analysis",
            "severity": "warning",
          },
          {
            "column": 0,
            "file": "four-steps",
            "line": 0,
            "message": "the blind strategy "always set-boundary when offered" reaches the breakthrough "agreed" (choosing open, early-line, hold, sum): a learner can win without the skill",
            "path": [
              "nodes",
            ],
            "reason": "analysis",
            "severity": "warning",
          },
          {
            "column": 0,
            "file": "four-steps",
            "line": 0,
            "message": "the blind strategy "always a reflection (simple, complex or a summary) when offered" reaches the breakthrough "agreed" (choosing open, deep, hold, sum): a learner can win without the skill",
            "path": [
              "nodes",
            ],
            "reason": "analysis",
            "severity": "warning",
          },
          {
            "column": 0,
            "file": "four-steps",
            "line": 0,
            "message": "the blind strategy "always the longest option" reaches the breakthrough "agreed" (choosing push, deep, hold, sum): a learner can win without the skill",
            "path": [
              "nodes",
            ],
            "reason": "analysis",
            "severity": "warning",
          },
          {
            "column": 0,
            "file": "four-steps",
            "line": 0,
            "message": "the blind strategy "always the most second-person words" reaches the breakthrough "agreed" (choosing push, deep, hold, sum): a learner can win without the skill",
            "path": [
              "nodes",
            ],
            "reason": "analysis",
            "severity": "warning",
          },
        ],
        "pureInsistencePath": null,
        "shortestPaths": {
          "agreed": [
            "open",
            "deep",
            "hold",
            "sum",
          ],
          "parted": [
            "open",
            "deep",
            "hold",
            "blame",
          ],
          "walkout": [
            "push",
            "insist",
            "shrug-off",
            "blame",
          ],
        },
        "states": {
          "complete": true,
          "explored": 45,
          "merged": [
            "trust",
          ],
        },
        "undecided": [],
      }
    `);
  });

  it('stops at the state budget and names every question it did not decide', () => {
    const analysis = analyzeScenario(fixtureScenario('analyze', 'unreachable'), {
      stateBudget: 2,
    });
    expect(analysis.states).toEqual({ explored: 3, complete: false, merged: ['trust'] });
    expect(summary(analysis.problems)).toMatchInlineSnapshot(`
      [
        "warning : the walk stopped at its budget of 2 states, 3 met: 4 questions are not decided, each named below",
        "warning nodes: not decided: which nodes are traps or dead ends with meters met past the first 2 states (those reported are proven)",
        "warning endings: not decided: whether pure insistence reaches a breakthrough",
        "warning bands: not decided: the best and worst listening ratio at an ending",
        "warning endings: not decided: whether a path reaches the good MITI thresholds and a breakthrough",
        "error nodes.orphan: node "orphan" is never reached: no path of options leads to it from the start node "opening"",
        "error endings.lost: ending "lost" is never reached: no path of options leads to it",
        "warning nodes: the blind strategy "always option 1 in file order" reaches the breakthrough "agreed" (choosing ask): a learner can win without the skill",
        "warning nodes: the blind strategy "always open-question when offered" reaches the breakthrough "agreed" (choosing ask): a learner can win without the skill",
        "warning nodes.orphan.options: every option at node "orphan" is neutral: the learner cannot try another approach",
      ]
    `);
    expect(analysis.undecided).toMatchInlineSnapshot(`
      [
        "which nodes are traps or dead ends with meters met past the first 2 states (those reported are proven)",
        "whether pure insistence reaches a breakthrough",
        "the best and worst listening ratio at an ending",
        "whether a path reaches the good MITI thresholds and a breakthrough",
      ]
    `);
  });

  it('names the nodes, options and strategies a budget left open, a few by name', () => {
    const analysis = analyzeScenario(fixtureScenario('analyze', 'tell-me-more'), {
      stateBudget: 40,
    });
    expect(analysis.states.complete).toBe(false);
    expect(analysis.undecided).toMatchInlineSnapshot(`
      [
        "whether nodes "offer-idea", "her-terms", "asked-twice", "the-catch" can be reached",
        "whether endings "co-designed-pilot", "tolerated-trial" can be reached",
        "which nodes are traps or dead ends with meters met past the first 40 states (those reported are proven)",
        "whether variant 1 of "the-cost", 2 of "the-cost", 1 of "still-sceptical", 2 of "still-sceptical", 1 of "cold-shoulder", 1 of "ask-ideas" and 5 more is ever shown",
        "whether pure insistence reaches a breakthrough",
        "the best and worst listening ratio at an ending",
        "whether a path reaches the good MITI thresholds and a breakthrough",
        "where "always option 2 in file order" ends",
        "where "always option 4 in file order" ends",
        "where "always option 5 in file order" ends",
        "where "always option 6 in file order" ends",
        "where "always open-question when offered" ends",
        "where "always complex-reflection when offered" ends",
        "where "always a reflection (simple, complex or a summary) when offered" ends",
        "where "always the longest option" ends",
        "the random learner's odds (80.8% of them go past the states walked)",
      ]
    `);
  });

  it('checks a scenario whose "tell me more" loops on itself exactly, with no warning', () => {
    // Asking again moves the meters each time round, so the loop makes thousands of states: the
    // 5,000-state cap this replaced called the analysis partial and skipped the MITI check.
    const analysis = analyse('tell-me-more');
    expect(analysis.states.complete).toBe(true);
    expect(analysis.states.explored).toBeGreaterThan(5000);
    expect(analysis.undecided).toEqual([]);
    expect(analysis.pathsComplete).toBe(true);
    expect(analysis.goodMitiPath).not.toBeNull();
    expect(summary(analysis.problems)).toEqual([]);
    expect(analysis.probes.random.exact).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { largeScenarioYaml } from '../../test/large-scenario.js';
import { formatProblem } from '../problem.js';
import { loadScenario } from './load-scenario.js';
import type { LoadResult } from './types.js';

/** Reads `test/fixtures/load/<name>` (with its extension) as text. */
function fixtureText(name: string): string {
  const url = new URL(`../../test/fixtures/load/${name}`, import.meta.url);
  return readFileSync(fileURLToPath(url), 'utf8');
}

function loadFixture(name: string): LoadResult {
  return loadScenario(fixtureText(name), name);
}

function problemsOf(name: string): LoadResult['problems'] {
  const result = loadFixture(name);
  expect(result.ok).toBe(false);
  return result.problems;
}

describe('loadScenario: valid files', () => {
  it('loads a minimal scenario and fills in the defaults', () => {
    const result = loadFixture('minimal.yaml');
    expect(result.problems).toEqual([]);
    if (!result.ok) throw new Error('expected the minimal scenario to load');
    expect(result.scenario.id).toBe('minimal');
    expect(result.scenario.meters).toEqual({});
    expect(result.scenario.reactance).toEqual({ threshold: 70, resistance: 6, trust: -4 });
    expect(result.scenario.nodes.opening?.variants).toEqual([]);
  });

  it('loads the same scenario written as JSON', () => {
    const result = loadFixture('minimal.json');
    expect(result.problems).toEqual([]);
    expect(result.ok && result.scenario.id).toBe('minimal-json');
    expect(result.locate(['nodes', 'opening', 'options', 0, 'next'])).toEqual({
      line: 27,
      column: 19,
    });
  });
});

describe('loadScenario: syntax', () => {
  it('explains a colon inside a value', () => {
    expect(problemsOf('syntax-error.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 10,
          "file": "syntax-error.yaml",
          "line": 3,
          "message": "this value contains ": ", which YAML reads as a new key; put the whole value in quotes",
          "path": [],
          "reason": "syntax",
          "severity": "error",
        },
      ]
    `);
  });

  it('refuses a second YAML document', () => {
    expect(problemsOf('two-documents.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "file": "two-documents.yaml",
          "line": 24,
          "message": "a scenario file holds one YAML document, but "---" starts a second one here",
          "path": [],
          "reason": "syntax",
          "severity": "error",
        },
      ]
    `);
  });

  it('refuses JSON that only YAML would accept', () => {
    expect(problemsOf('bad-json.json')).toMatchInlineSnapshot(`
      [
        {
          "column": 26,
          "file": "bad-json.json",
          "line": 4,
          "message": "JSON allows no comma before a closing } or ]",
          "path": [],
          "reason": "syntax",
          "severity": "error",
        },
      ]
    `);
  });

  it('refuses a key written twice in one section', () => {
    expect(problemsOf('duplicate-key.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 3,
          "file": "duplicate-key.yaml",
          "line": 15,
          "message": ""role" appears twice in the same section; each key may appear once",
          "path": [],
          "reason": "syntax",
          "severity": "error",
        },
      ]
    `);
  });

  it('reads a file as JSON when asked, whatever its name', () => {
    const result = loadScenario(fixtureText('minimal.yaml'), 'scenario.txt', { format: 'json' });
    expect(result.ok).toBe(false);
    expect(result.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "scenario.txt:1:1: error: this is not valid JSON: unexpected token '#'",
      ]
    `);
  });

  it('points at the opening quote of an unclosed quoted text', () => {
    const result = loadScenario('id: x\ntitle: "Two roads\nsummary: s\n', 'quote.yaml');
    expect(result.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "quote.yaml:2:8: error: the quote (") opened here is never closed",
      ]
    `);
  });

  it('says a file with nothing in it is empty', () => {
    expect(
      loadScenario('# only a comment\n', 'empty.yaml').problems.map(formatProblem),
    ).toMatchInlineSnapshot(`
        [
          "empty.yaml:1:1: error: the file is empty; a scenario starts with id, title, summary and so on",
        ]
      `);
  });

  it('reports a list used as a key as a problem, and writes nothing to the terminal', () => {
    // yaml warns on stderr when it turns a list key into text; the problem list says it already.
    const warning = vi.spyOn(process, 'emitWarning');
    const consoleWarn = vi.spyOn(console, 'warn');
    try {
      const { problems } = loadScenario('id: x\n? [a, b]\n: 1\n', 'list-key.yaml');
      expect(problems.map((problem) => problem.message)).toContain(
        'unknown key "[ a, b ]"; a scenario takes id, title, summary, skills, minutes, difficulty, briefing, changeGoal, omit, stakeholder, meters, reactance, bands, start, nodes, endings, tests',
      );
      expect(warning).not.toHaveBeenCalled();
      expect(consoleWarn).not.toHaveBeenCalled();
    } finally {
      warning.mockRestore();
      consoleWarn.mockRestore();
    }
  });
});

describe('loadScenario: schema', () => {
  it('suggests the key an unknown key was meant to be', () => {
    expect(problemsOf('unknown-key.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 5,
          "expected": "says, talk, variants, nonNegotiable, options, order",
          "file": "unknown-key.yaml",
          "found": "optoins",
          "line": 18,
          "message": "unknown key "optoins"",
          "path": [
            "nodes",
            "opening",
            "optoins",
          ],
          "reason": "schema",
          "severity": "error",
          "suggestion": "options",
        },
      ]
    `);
  });

  it('says what was expected and what was found', () => {
    expect(problemsOf('wrong-type.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 10,
          "expected": "a whole number from 1 to 120",
          "file": "wrong-type.yaml",
          "found": ""ten"",
          "line": 5,
          "message": "minutes must be a whole number from 1 to 120, found "ten"",
          "path": [
            "minutes",
          ],
          "reason": "schema",
          "severity": "error",
        },
        {
          "column": 15,
          "expected": "a whole number from 0 to 100",
          "file": "wrong-type.yaml",
          "found": ""high"",
          "line": 16,
          "message": "resistance must be a whole number from 0 to 100, found "high"",
          "path": [
            "meters",
            "resistance",
          ],
          "reason": "schema",
          "severity": "error",
        },
        {
          "column": 10,
          "expected": "a whole number from 0 to 100",
          "file": "wrong-type.yaml",
          "found": "150",
          "line": 17,
          "message": "trust must be a whole number from 0 to 100, found 150",
          "path": [
            "meters",
            "trust",
          ],
          "reason": "schema",
          "severity": "error",
        },
      ]
    `);
  });

  it('lists the moves and suggests the closest', () => {
    expect(problemsOf('bad-move.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 15,
          "expected": "one of open-question, simple-reflection, complex-reflection, summarize, affirm, seek-collaboration, emphasize-autonomy, ask-permission, advise-with-permission, closed-question, give-information, persuade, confront, insist, pull-rank, dismiss, set-boundary",
          "file": "bad-move.yaml",
          "found": ""reflect"",
          "line": 21,
          "message": "move must be one of open-question, simple-reflection, complex-reflection, summarize, affirm, seek-collaboration, emphasize-autonomy, ask-permission, advise-with-permission, closed-question, give-information, persuade, confront, insist, pull-rank, dismiss, set-boundary, found "reflect"",
          "path": [
            "nodes",
            "opening",
            "options",
            0,
            "move",
          ],
          "reason": "schema",
          "severity": "error",
          "suggestion": "simple-reflection",
        },
      ]
    `);
  });

  it('names a missing key at the section that lacks it', () => {
    expect(problemsOf('missing-keys.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "expected": "one of introductory, intermediate, advanced",
          "file": "missing-keys.yaml",
          "found": "nothing",
          "line": 1,
          "message": "the scenario is missing "difficulty": one of introductory, intermediate, advanced",
          "path": [],
          "reason": "schema",
          "severity": "error",
        },
        {
          "column": 1,
          "expected": "text",
          "file": "missing-keys.yaml",
          "found": "nothing",
          "line": 9,
          "message": "stakeholder is missing "role": their job, as they would say it",
          "path": [
            "stakeholder",
          ],
          "reason": "schema",
          "severity": "error",
        },
        {
          "column": 9,
          "expected": "text",
          "file": "missing-keys.yaml",
          "found": "nothing",
          "line": 17,
          "message": "option 1 is missing "coach": the coaching note shown after the choice: name the move and why it lands or backfires",
          "path": [
            "nodes",
            "opening",
            "options",
            0,
          ],
          "reason": "schema",
          "severity": "error",
        },
      ]
    `);
  });
});

describe('loadScenario: MITI codes and talk', () => {
  it('places an unknown talk tag and a misspelled code, each with a did-you-mean', () => {
    expect(problemsOf('bad-codes.yaml').map(formatProblem)).toMatchInlineSnapshot(`
      [
        "bad-codes.yaml:12:11: error: talk must be one of change, sustain, neutral, found "sustian" (did you mean "sustain"?)",
        "bad-codes.yaml:17:17: error: item 1 of codes must be one of giving-information, persuade, persuade-with-permission, question, simple-reflection, complex-reflection, affirm, seeking-collaboration, emphasizing-autonomy, confront, found "complex-reflecton" (did you mean "complex-reflection"?)",
        "bad-codes.yaml:17:36: error: item 2 of codes must be one of giving-information, persuade, persuade-with-permission, question, simple-reflection, complex-reflection, affirm, seeking-collaboration, emphasizing-autonomy, confront, found "open-question"",
      ]
    `);
  });
});

describe('loadScenario: references', () => {
  it('suggests the node a misspelled next meant', () => {
    expect(problemsOf('misspelled-next.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 15,
          "file": "misspelled-next.yaml",
          "found": "the-real-reasn",
          "line": 23,
          "message": "no node or ending is called "the-real-reasn"",
          "path": [
            "nodes",
            "opening",
            "options",
            0,
            "next",
          ],
          "reason": "reference",
          "severity": "error",
          "suggestion": "the-real-reason",
        },
      ]
    `);
  });

  it('checks start and the ending of each golden transcript', () => {
    expect(problemsOf('misspelled-start.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 8,
          "file": "misspelled-start.yaml",
          "found": "openign",
          "line": 15,
          "message": "no node is called "openign"",
          "path": [
            "start",
          ],
          "reason": "reference",
          "severity": "error",
          "suggestion": "opening",
        },
        {
          "column": 13,
          "file": "misspelled-start.yaml",
          "found": "haerd",
          "line": 33,
          "message": "no ending is called "haerd"",
          "path": [
            "tests",
            0,
            "ending",
          ],
          "reason": "reference",
          "severity": "error",
          "suggestion": "heard",
        },
      ]
    `);
  });

  it('refuses meters that were never declared', () => {
    expect(problemsOf('undeclared-meter.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 17,
          "expected": "resistance, trust, openness",
          "file": "undeclared-meter.yaml",
          "found": "trsut",
          "line": 21,
          "message": "no meter is called "trsut"",
          "path": [
            "nodes",
            "opening",
            "variants",
            0,
            "when",
            "trsut",
          ],
          "reason": "reference",
          "severity": "error",
          "suggestion": "trust",
        },
        {
          "column": 20,
          "expected": "resistance, trust, openness",
          "file": "undeclared-meter.yaml",
          "found": "openess",
          "line": 28,
          "message": "no meter is called "openess"",
          "path": [
            "nodes",
            "opening",
            "options",
            0,
            "effects",
            "openess",
          ],
          "reason": "reference",
          "severity": "error",
          "suggestion": "openness",
        },
        {
          "column": 33,
          "expected": "resistance, trust, openness",
          "file": "undeclared-meter.yaml",
          "found": "morale",
          "line": 28,
          "message": "no meter is called "morale"; declare it under meters to add it",
          "path": [
            "nodes",
            "opening",
            "options",
            0,
            "effects",
            "morale",
          ],
          "reason": "reference",
          "severity": "error",
        },
      ]
    `);
  });

  it('refuses two options with one id in a node', () => {
    expect(problemsOf('duplicate-option-id.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 13,
          "file": "duplicate-option-id.yaml",
          "found": "ask",
          "line": 24,
          "message": "option id "ask" is already used by option 1 of this node; option ids must differ within a node",
          "path": [
            "nodes",
            "opening",
            "options",
            1,
            "id",
          ],
          "reason": "reference",
          "severity": "error",
        },
      ]
    `);
  });

  it('refuses a node and an ending that share an id', () => {
    expect(problemsOf('shared-id.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 3,
          "file": "shared-id.yaml",
          "line": 33,
          "message": ""heard" is both a node and an ending; give them different ids",
          "path": [
            "endings",
            "heard",
          ],
          "reason": "reference",
          "severity": "error",
        },
      ]
    `);
  });

  it('keeps a fallback branch last, and only last', () => {
    expect(problemsOf('branches.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 13,
          "file": "branches.yaml",
          "line": 26,
          "message": "the last branch must leave out "when", so the conversation always has somewhere to go",
          "path": [
            "nodes",
            "opening",
            "options",
            0,
            "next",
            1,
            "when",
          ],
          "reason": "reference",
          "severity": "error",
        },
        {
          "column": 13,
          "file": "branches.yaml",
          "line": 33,
          "message": "only the last branch may leave out "when": this one always matches, so the branches after it are never tried",
          "path": [
            "nodes",
            "opening",
            "options",
            1,
            "next",
            0,
          ],
          "reason": "reference",
          "severity": "error",
        },
        {
          "column": 13,
          "file": "branches.yaml",
          "line": 34,
          "message": "the last branch must leave out "when", so the conversation always has somewhere to go",
          "path": [
            "nodes",
            "opening",
            "options",
            1,
            "next",
            1,
            "when",
          ],
          "reason": "reference",
          "severity": "error",
        },
      ]
    `);
  });

  it('refuses a range that can never match', () => {
    expect(problemsOf('impossible-range.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 13,
          "file": "impossible-range.yaml",
          "line": 33,
          "message": "min 80 is greater than max 20, so this can never match",
          "path": [
            "endings",
            "walkout",
            "when",
            "resistance",
          ],
          "reason": "reference",
          "severity": "error",
        },
      ]
    `);
  });

  it('needs at least one node and one ending', () => {
    expect(problemsOf('empty-sections.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "file": "empty-sections.yaml",
          "line": 15,
          "message": "nodes is empty; a scenario needs at least one node",
          "path": [
            "nodes",
          ],
          "reason": "reference",
          "severity": "error",
        },
        {
          "column": 1,
          "file": "empty-sections.yaml",
          "line": 16,
          "message": "endings is empty; a scenario needs at least one ending",
          "path": [
            "endings",
          ],
          "reason": "reference",
          "severity": "error",
        },
      ]
    `);
  });
});

describe('loadScenario: hostile files', () => {
  it('refuses a 20 MB file before reading it', () => {
    const huge = `id: huge\nsummary: ${'a'.repeat(20 * 1024 * 1024)}\n`;
    expect(loadScenario(huge, 'huge.yaml').problems).toMatchInlineSnapshot(`
      [
        {
          "column": 0,
          "file": "huge.yaml",
          "line": 0,
          "message": "the file is at least 20.0 MiB; a scenario file may be at most 2 MiB",
          "path": [],
          "reason": "limit",
          "severity": "error",
        },
      ]
    `);
  });

  it('counts bytes, not characters, against the size limit', () => {
    const result = loadScenario(`title: ${'é'.repeat(60)}\n`, 'accents.yaml', { maxBytes: 100 });
    expect(result.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "accents.yaml: error: the file is 128 bytes; a scenario file may be at most 100 bytes",
      ]
    `);
  });

  it('stops an alias bomb at its first alias', () => {
    expect(problemsOf('alias-bomb.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 8,
          "file": "alias-bomb.yaml",
          "line": 3,
          "message": "the aliases here would expand into far too much data; write the values out instead",
          "path": [],
          "reason": "limit",
          "severity": "error",
        },
      ]
    `);
  });

  it('refuses nesting deeper than 64 levels', () => {
    expect(problemsOf('too-deep.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 129,
          "file": "too-deep.yaml",
          "line": 68,
          "message": "this is nested more than 64 levels deep; a scenario never needs that many",
          "path": [],
          "reason": "limit",
          "severity": "error",
        },
      ]
    `);
  });

  it('refuses thousands of open brackets without parsing them', () => {
    const brackets = `id: deep\nnodes: ${'['.repeat(2 * 1024 * 1024 - 20)}`;
    expect(
      loadScenario(brackets, 'brackets.yaml').problems.map(formatProblem),
    ).toMatchInlineSnapshot(`
      [
        "brackets.yaml:2:79: error: this is nested more than 64 levels deep; a scenario never needs that many",
      ]
    `);
  });

  it('refuses thousands of nested list items on one line', () => {
    const items = `skills:\n  ${'- '.repeat(500_000)}x\n`;
    expect(loadScenario(items, 'items.yaml').problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "items.yaml:2:1000003: error: this is nested more than 64 levels deep; a scenario never needs that many",
      ]
    `);
  });

  it('stops reading a file with far more pieces than any scenario', () => {
    const many = `skills: [${'a,'.repeat(250_000)}]\n`;
    expect(loadScenario(many, 'many.yaml').problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "many.yaml:1:400006: error: the file holds more than 600,000 keys, values and marks by here; a scenario never needs that many",
      ]
    `);
  }, 60_000);

  it('loads a legitimately long scenario: 2,000 nodes and 6,000 options', () => {
    const text = largeScenarioYaml(2000);
    expect(text.length).toBeGreaterThan(1_000_000);
    const result = loadScenario(text, 'long.yaml');
    expect(result.problems).toEqual([]);
    expect(result.ok && Object.keys(result.scenario.nodes)).toHaveLength(2000);
  }, 60_000);

  it('finds a duplicate key among thousands', () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `k${i}: v`).join('\n');
    expect(
      loadScenario(`${keys}\nk7: again\n`, 'keys.yaml').problems.map(formatProblem),
    ).toMatchInlineSnapshot(`
        [
          "keys.yaml:5001:1: error: "k7" appears twice in the same section; each key may appear once",
        ]
      `);
  });

  it('refuses nesting that only grows too deep once aliases are expanded', () => {
    const anchored = `a: &deep ${'['.repeat(40)}x${']'.repeat(40)}\n`;
    const keys = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    const text = `${anchored}b:\n${keys.replace(/^/gm, '  ')} *deep\n`;
    expect(loadScenario(text, 'expanded.yaml').problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "expanded.yaml:1:33: error: this is nested more than 64 levels deep; a scenario never needs that many",
      ]
    `);
  });

  it('refuses an alias inside its own anchor, and an alias to nothing', () => {
    const text = 'id: &loop [a, *loop]\ntitle: *missing\n';
    expect(loadScenario(text, 'aliases.yaml').problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "aliases.yaml:1:15: error: the alias *loop sits inside &loop itself, so it would repeat forever",
        "aliases.yaml:2:8: error: the alias *missing refers to no anchor &missing above it",
      ]
    `);
  });

  it('reports __proto__ and constructor keys as unknown, and pollutes nothing', () => {
    expect(problemsOf('proto-key.yaml')).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "expected": "id, title, summary, skills, minutes, difficulty, briefing, changeGoal, omit, stakeholder, meters, reactance, bands, start, nodes, endings, tests",
          "file": "proto-key.yaml",
          "found": "__proto__",
          "line": 7,
          "message": "unknown key "__proto__"; a scenario takes id, title, summary, skills, minutes, difficulty, briefing, changeGoal, omit, stakeholder, meters, reactance, bands, start, nodes, endings, tests",
          "path": [
            "__proto__",
          ],
          "reason": "schema",
          "severity": "error",
        },
        {
          "column": 3,
          "expected": "name, role, cares, history, sensitivity",
          "file": "proto-key.yaml",
          "found": "constructor",
          "line": 17,
          "message": "unknown key "constructor"; stakeholder takes name, role, cares, history, sensitivity",
          "path": [
            "stakeholder",
            "constructor",
          ],
          "reason": "schema",
          "severity": "error",
        },
        {
          "column": 3,
          "file": "proto-key.yaml",
          "found": "__proto__",
          "line": 27,
          "message": ""__proto__" is not a valid id: use lowercase words joined by hyphens, like "ask-about-her-week"",
          "path": [
            "nodes",
            "__proto__",
          ],
          "reason": "schema",
          "severity": "error",
        },
      ]
    `);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports a __proto__ id written through an alias', () => {
    const text = 'id: x\ntitle: &key __proto__\nnodes:\n  ? *key\n  : { says: hello }\n';
    const problems = loadScenario(text, 'alias-key.yaml').problems.map(formatProblem);
    expect(problems.filter((problem) => problem.includes('__proto__'))).toMatchInlineSnapshot(`
      [
        "alias-key.yaml:4:5: error: "__proto__" is not a valid id: use lowercase words joined by hyphens, like "ask-about-her-week"",
      ]
    `);
  });

  it('treats constructor and prototype as ids that do not exist', () => {
    expect(problemsOf('prototype-ids.yaml').map(formatProblem)).toMatchInlineSnapshot(`
      [
        "prototype-ids.yaml:23:15: error: no node or ending is called "constructor"",
        "prototype-ids.yaml:28:15: error: no node or ending is called "prototype"",
      ]
    `);
  });
});

describe('loadScenario: any input', () => {
  const wellFormed = (result: LoadResult): void => {
    for (const problem of result.problems) {
      expect(problem.line).toBeGreaterThanOrEqual(0);
      expect(problem.column).toBeGreaterThanOrEqual(0);
      expect(problem.message.length).toBeGreaterThan(0);
      if (result.ok) expect(problem.severity).toBe('warning');
    }
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
  };

  it('never throws on arbitrary text, and places every problem', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.boolean(), (text, json) => {
        wellFormed(loadScenario(text, json ? 'any.json' : 'any.yaml'));
      }),
    );
  }, 60_000);

  const pieces = [
    ':',
    ': ',
    '- ',
    '[',
    ']',
    '{',
    '}',
    '"',
    "'",
    '&a ',
    '*a',
    '\n',
    '  ',
    '\t',
    '#',
    '---\n',
    '!!str ',
    '|\n',
    '? ',
    ',',
    '__proto__: 1\n',
    'constructor',
    '\\',
    '%',
    '@',
  ];
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 30 }),
    insert: fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })),
  });

  it('never throws on a valid file with random edits, and places every problem', () => {
    const base = fixtureText('misspelled-next.yaml').replace('the-real-reasn', 'the-real-reason');
    expect(loadScenario(base, 'base.yaml').ok).toBe(true);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = base;
        for (const { at, remove, insert } of edits) {
          const index = at % (text.length + 1);
          text = text.slice(0, index) + insert + text.slice(index + remove);
        }
        wellFormed(loadScenario(text, 'edited.yaml'));
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

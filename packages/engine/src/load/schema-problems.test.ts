import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../problem.js';
import { loadScenario } from './load-scenario.js';

const minimal = readFileSync(
  fileURLToPath(new URL('../../test/fixtures/load/minimal.yaml', import.meta.url)),
  'utf8',
);

/** The minimal fixture with one line swapped, loaded, as formatted problems. */
function withLine(from: string, to: string): string[] {
  expect(minimal).toContain(from);
  return loadScenario(minimal.replace(from, to), 'edited.yaml').problems.map(formatProblem);
}

describe('schema problems in words', () => {
  it('says next takes an id or a list of branches', () => {
    expect(withLine('next: heard', 'next: 42')).toMatchInlineSnapshot(`
      [
        "edited.yaml:24:15: error: next must be a node or ending id, or a list of branches, found 42",
      ]
    `);
  });

  it('counts what a list holds in its own words', () => {
    expect(withLine('next: heard', 'next: []')).toMatchInlineSnapshot(`
      [
        "edited.yaml:24:9: error: next must have at least 1 branch, found 0",
      ]
    `);
    expect(
      withLine('skills: [listening]', 'skills: [a, b, c, d, e, f, g, h, i]'),
    ).toMatchInlineSnapshot(`
      [
        "edited.yaml:5:1: error: skills must have at most 8 skills, found 9",
      ]
    `);
  });

  it('suggests an id for words typed as an id', () => {
    expect(withLine('id: minimal', 'id: Bad Id')).toMatchInlineSnapshot(`
      [
        "edited.yaml:2:5: error: id must be an id of lowercase words joined by hyphens, like "ask-about-her-week", found "Bad Id" (did you mean "bad-id"?)",
      ]
    `);
    expect(withLine('nodes:', 'meters:\n  Openness: 5\nnodes:')).toMatchInlineSnapshot(`
      [
        "edited.yaml:17:3: error: "Openness" is not a valid id: use lowercase words joined by hyphens, like "ask-about-her-week" (did you mean "openness"?)",
      ]
    `);
  });

  it('asks for a whole number where only whole numbers make sense', () => {
    expect(withLine('minutes: 1', 'minutes: 2.5')).toMatchInlineSnapshot(`
      [
        "edited.yaml:6:10: error: minutes must be a whole number from 1 to 120, found 2.5",
      ]
    `);
  });

  it('names the kind of value found where text belongs', () => {
    expect(
      withLine('  goal: Find out why.', '  goal:\n    - find out why\n    - fix it'),
    ).toMatchInlineSnapshot(`
      [
        "edited.yaml:10:3: error: goal must be text, found a list",
      ]
    `);
  });

  it('says a file that is not a section of keys is not a scenario', () => {
    expect(loadScenario('hello', 'x.yaml').problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "x.yaml:1:1: error: the scenario must be a section with keys like id, title, summary, skills, found "hello"",
      ]
    `);
  });
});

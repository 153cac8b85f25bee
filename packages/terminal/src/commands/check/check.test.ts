import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, PACKAGE_DIR, runCli } from '../../../test/run-cli.js';

let temp: string;
beforeAll(async () => {
  process.chdir(PACKAGE_DIR);
  temp = await mkdtemp(join(tmpdir(), 'rapport-check-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

const check = (name: string) => runCli('check', fixture('check', `${name}.yaml`));

describe('rapport check', () => {
  it('checks the 16-node scenario with a "tell me more" self-loop exactly, with no warning', async () => {
    // 5,459 (node, meters) states, past the old cap of 5,000 that called it partial; the move
    // coder's lint runs too (this is the command, not the analysis alone).
    const result = await runCli(
      'check',
      join('..', 'engine', 'test', 'fixtures', 'analyze', 'tell-me-more.yaml'),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 file checked: 0 errors, 0 warnings');
    expect(result.stdout).not.toContain('warning:');
  });

  it('passes a clean file with exit 0', async () => {
    expect(await check('clean')).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "test/fixtures/check/clean.yaml:15:1: warning: the blind strategy "always option 1 in file order" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/clean.yaml:15:1: warning: the blind strategy "always complex-reflection when offered" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/clean.yaml:15:1: warning: the blind strategy "always a reflection (simple, complex or a summary) when offered" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/clean.yaml:15:1: warning: the blind strategy "always the longest option" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/clean.yaml:56:3: warning: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough
      test/fixtures/check/clean.yaml: blind strategies (for a move: the best outcome, choosing freely where it is not offered)
        always                           outcome       ending    choices
        option 1 in file order           breakthrough  welcomed  3
        option 2 in file order           stalemate     shrugged  1
        open-question when offered       breakthrough  welcomed  3 (1 that move)
        complex-reflection when offered  breakthrough  welcomed  3 (2 that move)
        persuade when offered            stalemate     shrugged  1 (1 that move)
        insist when offered              stalemate     shrugged  1 (0 that move)
        dismiss when offered             stalemate     shrugged  1 (0 that move)
        any reflection when offered      breakthrough  welcomed  3 (2 of that kind)
        the longest option               breakthrough  welcomed  3
        the most second-person words     stalemate     shrugged  1
        random learner: breakthrough 12.5%, partial 0.0%, stalemate 87.5%, escalation 0.0% (exact)
      1 file checked: 0 errors, 5 warnings",
      }
    `);
  });

  it('passes a file with warnings only, with exit 0', async () => {
    expect(await check('warnings-only')).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "test/fixtures/check/warnings-only.yaml:16:1: warning: the blind strategy "always option 1 in file order" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/warnings-only.yaml:16:1: warning: the blind strategy "always complex-reflection when offered" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/warnings-only.yaml:16:1: warning: the blind strategy "always a reflection (simple, complex or a summary) when offered" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/warnings-only.yaml:16:1: warning: the blind strategy "always the longest option" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/warnings-only.yaml:32:5: warning: every option at node "story" is listening: the learner cannot try another approach
      test/fixtures/check/warnings-only.yaml:57:3: warning: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough
      test/fixtures/check/warnings-only.yaml: blind strategies (for a move: the best outcome, choosing freely where it is not offered)
        always                           outcome       ending    choices
        option 1 in file order           breakthrough  welcomed  3
        option 2 in file order           stalemate     shrugged  1
        open-question when offered       stalemate     shrugged  2 (2 that move)
        complex-reflection when offered  breakthrough  welcomed  3 (2 that move)
        persuade when offered            stalemate     shrugged  1 (1 that move)
        insist when offered              stalemate     shrugged  1 (0 that move)
        any reflection when offered      breakthrough  welcomed  3 (2 of that kind)
        the longest option               breakthrough  welcomed  3
        the most second-person words     stalemate     shrugged  1
        random learner: breakthrough 12.5%, partial 0.0%, stalemate 87.5%, escalation 0.0% (exact)
      1 file checked: 0 errors, 6 warnings",
      }
    `);
  });

  it('points at a YAML syntax error', async () => {
    expect(await check('syntax-error')).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "",
        "stdout": "test/fixtures/check/syntax-error.yaml:6:1: error: a list opened with "[" is not closed with "]" (or its lines are not indented enough)
      1 file checked: 1 error, 0 warnings",
      }
    `);
  });

  it('suggests the node id a misspelling meant', async () => {
    expect(await check('misspelled-node-id')).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "",
        "stdout": "test/fixtures/check/misspelled-node-id.yaml:37:15: error: no node or ending is called "plna" (did you mean "plan"?)
      1 file checked: 1 error, 0 warnings",
      }
    `);
  });

  it('suggests the key a misspelling meant', async () => {
    expect(await check('unknown-key')).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "",
        "stdout": "test/fixtures/check/unknown-key.yaml:23:9: error: unknown key "coahc" (did you mean "coach"?)
      1 file checked: 1 error, 0 warnings",
      }
    `);
  });

  it('reports a node nothing leads to', async () => {
    expect(await check('unreachable-node')).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "",
        "stdout": "test/fixtures/check/unreachable-node.yaml:16:1: warning: the blind strategy "always option 1 in file order" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/unreachable-node.yaml:16:1: warning: the blind strategy "always complex-reflection when offered" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/unreachable-node.yaml:16:1: warning: the blind strategy "always a reflection (simple, complex or a summary) when offered" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/unreachable-node.yaml:16:1: warning: the blind strategy "always the longest option" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/unreachable-node.yaml:56:3: error: node "forgotten" is never reached: no path of options leads to it from the start node "opening"
      test/fixtures/check/unreachable-node.yaml:70:3: warning: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough
      test/fixtures/check/unreachable-node.yaml: blind strategies (for a move: the best outcome, choosing freely where it is not offered)
        always                           outcome       ending    choices
        option 1 in file order           breakthrough  welcomed  3
        option 2 in file order           stalemate     shrugged  1
        open-question when offered       breakthrough  welcomed  3 (1 that move)
        simple-reflection when offered   breakthrough  welcomed  3 (0 that move)
        complex-reflection when offered  breakthrough  welcomed  3 (2 that move)
        give-information when offered    breakthrough  welcomed  3 (0 that move)
        persuade when offered            stalemate     shrugged  1 (1 that move)
        insist when offered              stalemate     shrugged  1 (0 that move)
        dismiss when offered             stalemate     shrugged  1 (0 that move)
        any reflection when offered      breakthrough  welcomed  3 (2 of that kind)
        the longest option               breakthrough  welcomed  3
        the most second-person words     stalemate     shrugged  1
        random learner: breakthrough 12.5%, partial 0.0%, stalemate 87.5%, escalation 0.0% (exact)
      1 file checked: 1 error, 5 warnings",
      }
    `);
  });

  it('reports nodes from which no ending can be reached', async () => {
    expect(await check('trap')).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "",
        "stdout": "test/fixtures/check/trap.yaml:16:1: warning: the blind strategy "always option 1 in file order" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/trap.yaml:16:1: warning: the blind strategy "always complex-reflection when offered" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/trap.yaml:16:1: warning: the blind strategy "always a reflection (simple, complex or a summary) when offered" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/trap.yaml:16:1: warning: the blind strategy "always the longest option" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/trap.yaml:56:3: error: node "circle" is a trap: no ending can be reached from it, every path loops back
      test/fixtures/check/trap.yaml:69:3: error: node "square" is a trap: no ending can be reached from it, every path loops back
      test/fixtures/check/trap.yaml:83:3: warning: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough
      test/fixtures/check/trap.yaml: blind strategies (for a move: the best outcome, choosing freely where it is not offered)
        always                           outcome       ending    choices
        option 1 in file order           breakthrough  welcomed  3
        option 2 in file order           stalemate     shrugged  1
        open-question when offered       breakthrough  welcomed  3 (1 that move)
        simple-reflection when offered   breakthrough  welcomed  3 (0 that move)
        complex-reflection when offered  breakthrough  welcomed  3 (2 that move)
        closed-question when offered     breakthrough  welcomed  3 (0 that move)
        persuade when offered            stalemate     shrugged  1 (1 that move)
        insist when offered              stalemate     shrugged  1 (0 that move)
        dismiss when offered             stalemate     shrugged  1 (0 that move)
        any reflection when offered      breakthrough  welcomed  3 (2 of that kind)
        the longest option               breakthrough  welcomed  3
        the most second-person words     stalemate     shrugged  1
        random learner: breakthrough 12.5%, partial 0.0%, stalemate 62.5%, escalation 0.0%, never ends 25.0% (approximate: the conversation can loop)
      1 file checked: 2 errors, 5 warnings",
      }
    `);
  });

  it('refuses an alias bomb instead of expanding it', async () => {
    expect(await check('alias-bomb')).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "",
        "stdout": "test/fixtures/check/alias-bomb.yaml:3:8: error: the aliases here would expand into far too much data; write the values out instead
      1 file checked: 1 error, 0 warnings",
      }
    `);
  });

  it('refuses a 20 MB file from its size, without reading it', async () => {
    const huge = join(temp, 'huge.yaml');
    await writeFile(huge, '');
    await truncate(huge, 20 * 1024 * 1024);
    const result = await runCli('check', huge);
    expect(result.code).toBe(1);
    expect(result.stdout.replaceAll(temp, '<temp>')).toMatchInlineSnapshot(`
      "<temp>/huge.yaml: error: the file is 20 MiB, over the 2 MiB limit for a scenario file
      1 file checked: 1 error, 0 warnings"
    `);
  });

  it('reports a missing file as an error of that file', async () => {
    expect(await runCli('check', 'no-such-file.yaml')).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "",
        "stdout": "no-such-file.yaml: error: the file does not exist
      1 file checked: 1 error, 0 warnings",
      }
    `);
  });

  it('reports a folder without scenario files', async () => {
    const notes = join(temp, 'notes');
    await mkdir(notes);
    await writeFile(join(notes, 'agenda.txt'), 'not a scenario');
    const result = await runCli('check', notes);
    expect(result.code).toBe(1);
    expect(result.stdout.replaceAll(temp, '<temp>')).toMatchInlineSnapshot(`
      "<temp>/notes: error: no scenario files (.yaml, .yml, .json) in this folder
      0 files checked: 1 error, 0 warnings"
    `);
  });

  it('searches folders, checks a file named twice once, and sums up', async () => {
    const result = await runCli(
      'check',
      fixture('cli', 'library'),
      fixture('cli', 'library/front-desk.yaml'),
      fixture('check', 'warnings-only.yaml'),
    );
    expect(result).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "test/fixtures/cli/library/front-desk.yaml:15:1: warning: the blind strategy "always option 1 in file order" reaches the breakthrough "welcomed" (choosing ask): a learner can win without the skill
      test/fixtures/cli/library/front-desk.yaml:15:1: warning: the blind strategy "always open-question when offered" reaches the breakthrough "welcomed" (choosing ask): a learner can win without the skill
      test/fixtures/cli/library/front-desk.yaml:15:1: warning: the blind strategy "always the longest option" reaches the breakthrough "welcomed" (choosing ask): a learner can win without the skill
      test/fixtures/cli/library/front-desk.yaml:30:3: warning: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough
      test/fixtures/cli/library/front-desk.yaml: blind strategies (for a move: the best outcome, choosing freely where it is not offered)
        always                        outcome       ending    choices
        option 1 in file order        breakthrough  welcomed  1
        option 2 in file order        stalemate     shrugged  1
        open-question when offered    breakthrough  welcomed  1 (1 that move)
        persuade when offered         stalemate     shrugged  1 (1 that move)
        any reflection when offered   breakthrough  welcomed  1 (0 of that kind)
        the longest option            breakthrough  welcomed  1
        the most second-person words  stalemate     shrugged  1
        random learner: breakthrough 50.0%, partial 0.0%, stalemate 50.0%, escalation 0.0% (exact)
      test/fixtures/cli/library/late-report.json:21:7: warning: node "opening" has only one option: the learner has no choice
      test/fixtures/cli/library/late-report.json:32:3: warning: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough: the scenario has no breakthrough ending
      test/fixtures/cli/library/late-report.json: blind strategies (for a move: the best outcome, choosing freely where it is not offered)
        always                          outcome  ending   choices
        option 1 in file order          partial  settled  1
        simple-reflection when offered  partial  settled  1 (1 that move)
        any reflection when offered     partial  settled  1 (1 of that kind)
        the longest option              partial  settled  1
        the most second-person words    partial  settled  1
        random learner: breakthrough 0.0%, partial 100.0%, stalemate 0.0%, escalation 0.0% (exact)
      test/fixtures/check/warnings-only.yaml:16:1: warning: the blind strategy "always option 1 in file order" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/warnings-only.yaml:16:1: warning: the blind strategy "always complex-reflection when offered" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/warnings-only.yaml:16:1: warning: the blind strategy "always a reflection (simple, complex or a summary) when offered" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/warnings-only.yaml:16:1: warning: the blind strategy "always the longest option" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/warnings-only.yaml:32:5: warning: every option at node "story" is listening: the learner cannot try another approach
      test/fixtures/check/warnings-only.yaml:57:3: warning: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough
      test/fixtures/check/warnings-only.yaml: blind strategies (for a move: the best outcome, choosing freely where it is not offered)
        always                           outcome       ending    choices
        option 1 in file order           breakthrough  welcomed  3
        option 2 in file order           stalemate     shrugged  1
        open-question when offered       stalemate     shrugged  2 (2 that move)
        complex-reflection when offered  breakthrough  welcomed  3 (2 that move)
        persuade when offered            stalemate     shrugged  1 (1 that move)
        insist when offered              stalemate     shrugged  1 (0 that move)
        any reflection when offered      breakthrough  welcomed  3 (2 of that kind)
        the longest option               breakthrough  welcomed  3
        the most second-person words     stalemate     shrugged  1
        random learner: breakthrough 12.5%, partial 0.0%, stalemate 87.5%, escalation 0.0% (exact)
      3 files checked: 0 errors, 12 warnings",
      }
    `);
  });

  it('reports two files with the same id', async () => {
    const copy = join(temp, 'copy.yaml');
    await writeFile(copy, await readFile(fixture('check', 'clean.yaml'), 'utf8'));
    const result = await runCli('check', fixture('check', 'clean.yaml'), copy);
    expect(result.code).toBe(1);
    expect(result.stdout.replaceAll(temp, '<temp>')).toMatchInlineSnapshot(`
      "test/fixtures/check/clean.yaml:15:1: warning: the blind strategy "always option 1 in file order" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/clean.yaml:15:1: warning: the blind strategy "always complex-reflection when offered" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/clean.yaml:15:1: warning: the blind strategy "always a reflection (simple, complex or a summary) when offered" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/clean.yaml:15:1: warning: the blind strategy "always the longest option" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      test/fixtures/check/clean.yaml:56:3: warning: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough
      test/fixtures/check/clean.yaml: blind strategies (for a move: the best outcome, choosing freely where it is not offered)
        always                           outcome       ending    choices
        option 1 in file order           breakthrough  welcomed  3
        option 2 in file order           stalemate     shrugged  1
        open-question when offered       breakthrough  welcomed  3 (1 that move)
        complex-reflection when offered  breakthrough  welcomed  3 (2 that move)
        persuade when offered            stalemate     shrugged  1 (1 that move)
        insist when offered              stalemate     shrugged  1 (0 that move)
        dismiss when offered             stalemate     shrugged  1 (0 that move)
        any reflection when offered      breakthrough  welcomed  3 (2 of that kind)
        the longest option               breakthrough  welcomed  3
        the most second-person words     stalemate     shrugged  1
        random learner: breakthrough 12.5%, partial 0.0%, stalemate 87.5%, escalation 0.0% (exact)
      <temp>/copy.yaml: error: the id "clean" is already used by test/fixtures/check/clean.yaml; give each scenario its own id
      <temp>/copy.yaml:15:1: warning: the blind strategy "always option 1 in file order" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      <temp>/copy.yaml:15:1: warning: the blind strategy "always complex-reflection when offered" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      <temp>/copy.yaml:15:1: warning: the blind strategy "always a reflection (simple, complex or a summary) when offered" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      <temp>/copy.yaml:15:1: warning: the blind strategy "always the longest option" reaches the breakthrough "welcomed" (choosing ask, reflect, sum-up): a learner can win without the skill
      <temp>/copy.yaml:56:3: warning: no path reaches the good MITI thresholds (reflection-to-question 2:1, 50% complex reflections, listening ratio 0.80) and a breakthrough
      <temp>/copy.yaml: blind strategies (for a move: the best outcome, choosing freely where it is not offered)
        always                           outcome       ending    choices
        option 1 in file order           breakthrough  welcomed  3
        option 2 in file order           stalemate     shrugged  1
        open-question when offered       breakthrough  welcomed  3 (1 that move)
        complex-reflection when offered  breakthrough  welcomed  3 (2 that move)
        persuade when offered            stalemate     shrugged  1 (1 that move)
        insist when offered              stalemate     shrugged  1 (0 that move)
        dismiss when offered             stalemate     shrugged  1 (0 that move)
        any reflection when offered      breakthrough  welcomed  3 (2 of that kind)
        the longest option               breakthrough  welcomed  3
        the most second-person words     stalemate     shrugged  1
        random learner: breakthrough 12.5%, partial 0.0%, stalemate 87.5%, escalation 0.0% (exact)
      2 files checked: 1 error, 10 warnings"
    `);
  });

  it('prints the engine’s JSON report with --json', async () => {
    const result = await runCli('check', '--json', fixture('check', 'misspelled-node-id.yaml'));
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchInlineSnapshot(`
      {
        "files": [
          {
            "errors": [
              {
                "column": 15,
                "found": "plna",
                "line": 37,
                "message": "no node or ending is called "plna"",
                "path": [
                  "nodes",
                  "story",
                  "options",
                  0,
                  "next",
                ],
                "reason": "reference",
                "suggestion": "plan",
              },
            ],
            "file": "test/fixtures/check/misspelled-node-id.yaml",
            "id": null,
            "probes": null,
            "stats": null,
            "warnings": [],
          },
        ],
      }
    `);
  });

  it('needs at least one file or folder', async () => {
    expect(await runCli('check')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport check: missing file or folder to check
      Usage: rapport check <file|dir>... [--json]
      Run "rapport check --help" for more.",
        "stdout": "",
      }
    `);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR, runCli } from '../../test/run-cli.js';

beforeAll(() => {
  process.chdir(PACKAGE_DIR);
});

describe('rapport', () => {
  it('lists each exit status of play in its --help, one per kind of failure', async () => {
    const { code, stdout } = await runCli('play', '--help');
    expect(code).toBe(0);
    const exits = stdout.slice(stdout.indexOf('Exit status:'));
    expect(exits.split('\n').map((line) => line.trim().split(/\s+/)[0])).toEqual([
      'Exit',
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '70',
      '130',
    ]);
    expect(exits).toContain('3    not a terminal: stdin or stdout');
  });

  it('lists every command in --help', async () => {
    const result = await runCli('--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: rapport <command> [options]

      Practise conversations that decide whether technology is adopted, and write your own.

      Commands:
        list    the scenarios found, with id, title, stakeholder and length
        play    play a scenario in the terminal (without one, pick from the list)
        check   find mistakes in scenario files, with file, line and column
        code    code replies as moves and MITI codes with the offline coder
        graph   the conversation graph, as Mermaid (default) or Graphviz DOT
        schema  print the scenario JSON Schema, for editor completion
        new     write a new, valid scenario file to start from
        room    run a workshop room: participants join, you watch live

      Run "rapport <command> --help" for its arguments and options.

      Options:
        -h, --help     show this help; after a command, that command’s help
        -v, --version  show the version

      Scenarios are read from the repository’s scenarios/ folder, or from RAPPORT_SCENARIOS.
      Exit status: 0 done, 1 a scenario with errors, 2 usage, 70 a bug in rapport; "rapport play
      --help" lists the trainer’s own."
    `);
  });

  it('prints the version', async () => {
    expect(await runCli('--version')).toEqual({ code: 0, stdout: 'rapport 0.1.0', stderr: '' });
    expect(await runCli('-v')).toEqual({ code: 0, stdout: 'rapport 0.1.0', stderr: '' });
  });

  it('asks for a command when given none, with exit 2', async () => {
    expect(await runCli()).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport: missing command
      Usage: rapport <command> [options]
      Commands: list, play, check, code, graph, schema, new, room. Run "rapport --help" for more.",
        "stdout": "",
      }
    `);
  });

  it('suggests the command a typo meant', async () => {
    expect(await runCli('chek', 'scenarios')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport: unknown command "chek" (did you mean "check"?)
      Usage: rapport <command> [options]
      Commands: list, play, check, code, graph, schema, new, room. Run "rapport --help" for more.",
        "stdout": "",
      }
    `);
  });

  it('shows a command’s help with --help or -h, whatever else is on the line', async () => {
    const result = await runCli('graph', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "Usage: rapport graph <id|file> [--format mermaid|dot]

      Prints the conversation as a diagram: nodes with what the stakeholder says, endings by
      outcome, and arrows labelled with the option id and its move.

      Examples:
        rapport graph rollout-resistance > rollout.mmd     paste into any Mermaid viewer
        rapport graph my-scenario.yaml --format dot | dot -Tsvg > my-scenario.svg

      Options:
        --format mermaid|dot  the diagram language (default mermaid)
        -h, --help            show this help"
    `);
    expect(await runCli('graph', 'some-id', '-h')).toEqual(result);
    expect(await runCli('help', 'graph')).toEqual(result);
  });

  it('rejects an unknown option in one line plus the usage, with exit 2', async () => {
    expect(await runCli('graph', 'x', '--fromat', 'dot')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport graph: unknown option --fromat (did you mean --format?)
      Usage: rapport graph <id|file> [--format mermaid|dot]
      Run "rapport graph --help" for more.",
        "stdout": "",
      }
    `);
  });

  it('rejects an option without its value', async () => {
    expect(await runCli('graph', 'x', '--format')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport graph: --format needs a value: --format mermaid|dot
      Usage: rapport graph <id|file> [--format mermaid|dot]
      Run "rapport graph --help" for more.",
        "stdout": "",
      }
    `);
    expect(await runCli('play', 'x', '--transcript', '--assess')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport play: --transcript needs a value: --transcript FILE
      Usage: rapport play [<id|file>] [--assess] [--own-words] [--seed N] [--transcript FILE] [--choices 1,3,2]
      Run "rapport play --help" for more.",
        "stdout": "",
      }
    `);
  });

  it('rejects a value given to a flag', async () => {
    expect(await runCli('play', 'x', '--assess=yes')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport play: --assess takes no value
      Usage: rapport play [<id|file>] [--assess] [--own-words] [--seed N] [--transcript FILE] [--choices 1,3,2]
      Run "rapport play --help" for more.",
        "stdout": "",
      }
    `);
  });

  it('rejects missing and extra arguments', async () => {
    expect(await runCli('graph')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport graph: missing scenario id or file
      Usage: rapport graph <id|file> [--format mermaid|dot]
      Run "rapport graph --help" for more.",
        "stdout": "",
      }
    `);
    expect(await runCli('graph', 'a', 'b')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport graph: too many arguments: expected one scenario id or file, got "b" too
      Usage: rapport graph <id|file> [--format mermaid|dot]
      Run "rapport graph --help" for more.",
        "stdout": "",
      }
    `);
    expect(await runCli('schema', 'extra')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport schema: unexpected argument "extra"
      Usage: rapport schema
      Run "rapport schema --help" for more.",
        "stdout": "",
      }
    `);
  });

  it('rejects --choices that are neither option numbers nor option ids', async () => {
    expect(await runCli('play', 'x', '--choices', '1,two?,3')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport play: --choices takes option numbers from 1 or option ids, separated by commas, like 1,3,2; "two?" is neither
      Usage: rapport play [<id|file>] [--assess] [--own-words] [--seed N] [--transcript FILE] [--choices 1,3,2]
      Run "rapport play --help" for more.",
        "stdout": "",
      }
    `);
    expect(await runCli('play', 'x', '--choices', '1,0')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport play: --choices takes option numbers from 1 or option ids, separated by commas, like 1,3,2; "0" is neither
      Usage: rapport play [<id|file>] [--assess] [--own-words] [--seed N] [--transcript FILE] [--choices 1,3,2]
      Run "rapport play --help" for more.",
        "stdout": "",
      }
    `);
  });

  it('rejects a seed that is not a whole number from 0 to 4294967295', async () => {
    expect(await runCli('play', 'x', '--seed', '-3')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport play: --seed takes a whole number from 0 to 4294967295, like --seed 1234; "-3" is not one
      Usage: rapport play [<id|file>] [--assess] [--own-words] [--seed N] [--transcript FILE] [--choices 1,3,2]
      Run "rapport play --help" for more.",
        "stdout": "",
      }
    `);
    expect(await runCli('play', 'x', '--seed', '4294967296')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport play: --seed takes a whole number from 0 to 4294967295, like --seed 1234; "4294967296" is not one
      Usage: rapport play [<id|file>] [--assess] [--own-words] [--seed N] [--transcript FILE] [--choices 1,3,2]
      Run "rapport play --help" for more.",
        "stdout": "",
      }
    `);
    expect(await runCli('play', 'x', '--seed', '1.5')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport play: --seed takes a whole number from 0 to 4294967295, like --seed 1234; "1.5" is not one
      Usage: rapport play [<id|file>] [--assess] [--own-words] [--seed N] [--transcript FILE] [--choices 1,3,2]
      Run "rapport play --help" for more.",
        "stdout": "",
      }
    `);
  });
});

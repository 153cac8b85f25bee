import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixture, PACKAGE_DIR, runCli } from '../../test/run-cli.js';

beforeAll(() => {
  process.chdir(PACKAGE_DIR);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('rapport list', () => {
  it('lists id, title, stakeholder and length, sorted by id, YAML and JSON alike', async () => {
    vi.stubEnv('RAPPORT_SCENARIOS', fixture('cli', 'library'));
    expect(await runCli('list')).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "ID           TITLE                           STAKEHOLDER                     LENGTH
      front-desk   The new check-in kiosk          Ana Ruiz, Reception lead        5 min
      late-report  The report that is always late  Tom Becker, Finance controller  8 min",
      }
    `);
  });

  it('names a file that does not load on stderr, lists the rest, and exits 1', async () => {
    vi.stubEnv('RAPPORT_SCENARIOS', fixture('cli', 'broken-library'));
    expect(await runCli('list')).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "test/fixtures/cli/broken-library/misspelt-key.yaml:3:1: error: unknown key "sumary" (did you mean "summary"?)
        left out; run "rapport check test/fixtures/cli/broken-library/misspelt-key.yaml" for details",
        "stdout": "ID          TITLE                   STAKEHOLDER               LENGTH
      front-desk  The new check-in kiosk  Ana Ruiz, Reception lead  5 min",
      }
    `);
  });

  it('shows control characters in scenario text as escapes, never sends them to the terminal', async () => {
    vi.stubEnv('RAPPORT_SCENARIOS', fixture('cli', 'hostile-library'));
    expect(await runCli('list')).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "ID            TITLE                                       STAKEHOLDER               LENGTH
      escape-codes  Kiosk \\x1b[2J\\x1b]0;renamed\\x07 \\u202eevil  Ana Ruiz, Reception lead  5 min",
      }
    `);
  });

  it('says how to start when there are no scenarios', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'rapport-list-'));
    try {
      vi.stubEnv('RAPPORT_SCENARIOS', empty);
      const result = await runCli('list');
      expect({
        ...result,
        stdout: result.stdout.replaceAll(empty, '<empty>'),
      }).toMatchInlineSnapshot(`
        {
          "code": 0,
          "stderr": "",
          "stdout": "No scenarios in <empty>. Write one with "rapport new <id>".",
        }
      `);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

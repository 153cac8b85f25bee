import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixture, PACKAGE_DIR } from '../../test/run-cli.js';
import { readScenarioFile, resolveScenario, scenariosDir } from './index.js';

let temp: string;
beforeAll(async () => {
  process.chdir(PACKAGE_DIR);
  temp = await mkdtemp(join(tmpdir(), 'rapport-library-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('scenariosDir', () => {
  it('finds the repository’s scenarios folder from the source tree', () => {
    expect(scenariosDir()).toBe(resolve(PACKAGE_DIR, '../../scenarios'));
  });

  it('follows RAPPORT_SCENARIOS, relative to the working folder', () => {
    vi.stubEnv('RAPPORT_SCENARIOS', 'test/fixtures/cli/library');
    expect(scenariosDir()).toBe(join(PACKAGE_DIR, 'test/fixtures/cli/library'));
  });
});

describe('resolveScenario', () => {
  it('finds a scenario by id, whatever its file is called', async () => {
    vi.stubEnv('RAPPORT_SCENARIOS', fixture('cli', 'library'));
    const byId = await resolveScenario('late-report');
    expect(byId.ok && { id: byId.scenario.id, file: byId.file }).toEqual({
      id: 'late-report',
      file: join(PACKAGE_DIR, 'test/fixtures/cli/library/late-report.json'),
    });
  });

  it('loads a file path', async () => {
    const byFile = await resolveScenario(fixture('check', 'clean.yaml'));
    expect(byFile.ok && byFile.scenario.id).toBe('clean');
  });

  it('suggests the closest id for a name that is neither an id nor a file', async () => {
    vi.stubEnv('RAPPORT_SCENARIOS', fixture('cli', 'library'));
    expect(await resolveScenario('front-dek')).toMatchInlineSnapshot(`
      {
        "ok": false,
        "problems": [
          {
            "column": 0,
            "file": "front-dek",
            "line": 0,
            "message": "no scenario with this id in test/fixtures/cli/library, and no file by this name",
            "path": [],
            "reason": "io",
            "severity": "error",
            "suggestion": "front-desk",
          },
        ],
      }
    `);
  });

  it('says a missing file does not exist', async () => {
    vi.stubEnv('RAPPORT_SCENARIOS', fixture('cli', 'library'));
    expect(await resolveScenario('drafts/front-desk.yaml')).toMatchInlineSnapshot(`
      {
        "ok": false,
        "problems": [
          {
            "column": 0,
            "file": "drafts/front-desk.yaml",
            "line": 0,
            "message": "the file does not exist",
            "path": [],
            "reason": "io",
            "severity": "error",
            "suggestion": "front-desk",
          },
        ],
      }
    `);
  });

  it('gives the loader’s located problems for a broken file', async () => {
    expect(await resolveScenario(fixture('check', 'unknown-key.yaml'))).toMatchInlineSnapshot(`
      {
        "ok": false,
        "problems": [
          {
            "column": 9,
            "expected": "id, text, move, codes, coach, moveReason, effects, when, next",
            "file": "test/fixtures/check/unknown-key.yaml",
            "found": "coahc",
            "line": 23,
            "message": "unknown key "coahc"",
            "path": [
              "nodes",
              "opening",
              "options",
              0,
              "coahc",
            ],
            "reason": "schema",
            "severity": "error",
            "suggestion": "coach",
          },
        ],
      }
    `);
  });
});

describe('readScenarioFile', () => {
  it('refuses a file over the size limit without reading it', async () => {
    const huge = join(temp, 'huge.yaml');
    await writeFile(huge, '');
    await truncate(huge, 20 * 1024 * 1024);
    const read = await readScenarioFile(huge);
    expect('problem' in read && { ...read.problem, file: '<huge>' }).toMatchInlineSnapshot(`
      {
        "column": 0,
        "file": "<huge>",
        "line": 0,
        "message": "the file is 20 MiB, over the 2 MiB limit for a scenario file",
        "path": [],
        "reason": "limit",
        "severity": "error",
      }
    `);
  });

  it('says a folder is not a file', async () => {
    expect(await readScenarioFile(fixture('cli', 'library'))).toMatchInlineSnapshot(`
      {
        "problem": {
          "column": 0,
          "file": "test/fixtures/cli/library",
          "line": 0,
          "message": "the file is a folder, not a file",
          "path": [],
          "reason": "io",
          "severity": "error",
        },
      }
    `);
  });

  it('reads the text of a file', async () => {
    const small = join(temp, 'small.yaml');
    await writeFile(small, 'id: small\n');
    expect(await readScenarioFile(small)).toEqual({ text: 'id: small\n' });
  });
});

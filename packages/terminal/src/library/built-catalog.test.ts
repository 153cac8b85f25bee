import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadScenario } from '@rapport/engine';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixture, PACKAGE_DIR } from '../../test/run-cli.js';
import { setBuiltCatalog } from './built-catalog.js';
import { catalogEntries } from './catalog-entries.js';
import { resolveScenario } from './resolve-scenario.js';

let temp: string;
let library: string;
let catalog: string;

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'rapport-catalog-'));
  library = join(temp, 'library');
  catalog = join(temp, 'catalog');
  await cp(join(PACKAGE_DIR, fixture('cli', 'library')), library, { recursive: true });
  await mkdir(catalog);
  // What scripts/build.mjs does for the bin.
  for (const [name, entry] of await catalogEntries(library)) {
    await writeFile(join(catalog, name), JSON.stringify(entry));
  }
});

afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

afterEach(() => {
  setBuiltCatalog(undefined);
});

describe('the bin’s catalog of scenarios loaded at build time', () => {
  it('gives the scenario the loader gives, for YAML and JSON files alike', async () => {
    setBuiltCatalog(catalog);
    for (const name of ['front-desk.yaml', 'late-report.json']) {
      const file = join(library, name);
      const loaded = loadScenario(await readFile(file, 'utf8'), file);
      const resolved = await resolveScenario(file);
      expect(resolved.ok && resolved.scenario).toEqual(loaded.ok && loaded.scenario);
    }
  });

  it('is passed over for a file edited since the build, so the learner plays the edit', async () => {
    setBuiltCatalog(catalog);
    const file = join(library, 'front-desk.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('The new check-in kiosk', 'The kiosk, edited'));
    const resolved = await resolveScenario(file);
    await writeFile(file, text);
    expect(resolved.ok && resolved.scenario.title).toBe('The kiosk, edited');
  });

  it('never hides a problem in a file broken since the build', async () => {
    setBuiltCatalog(catalog);
    const file = join(library, 'front-desk.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('title: The new check-in kiosk', 'titel: The new kiosk'));
    const resolved = await resolveScenario(file);
    await writeFile(file, text);
    const problems = resolved.ok ? [] : resolved.problems;
    expect(problems.map(({ file: _file, ...problem }) => problem)).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "expected": "id, title, summary, skills, minutes, difficulty, briefing, changeGoal, omit, stakeholder, meters, reactance, bands, start, nodes, endings, tests",
          "found": "titel",
          "line": 2,
          "message": "unknown key "titel"",
          "path": [
            "titel",
          ],
          "reason": "schema",
          "severity": "error",
          "suggestion": "title",
        },
      ]
    `);
  });
});

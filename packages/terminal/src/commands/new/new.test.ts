import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadScenario } from '@rapport/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR, runCli } from '../../../test/run-cli.js';

let temp: string;
beforeAll(async () => {
  process.chdir(PACKAGE_DIR);
  temp = await mkdtemp(join(tmpdir(), 'rapport-new-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('rapport new', () => {
  it('writes <id>.yaml and says what to run next', async () => {
    const result = await runCli('new', 'printer-rollout', '--dir', temp);
    expect(result.code).toBe(0);
    expect(result.stdout.replaceAll(temp, '<temp>')).toMatchInlineSnapshot(`
      "Wrote <temp>/printer-rollout.yaml: a small scenario that passes "rapport check", with every feature explained.
      Next:
        pnpm rapport check <temp>/printer-rollout.yaml   problems, with file, line and column
        pnpm rapport graph <temp>/printer-rollout.yaml   the conversation as a Mermaid diagram
        pnpm rapport play <temp>/printer-rollout.yaml    play it in the terminal
      Move it into scenarios/ to see it in "rapport list" and in the web trainer."
    `);
  });

  it('writes a scenario that rapport check passes with no errors and no warnings', async () => {
    await runCli('new', 'clean-start', '--dir', temp);
    const checked = await runCli('check', join(temp, 'clean-start.yaml'));
    expect(checked).toMatchObject({ code: 0, stderr: '' });
    // no blind strategy wins it: the table is printed, and no warning says otherwise
    expect(checked.stdout).toContain('random learner: breakthrough 4.2%');
    expect(checked.stdout.split('\n').at(-1)).toBe('1 file checked: 0 errors, 0 warnings');
  });

  it('uses every feature of the format', async () => {
    await runCli('new', 'every-feature', '--dir', temp);
    const text = await readFile(join(temp, 'every-feature.yaml'), 'utf8');
    const loaded = loadScenario(text, 'every-feature.yaml');
    if (!loaded.ok) throw new Error('the template does not load');
    const { scenario } = loaded;
    const nodes = Object.values(scenario.nodes);
    const options = nodes.flatMap((node) => node.options);
    expect({
      id: scenario.id,
      variants: nodes.some((node) => node.variants.length > 0),
      nonNegotiable: nodes.some((node) => node.nonNegotiable !== undefined),
      setBoundary: options.some((option) => option.move === 'set-boundary'),
      effects: options.some((option) => option.effects !== undefined),
      optionWhen: options.some((option) => option.when !== undefined),
      branches: options.some((option) => Array.isArray(option.next)),
      endingWhen: Object.values(scenario.endings).some((ending) => ending.when !== undefined),
      extraMeters: Object.keys(scenario.meters).filter(
        (name) => !['resistance', 'trust'].includes(name),
      ),
      outcomes: [...new Set(Object.values(scenario.endings).map((ending) => ending.outcome))],
      goldenTranscripts: scenario.tests.length,
      twoCodes: options.some((option) => (option.codes?.length ?? 0) >= 2),
      talk: [...new Set(nodes.map((node) => node.talk ?? 'neutral'))].sort(),
      changeGoal: scenario.changeGoal !== undefined,
    }).toMatchInlineSnapshot(`
      {
        "branches": true,
        "changeGoal": true,
        "effects": true,
        "endingWhen": true,
        "extraMeters": [
          "ownership",
        ],
        "goldenTranscripts": 4,
        "id": "every-feature",
        "nonNegotiable": true,
        "optionWhen": true,
        "outcomes": [
          "breakthrough",
          "partial",
          "stalemate",
          "escalation",
        ],
        "setBoundary": true,
        "talk": [
          "change",
          "neutral",
          "sustain",
        ],
        "twoCodes": true,
        "variants": true,
      }
    `);
  });

  it('points editors at the schema: by absolute path outside the repository', async () => {
    await runCli('new', 'outside', '--dir', temp);
    const first = (await readFile(join(temp, 'outside.yaml'), 'utf8')).split('\n')[0];
    expect(first).toBe(
      `# yaml-language-server: $schema=${resolve(PACKAGE_DIR, '../engine/scenario.schema.json')}`,
    );
  });

  it('points editors at the schema: by relative path inside the repository', async () => {
    const inside = join(PACKAGE_DIR, 'dist', 'new-test');
    await mkdir(inside, { recursive: true });
    try {
      await runCli('new', 'inside', '--dir', inside);
      const first = (await readFile(join(inside, 'inside.yaml'), 'utf8')).split('\n')[0];
      expect(first).toBe('# yaml-language-server: $schema=../../../engine/scenario.schema.json');
    } finally {
      await rm(inside, { recursive: true, force: true });
    }
  });

  it('quotes a path with spaces in the commands it suggests', async () => {
    const spaced = join(temp, 'my drafts');
    await mkdir(spaced);
    const result = await runCli('new', 'spaced', '--dir', spaced);
    expect(result.stdout.replaceAll(temp, '<temp>').split('\n').slice(2, 5)).toMatchInlineSnapshot(`
      [
        "  pnpm rapport check "<temp>/my drafts/spaced.yaml"   problems, with file, line and column",
        "  pnpm rapport graph "<temp>/my drafts/spaced.yaml"   the conversation as a Mermaid diagram",
        "  pnpm rapport play "<temp>/my drafts/spaced.yaml"    play it in the terminal",
      ]
    `);
  });

  it('never overwrites a file', async () => {
    await writeFile(join(temp, 'taken.yaml'), 'my own work\n');
    const result = await runCli('new', 'taken', '--dir', temp);
    expect({ ...result, stderr: result.stderr.replaceAll(temp, '<temp>') }).toMatchInlineSnapshot(`
      {
        "code": 1,
        "stderr": "rapport new: <temp>/taken.yaml already exists; it was left as it is",
        "stdout": "",
      }
    `);
    expect(await readFile(join(temp, 'taken.yaml'), 'utf8')).toBe('my own work\n');
  });

  it('explains the id rule for an invalid id, with exit 2', async () => {
    expect(await runCli('new', 'My Scenario')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport new: "My Scenario" is not a valid id: use lowercase words joined by hyphens, like "printer-rollout" (at most 64 characters)
      Usage: rapport new <id> [--dir DIR]
      Run "rapport new --help" for more.",
        "stdout": "",
      }
    `);
    expect(await runCli('new', 'demo.yaml')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport new: "demo.yaml" is not a valid id: use lowercase words joined by hyphens, like "printer-rollout" (at most 64 characters); give the id without the extension: rapport new demo
      Usage: rapport new <id> [--dir DIR]
      Run "rapport new --help" for more.",
        "stdout": "",
      }
    `);
    expect(await runCli('new', '../escape')).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "rapport new: "../escape" is not a valid id: use lowercase words joined by hyphens, like "printer-rollout" (at most 64 characters)
      Usage: rapport new <id> [--dir DIR]
      Run "rapport new --help" for more.",
        "stdout": "",
      }
    `);
  });

  it('reports a folder that does not exist', async () => {
    const result = await runCli('new', 'lost', '--dir', join(temp, 'no', 'such'));
    expect(result.code).toBe(1);
    expect(result.stderr.replaceAll(temp, '<temp>')).toMatchInlineSnapshot(
      `"rapport new: the folder <temp>/no/such does not exist"`,
    );
  });
});

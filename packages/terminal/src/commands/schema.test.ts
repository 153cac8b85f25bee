import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { PACKAGE_DIR, runCli } from '../../test/run-cli.js';

it('prints the same JSON Schema as the committed packages/engine/scenario.schema.json', async () => {
  const committed = await readFile(`${PACKAGE_DIR}/../engine/scenario.schema.json`, 'utf8');
  const result = await runCli('schema');
  expect(result.code).toBe(0);
  expect(`${result.stdout}\n`).toBe(committed);
});
